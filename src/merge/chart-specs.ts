/**
 * Which charts the 部门决算说明 carries and what each shows: takes the computed view, the
 * pack's wording (chart titles, categories, axis title, slice names) and the wording
 * options; returns the ChartSpecs (plain data for the charts stage) and, per chart id, its
 * number and title for the caption template. Pies leave out zero slices (the text keeps
 * them); a pie whose total is zero is not drawn at all, nor (unless the unit's style chooses
 * `singleSlicePie: draw`, as the reference's 图2 is drawn) a pie of one slice, a full circle
 * labelled 100% that the text already states; the numbers of the charts after a pie left
 * out close up, so 图N stays consecutive.
 *
 * Note: this sits in merge, not compute, because a chart's words (titles, categories,
 * the year word of the series) are the pack's; its numbers all come from the view.
 */
import type { ChartSpec } from '../charts/spec.js';
import { narrative, type Amount } from '../compute/decimal.js';
import type { FinalAccountsView, SharePart } from '../compute/final-accounts-view.js';
import { msg } from '../text/msg.js';
import { chosen, type ResolvedStyle } from './style.js';

export interface PlacedChart {
  id: string;
  number: number;
  title: string;
  kind: ChartSpec['kind'];
}

interface ChartWording {
  amountAxis: string;
  yearWord: string;
  [id: string]: unknown;
}

class ChartWordingError extends Error {}

function chartWording(wording: Record<string, unknown>): ChartWording {
  const charts = wording.charts as ChartWording | undefined;
  if (!charts || typeof charts.amountAxis !== 'string' || typeof charts.yearWord !== 'string') {
    throw new ChartWordingError(msg`模板包的 wording.json 缺少 charts.amountAxis 或 charts.yearWord`);
  }
  return charts;
}

function chartText(charts: ChartWording, id: string): { title: string; categories: string[] } {
  const entry = charts[id] as { title?: unknown; categories?: unknown } | undefined;
  if (!entry || typeof entry.title !== 'string') throw new ChartWordingError(msg`模板包的 wording.json 缺少 charts.${id}.title`);
  const categories = Array.isArray(entry.categories) ? entry.categories.map(String) : [];
  return { title: entry.title, categories };
}

const num = (a: Amount): number => Number(a);

/** The slot of the figures (their captions), where a style makes the figures' choices. */
const FIGURE_SLOT = 'part2.figure';

export function finalAccountsCharts(
  view: FinalAccountsView,
  wording: Record<string, unknown>,
  style: ResolvedStyle,
): { specs: ChartSpec[]; placed: Record<string, PlacedChart> } {
  const charts = chartWording(wording);
  // Labels in the form the text prints them (the unit's number conventions; shares are cut by compute).
  const amount = (value: string) => (style.numbers.amount.zeros === 'keep' ? value : narrative(value));
  const share = (value: string) => (style.numbers.share.zeros === 'keep' ? value : narrative(value));
  const yearWord = chosen(style, undefined, 'yearWord', charts.yearWord);
  const drawSingleSlice = chosen(style, FIGURE_SLOT, 'singleSlicePie', 'omit') === 'draw';
  const sliceName = (group: string, part: SharePart): string => {
    if (part.name !== undefined) return part.name;
    const name = (wording[group] as Record<string, unknown> | undefined)?.[part.key];
    if (typeof name !== 'string') throw new ChartWordingError(msg`模板包的 wording.json 缺少 ${group}.${part.key}`);
    return name;
  };

  const bar = (id: string, prior: Amount[], current: Amount[]): ChartSpec => {
    const { title, categories } = chartText(charts, id);
    return {
      kind: 'bar',
      id,
      title,
      categories,
      series: [
        { label: `${view.priorYear}${yearWord}`, values: prior.map(num) },
        { label: `${view.year}${yearWord}`, values: current.map(num) },
      ],
      // Bar value labels in the form the text prints them.
      valueLabels: [prior.map(amount), current.map(amount)],
      axisTitle: charts.amountAxis,
    };
  };
  const pie = (id: string, group: string, parts: SharePart[]): ChartSpec | null => {
    const { title } = chartText(charts, id);
    const slices = parts.flatMap((p) =>
      num(p.amount) === 0 || p.share === null
        ? []
        : [{ label: sliceName(group, p), value: num(p.amount), percentLabel: `${share(p.share)}%` }],
    );
    if (slices.length === 0 || (slices.length === 1 && !drawSingleSlice)) return null;
    return { kind: 'pie', id, title, slices };
  };

  const candidates: (ChartSpec | null)[] = [
    bar('fig1', [view.totals.priorIncome, view.totals.priorExpenditure], [view.totals.income, view.totals.expenditure]),
    pie('fig2', 'income', view.income.parts),
    pie('fig3', 'expenditure', view.expenditure.parts),
    bar(
      'fig4',
      [view.fiscalTotals.priorIncome, view.fiscalTotals.priorExpenditure],
      [view.fiscalTotals.income, view.fiscalTotals.expenditure],
    ),
    bar('fig5', [view.generalBudget.priorActual], [view.generalBudget.actual]),
    pie('fig6', 'classes', view.generalBudget.classes.parts),
    pie('fig7', 'threePublic', view.threePublic.parts.parts),
  ];
  const specs = candidates.filter((c): c is ChartSpec => c !== null);
  const placed = Object.fromEntries(specs.map((s, i) => [s.id, { id: s.id, number: i + 1, title: s.title, kind: s.kind }]));
  return { specs, placed };
}
