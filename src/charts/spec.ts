/**
 * Chart specifications: what the compute stage asks the charts stage to draw. Plain data,
 * no Chart.js types, so compute and templates never import the chart library.
 */

/** Bar chart of one or more series over categories, e.g. 2022 against 2023. */
export interface BarChartSpec {
  kind: 'bar';
  id: string;
  title: string;
  categories: string[];
  series: { label: string; values: number[] }[];
  /** Value labels on the bars, already formatted (e.g. "1168.92"). Same shape as values. */
  valueLabels: string[][];
  /** Title of the value axis, e.g. 金额（万元） (the pack's wording). */
  axisTitle: string;
}

/** Pie chart; zero slices are left out by compute before it gets here. */
export interface PieChartSpec {
  kind: 'pie';
  id: string;
  title: string;
  slices: { label: string; value: number; percentLabel: string }[];
}

export type ChartSpec = BarChartSpec | PieChartSpec;
