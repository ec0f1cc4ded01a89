/**
 * Fixture trees for the PDF backend tests and the visual check. Takes nothing; returns
 * document trees: a small one for structure tests and a several-page sample with a title,
 * 目录, headings of every level, long paragraphs, a landscape 14-column table whose
 * rowSpans cross a page break, and a chart-like PNG figure drawn with @napi-rs/canvas.
 */

import { createCanvas } from '@napi-rs/canvas';
import type { Block, DocumentTree, TableCell, TableRow, TextRun } from '../../src/tree/types.js';

const run = (text: string, bold = false): TextRun => (bold ? { type: 'text', text, bold } : { type: 'text', text });

const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({
  runs: [run(text)],
  rowSpan: 1,
  colSpan: 1,
  align: 'center',
  emphasis: false,
  ...extra,
});

const paragraph = (text: string, bold?: string): Block => ({
  type: 'paragraph',
  runs: bold ? [run(bold, true), run(text)] : [run(text)],
  align: 'justify',
  indent: true,
});

export const meta = {
  title: '遂宁市安居区司法局2023年度部门决算说明',
  subject: '部门决算说明',
  author: '遂宁市安居区司法局',
  date: '2024-09-01',
  language: 'zh-CN',
} as const;

/** A tiny white-background RGB PNG (the charts stage makes the real ones). */
export function chartPng(widthPx = 600, heightPx = 360): Uint8Array {
  const canvas = createCanvas(widthPx, heightPx);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, widthPx, heightPx);
  const bars = [0.82, 0.55, 0.31, 0.12];
  const colors = ['#4472c4', '#ed7d31', '#a5a5a5', '#ffc000'];
  bars.forEach((h, i) => {
    ctx.fillStyle = colors[i]!;
    ctx.fillRect(60 + i * 130, heightPx - 40 - h * (heightPx - 80), 80, h * (heightPx - 80));
  });
  ctx.strokeStyle = '#000000';
  ctx.beginPath();
  ctx.moveTo(40, heightPx - 40);
  ctx.lineTo(widthPx - 20, heightPx - 40);
  ctx.stroke();
  return new Uint8Array(canvas.toBuffer('image/png'));
}

/** Small tree: one of each block type, spans in a 4-column table. */
export function smallTree(): DocumentTree {
  return {
    meta: { ...meta },
    images: {
      fig1: { png: chartPng(300, 180), widthPx: 300, heightPx: 180, widthMm: 120, alt: '收入决算结构' },
    },
    blocks: [
      { type: 'title', text: '遂宁市安居区司法局2023年度部门决算说明', subtitle: '（案件代理）' },
      { type: 'toc', title: '目录' },
      { type: 'heading', level: 0, text: '第一部分 单位概况', toc: true, id: 'part-1' },
      { type: 'heading', level: 1, text: '一、主要职能', toc: true, id: 'h-1' },
      paragraph('遂宁市安居区司法局是区政府工作部门，主管全区司法行政工作。'),
      {
        type: 'table',
        columnWidths: [2, 1, 1, 1],
        headerRows: 2,
        size: 'small',
        caption: '收入支出决算总表',
        rows: [
          { cells: [cell('项目', { rowSpan: 2 }), cell('金额', { colSpan: 3 })] },
          { cells: [cell('预算数'), cell('决算数'), cell('完成率')] },
          { cells: [cell('一般公共预算财政拨款收入', { align: 'left' }), cell('591.23'), cell('590.10'), cell('99.81%')] },
          { cells: [cell('合计', { colSpan: 2, emphasis: true }), cell('590.10'), cell('99.81%')] },
        ],
      },
      { type: 'figure', imageId: 'fig1', caption: '图1：收入决算结构' },
      { type: 'pageBreak', orientation: 'landscape' },
      { type: 'heading', level: 2, text: '（一）横向表格', toc: false, id: 'h-2' },
      { type: 'pageBreak', orientation: 'portrait' },
      { type: 'heading', level: 3, text: '1.收入决算情况', toc: false, id: 'h-3' },
      paragraph('收入决算情况如下。'),
    ],
  };
}

const LONG_TEXT =
  '2023年度收入总计591.23万元，支出总计591.23万元。与2022年相比，收入、支出总计各减少62.4万元，' +
  '下降9.55%。主要变动原因是人员变动导致人员经费减少，以及按照过紧日子的要求压减了一般性支出。' +
  '本年收入合计591.23万元，其中：一般公共预算财政拨款收入591.23万元，占100%；政府性基金预算财政拨款收入0万元，' +
  '占0%；国有资本经营预算财政拨款收入0万元，占0%；上级补助收入0万元，占0%；事业收入0万元，占0%。';

function wideTableRows(): TableRow[] {
  const head: TableRow[] = [
    {
      cells: [
        cell('科目编码', { rowSpan: 2 }),
        cell('科目名称', { rowSpan: 2 }),
        cell('年初结转和结余', { rowSpan: 2 }),
        cell('本年收入', { colSpan: 4 }),
        cell('本年支出', { colSpan: 5 }),
        cell('年末结转和结余', { colSpan: 2 }),
      ],
    },
    {
      cells: [
        cell('小计'),
        cell('财政拨款'),
        cell('事业收入'),
        cell('其他收入'),
        cell('小计'),
        cell('基本支出'),
        cell('项目支出'),
        cell('上缴上级'),
        cell('经营支出'),
        cell('小计'),
        cell('其中：财政拨款'),
      ],
    },
  ];
  const body: TableRow[] = [];
  const amount = (i: number, j: number): string => ((i * 37.13 + j * 11.07) % 500).toFixed(2);
  for (let group = 0; group < 9; group++) {
    const code = String(2040601 + group * 3);
    for (let k = 0; k < 3; k++) {
      const cells: TableCell[] = [];
      if (k === 0) {
        cells.push(cell(code, { rowSpan: 3 }));
        cells.push(cell(`司法行政类款项${group + 1}（行政运行、一般行政管理事务及其他司法支出）`, { rowSpan: 3, align: 'left' }));
      }
      for (let j = 0; j < 12; j++) cells.push(cell(amount(group * 3 + k, j), { align: 'right' }));
      body.push({ cells });
    }
  }
  body.push({
    cells: [cell('合计', { colSpan: 3, emphasis: true }), ...Array.from({ length: 11 }, (_, j) => cell(amount(99, j), { align: 'right' }))],
  });
  return [...head, ...body];
}

/** Several pages exercising every block type; the landscape table crosses a page break. */
export function sampleTree(): DocumentTree {
  const blocks: Block[] = [
    { type: 'title', text: '遂宁市安居区司法局2023年度部门决算说明' },
    { type: 'toc', title: '目录' },
    { type: 'pageBreak', orientation: 'portrait' },
    { type: 'heading', level: 0, text: '第一部分 遂宁市安居区司法局概况', toc: true, id: 'part-1' },
    { type: 'heading', level: 1, text: '一、主要职能', toc: true, id: 'p1-h1' },
    paragraph('负责全区法治宣传教育、人民调解、社区矫正、公共法律服务体系建设等工作。' + LONG_TEXT),
    { type: 'heading', level: 1, text: '二、机构设置', toc: true, id: 'p1-h2' },
    paragraph('从决算单位构成看，遂宁市安居区司法局2023年度部门决算汇总公开单位1个，为本级行政单位。' + LONG_TEXT),
    { type: 'heading', level: 0, text: '第二部分 2023年度部门决算情况说明', toc: true, id: 'part-2' },
    { type: 'heading', level: 1, text: '一、收入支出决算总体情况说明', toc: true, id: 'p2-h1' },
    paragraph(LONG_TEXT + LONG_TEXT),
    { type: 'heading', level: 2, text: '（一）收入决算情况', toc: false, id: 'p2-h1-1' },
    paragraph(LONG_TEXT, '收入总计591.23万元。'),
    { type: 'figure', imageId: 'fig1', caption: '图1：收入决算结构（按来源）' },
    { type: 'heading', level: 3, text: '1.财政拨款收入', toc: false, id: 'p2-h1-1-1' },
    paragraph(LONG_TEXT + LONG_TEXT + LONG_TEXT),
    { type: 'pageBreak', orientation: 'landscape' },
    { type: 'heading', level: 1, text: '二、收入支出决算明细表', toc: true, id: 'p2-h2' },
    {
      type: 'table',
      columnWidths: [5, 12, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6],
      headerRows: 2,
      size: 'small',
      caption: '收入支出决算明细表（单位：万元）',
      rows: wideTableRows(),
    },
    { type: 'pageBreak', orientation: 'portrait' },
    { type: 'heading', level: 0, text: '第三部分 名词解释', toc: true, id: 'part-3' },
    paragraph('财政拨款收入：指单位从同级财政部门取得的财政预算资金。' + LONG_TEXT),
    { type: 'paragraph', runs: [run('遂宁市安居区司法局')], align: 'right', indent: false },
    { type: 'paragraph', runs: [run('2024年9月1日')], align: 'right', indent: false },
  ];
  return {
    meta: { ...meta },
    images: {
      fig1: { png: chartPng(), widthPx: 600, heightPx: 360, widthMm: 140, alt: '收入决算结构（按来源）' },
    },
    blocks,
  };
}
