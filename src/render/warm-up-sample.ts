/**
 * A small document a render thread renders once before its first real one, throwing the
 * bytes away: takes nothing; returns a PreparedDocument with every block type (title, 目录,
 * headings, body text with digits, a table with header rows and spans, a landscape page,
 * two figures) and one bar and one pie chart. Rendering it loads the renderers and the
 * chart runtime and lets V8 compile their code while the main thread is still preparing
 * the first unit, so the first real document does not pay for it.
 * Nothing here reaches an output file.
 */
import type { PreparedDocument } from './render-document.js';

const cell = (text: string, extra: { rowSpan?: number; colSpan?: number; emphasis?: boolean } = {}) => ({
  runs: [{ type: 'text' as const, text }],
  rowSpan: extra.rowSpan ?? 1,
  colSpan: extra.colSpan ?? 1,
  align: 'center' as const,
  emphasis: extra.emphasis ?? false,
});

const paragraph = (text: string) => ({
  type: 'paragraph' as const,
  runs: [{ type: 'text' as const, text }, { type: 'text' as const, text: '（预热）', bold: true }],
  align: 'justify' as const,
  indent: true,
});

export function warmUpSample(): PreparedDocument {
  const table = {
    type: 'table' as const,
    columnWidths: [2, 3, 2, 2],
    headerRows: 2,
    size: 'small' as const,
    caption: '预热表',
    rows: [
      { cells: [cell('项目', { rowSpan: 2, emphasis: true }), cell('指标', { colSpan: 3, emphasis: true })] },
      { cells: [cell('名称', { emphasis: true }), cell('分值', { emphasis: true }), cell('得分', { emphasis: true })] },
      { cells: [cell('预热', { rowSpan: 2 }), cell('完成率'), cell('10'), cell('10')] },
      { cells: [cell('满意度'), cell('20'), cell('19.5')] },
    ],
  };
  return {
    kind: 'project-evaluation',
    title: '预热',
    tree: {
      meta: { title: '预热', subject: '预热', author: '预热', date: '2024-01-01', language: 'zh-CN' },
      images: {},
      blocks: [
        { type: 'title', text: '预热文档', subtitle: '（预热）' },
        { type: 'toc', title: '目录' },
        { type: 'heading', level: 0, text: '第一部分 预热', toc: true, id: 'warm-0' },
        { type: 'heading', level: 1, text: '一、预热', toc: true, id: 'warm-1' },
        paragraph('本年度收入合计1,234.56万元，比上年增加12.34万元，增长1.01%，主要原因是预热。'),
        { type: 'figure', imageId: 'warm-bar', caption: '图1：预热' },
        { type: 'heading', level: 2, text: '（一）预热', toc: true, id: 'warm-2' },
        paragraph('支出合计1,234.56万元，其中：基本支出1,000.00万元，占81.00%；项目支出234.56万元，占19.00%。'),
        { type: 'figure', imageId: 'warm-pie', caption: '图2：预热' },
        { type: 'heading', level: 3, text: '1. 预热', toc: false, id: 'warm-3' },
        { type: 'pageBreak', orientation: 'landscape' },
        table,
        { type: 'pageBreak', orientation: 'portrait' },
        paragraph('预热结束。'),
      ],
    },
    charts: [
      {
        kind: 'bar',
        id: 'warm-bar',
        title: '预热',
        categories: ['收入', '支出'],
        series: [
          { label: '2022年', values: [1, 2] },
          { label: '2023年', values: [2, 1] },
        ],
        valueLabels: [
          ['1.00', '2.00'],
          ['2.00', '1.00'],
        ],
        axisTitle: '万元',
      },
      {
        kind: 'pie',
        id: 'warm-pie',
        title: '预热',
        slices: [
          { label: '基本支出', value: 3, percentLabel: '75.00%' },
          { label: '项目支出', value: 1, percentLabel: '25.00%' },
        ],
      },
    ],
  };
}
