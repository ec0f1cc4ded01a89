/**
 * The value labels of a bar chart sit just above their bars (chartjs-plugin-datalabels,
 * anchor and align 'end'). This is the test of the hook that loads the plugin's ES module
 * build by its file path (src/charts/render-chart.ts, ARCHITECTURE.md §8): the package's main
 * entry brings a second copy of Chart.js whose element classes fail the plugin's
 * `instanceof` tests, and the labels then land inside a bar or beside it, in all three bar
 * charts (图1, 图4, 图5) while every other chart test still passes.
 * Read from the pixels: each bar is the run of columns in its series' colour, and the label is
 * the dark text in a band above the bar's top, never over the bar.
 */
import { describe, expect, it } from 'vitest';
import { seriesColour } from '../../src/charts/palette.js';
import { renderChart } from '../../src/charts/render-chart.js';
import type { BarChartSpec } from '../../src/charts/spec.js';
import { readHeader, readRgbPixels } from './png-reader.js';

const spec: BarChartSpec = {
  kind: 'bar',
  id: 'fig1',
  title: '收、支决算总计变动情况',
  categories: ['收入总计'],
  series: [
    { label: '2022年度', values: [1168.92] },
    { label: '2023年度', values: [603.5] },
  ],
  valueLabels: [['1168.92'], ['603.5']],
  axisTitle: '金额（万元）',
};

/** The colours of the two series (src/charts/palette.ts). */
const SERIES_COLOURS: [number, number, number][] = [0, 1].map((i) => {
  const hex = seriesColour(i);
  return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
});
/** Text is #262626, anti-aliased: a pixel darker than this on every channel is ink. */
const INK = 110;
/** The band above a bar where its label must be: the label's padding, offset and a line of text at 192 dpi. */
const BAND_PX = 70;

interface Bar {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

describe('a bar chart', () => {
  it("prints each bar's value just above the bar and nowhere over it", async () => {
    const image = await renderChart(spec);
    const { width, height } = readHeader(image.png);
    const pixels = readRgbPixels(image.png);
    const at = (x: number, y: number): [number, number, number] => {
      const i = (y * width + x) * 3;
      return [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
    };
    const isInk = (x: number, y: number) => at(x, y).every((channel) => channel < INK);
    const inkIn = (left: number, right: number, top: number, bottom: number): number => {
      let count = 0;
      for (let y = Math.max(0, top); y <= Math.min(height - 1, bottom); y++) for (let x = left; x <= right; x++) if (isInk(x, y)) count++;
      return count;
    };

    const bars: Bar[] = SERIES_COLOURS.map((colour) => {
      // Columns holding a tall run of the colour are the bar; the legend's swatch is short.
      const columns: { x: number; top: number; bottom: number }[] = [];
      for (let x = 0; x < width; x++) {
        const ys: number[] = [];
        for (let y = 0; y < height; y++) if (at(x, y).every((channel, k) => channel === colour[k])) ys.push(y);
        if (ys.length > 100) columns.push({ x, top: Math.min(...ys), bottom: Math.max(...ys) });
      }
      expect(columns.length, `no bar in ${colour.join(',')}`).toBeGreaterThan(10);
      return {
        left: columns[0]!.x,
        right: columns[columns.length - 1]!.x,
        top: Math.min(...columns.map((c) => c.top)),
        bottom: Math.max(...columns.map((c) => c.bottom)),
      };
    });
    // The taller bar is the 1168.92 one.
    expect(bars[0]!.top).toBeLessThan(bars[1]!.top);

    for (const [i, bar] of bars.entries()) {
      const label = spec.valueLabels[i]![0]!;
      expect(inkIn(bar.left, bar.right, bar.top - BAND_PX, bar.top - 1), `no label ${label} above its bar`).toBeGreaterThan(40);
      expect(inkIn(bar.left, bar.right, bar.top + 2, bar.bottom - 2), `text drawn over the bar of ${label}`).toBe(0);
    }
  });
});
