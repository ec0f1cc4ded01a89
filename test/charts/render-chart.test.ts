import { GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '../../src/charts/chart-config.js';
import { renderChart, renderCharts } from '../../src/charts/render-chart.js';
import type { BarChartSpec, PieChartSpec } from '../../src/charts/spec.js';
import { PNG_SIGNATURE, readHeader, readRgbPixels } from './png-reader.js';
import { referenceCharts } from './reference-specs.js';
import { preset } from '../../src/layout/preset.js';

const bar = (categories: string[], values: [number[], number[]]): BarChartSpec => ({
  kind: 'bar',
  id: 'bar',
  title: '图1：收、支决算总计变动情况',
  categories,
  series: [
    { label: '2022年度', values: values[0] },
    { label: '2023年度', values: values[1] },
  ],
  valueLabels: values.map((series) => series.map((value) => value.toFixed(2))),
  axisTitle: '金额（万元）',
});

const singleSlicePie: PieChartSpec = {
  kind: 'pie',
  id: 'fig2',
  title: '收入决算结构',
  slices: [{ label: '一般公共预算财政拨款收入', value: 1163.82, percentLabel: '100%' }],
};

function pixel(png: Uint8Array, x: number, y: number): number[] {
  const { width } = readHeader(png);
  const at = (y * width + x) * 3;
  return [...readRgbPixels(png).subarray(at, at + 3)];
}

describe('renderChart', () => {
  it('returns an opaque RGB PNG of the stated size, as wide as the preset says', async () => {
    const image = await renderChart(
      bar(
        ['收入总计', '支出总计'],
        [
          [1168.92, 1168.92],
          [1163.82, 1163.82],
        ],
      ),
    );
    expect([...image.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(readHeader(image.png)).toEqual({
      width: image.widthPx,
      height: image.heightPx,
      bitDepth: 8,
      colourType: 2,
    });
    expect(image.widthMm).toBe(preset.figureWidthMm);
    // Sharp in print: at least 180 dpi at the printed width.
    expect(image.widthPx / (preset.figureWidthMm / 25.4)).toBeGreaterThanOrEqual(180);
    expect(image.alt).toBe('收、支决算总计变动情况');
    expect(pixel(image.png, 0, 0)).toEqual([255, 255, 255]);
  });

  it('gives the same bytes for the same spec', async () => {
    for (const spec of [referenceCharts[0]!, referenceCharts[5]!]) {
      const first = await renderChart(spec);
      const second = await renderChart(structuredClone(spec));
      expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);
    }
  });

  it('draws Chinese text with the bundled font', async () => {
    // Note: on a machine without CJK fonts (CI), an unregistered font draws the labels blank,
    // so these two would be identical. A machine with system CJK fonts falls back to them,
    // hence the check that the bundled font is registered under the family the charts use.
    const income = await renderChart(bar(['收入总计'], [[100], [90]]));
    const spending = await renderChart(bar(['支出总计'], [[100], [90]]));
    expect(Buffer.from(income.png).equals(Buffer.from(spending.png))).toBe(false);
    expect(GlobalFonts.has(FONT_FAMILY)).toBe(true);
  });

  it('draws a pie with a single slice, filled at its centre', async () => {
    const image = await renderChart(singleSlicePie);
    expect(readHeader(image.png).colourType).toBe(2);
    // The slice's blue a little above the centre of the pie (the label sits at the centre).
    const centre = pixel(image.png, Math.round(image.widthPx / 2), Math.round(image.heightPx * 0.2));
    expect(centre).not.toEqual([255, 255, 255]);
  });

  it('draws a bar chart with a zero value', async () => {
    const image = await renderChart(
      bar(
        ['收入总计', '支出总计'],
        [
          [0, 12.5],
          [0, 0],
        ],
      ),
    );
    expect(readHeader(image.png).width).toBe(image.widthPx);
  });

  it('names a spec whose value labels do not match its values', async () => {
    const spec = bar(
      ['收入总计', '支出总计'],
      [
        [1, 2],
        [3, 4],
      ],
    );
    spec.valueLabels[1] = ['3.00'];
    await expect(renderChart(spec)).rejects.toThrow(/2023年度/);
  });
});

describe('renderCharts', () => {
  it('renders the reference charts keyed by id', async () => {
    const images = await renderCharts(referenceCharts);
    expect(Object.keys(images)).toEqual(['fig1', 'fig2', 'fig3', 'fig4', 'fig5', 'fig6', 'fig7']);
    expect(images.fig7?.alt).toBe('“三公”经费财政拨款支出结构');
  });

  it('rejects two charts with the same id', async () => {
    await expect(renderCharts([singleSlicePie, singleSlicePie])).rejects.toThrow(/fig2/);
  });
});
