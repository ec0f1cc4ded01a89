/**
 * Structure tests of the PDF backend: the pdfmake document definition built from the pages
 * laid out for small fixture trees (sections and orientation, styles, headings, the 目录,
 * tables with their spans, figures, metadata, page numbers), checked without rendering.
 */

import { describe, expect, it } from 'vitest';
import { mmToPt, preset } from '../../src/layout/preset.js';
import { buildDocDefinition, layOutDocument } from '../../src/render/pdf/doc-definition.js';
import { loadPdfFonts } from '../../src/render/pdf/fonts.js';
import { textWidthPt } from '../../src/render/pdf/glyph-metrics.js';
import { gridPitchPt, gridSpacingPt, pagePt } from '../../src/render/pdf/page-layout.js';
import { placeCells, rowSpanGroups } from '../../src/tree/table-grid.js';
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

/** A pdfmake table of a TableNode piece (nested band tables sit inside cells with a negative margin). */
const isOuterTable = (n: Json): boolean => n.table !== undefined && n.margin === undefined;

describe('buildDocDefinition', () => {
  const layout = layOutDocument(smallTree(), fonts);
  const definition = buildDocDefinition(layout);
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

  /** The text of a line node (its runs joined). */
  const runsOf = (n: unknown): Json[] => (n as Json).text as Json[];
  const lineText = (n: unknown): string =>
    runsOf(n)
      .map((run) => run.text)
      .join('');
  const lines = findAll(sections, (n) => n.noWrap === true && Array.isArray(n.text));
  const headingNodes = new Map(findAll(sections, (n) => typeof n.id === 'string' && n.noWrap === true).map((n) => [n.id as string, n]));
  it('sets 3号 text at 16 pt on the 28-character grid with a 28.95 pt pitch and a two-character indent', () => {
    const spacing = gridSpacingPt(fonts.byRole.body);
    expect(28 * 16 + 27 * spacing).toBeCloseTo(pagePt('portrait').textWidth, 9);
    expect(spacing).toBeCloseTo(-0.215, 3);
    const paragraph = lines.find((n) => lineText(n).startsWith('遂宁市安居区司法局是'))!;
    const [run] = runsOf(paragraph);
    expect(run).toMatchObject({ font: 'Body', bold: false, fontSize: 16, noWrap: true });
    expect(run!.leadingIndent).toBeCloseTo(2 * gridPitchPt(fonts.byRole.body), 9);
    const { ascent, descent, unitsPerEm } = fonts.byRole.body.font;
    expect(((ascent - descent) / unitsPerEm) * 16 * (run!.lineHeight as number)).toBeCloseTo(preset.linePitchPt, 5);
    const title = lines.find((n) => lineText(n) === '遂宁市安居区司法局2023年度部门决算说明')!;
    expect(runsOf(title)[0]).toMatchObject({ fontSize: 22, alignment: 'center', font: 'Title', characterSpacing: 0 });
    expect(runsOf(headingNodes.get('part-1')!)[0]).toMatchObject({ alignment: 'center', font: 'Heading1' });
    expect(runsOf(headingNodes.get('h-2')!)[0]).toMatchObject({ font: 'Heading2' });
    expect(runsOf(headingNodes.get('h-3')!)[0]).toMatchObject({ font: 'Body', bold: true });
  });

  it('justifies every line of a paragraph but its last to the right edge, a hanging comma past it', () => {
    const paragraph = lines.filter((n) => runsOf(n)[0]!.font === 'Body' && runsOf(n)[0]!.fontSize === 16);
    const spacing = gridSpacingPt(fonts.byRole.body);
    const textWidth = pagePt('portrait').textWidth;
    let justified = 0;
    for (const line of paragraph) {
      const runs = runsOf(line);
      const width = runs.reduce(
        (sum, run) => {
          const text = String(run.text);
          const font = fonts.byRole[run.bold ? 'bodyBold' : 'body'];
          return sum + textWidthPt(font, text, 16) + (run.characterSpacing as number) * (text.length - 1);
        },
        (runs[0]!.leadingIndent as number | undefined) ?? 0,
      );
      const last = lineText(line).slice(-1);
      const hang = '，。、'.includes(last) ? textWidthPt(fonts.byRole.body, last, 16) + spacing : 0;
      if (runs[0]!.characterSpacing !== spacing) {
        justified++;
        expect(width).toBeCloseTo(textWidth + hang, 3);
      } else expect(width).toBeLessThanOrEqual(textWidth + hang + 1e-6);
    }
    expect(justified).toBeGreaterThan(0);
  });

  it('gives each heading its id (a link target) and its outline entry', () => {
    expect([...headingNodes.keys()]).toEqual(['part-1', 'h-1', 'h-2', 'h-3']);
    const heading = headingNodes.get('h-1')!;
    expect(heading).toMatchObject({ id: 'h-1', outline: true, outlineText: '一、主要职能' });
    expect(lineText(heading)).toBe('一、主要职能');
    expect(heading.outlineParentId).toBe('part-1');
  });

  it('prints the 目录 numbers as text, right-aligned in a column as wide as the widest number', () => {
    const toc = findAll(sections, (n) => Array.isArray(n.columns));
    expect(toc).toHaveLength(2);
    const [first, second] = toc;
    const [title, number] = first!.columns as Json[];
    expect(lineText((title!.stack as Json[])[0]!)).toMatch(/^第一部分 单位概况\.{10,}$/);
    expect(runsOf((title!.stack as Json[])[0]!)[0]!.linkToDestination).toBe('part-1');
    // The 目录 shares the first page with the body here: that page is the body's page 1.
    const numberLine = (number!.stack as Json[])[0]!;
    expect(lineText(numberLine)).toBe(String(layout.plan.headingPages['part-1']));
    expect(runsOf(numberLine)[0]).toMatchObject({ alignment: 'right' });
    expect((first!.columns as Json[]).map((column) => typeof column.width)).toEqual(['string', 'number']);
    expect((first!.columns as Json[])[0]!.width).toBe('*');
    expect(second!.margin).toEqual([2 * gridPitchPt(fonts.byRole.body), 0, 0, 0]);
    expect(findAll(sections, (n) => 'pageReference' in n)).toEqual([]);
  });

  it('never hands pdfmake a rowSpan; rowSpan groups become one row with nested bands', () => {
    expect(findAll(sections, (n) => 'rowSpan' in n)).toEqual([]);
    const [table] = findAll(sections, isOuterTable);
    const spec = table!.table as Json;
    const body = spec.body as Json[][];
    // Header rows 0–1 are one rowSpan group → one row; the pages are cut before pdfmake sees them.
    expect(spec.headerRows).toBeUndefined();
    expect(spec.dontBreakRows).toBeUndefined();
    expect(body).toHaveLength(3);
    expect(spec.heights).toHaveLength(3);
    expect(body.every((row) => row.length === 4)).toBe(true);
    const [label, amounts, ...covered] = body[0]!;
    expect(label).toMatchObject({ text: [{ text: '项目', bold: true }], verticalAlignment: 'middle' });
    expect(amounts).toMatchObject({ colSpan: 3 });
    expect(covered).toEqual([{}, {}]);
    const nested = (amounts!.table as Json).body as Json[][];
    expect(nested[0]).toEqual([expect.objectContaining({ colSpan: 3 }), {}, {}]);
    expect(lineText(nested[0]![0]!)).toBe('金额');
    expect(nested[1]!.map(lineText)).toEqual(['预算数', '决算数', '完成率']);
    // 合计 spans two columns: a colSpan cell and one `{}` placeholder.
    expect(body[2]![0]).toMatchObject({ colSpan: 2, text: [{ bold: true }] });
    expect(body[2]![1]).toEqual({});
  });

  it('scales the relative column widths to the text width of the page', () => {
    const [table] = findAll(sections, isOuterTable);
    const widths = (table!.table as Json).widths as number[];
    const outside = widths.length * 2 * preset.tableCellPadding.xPt + (widths.length + 1) * 0.5;
    expect(widths.reduce((a, b) => a + b, 0) + outside).toBeCloseTo(pagePt('portrait').textWidth, 5);
    expect(widths[0]! / widths[1]!).toBeCloseTo(2, 5);
  });

  it('embeds figures from the tree under keys of its own, the image sized and the caption under it', () => {
    expect(Object.keys(definition.images!)).toEqual(['figure-1']);
    expect(definition.images!['figure-1']).toMatch(/^data:image\/png;base64,/);
    const [figure] = findAll(sections, (n) => Array.isArray(n.stack) && (n.stack as Json[]).some((item) => 'image' in item));
    const [image, caption] = figure!.stack as Json[];
    const scale = layout.plan.figureScales[6] ?? 1;
    expect(image).toMatchObject({ image: 'figure-1', alignment: 'center' });
    expect(image!.width).toBeCloseTo(mmToPt(120) * scale, 6);
    expect(image!.height).toBeCloseTo((mmToPt(120) * scale * 180) / 300, 6);
    expect(lineText(caption!)).toBe('图1：收入决算结构');
    expect(runsOf(caption!)[0]).toMatchObject({ fontSize: preset.sizes.caption, alignment: 'center' });
  });

  it('marks the first fragment of every page that does not open a section as a page break', () => {
    const breaks = findAll(sections, (n) => n.pageBreak === 'before');
    expect(breaks).toHaveLength(layout.pages.filter((page) => !page.opensSection).length);
  });

  it('numbers the pages after the front matter as — N — from 1, on the outer side, 7 mm below the text', () => {
    const footer = definition.footer as unknown as (page: number, count: number, size: Json) => Json | null;
    const front = layout.plan.frontPages;
    for (let page = 1; page <= front; page++) expect(footer(page, 9, { orientation: 'portrait' })).toBeNull();
    const odd = footer(front + 3, 9, { orientation: 'portrait' })!;
    const even = footer(front + 4, 9, { orientation: 'portrait' })!;
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
    const grid = placeCells(table([[cell('a', { rowSpan: 2 }), cell('b', { colSpan: 2 })], [cell('c'), cell('d')], [cell('e')]], 3));
    expect(grid.map((row) => row.map((slot) => (slot.kind === 'cell' ? slot.cell.runs[0]!.text : slot.kind)))).toEqual([
      ['a', 'b', 'covered'],
      ['covered', 'c', 'd'],
      ['e', 'empty', 'empty'],
    ]);
  });

  it('finds the row groups rowSpans tie together', () => {
    const node = table([[cell('a', { rowSpan: 3 }), cell('b')], [cell('c')], [cell('d')], [cell('e'), cell('f')]], 2);
    expect(rowSpanGroups(placeCells(node))).toEqual([
      [0, 2],
      [3, 3],
    ]);
  });

  it('rejects spans that leave the grid or overlap', () => {
    expect(() => placeCells(table([[cell('a', { colSpan: 3 })]], 2))).toThrow(/超出 2 列/);
    expect(() => placeCells(table([[cell('a', { rowSpan: 2 })]], 1))).toThrow(/超出表格/);
  });
});
