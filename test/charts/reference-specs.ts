/**
 * The seven charts of the reference document (遂宁市安居区司法局 2023), as compute hands them
 * to the charts stage. Used by the tests and to look at the rendered images.
 */
import type { BarChartSpec, ChartSpec, PieChartSpec } from '../../src/charts/spec.js';

const years = (categories: string[], prior: number[], current: number[]): BarChartSpec => ({
  kind: 'bar',
  id: '',
  title: '',
  categories,
  series: [
    { label: '2022年度', values: prior },
    { label: '2023年度', values: current },
  ],
  valueLabels: [prior.map((v) => v.toFixed(2)), current.map((v) => v.toFixed(2))],
  axisTitle: '金额（万元）',
});

const pie = (id: string, title: string, slices: [string, number, string][]): PieChartSpec => ({
  kind: 'pie',
  id,
  title,
  slices: slices.map(([label, value, percentLabel]) => ({ label, value, percentLabel })),
});

export const referenceCharts: ChartSpec[] = [
  {
    ...years(['收入总计', '支出总计'], [1168.92, 1168.92], [1163.82, 1163.82]),
    id: 'fig1',
    title: '收、支决算总计变动情况',
  },
  pie('fig2', '收入决算结构', [['一般公共预算财政拨款收入', 1163.82, '100%']]),
  pie('fig3', '支出决算结构', [
    ['基本支出', 893.92, '76.81%'],
    ['项目支出', 269.9, '23.19%'],
  ]),
  {
    ...years(['财政拨款收入总计', '财政拨款支出总计'], [1168.92, 1168.92], [1163.82, 1163.82]),
    id: 'fig4',
    title: '财政拨款收、支决算总计变动情况',
  },
  {
    ...years(['一般公共预算财政拨款支出'], [1168.92], [1163.82]),
    id: 'fig5',
    title: '一般公共预算财政拨款支出决算变动情况',
  },
  pie('fig6', '一般公共预算财政拨款支出决算结构', [
    ['公共安全支出', 982.66, '84.43%'],
    ['社会保障和就业支出', 85.43, '7.34%'],
    ['卫生健康支出', 33.33, '2.86%'],
    ['住房保障支出', 62.4, '5.37%'],
  ]),
  pie('fig7', '“三公”经费财政拨款支出结构', [
    ['公务用车购置及运行维护费', 3.41, '73.65%'],
    ['公务接待费', 1.22, '26.35%'],
  ]),
];
