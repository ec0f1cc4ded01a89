/**
 * The paginator's rules on hand-made flow items (widows and orphans, headings kept with two
 * lines of what follows, figures shrinking before they move, page breaks of the tree), and on
 * real trees: a table whose row group repeats its own heading row on the next page, and the
 * 部门决算说明 of the reference unit, whose pdfmake pages must be exactly the planned ones
 * and never end with a heading (read back from the PDF with pdfjs).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/parse/parse-html.js';
import { paginate, textHeight, type FigureItem, type FlowItem, type LinesItem, type Page } from '../../src/render/pdf/paginate.js';
import { renderPdf, type RenderedPdf } from './render-pdf-tree.js';
import type { DocumentTree, HeadingNode } from '../../src/tree/types.js';
import { extractPdfText, normalizeForSearch } from '../support/pdf-text.js';
import { preparedUnit, treeWithCharts } from '../support/prepared-units.js';
import { REFERENCE_DATA } from '../support/reference-paths.js';

const LINE = 28.95;
const PAGE_LINES = Math.floor(textHeight('portrait') / LINE);

const lines = (count: number, name: string, extra: Partial<LinesItem> = {}): LinesItem => ({
  kind: 'lines',
  lines: Array.from({ length: count }, (_, i) => ({ text: `${name}${i + 1}` })),
  heights: Array.from({ length: count }, () => LINE),
  minFirst: 2,
  minLast: 2,
  keepWithNext: false,
  ...extra,
});
const heading = (name: string): LinesItem => lines(1, name, { minFirst: 1, minLast: 1, keepWithNext: true, headingId: name });

/** Each page as the names of the lines on it. */
const names = (pages: Page[]): string[][] =>
  pages.map((page) =>
    page.fragments.flatMap((fragment) =>
      fragment.kind === 'lines'
        ? fragment.item.lines.slice(fragment.from, fragment.to).map((line) => (line as { text: string }).text)
        : [fragment.kind],
    ),
  );

describe('paginate', () => {
  it('fills a page with the lines that fit and runs on to the next', () => {
    const pages = names(paginate([lines(PAGE_LINES + 5, 'p')], 'portrait'));
    expect(pages.map((page) => page.length)).toEqual([PAGE_LINES, 5]);
  });

  it('moves a paragraph whose first line alone would end a page (no orphan)', () => {
    const pages = names(paginate([lines(PAGE_LINES - 1, 'a'), lines(5, 'b')], 'portrait'));
    expect(pages[0]!.at(-1)).toBe(`a${PAGE_LINES - 1}`);
    expect(pages[1]![0]).toBe('b1');
  });

  it('takes a second line along rather than leave the last one alone on the next page (no widow)', () => {
    // Room for four of the five lines: 3 + 2, not 4 + 1.
    const pages = names(paginate([lines(PAGE_LINES - 4, 'a'), lines(5, 'b')], 'portrait'));
    expect(pages[0]!.slice(-3)).toEqual(['b1', 'b2', 'b3']);
    expect(pages[1]).toEqual(['b4', 'b5']);
  });

  it('never splits a paragraph of three lines', () => {
    const pages = names(paginate([lines(PAGE_LINES - 2, 'a'), lines(3, 'b')], 'portrait'));
    expect(pages[1]).toEqual(['b1', 'b2', 'b3']);
  });

  it('keeps a heading with two lines of the paragraph after it', () => {
    // Room for the heading and one line only: both move on.
    const pages = names(paginate([lines(PAGE_LINES - 2, 'a'), heading('h'), lines(6, 'b')], 'portrait'));
    expect(pages[0]!.at(-1)).toBe(`a${PAGE_LINES - 2}`);
    expect(pages[1]!.slice(0, 3)).toEqual(['h1', 'b1', 'b2']);
    // Room for the heading and two lines: they stay.
    const fits = names(paginate([lines(PAGE_LINES - 3, 'a'), heading('h'), lines(6, 'b')], 'portrait'));
    expect(fits[0]!.slice(-3)).toEqual(['h1', 'b1', 'b2']);
  });

  it('keeps a chain of headings together with what follows them', () => {
    const pages = names(paginate([lines(PAGE_LINES - 3, 'a'), heading('h'), heading('k'), lines(6, 'b')], 'portrait'));
    expect(pages[1]!.slice(0, 4)).toEqual(['h1', 'k1', 'b1', 'b2']);
  });

  it('keeps a paragraph marked keep-with-next with what follows, splitting it if need be', () => {
    const figure: FigureItem = {
      kind: 'figure',
      block: 0,
      fixedHeight: LINE,
      imageHeight: 6 * LINE,
      minScale: 1,
      render: () => ({ text: '' }),
    };
    const pages = names(paginate([lines(PAGE_LINES - 8, 'a'), lines(2, 'k', { keepWithNext: true }), figure], 'portrait'));
    expect(pages[1]).toEqual(['k1', 'k2', 'figure']);
  });

  it('lets a heading end a section: nothing follows it on that page', () => {
    const pages = names(
      paginate([lines(PAGE_LINES - 1, 'a'), heading('h'), { kind: 'break', orientation: 'portrait' }, lines(2, 'b')], 'portrait'),
    );
    expect(pages[0]!.at(-1)).toBe('h1');
  });

  it('shrinks a figure that almost fits, down to its smallest scale, and moves one that does not', () => {
    const figure = (imageHeight: number): FigureItem => ({
      kind: 'figure',
      block: 0,
      fixedHeight: LINE,
      imageHeight,
      minScale: 0.8,
      render: () => ({ text: '' }),
    });
    const room = textHeight('portrait') - 10 * LINE;
    const shrunk = paginate([lines(10, 'a'), figure(room / 0.9)], 'portrait');
    expect(shrunk).toHaveLength(1);
    const placed = shrunk[0]!.fragments[1]!;
    expect(placed.kind === 'figure' && placed.scale).toBeGreaterThanOrEqual(0.8);
    expect(placed.kind === 'figure' && placed.scale).toBeLessThan(0.9);
    const moved = paginate([lines(10, 'a'), figure(room / 0.7)], 'portrait');
    expect(moved).toHaveLength(2);
    expect(moved[1]!.fragments[0]).toMatchObject({ kind: 'figure', scale: 1 });
  });

  it('starts a section on a new page with its orientation, and fills a page only up to its text height', () => {
    const items: FlowItem[] = [lines(3, 'a'), { kind: 'break', orientation: 'landscape' }, lines(40, 'b')];
    const pages = paginate(items, 'portrait');
    expect(pages.map((page) => [page.orientation, page.opensSection])).toEqual([
      ['portrait', true],
      ['landscape', true],
      ['landscape', false],
      ['landscape', false],
    ]);
    for (const page of pages) {
      const used = page.fragments.reduce((sum, f) => sum + (f.kind === 'lines' ? (f.to - f.from) * LINE : 0), 0);
      expect(used).toBeLessThanOrEqual(textHeight(page.orientation));
    }
  });
});

const tree = (html: string): DocumentTree => ({
  meta: { title: 't', subject: 's', author: 'a', date: '2024-01-01', language: 'zh-CN' },
  blocks: parseHtml(html),
  images: {},
});

describe('a table that runs onto the next page', () => {
  it('repeats the table header and the row group heading there, and the cut group label', async () => {
    const filler = Array.from({ length: 3 }, () => `<p>${'这是用来占去大半页的正文文字。'.repeat(8)}</p>`).join('');
    const indicators = Array.from({ length: 24 }, (_, i) => `<tr><td>指标${i + 1}</td><td>10</td></tr>`).join('');
    const html =
      `${filler}<table data-widths="4,3,1" data-header-rows="1"><tr><th>项目名称</th><td colspan="2">案件代理</td></tr>` +
      `<tbody data-header-rows="1"><tr><th rowspan="25">绩效指标（90分）</th><th>三级指标</th><th>权重</th></tr>${indicators}</tbody></table>`;
    const { bytes, plan } = await renderPdf(tree(html));
    const pages = (await extractPdfText(bytes)).map(normalizeForSearch);
    expect(plan.tableBreaks[3]?.length).toBeGreaterThan(0);
    const second = pages.findIndex((page) => page.includes('指标24'));
    expect(second).toBeGreaterThan(0);
    expect(pages[second - 1]).toContain('指标1');
    for (const page of [pages[second - 1]!, pages[second]!]) {
      expect(page).toContain('项目名称');
      expect(page).toContain('三级指标');
      expect(page.split(normalizeForSearch('绩效指标（90分）'))).toHaveLength(2);
    }
  });
});

describe('the 部门决算说明 of the reference unit', () => {
  let rendered: RenderedPdf;
  let documentTree: DocumentTree;
  let pages: string[][];

  beforeAll(async () => {
    const doc = (await preparedUnit(REFERENCE_DATA)).find((d) => d.kind === 'final-accounts')!;
    documentTree = await treeWithCharts(doc);
    rendered = await renderPdf(documentTree);
    pages = (await extractPdfText(rendered.bytes)).map((page) => page.split('\n').map(normalizeForSearch));
  });

  it('prints every heading on the page the plan gives it', () => {
    const { plan } = rendered;
    expect(pages).toHaveLength(plan.pageCount);
    for (const node of documentTree.blocks.filter((b): b is HeadingNode => b.type === 'heading')) {
      const page = pages[plan.headingPages[node.id]! + plan.frontPages - 1]!;
      expect(page, node.text).toContain(normalizeForSearch(node.text));
    }
  });

  it('never ends a page with a heading, and keeps two lines of a longer paragraph after it', () => {
    const blocks = documentTree.blocks;
    let checked = 0;
    blocks.forEach((block, index) => {
      if (block.type !== 'heading') return;
      const text = normalizeForSearch(block.text);
      const page = pages.find((lines) => lines.includes(text))!;
      const body = page.filter((line) => !/^—\d+—$/.test(line));
      const at = body.lastIndexOf(text);
      const next = blocks[index + 1];
      if (next === undefined || next.type === 'pageBreak') return;
      checked++;
      expect(at, `${block.text} ends its page`).toBeLessThan(body.length - 1);
      if (next.type === 'paragraph' && next.runs.map((run) => run.text).join('').length > 28) {
        expect(at, `${block.text} is followed by one line only`).toBeLessThan(body.length - 2);
      }
    });
    expect(checked).toBeGreaterThan(50);
  });
});
