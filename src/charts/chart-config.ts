/**
 * Turns a chart spec into a Chart.js configuration and a canvas size: the look of every chart
 * (fonts, legend, labels; the colours are palette.ts's) lives here. Takes a BarChartSpec or
 * PieChartSpec (and, for a bar chart, how its document sets value labels); returns plain
 * configuration objects. Imports only Chart.js types, so loading it loads no library.
 *
 * Sizes are CSS pixels of a chart printed `CHART_WIDTH_MM` wide (96 px to the inch); Chart.js
 * multiplies them by `DEVICE_PIXEL_RATIO` when it sizes the canvas. Charts carry no title:
 * the document puts the caption 图N：… under each one.
 */
import type { Chart, ChartConfiguration } from 'chart.js';
import type { Context } from 'chartjs-plugin-datalabels';
import { preset } from '../layout/preset.js';
import { seriesColour, sliceColours } from './palette.js';
import { pieLabelsPlugin } from './pie-labels.js';
import type { BarChartSpec, ChartSpec, PieChartSpec } from './spec.js';

/** The preset's figure width: one number for how wide charts print in both formats. */
export const CHART_WIDTH_MM = preset.figureWidthMm;
/**
 * 2 × 96 dpi = 192 dpi at print size: crisp text and edges on paper. Sizes stay in CSS
 * pixels, so fonts and lines keep their printed size whatever the ratio.
 * Note: 3× (288 dpi) looks the same when both are compared at the same size magnified four
 * times, but has 2.25 times the pixels to draw, read back and compress.
 */
const DEVICE_PIXEL_RATIO = 2;
const CSS_PX_PER_MM = 96 / 25.4;
/** 10.5 pt (五号) at print size. */
export const FONT_PX = Math.round((10.5 * 96) / 72);
const LINE_HEIGHT_PX = Math.round(FONT_PX * 1.3);
export const FONT_FAMILY = 'Noto Sans SC';

export const CHART_WIDTH_PX = Math.round(CHART_WIDTH_MM * CSS_PX_PER_MM);
const BAR_HEIGHT_PX = Math.round(CHART_WIDTH_PX * 0.56);
const PIE_HEIGHT_PX = Math.round(CHART_WIDTH_PX * 0.62);
/** The pie's share of the largest radius its area allows: the rest is room for outside labels. */
const PIE_RADIUS = '76%';

export const TEXT_COLOR = '#262626';
const GRID_COLOR = '#d9d9d9';
/** Value labels over bars: padding around each (datalabels' default) and gap to the bar. */
const VALUE_LABEL_PADDING = 4;
const VALUE_LABEL_GAP = 2;
const LEADER_COLOR = '#7f7f7f';

export interface ChartPlan<T extends 'bar' | 'pie'> {
  widthPx: number;
  heightPx: number;
  config: ChartConfiguration<T>;
}

/** Fills the canvas white before anything is drawn: the canvas starts transparent. */
const whiteBackgroundPlugin = {
  id: 'whiteBackground',
  beforeDraw(chart: Chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** No DOM: no resizing, no animation (only the final frame is wanted), no events. */
const staticOptions = {
  responsive: false,
  animation: false as const,
  devicePixelRatio: DEVICE_PIXEL_RATIO,
  events: [],
};

/** Pixels per inch of the PNG at print size, for its pHYs chunk. */
export const PRINT_PPI = 96 * DEVICE_PIXEL_RATIO;

const legend = {
  position: 'bottom' as const,
  labels: { boxWidth: FONT_PX, boxHeight: FONT_PX, padding: 14, color: TEXT_COLOR },
};

/**
 * Note: a cap on bar thickness (maxBarThickness) pushes a lone category's bars apart; a
 * narrower group keeps them side by side. With one or two categories each group takes 30%
 * of the plot width, with more the groups share 60% of it.
 */
const categoryPercentageOf = (spec: BarChartSpec): number => Math.min(0.6, 0.3 * spec.categories.length);

/**
 * How the value labels of a document's bar charts stand: level, or upright when any label of
 * any of its bar charts would not fit level over its bar. One decision for the document, so
 * that 图1 does not print its figures level and 图4 upright.
 */
export type ValueLabelOrientation = 'level' | 'upright';

export function valueLabelOrientation(specs: readonly ChartSpec[]): ValueLabelOrientation {
  return specs.some((spec) => spec.kind === 'bar' && !labelsFitLevel(spec)) ? 'upright' : 'level';
}

/** The plan of any chart; bar charts take their document's label orientation. */
export function chartPlan(spec: ChartSpec, orientation: ValueLabelOrientation): ChartPlan<'bar'> | ChartPlan<'pie'> {
  return spec.kind === 'bar' ? barChartPlan(spec, orientation) : pieChartPlan(spec);
}

export function barChartPlan(spec: BarChartSpec, orientation: ValueLabelOrientation = valueLabelOrientation([spec])): ChartPlan<'bar'> {
  const categoryPercentage = categoryPercentageOf(spec);
  const valueLabels = valueLabelLayout(spec, orientation);
  const labelOf = (context: Context): string => spec.valueLabels[context.datasetIndex]![context.dataIndex]!;
  return {
    widthPx: CHART_WIDTH_PX,
    heightPx: BAR_HEIGHT_PX,
    config: {
      type: 'bar',
      data: {
        labels: spec.categories,
        datasets: spec.series.map((series, i) => ({
          label: series.label,
          data: series.values,
          backgroundColor: seriesColour(i),
          categoryPercentage,
          barPercentage: 0.85,
        })),
      },
      options: {
        ...staticOptions,
        layout: { padding: { top: 4, right: 12, bottom: 0, left: 4 } },
        scales: {
          x: { grid: { display: false }, ticks: { color: TEXT_COLOR } },
          y: {
            beginAtZero: true,
            grace: valueLabels.grace,
            grid: { color: GRID_COLOR },
            border: { display: false },
            // Plain numbers, as in the tables and value labels: 1500, not 1,500.
            ticks: { color: TEXT_COLOR, maxTicksLimit: 7, format: { useGrouping: false } },
            title: { display: true, text: spec.axisTitle, color: TEXT_COLOR },
          },
        },
        plugins: {
          legend,
          tooltip: { enabled: false },
          datalabels: {
            anchor: 'end',
            align: 'end',
            padding: VALUE_LABEL_PADDING,
            rotation: valueLabels.rotation,
            offset: VALUE_LABEL_GAP,
            color: TEXT_COLOR,
            formatter: (_value: unknown, context: Context) => labelOf(context),
          },
        },
      },
      plugins: [whiteBackgroundPlugin],
    },
  };
}

/** Estimated width of a number label: digits and the point of the font are at most 0.56 em. */
const estimateLabelWidth = (label: string): number => label.length * 0.56 * FONT_PX;

interface ValueLabelLayout {
  rotation: number;
  /** Room above the tallest bar, as Chart.js `grace`. */
  grace: string;
}

const longestLabel = (spec: BarChartSpec): number => Math.max(...spec.valueLabels.flat().map(estimateLabelWidth));

/**
 * Whether every value label fits level over its bar (wide numbers or many bars do not), so
 * that neighbours never overlap. Decided from the spec (the plot is about the chart less the
 * y axis, the legend and the category labels) so that one drawing is enough.
 */
function labelsFitLevel(spec: BarChartSpec): boolean {
  const plotWidth = CHART_WIDTH_PX - 70;
  const slotWidth = (plotWidth * categoryPercentageOf(spec)) / spec.categories.length / spec.series.length;
  return longestLabel(spec) + 2 * VALUE_LABEL_PADDING <= slotWidth;
}

/** Level labels need a line of room above the tallest bar; upright ones their longest label's length. */
function valueLabelLayout(spec: BarChartSpec, orientation: ValueLabelOrientation): ValueLabelLayout {
  if (orientation === 'level') return { rotation: 0, grace: '12%' };
  const plotHeight = BAR_HEIGHT_PX - 110;
  const room = longestLabel(spec) + 2 * VALUE_LABEL_PADDING + VALUE_LABEL_GAP;
  return { rotation: -90, grace: `${Math.ceil((100 * room) / (plotHeight - room))}%` };
}

export function pieChartPlan(spec: PieChartSpec): ChartPlan<'pie'> {
  const colors = sliceColours(spec.slices.length);
  return {
    widthPx: CHART_WIDTH_PX,
    heightPx: PIE_HEIGHT_PX,
    config: {
      type: 'pie',
      data: {
        labels: spec.slices.map((slice) => slice.label),
        datasets: [
          {
            data: spec.slices.map((slice) => slice.value),
            backgroundColor: colors,
            borderColor: '#ffffff',
            borderWidth: spec.slices.length > 1 ? 1.5 : 0,
          },
        ],
      },
      options: {
        ...staticOptions,
        layout: { padding: { top: 4, bottom: 0 } },
        radius: PIE_RADIUS,
        plugins: {
          legend,
          tooltip: { enabled: false },
          datalabels: { display: false },
          pieLabels: {
            labels: spec.slices.map((slice) => slice.percentLabel),
            font: `${FONT_PX}px "${FONT_FAMILY}"`,
            lineHeight: LINE_HEIGHT_PX,
            insideColors: colors.map(textColorOn),
            outsideColor: TEXT_COLOR,
            leaderColor: LEADER_COLOR,
          },
        },
      },
      plugins: [whiteBackgroundPlugin, pieLabelsPlugin],
    },
  };
}

/** White on dark fills, near-black on light ones (by relative luminance). */
function textColorOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.35 ? TEXT_COLOR : '#ffffff';
}
