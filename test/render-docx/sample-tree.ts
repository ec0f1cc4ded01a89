/**
 * A sample document tree for the .docx backend's tests and visual check: title, 目录, headings
 * of every level (some left out of the 目录), long Chinese paragraphs with numbers, a figure
 * (a PNG drawn with @napi-rs/canvas), and on a landscape page a 14-column table with row and
 * column spans (one cell spans both) long enough to run onto a second page. Takes nothing;
 * returns the tree and the heading pages the .pdf layout would give.
 */

import { createCanvas } from '@napi-rs/canvas';
import type { PagePlan } from '../../src/render/page-plan.js';
import type { Block, DocumentTree, TableCell, TableRow, TextRun } from '../../src/tree/types.js';

const text = (value: string, bold = false): TextRun => (bold ? { type: 'text', text: value, bold } : { type: 'text', text: value });

const cell = (value: string, options: Partial<Omit<TableCell, 'runs'>> = {}): TableCell => ({
  runs: [text(value)],
  rowSpan: 1,
  colSpan: 1,
  align: 'center',
  emphasis: false,
  ...options,
});

const amount = (seed: number): string => (((seed * 7919) % 100000) / 100).toFixed(2);

/** A bar chart look-alike: white background, RGB PNG. */
function samplePng(widthPx: number, heightPx: number): Uint8Array {
  const canvas = createCanvas(widthPx, heightPx);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, widthPx, heightPx);
  context.strokeStyle = '#333333';
  context.strokeRect(40, 20, widthPx - 60, heightPx - 60);
  const bars = [0.85, 0.62, 0.4, 0.73, 0.25];
  bars.forEach((share, index) => {
    context.fillStyle = ['#4472c4', '#ed7d31', '#a5a5a5', '#ffc000', '#5b9bd5'][index]!;
    const barHeight = share * (heightPx - 80);
    context.fillRect(70 + index * 140, heightPx - 40 - barHeight, 90, barHeight);
  });
  return new Uint8Array(canvas.toBuffer('image/png'));
}

const PARAGRAPHS = [
  '2023年度收、支总计均为735.45万元。与2022年相比，收、支总计各减少62.4万元，下降7.82%。主要变动原因是人员变动导致人员经费减少，同时严格落实过紧日子要求，压减一般性支出。',
  '2023年度本年收入合计735.45万元，其中：一般公共预算财政拨款收入735.45万元，占100%；政府性基金预算财政拨款收入0万元，占0%；国有资本经营预算财政拨款收入0万元，占0%；上级补助收入0万元，占0%。',
  '2023年度本年支出合计735.45万元，其中：基本支出586.2万元，占79.71%；项目支出149.25万元，占20.29%；上缴上级支出0万元，占0%；经营支出0万元，占0%；对附属单位补助支出0万元，占0%。',
  '负责区委、区政府规范性文件、重大行政决策发布前的合法性审查。承办区政府规范性文件的报送备案工作。负责全区各级各部门规范性文件报送区政府的备案审查工作。组织开展规范性文件清理。负责区本级政府合同备案管理、区政府涉法事务处理。',
];

function paragraphs(count: number): Block[] {
  return Array.from({ length: count }, (_, index) => ({
    type: 'paragraph' as const,
    runs:
      index % 3 === 1
        ? [text('（一）收入决算情况。', true), text(PARAGRAPHS[index % PARAGRAPHS.length]!)]
        : [text(PARAGRAPHS[index % PARAGRAPHS.length]!)],
    align: 'justify' as const,
    indent: true,
  }));
}

/** 14 columns: 类 款 项 | 科目名称 | 本年收入 ×5 | 本年支出 ×5; two header rows, two classes of 7 groups of 3 rows. */
function wideTableRows(): TableRow[] {
  const header: TableRow[] = [
    {
      cells: [
        cell('科目编码', { colSpan: 3, emphasis: true }),
        cell('科目名称', { rowSpan: 2, emphasis: true }),
        cell('本年收入', { colSpan: 5, emphasis: true }),
        cell('本年支出', { colSpan: 5, emphasis: true }),
      ],
    },
    {
      cells: [
        '类',
        '款',
        '项',
        '合计',
        '财政拨款',
        '上级补助',
        '事业收入',
        '其他收入',
        '合计',
        '基本支出',
        '项目支出',
        '上缴上级',
        '经营支出',
      ].map((label) => cell(label, { emphasis: true })),
    },
  ];
  const body: TableRow[] = [];
  for (let group = 0; group < 14; group++) {
    const numbers = (row: number, count: number) =>
      Array.from({ length: count }, (_, index) => cell(amount(group * 100 + row * 10 + index + 1), { align: 'right' }));
    const item = (code: string, name: string) => [cell(code), cell(name, { align: 'left' })];
    // The 类 cell spans seven groups (21 rows), so it runs across the page break.
    const classCell = group % 7 === 0 ? [cell(group === 0 ? '204' : '208', { rowSpan: 21 })] : [];
    body.push({
      cells: [
        ...classCell,
        cell(String(group + 1).padStart(2, '0'), { rowSpan: 3 }),
        ...item('01', `行政运行（第${group + 1}组）`),
        ...numbers(0, 10),
      ],
    });
    const spanning = group % 4 === 1;
    body.push({
      cells: [
        ...item('02', '一般行政管理事务'),
        ...numbers(1, spanning ? 8 : 10),
        ...(spanning ? [cell('（跨两行两列）', { rowSpan: 2, colSpan: 2 })] : []),
      ],
    });
    body.push({ cells: [...item('99', '其他司法支出'), ...numbers(2, spanning ? 8 : 10)] });
  }
  const total: TableRow = {
    cells: [
      cell('合计', { colSpan: 4, emphasis: true }),
      ...Array.from({ length: 10 }, (_, index) => cell(amount(index + 999), { align: 'right' })),
    ],
  };
  return [...header, ...body, total];
}

export const SAMPLE_HEADING_PAGES: Record<string, number> = {
  'part-1': 3,
  duties: 3,
  'part-2': 5,
  overview: 5,
  'detail-table': 7,
  'part-3': 9,
};

/** A page plan for the sample tree: the first section (title and 目录) unnumbered, nothing cut. */
export function samplePlan(headingPages: Record<string, number> = SAMPLE_HEADING_PAGES): PagePlan {
  return { pageCount: 11, frontPages: 1, headingPages, figureScales: {}, tableBreaks: {}, balancedCells: {}, titleLines: {} };
}

export function sampleTree(): DocumentTree {
  const blocks: Block[] = [
    { type: 'title', text: '遂宁市安居区司法局2023年度部门决算说明', subtitle: '（样例）' },
    { type: 'toc', title: '目录' },
    { type: 'pageBreak', orientation: 'portrait' },
    { type: 'heading', level: 0, text: '第一部分 部门概况', toc: true, id: 'part-1' },
    { type: 'heading', level: 1, text: '一、基本职能及主要工作', toc: true, id: 'duties' },
    { type: 'heading', level: 2, text: '（一）主要职能', toc: false, id: 'duties-main' },
    ...paragraphs(5),
    { type: 'heading', level: 3, text: '1. 法治宣传', toc: false, id: 'duties-1' },
    ...paragraphs(4),
    { type: 'heading', level: 0, text: '第二部分 2023年度部门决算情况说明', toc: true, id: 'part-2' },
    { type: 'heading', level: 1, text: '一、收入支出决算总体情况说明', toc: true, id: 'overview' },
    ...paragraphs(3),
    { type: 'figure', imageId: 'fig1', caption: '图1：收入支出决算总体情况' },
    ...paragraphs(2),
    { type: 'pageBreak', orientation: 'landscape' },
    { type: 'heading', level: 1, text: '二、收入支出决算明细表', toc: true, id: 'detail-table' },
    {
      type: 'table',
      caption: '收入支出决算明细表（2023年度）',
      columnWidths: [1, 1, 1, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
      headerRows: 2,
      size: 'small',
      rows: wideTableRows(),
    },
    { type: 'pageBreak', orientation: 'portrait' },
    { type: 'heading', level: 0, text: '第三部分 名词解释', toc: true, id: 'part-3' },
    ...paragraphs(3),
    { type: 'paragraph', runs: [text('遂宁市安居区司法局')], align: 'right', indent: false },
    { type: 'paragraph', runs: [text('2024年9月1日')], align: 'right', indent: false },
  ];
  return {
    meta: {
      title: '遂宁市安居区司法局2023年度部门决算说明',
      subject: '部门决算说明',
      author: '遂宁市安居区司法局',
      date: '2024-09-01',
      language: 'zh-CN',
    },
    blocks,
    images: {
      fig1: { png: samplePng(900, 500), widthPx: 900, heightPx: 500, widthMm: 140, alt: '收入支出决算总体情况' },
    },
  };
}
