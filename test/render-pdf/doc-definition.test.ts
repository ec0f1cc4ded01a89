/**
 * Structure tests of the PDF backend: the pdfmake document definition built for small
 * fixture trees (sections and orientation, styles, headings, the 目录, tables with their
 * spans, figures, metadata), checked without rendering.
 */

import { describe, expect, it } from 'vitest';
import { mmToPt, preset } from '../../src/layout/preset.js';
import { buildDocDefinition } from '../../src/render/pdf/doc-definition.js';
import { loadPdfFonts } from '../../src/render/pdf/fonts.js';
import { gridFontSizePt, pagePt } from '../../src/render/pdf/page-layout.js';
import { placeCells, rowSpanGroups } from '../../src/render/pdf/table-grid.js';
import type { TableCell, TableNode } from '../../src/tree/types.js';
import { smallTree } from './sample-tree.js';

const fonts = loadPdfFonts();

type Json = Record<string, unknown>;

/** Every object node in a pdfmake content tree, depth first. */
function walk(node: unknown, visit: (n: Json) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (node && typeof node === 'object') {
    visit(node as Json);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

function findAll(content: unknown, predicate: (n: Json) => boolean): Json[] {
  const found: Json[] = [];
  walk(content, (n) => {
    if (predicate(n)) found.push(n);
  });
  return found;
}

const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({
  runs: [{ type: 'text', text }],
  rowSpan: 1,
  colSpan: 1,
  align: 'center',
  emphasis: false,
  ...extra,
});

describe('buildDocDefinition', () => {
  const { definition, headingNodes, tocEntries } = buildDocDefinition(smallTree(), fonts);
  const sections = definition.content as unknown as Json[];

  it('splits the blocks into sections at page breaks, with the orientation and margins of the preset', () => {
    expect(sections.map((s) => s.pageOrientation)).toEqual(['portrait', 'landscape', 'portrait']);
    const portrait = pagePt('portrait');
    const landscape = pagePt('landscape');
    expect(sections[0]!.pageMargins).toEqual(portrait.margins);
    expect(sections[1]!.pageMargins).toEqual(landscape.margins);
    expect(portrait.margins).toEqual([mmToPt(28), mmToPt(37), mmToPt(26), mmToPt(35)]);
    expect(landscape.width).toBeGreaterThan(landscape.height);
    expect(definition.pageMargins).toEqual(portrait.margins);
  });

  it('sets metadata and dates from the tree, never from the clock', () => {
    expect(definition.info).toMatchObject({
      title: '遂宁市安居区司法局2023年度部门决算说明',
      creator: 'final-accounts-report',
      author: '遂宁市安居区司法局',
    });
    expect(definition.info?.creationDate?.toISOString()).toBe('2024-09-01T00:00:00.000Z');
    expect(definition.info?.modDate?.toISOString()).toBe('2024-09-01T00:00:00.000Z');
  });

  it('styles body text on the 28-character grid with a 28.95 pt pitch and a two-character indent', () => {
    const size = gridFontSizePt();
    expect(size * preset.charsPerLine).toBeLessThanOrEqual(pagePt('portrait').textWidth);
    expect(size).toBeGreaterThan(15.7);
    const body = definition.styles!.bodyIndented!;
    expect(body.leadingIndent).toBeCloseTo(2 * size, 5);
    const { ascent, descent, unitsPerEm } = fonts.byRole.body.font;
    const pitch = ((ascent - descent) / unitsPerEm) * size * (body.lineHeight as number);
    expect(pitch).toBeCloseTo(preset.linePitchPt, 5);
    expect(definition.styles!.title).toMatchObject({ fontSize: 22, alignment: 'center', font: 'Title' });
    expect(definition.styles!.heading0).toMatchObject({ alignment: 'center', font: 'Heading1' });
    expect(definition.styles!.heading2).toMatchObject({ font: 'Heading2' });
    expect(definition.styles!.heading3).toMatchObject({ font: 'Body', bold: true });
  });

  it('gives each heading its id (a link target) and keeps it with the text that follows', () => {
    expect([...headingNodes.keys()]).toEqual(['part-1', 'h-1', 'h-2', 'h-3']);
    expect(headingNodes.get('h-1')).toMatchObject({ text: '一、主要职能', style: 'heading1', id: 'h-1', headlineLevel: 1 });
    expect(headingNodes.get('h-1')!.outlineParentId).toBe('part-1');
  });

  it('lists the toc headings in the 目录 with leaders, placeholders first and real pages when known', () => {
    expect(tocEntries.map((e) => e.id)).toEqual(['part-1', 'h-1']);
    const lines = findAll(sections, (n) => Array.isArray(n.columns));
    expect(lines).toHaveLength(2);
    const [first] = lines;
    const [title, number] = first!.columns as Json[];
    expect(title!.text).toMatch(/^第一部分 单位概况\.{10,}$/);
    expect(number!.text).toBe('00');
    expect(lines[1]!.margin).toEqual([2 * gridFontSizePt(), 0, 0, 0]);

    const second = buildDocDefinition(smallTree(), fonts, { 'part-1': 2, 'h-1': 12 });
    const numbers = findAll(second.definition.content, (n) => Array.isArray(n.columns)).map(
      (line) => (line.columns as Json[])[1]!.text,
    );
    expect(numbers).toEqual(['2', '12']);
  });

  it('never hands pdfmake a rowSpan; rowSpan groups become one row with nested bands', () => {
    expect(findAll(sections, (n) => 'rowSpan' in n)).toEqual([]);
    const [table] = findAll(sections, (n) => n.layout !== undefined && n.table !== undefined && n.style !== undefined);
    const spec = table!.table as Json;
    const body = spec.body as Json[][];
    // Header rows 0–1 are one rowSpan group → one (repeated) header row.
    expect(spec.headerRows).toBe(1);
    expect(spec.dontBreakRows).toBe(true);
    expect(body).toHaveLength(3);
    expect(body.every((row) => row.length === 4)).toBe(true);
    const [label, amounts, ...covered] = body[0]!;
    expect(label).toMatchObject({ text: [{ text: '项目' }], bold: true, verticalAlignment: 'middle' });
    expect(amounts).toMatchObject({ colSpan: 3 });
    expect(covered).toEqual([{}, {}]);
    const nested = (amounts!.table as Json).body as Json[][];
    expect(nested[0]).toEqual([expect.objectContaining({ text: [{ text: '金额' }], colSpan: 3 }), {}, {}]);
    expect(nested[1]!.map((c) => (c.text as Json[])[0]!.text)).toEqual(['预算数', '决算数', '完成率']);
    // 合计 spans two columns: a colSpan cell and one `{}` placeholder.
    expect(body[2]![0]).toMatchObject({ colSpan: 2, bold: true });
    expect(body[2]![1]).toEqual({});
  });

  it('scales the relative column widths to the text width of the page', () => {
    const [table] = findAll(sections, (n) => n.layout !== undefined && n.table !== undefined && n.style !== undefined);
    const widths = (table!.table as Json).widths as number[];
    const outside = widths.length * 2 * preset.tableCellPaddingPt + (widths.length + 1) * 0.5;
    expect(widths.reduce((a, b) => a + b, 0) + outside).toBeCloseTo(pagePt('portrait').textWidth, 5);
    expect(widths[0]! / widths[1]!).toBeCloseTo(2, 5);
  });

  it('embeds figures from the tree under keys of its own, unbreakable with the caption', () => {
    expect(Object.keys(definition.images!)).toEqual(['figure-1']);
    expect(String(definition.images!['figure-1'])).toMatch(/^data:image\/png;base64,/);
    const [figure] = findAll(sections, (n) => n.unbreakable === true);
    const [image, caption] = figure!.stack as Json[];
    expect(image).toMatchObject({ image: 'figure-1', alignment: 'center', width: mmToPt(120) });
    expect(caption).toMatchObject({ text: '图1：收入决算结构', style: 'figureCaption' });
  });

  it('numbers pages as — N — on the outer side, 7 mm below the text', () => {
    const footer = definition.footer as unknown as (page: number, count: number, size: Json) => Json;
    const odd = footer(3, 9, { orientation: 'portrait' });
    const even = footer(4, 9, { orientation: 'portrait' });
    expect((odd.text as Json[]).map((t) => (typeof t === 'string' ? t : t.text)).join('')).toBe('— 3 —');
    expect(odd.alignment).toBe('right');
    expect(even.alignment).toBe('left');
    expect((odd.margin as number[])[1]).toBeCloseTo(mmToPt(preset.pageNumberGapMm), 5);
  });
});

describe('placeCells', () => {
  const table = (rows: TableCell[][], columns: number): TableNode => ({
    type: 'table',
    columnWidths: Array.from({ length: columns }, () => 1),
    headerRows: 0,
    size: 'small',
    rows: rows.map((cells) => ({ cells })),
  });

  it('places HTML-style rows on a rectangular grid with covered slots', () => {
    const grid = placeCells(
      table(
        [
          [cell('a', { rowSpan: 2 }), cell('b', { colSpan: 2 })],
          [cell('c'), cell('d')],
          [cell('e')],
        ],
        3,
      ),
    );
    expect(grid.map((row) => row.map((slot) => (slot.kind === 'cell' ? slot.cell.runs[0]!.text : slot.kind)))).toEqual([
      ['a', 'b', 'covered'],
      ['covered', 'c', 'd'],
      ['e', 'empty', 'empty'],
    ]);
  });

  it('finds the row groups rowSpans tie together', () => {
    const node = table(
      [[cell('a', { rowSpan: 3 }), cell('b')], [cell('c')], [cell('d')], [cell('e'), cell('f')]],
      2,
    );
    expect(rowSpanGroups(node)).toEqual([
      [0, 2],
      [3, 3],
    ]);
  });

  it('rejects spans that leave the grid or overlap', () => {
    expect(() => placeCells(table([[cell('a', { colSpan: 3 })]], 2))).toThrow(/超出 2 列/);
    expect(() => placeCells(table([[cell('a', { rowSpan: 2 })]], 1))).toThrow(/超出表格/);
  });
});
