/**
 * The PDF table layout for the 自评表 shapes: a rowSpan+colSpan cell inside a taller rowSpan
 * (which crashed pdfmake), and a rowSpan group taller than a page (which pdfmake dropped
 * silently): it is cut into pieces and its merged labels repeat, and the text is all there.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/parse/parse-html.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { cutSpansAt, placeCells } from '../../src/render/pdf/table-grid.js';
import type { DocumentTree, TableNode } from '../../src/tree/types.js';
import { extractPdfText } from '../support/pdf-text.js';

const tree = (html: string): DocumentTree => ({
  meta: { title: 't', subject: 's', author: 'a', date: '2024-01-01', language: 'zh-CN' },
  blocks: parseHtml(html),
  images: {},
});

describe('cutSpansAt', () => {
  it('splits a merged cell at the cut into two cells with the same text and column span', () => {
    const [table] = parseHtml('<table data-widths="1,1,1"><tr><td rowspan="3" colspan="2">标签</td><td>a</td></tr><tr><td>b</td></tr><tr><td>c</td></tr></table>') as [TableNode];
    const grid = cutSpansAt(placeCells(table), [2]);
    expect(grid[0]![0]).toMatchObject({ kind: 'cell', cell: { rowSpan: 2, colSpan: 2, runs: [{ text: '标签' }] } });
    expect(grid[1]![1]).toEqual({ kind: 'covered', byRow: 0, byCol: 0 });
    expect(grid[2]![0]).toMatchObject({ kind: 'cell', cell: { rowSpan: 1, colSpan: 2, runs: [{ text: '标签' }] } });
    expect(grid[2]![1]).toEqual({ kind: 'covered', byRow: 2, byCol: 0 });
  });
});

describe('renderPdf with the 自评表 shapes', () => {
  it('draws a rowSpan+colSpan cell under a taller rowSpan', async () => {
    const html =
      '<table data-widths="1,1,1,1"><tr><th rowspan="3">项目基本情况</th><th colspan="2" rowspan="2">目标</th><th>年度目标</th></tr>' +
      '<tr><td>内容</td></tr><tr><th colspan="2">概述</th><td>过程</td></tr></table>';
    const text = (await extractPdfText((await renderPdf(tree(html))).bytes)).join('');
    for (const word of ['项目基本情况', '目标', '年度目标', '内容', '概述', '过程']) expect(text).toContain(word);
  });

  it('keeps every row of a rowSpan group taller than a page, across pages', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<tr>${i === 0 ? '<td rowspan="40">绩效指标</td>' : ''}<td>指标${i + 1}</td></tr>`).join('');
    const pages = await extractPdfText((await renderPdf(tree(`<table data-widths="1,3" data-header-rows="0">${rows}</table>`))).bytes);
    const text = pages.join('\n');
    for (let i = 1; i <= 40; i++) expect(text).toMatch(new RegExp(`指标${i}(?!\\d)`));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((page) => page.includes('绩效指标'))).toBe(true);
  });
});
