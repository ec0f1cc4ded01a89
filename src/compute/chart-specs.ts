/**
 * Which charts the 部门决算说明 carries and what each shows: takes the computed view;
 * returns the ChartSpecs (plain data for the charts stage) and, for each chart id, its
 * caption number. Pies leave out zero slices (the text keeps them); a pie whose total is
 * zero is not drawn at all, and the captions after it are renumbered, so 图N stays
 * consecutive.
 */
import type { ChartSpec } from '../charts/spec.js';
import { narrative, type Amount } from './decimal.js';
import type { FinalAccountsView, SharePart } from './final-accounts-view.js';

export interface PlacedChart {
  id: string;
  number: number;
  caption: string;
}

const num = (a: Amount): number => Number(a);

function pie(id: string, title: string, parts: SharePart[]): ChartSpec | null {
  const slices = parts.flatMap((p) =>
    num(p.amount) === 0 || p.share === null ? [] : [{ label: p.label, value: num(p.amount), percentLabel: `${narrative(p.share)}%` }],
  );
  return slices.length === 0 ? null : { kind: 'pie', id, title, slices };
}

function bar(id: string, title: string, years: [number, number], categories: string[], prior: Amount[], current: Amount[]): ChartSpec {
  return {
    kind: 'bar',
    id,
    title,
    categories,
    series: [
      { label: `${years[0]}年度`, values: prior.map(num) },
      { label: `${years[1]}年度`, values: current.map(num) },
    ],
    // Bar value labels in narrative form (trailing zeros dropped), as the text prints them.
    valueLabels: [prior.map(narrative), current.map(narrative)],
    unit: '万元',
  };
}

export function finalAccountsCharts(view: FinalAccountsView): {
  specs: ChartSpec[];
  placed: Record<string, PlacedChart>;
} {
  const years: [number, number] = [view.priorYearNumber, view.year];
  const candidates: (ChartSpec | null)[] = [
    bar('fig1', '收、支决算总计变动情况图', years, ['收入总计', '支出总计'], [view.totals.priorIncome, view.totals.priorExpenditure], [view.totals.income, view.totals.expenditure]),
    pie('fig2', '收入决算结构图', view.income.parts),
    pie('fig3', '支出决算结构图', view.expenditure.parts),
    bar('fig4', '财政拨款收、支决算总计变动情况', years, ['财政拨款收入总计', '财政拨款支出总计'], [view.fiscalTotals.priorIncome, view.fiscalTotals.priorExpenditure], [view.fiscalTotals.income, view.fiscalTotals.expenditure]),
    bar('fig5', '一般公共预算财政拨款支出决算变动情况', years, ['一般公共预算财政拨款支出'], [view.fundTotals.generalBudgetPrior], [view.generalBudget.actual]),
    pie('fig6', '一般公共预算财政拨款支出决算结构', view.generalBudget.classes),
    pie('fig7', '“三公”经费财政拨款支出结构', view.threePublic.parts),
  ];
  const specs = candidates.filter((c): c is ChartSpec => c !== null);
  const placed = Object.fromEntries(specs.map((s, i) => [s.id, { id: s.id, number: i + 1, caption: `图${i + 1}：${s.title}` }]));
  return { specs, placed };
}
