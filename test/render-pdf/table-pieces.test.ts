/**
 * The PDF table layout for the 自评表 shapes: a rowSpan+colSpan cell inside a taller rowSpan
 * (which crashed pdfmake), and a rowSpan group taller than a page (which pdfmake dropped
 * silently): it is cut into page pieces and its merged labels repeat, and the text is all
 * there. A group taller than the rest of a page starts on that page and continues on the next
 * at a row boundary, its label shown once on each page, leaving no tall gap.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { preset, tableLinePitchPt } from '../../src/layout/preset.js';
import { loadPdfFonts } from '../../src/render/pdf/fonts.js';
import { pagePt } from '../../src/render/pdf/page-layout.js';
import { parseHtml } from '../../src/parse/parse-html.js';
import { renderPdf } from './render-pdf-tree.js';
import { tableLayout } from '../../src/render/pdf/table-layout.js';
import { placeCells, selectRows } from '../../src/tree/table-grid.js';
import type { DocumentTree, TableNode } from '../../src/tree/types.js';
import { extractPdfText } from '../support/pdf-text.js';

const tree = (html: string): DocumentTree => ({
  meta: { title: 't', subject: 's', author: 'a', date: '2024-01-01', language: 'zh-CN' },
  blocks: parseHtml(html),
  images: {},
});

describe('parseHtml', () => {
  it('reads a <tbody> with header rows of its own as a row group, and checks the count', () => {
    const [table] = parseHtml(
      '<table data-widths="1" data-header-rows="1"><tr><th>表头</th></tr><tbody data-header-rows="1"><tr><th>小标题</th></tr><tr><td>a</td></tr></tbody><tr><td>b</td></tr></table>',
    ) as [TableNode];
    expect(table.rows).toHaveLength(4);
    expect(table.rowGroups).toEqual([{ first: 1, last: 2, headerRows: 1 }]);
    expect(() => parseHtml('<table data-widths="1"><tbody data-header-rows="1"><tr><td>a</td></tr></tbody></table>')).toThrow(
      /data-header-rows/,
    );
    expect(() => parseHtml('<table data-widths="1" data-header-rows="x"><tr><td>a</td></tr></table>')).toThrow(/非负整数/);
  });

  it('marks a paragraph kept with the next block', () => {
    expect(parseHtml('<p data-keep-with-next>具体情况如下：</p><p>正文</p>')).toMatchObject([
      { keepWithNext: true },
      { type: 'paragraph' },
    ]);
    expect(parseHtml('<p>正文</p>')[0]).not.toHaveProperty('keepWithNext');
  });
});

describe('selectRows', () => {
  it('splits a merged cell at a cut into two cells with the same text and column span', () => {
    const [table] = parseHtml(
      '<table data-widths="1,1,1"><tr><td rowspan="3" colspan="2">标签</td><td>a</td></tr><tr><td>b</td></tr><tr><td>c</td></tr></table>',
    ) as [TableNode];
    const grid = selectRows(placeCells(table), [0, 1, 2], new Set([2]));
    expect(grid[0]![0]).toMatchObject({ kind: 'cell', cell: { rowSpan: 2, colSpan: 2, runs: [{ text: '标签' }] } });
    expect(grid[1]![1]).toEqual({ kind: 'covered', byRow: 0, byCol: 0 });
    expect(grid[2]![0]).toMatchObject({ kind: 'cell', cell: { rowSpan: 1, colSpan: 2, runs: [{ text: '标签' }] } });
    expect(grid[2]![1]).toEqual({ kind: 'covered', byRow: 2, byCol: 0 });
  });

  it('continues a merged cell from a repeated heading row into the rows of the next page', () => {
    const [table] = parseHtml(
      '<table data-widths="1,1"><tr><th colspan="2">表头</th></tr><tr><th rowspan="4">绩效指标</th><th>一级指标</th></tr><tr><td>a</td></tr><tr><td>b</td></tr><tr><td>c</td></tr></table>',
    ) as [TableNode];
    // A page that starts at row 3 repeats the table header (0) and the group's heading row (1).
    const grid = selectRows(placeCells(table), [0, 1, 3, 4]);
    expect(grid[1]![0]).toMatchObject({ kind: 'cell', cell: { rowSpan: 3, runs: [{ text: '绩效指标' }] } });
    expect(grid[3]![0]).toEqual({ kind: 'covered', byRow: 1, byCol: 0 });
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
    const rows = Array.from(
      { length: 40 },
      (_, i) => `<tr>${i === 0 ? '<td rowspan="40">绩效指标</td>' : ''}<td>指标${i + 1}</td></tr>`,
    ).join('');
    const pages = await extractPdfText((await renderPdf(tree(`<table data-widths="1,3" data-header-rows="0">${rows}</table>`))).bytes);
    const text = pages.join('\n');
    for (let i = 1; i <= 40; i++) expect(text).toMatch(new RegExp(`指标${i}(?!\\d)`));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((page) => page.includes('绩效指标'))).toBe(true);
  });

  it('breaks a group that does not fit the rest of the page at a row boundary, its label on both pages', async () => {
    const filler = Array.from({ length: 4 }, () => `<p>${'这是用来占去大半页的正文文字。'.repeat(8)}</p>`).join('');
    const rows = Array.from(
      { length: 16 },
      (_, i) => `<tr>${i === 0 ? '<td rowspan="16">绩效指标（90分）</td>' : ''}<td>指标${i + 1}</td></tr>`,
    ).join('');
    const html = `${filler}<table data-widths="1,3"><tr><th>指标</th><th>名称</th></tr>${rows}</table>`;
    const { bytes } = await renderPdf(tree(html));
    const pages = await extractPdfText(bytes);
    const first = pages.findIndex((page) => page.includes('指标1\n') || /指标1(?!\d)/.test(page));
    expect(first).toBeGreaterThanOrEqual(0);
    const last = pages.findIndex((page) => /指标16/.test(page));
    expect(last).toBe(first + 1);
    // The label is drawn once on each page the group is on.
    for (const page of [pages[first]!, pages[last]!]) expect(page.match(/绩效指标（90分）/g)).toHaveLength(1);

    // No gap taller than two lines between the last row on the first page and the text bottom.
    const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
    const content = await (await pdf.getPage(first + 1)).getTextContent();
    const bottom = pagePt('portrait').margins[3];
    // Note: the page number sits below the text block's bottom margin; everything else above it.
    const baselines = content.items
      .flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item.transform[5] as number] : []))
      .filter((y) => y > bottom);
    const gap = Math.min(...baselines) - bottom;
    expect(gap).toBeLessThan(2 * preset.linePitchPt);
  });
});

describe('row heights', () => {
  it('gives a table line the exact pitch the .docx writes (whole twips), plus 1 pt above and below', () => {
    const [table] = parseHtml(
      '<table class="small" data-widths="1,1" data-header-rows="0"><tr><td>一行</td><td>两行两行两行两行两行两行两行两行两行两行两行两行两行两行两行两行两行两行两行两行</td></tr></table>',
    ) as [TableNode];
    const layout = tableLayout(table, pagePt('portrait').textWidth, loadPdfFonts());
    // 10.5 pt × 1.437 = 15.0885 pt → 302 twips = 15.1 pt a line; the long cell takes two lines.
    expect(tableLinePitchPt(10.5)).toBe(15.1);
    expect(layout.cellHeight(table.rows[0]!.cells[0]!, 0, 0, 0)).toBeCloseTo(15.1 + 2, 9);
    expect(layout.cellHeight(table.rows[0]!.cells[1]!, 0, 1, 1)).toBeCloseTo(2 * 15.1 + 2, 9);
  });
});
