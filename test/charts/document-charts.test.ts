/**
 * The charts of one document as a careful reader sees them (issue 20 point 7): the value
 * labels of its bar charts stand alike (all level or all upright), neighbouring colours
 * differ in lightness when printed in black and white, and a pie of one slice is left out
 * (the text states its 100%) unless the unit's style draws it, the later figures numbered on.
 * Takes chart specs made here and fixture units; reads the chart plans, a rendered chart's
 * bytes and the prepared document (no rendering of documents).
 */
import { describe, expect, it } from 'vitest';
import { barChartPlan, chartPlan, pieChartPlan, valueLabelOrientation } from '../../src/charts/chart-config.js';
import { renderChart, renderCharts } from '../../src/charts/render-chart.js';
import type { BarChartSpec, ChartSpec, PieChartSpec } from '../../src/charts/spec.js';
import { validateUnit } from '../../src/load/load-unit.js';
import { prepareLoadedUnit } from '../../src/pipeline.js';
import { readUnitYear, type UnitYearInput } from '../support/unit-year-data.js';

const bar = (id: string, categories: string[], prior: string[], current: string[]): BarChartSpec => ({
  kind: 'bar',
  id,
  title: id,
  categories,
  series: [
    { label: '2019年', values: prior.map(Number) },
    { label: '2020年', values: current.map(Number) },
  ],
  valueLabels: [prior, current],
  axisTitle: '金额（万元）',
});

/** The hospital's 图1 (seven-character labels over four bars: upright) and 图4 (six characters: level alone). */
const wide = bar('fig1', ['收入总计', '支出总计'], ['4380.25', '4380.25'], ['5063.88', '5063.88']);
const narrow = bar('fig4', ['收入总计', '支出总计'], ['1296.8', '1296.8'], ['1882.1', '1882.1']);
const small = bar('fig5', ['支出'], ['301.2'], ['286.45']);

const rotationOf = (spec: ChartSpec, document: ChartSpec[]): unknown => {
  const plan = chartPlan(spec, valueLabelOrientation(document));
  return (plan.config.options?.plugins as { datalabels?: { rotation?: unknown } } | undefined)?.datalabels?.rotation;
};

describe('the value labels of one document', () => {
  it('stand upright in every bar chart when one chart needs it', () => {
    // Alone, each chart decides for itself: the wide one upright, the narrow one level.
    expect(barChartPlan(wide).config.options?.plugins?.datalabels?.rotation).toBe(-90);
    expect(barChartPlan(narrow).config.options?.plugins?.datalabels?.rotation).toBe(0);
    const document = [wide, narrow, small];
    expect(valueLabelOrientation(document)).toBe('upright');
    expect(document.map((spec) => rotationOf(spec, document))).toEqual([-90, -90, -90]);
  });

  it('stay level in every bar chart when all fit', () => {
    const document = [narrow, small];
    expect(valueLabelOrientation(document)).toBe('level');
    expect(document.map((spec) => rotationOf(spec, document))).toEqual([0, 0]);
  });

  it('are drawn so by renderCharts: 图4 of a document with 图1 is the upright drawing, not its own level one', async () => {
    const images = await renderCharts([wide, narrow]);
    const upright = await renderChart(narrow, 'upright');
    const level = await renderChart(narrow);
    expect(Buffer.from(level.png).equals(Buffer.from(upright.png))).toBe(false);
    expect(Buffer.from(images.fig4!.png).equals(Buffer.from(upright.png))).toBe(true);
  });
});

/** CIE L* (0–100) of an sRGB colour: the lightness a black-and-white print keeps. */
function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/** Rec. 601 luma (0–255): what a copier's greyscale conversion keeps. */
function luma(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/** Lightness apart by at least 20 L* and 50 luma: two clearly different greys on paper. */
function apart(a: string, b: string): boolean {
  return Math.abs(lightness(a) - lightness(b)) >= 20 && Math.abs(luma(a) - luma(b)) >= 50;
}

const pieOf = (count: number): PieChartSpec => ({
  kind: 'pie',
  id: 'fig6',
  title: 'fig6',
  slices: Array.from({ length: count }, (_, i) => ({ label: `类${i + 1}`, value: 10, percentLabel: '10%' })),
});

const sliceColours = (count: number): string[] => pieChartPlan(pieOf(count)).config.data.datasets[0]!.backgroundColor as string[];

describe('colours in black and white', () => {
  it('neighbouring slices differ clearly in lightness, the last and the first as well, up to sixteen slices', () => {
    const clashes: string[] = [];
    for (let count = 2; count <= 16; count++) {
      const colours = sliceColours(count);
      colours.forEach((colour, i) => {
        const next = colours[(i + 1) % count]!;
        if (!apart(colour, next))
          clashes.push(
            `${count} slices: ${i + 1} ${colour} (L* ${lightness(colour).toFixed(1)}) beside ${next} (L* ${lightness(next).toFixed(1)})`,
          );
      });
    }
    expect(clashes).toEqual([]);
  });

  it('gives up to twelve slices twelve different colours (the legend names each once)', () => {
    for (let count = 1; count <= 12; count++) expect(new Set(sliceColours(count)).size).toBe(count);
  });

  it('the two years of a bar chart differ clearly', () => {
    const [prior, current] = barChartPlan(small).config.data.datasets.map((d) => d.backgroundColor as string);
    expect(apart(prior!, current!)).toBe(true);
  });
});

async function chartsOf(data: UnitYearInput): Promise<{ ids: string[]; captions: string[] }> {
  const loaded = validateUnit(new TextEncoder().encode(JSON.stringify(data)));
  const prepared = await prepareLoadedUnit('test.json', loaded, { formats: ['pdf'], checkOnly: false });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
  const final = prepared.documents.find((d) => d.kind === 'final-accounts')!;
  const captions = final.tree.blocks.flatMap((b) => (b.type === 'figure' ? [b.caption] : []));
  return { ids: final.charts.map((c) => c.id), captions };
}

const ARCHIVE = 'test/fixtures/units/2023/示例区档案馆.json';

describe('a pie of one slice', () => {
  it('is left out, and the figures after it are numbered on: the archive has 图1 to 图4', async () => {
    // The archive's income and spending are one line each (一般公共预算财政拨款收入 and 基本支出, 100%).
    const { ids, captions } = await chartsOf(readUnitYear(ARCHIVE));
    expect(ids).toEqual(['fig1', 'fig4', 'fig5', 'fig6']);
    expect(captions.map((c) => c.match(/图(\d+)：/u)?.[1])).toEqual(['1', '2', '3', '4']);
  });

  it("is drawn when the unit's style says so, as the reference draws its 图2", async () => {
    const data = readUnitYear(ARCHIVE);
    data.style = { choices: [{ slot: 'part2.figure', choice: 'singleSlicePie', alternative: 'draw' }] };
    expect((await chartsOf(data)).ids).toEqual(['fig1', 'fig2', 'fig3', 'fig4', 'fig5', 'fig6']);
  });
});
