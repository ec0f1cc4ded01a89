/**
 * A small document a render thread renders once before its first real one, throwing the
 * bytes away: takes nothing; returns a PreparedDocument with every block type (title, 目录,
 * headings, body text with digits, a table with header rows and spans, a landscape page,
 * two figures) and one bar and one pie chart. Rendering it loads the renderers and the
 * chart runtime and lets V8 compile their code while the main thread is still preparing
 * the first unit, so the first real document does not pay for it.
 * Nothing here reaches an output file (which is why its Chinese texts are marked msg`…`).
 */
import type { PreparedDocument } from './render-document.js';
import { msg } from '../text/msg.js';

const cell = (text: string, extra: { rowSpan?: number; colSpan?: number; emphasis?: boolean } = {}) => ({
  runs: [{ type: 'text' as const, text }],
  rowSpan: extra.rowSpan ?? 1,
  colSpan: extra.colSpan ?? 1,
  align: 'center' as const,
  emphasis: extra.emphasis ?? false,
});

const paragraph = (text: string) => ({
  type: 'paragraph' as const,
  runs: [
    { type: 'text' as const, text },
    { type: 'text' as const, text: msg`（预热）`, bold: true },
  ],
  align: 'justify' as const,
  indent: true,
});

export function warmUpSample(): PreparedDocument {
  const table = {
    type: 'table' as const,
    columnWidths: [2, 3, 2, 2],
    headerRows: 2,
    size: 'small' as const,
    caption: msg`预热表`,
    rows: [
      { cells: [cell(msg`项目`, { rowSpan: 2, emphasis: true }), cell(msg`指标`, { colSpan: 3, emphasis: true })] },
      { cells: [cell(msg`名称`, { emphasis: true }), cell(msg`分值`, { emphasis: true }), cell(msg`得分`, { emphasis: true })] },
      { cells: [cell(msg`预热`, { rowSpan: 2 }), cell(msg`完成率`), cell('10'), cell('10')] },
      { cells: [cell(msg`满意度`), cell('20'), cell('19.5')] },
    ],
  };
  return {
    kind: 'project-evaluation',
    title: msg`预热`,
    tree: {
      meta: { title: msg`预热`, subject: msg`预热`, author: msg`预热`, date: '2024-01-01', language: 'zh-CN' },
      images: {},
      blocks: [
        { type: 'title', text: msg`预热文档`, subtitle: msg`（预热）` },
        { type: 'toc', title: msg`目录` },
        { type: 'heading', level: 0, text: msg`第一部分 预热`, toc: true, id: 'warm-0' },
        { type: 'heading', level: 1, text: msg`一、预热`, toc: true, id: 'warm-1' },
        paragraph(msg`本年度收入合计1,234.56万元，比上年增加12.34万元，增长1.01%，主要原因是预热。`),
        { type: 'figure', imageId: 'warm-bar', caption: msg`图1：预热` },
        { type: 'heading', level: 2, text: msg`（一）预热`, toc: true, id: 'warm-2' },
        paragraph(msg`支出合计1,234.56万元，其中：基本支出1,000.00万元，占81.00%；项目支出234.56万元，占19.00%。`),
        { type: 'figure', imageId: 'warm-pie', caption: msg`图2：预热` },
        { type: 'heading', level: 3, text: msg`1. 预热`, toc: false, id: 'warm-3' },
        { type: 'pageBreak', orientation: 'landscape' },
        table,
        { type: 'pageBreak', orientation: 'portrait' },
        paragraph(msg`预热结束。`),
      ],
    },
    charts: [
      {
        kind: 'bar',
        id: 'warm-bar',
        title: msg`预热`,
        categories: [msg`收入`, msg`支出`],
        series: [
          { label: msg`2022年`, values: [1, 2] },
          { label: msg`2023年`, values: [2, 1] },
        ],
        valueLabels: [
          ['1.00', '2.00'],
          ['2.00', '1.00'],
        ],
        axisTitle: msg`万元`,
      },
      {
        kind: 'pie',
        id: 'warm-pie',
        title: msg`预热`,
        slices: [
          { label: msg`基本支出`, value: 3, percentLabel: '75.00%' },
          { label: msg`项目支出`, value: 1, percentLabel: '25.00%' },
        ],
      },
    ],
  };
}
