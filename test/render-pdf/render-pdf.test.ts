/**
 * Render tests of the PDF backend: renders the several-page sample once, then reads the
 * text back with pdfjs: Chinese sentences, heading pages, the 目录 numbers, page numbers
 * (none on the cover and 目录), the repeated table header, landscape pages; byte-identical
 * re-rendering; glyph coverage.
 */

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findMissingGlyphs, loadFont, loadPdfFonts } from '../../src/render/pdf/fonts.js';
import { MissingGlyphsError } from '../../src/render/pdf/glyph-check.js';
import { renderPdf, type RenderedPdf } from './render-pdf-tree.js';
import type { HeadingNode } from '../../src/tree/types.js';
import { extractPdfText, normalizeForSearch } from '../support/pdf-text.js';
import { sampleTree, smallTree } from './sample-tree.js';

const tree = sampleTree();
let rendered: RenderedPdf;
let pages: string[];
let searchable: string[];

beforeAll(async () => {
  rendered = await renderPdf(tree);
  pages = await extractPdfText(rendered.bytes);
  searchable = pages.map(normalizeForSearch);
});

const headings = tree.blocks.filter((b): b is HeadingNode => b.type === 'heading');
/** 1-based physical page of a heading (its printed number counts from the body's first page). */
const physicalPage = (id: string): number => rendered.plan.headingPages[id]! + rendered.plan.frontPages;

describe('renderPdf', () => {
  it('writes a PDF with one text page per laid-out page', () => {
    expect(new TextDecoder().decode(rendered.bytes.subarray(0, 8))).toBe('%PDF-1.3');
    expect(pages).toHaveLength(rendered.plan.pageCount);
    expect(rendered.plan.pageCount).toBeGreaterThanOrEqual(7);
    expect(rendered.plan.frontPages).toBe(1);
  });

  it('keeps Chinese sentences findable, including ones that wrap across lines', () => {
    const all = searchable.join('');
    for (const sentence of [
      '与2022年相比，收入、支出总计各减少62.4万元，下降9.55%。',
      '本年收入合计591.23万元，其中：一般公共预算财政拨款收入591.23万元，占100%',
      '从决算单位构成看，遂宁市安居区司法局2023年度部门决算汇总公开单位1个，为本级行政单位。',
      '图1：收入决算结构（按来源）',
    ]) {
      expect(all).toContain(normalizeForSearch(sentence));
    }
    // Lines are contiguous: no space is left between Chinese characters.
    expect(pages[1]).toContain('负责全区法治宣传教育、人民调解');
  });

  it('reports for every heading the page it is printed on', () => {
    expect(Object.keys(rendered.plan.headingPages).sort()).toEqual(headings.map((h) => h.id).sort());
    for (const heading of headings) {
      const page = physicalPage(heading.id);
      expect(searchable[page - 1], heading.text).toContain(normalizeForSearch(heading.text));
      // Not on the page before (unless that is the 目录 on page 1, which lists it).
      if (page > 2) expect(searchable[page - 2], heading.text).not.toContain(normalizeForSearch(heading.text));
    }
  });

  it('never ends a page with a heading', () => {
    for (const heading of headings) {
      const lines = pages[physicalPage(heading.id) - 1]!.split('\n').map(normalizeForSearch);
      const at = lines.indexOf(normalizeForSearch(heading.text));
      // The last line is the page number; the heading is followed by text before it.
      expect(at, heading.text).toBeLessThan(lines.length - 2);
    }
  });

  it('prints in the 目录 the same page numbers, as the page feet show them', () => {
    const tocLines = pages[0]!.split('\n');
    for (const heading of headings.filter((h) => h.toc)) {
      const line = tocLines.find((l) => normalizeForSearch(l).startsWith(normalizeForSearch(heading.text)));
      expect(line, heading.text).toBeDefined();
      const number = rendered.plan.headingPages[heading.id]!;
      expect(line).toMatch(new RegExp(`\\.{3,}\\s*${number}$`));
      expect(searchable[physicalPage(heading.id) - 1]).toContain(`—${number}—`);
    }
  });

  it('leaves the cover and 目录 unnumbered and numbers the body — N — from 1, in order', () => {
    expect(searchable[0]).not.toMatch(/—\d+—/);
    searchable.slice(1).forEach((text, i) => expect(text).toContain(`—${i + 1}—`));
  });

  it('repeats the table header on every page the table runs onto and keeps rowSpan groups whole', () => {
    const tablePages = searchable.filter((text) => text.includes('司法行政类款项'));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const text of tablePages) expect(text).toContain('科目名称');
    // Each group's spanning name and its three rows of figures share a page.
    const amount = (row: number, column: number): string => ((row * 37.13 + column * 11.07) % 500).toFixed(2);
    for (let group = 0; group < 9; group++) {
      const page = searchable.findIndex((text) => text.includes(`司法行政类款项${group + 1}`));
      expect(page, `group ${group + 1}`).toBeGreaterThanOrEqual(0);
      for (let k = 0; k < 3; k++) {
        const figures = Array.from({ length: 12 }, (_, j) => amount(group * 3 + k, j)).join('');
        expect(searchable[page], `group ${group + 1} row ${k + 1}`).toContain(figures);
      }
    }
  });

  it('turns the pages after a landscape break to landscape and back', () => {
    const raw = new TextDecoder('latin1').decode(rendered.bytes);
    const boxes = [...raw.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => Number(m[1]) > Number(m[2]));
    expect(boxes).toHaveLength(rendered.plan.pageCount);
    const tablePage = physicalPage('p2-h2');
    expect(boxes[tablePage - 1]).toBe(true);
    expect(boxes[tablePage - 2]).toBe(false);
    expect(boxes[physicalPage('part-3') - 1]).toBe(false);
  });

  it('adds the headings as PDF bookmarks, nested by level', async () => {
    const document = await getDocument({ data: new Uint8Array(rendered.bytes), verbosity: 0 }).promise;
    const outline = await document.getOutline();
    await document.destroy();
    expect(outline.map((item) => item.title)).toEqual(headings.filter((h) => h.level === 0).map((h) => h.text));
    const children = outline[0]!.items as { title: string }[];
    expect(children.map((item) => item.title)).toEqual(['一、主要职能', '二、机构设置']);
  });

  it('renders the same tree to identical bytes', async () => {
    const again = await renderPdf(sampleTree());
    expect(Buffer.from(again.bytes).equals(Buffer.from(rendered.bytes))).toBe(true);
    expect(new TextDecoder('latin1').decode(rendered.bytes)).toMatch(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/);
  });

  it('numbers every page of a document without a 目录 from 1', async () => {
    const small = smallTree();
    small.blocks = small.blocks.filter((b) => b.type !== 'toc');
    const result = await renderPdf(small);
    expect(result.plan.frontPages).toBe(0);
    expect(result.plan.headingPages).toEqual({ 'part-1': 1, 'h-1': 1, 'h-2': 2, 'h-3': 3 });
    expect(result.plan.pageCount).toBe(3);
    const text = (await extractPdfText(result.bytes)).map(normalizeForSearch);
    text.forEach((page, i) => expect(page).toContain(`—${i + 1}—`));
  });
});

describe('a line whose full stop hangs past the margin', () => {
  // A 28-character line holds 26 after the indent; the lead-in and the sentence take 26.5
  // with the half-width digits, so the closing 。 hangs. pdfmake may break between the two runs (after the lead-in's 。) if it
  // finds the line wider than the text block; it must draw the one line the plan made.
  it('is drawn as one line, even when it has a bold lead-in', async () => {
    const tree = smallTree();
    const line = {
      type: 'paragraph' as const,
      align: 'justify' as const,
      indent: true,
      runs: [
        { type: 'text' as const, text: '4.项目结果。', bold: true },
        { type: 'text' as const, text: '全年完成产前筛查1860人。项目完成时效1年。' },
      ],
    };
    tree.blocks = [line, line];
    const result = await renderPdf(tree);
    const text = (await extractPdfText(result.bytes))[0]!.split('\n').map(normalizeForSearch);
    const whole = normalizeForSearch('4.项目结果。全年完成产前筛查1860人。项目完成时效1年。');
    expect(text.filter((l) => l === whole)).toHaveLength(2);
  });
});

describe('a 目录 entry too long for one line', () => {
  // Indented two levels (four characters), the heading's 25 characters and the number column
  // need more than the 28-character line, so it wraps.
  it('prints its page number on its last line, after the leaders', async () => {
    const tree = smallTree();
    tree.blocks = [
      { type: 'toc', title: '目录' },
      { type: 'pageBreak', orientation: 'portrait' },
      { type: 'heading', level: 2, text: '十二、政府性基金预算财政拨款“三公”经费支出决算表', toc: true, id: 'long' },
      { type: 'paragraph', runs: [{ type: 'text', text: '正文。' }], align: 'justify', indent: true },
    ];
    const result = await renderPdf(tree);
    const toc = (await extractPdfText(result.bytes))[0]!
      .split('\n')
      .map(normalizeForSearch)
      .filter((line) => line !== '');
    const first = toc.findIndex((line) => line.startsWith(normalizeForSearch('十二、')));
    expect(toc[first]).not.toMatch(/\d$/);
    expect(toc[first + 1]).toMatch(/^[^.…\d]+[.…]+1$/);
  });
});

describe('glyph coverage', () => {
  it('reads each font file once per process', () => {
    const fonts = loadPdfFonts();
    expect(loadFont(fonts.config.body)).toBe(fonts.byRole.body);
    expect(loadPdfFonts().byRole.title).toBe(fonts.byRole.title);
  });

  it('finds characters the fonts cannot draw', () => {
    expect(findMissingGlyphs('部门决算说明：591.23万元（100%）“—”', 'body')).toEqual([]);
    expect(findMissingGlyphs('收入\u{1F600}合计\u{E000}\u{1F600}', 'heading1')).toEqual([
      { char: '\u{1F600}', codePoint: 0x1f600 },
      { char: '\u{E000}', codePoint: 0xe000 },
    ]);
  });

  it('refuses to render text with missing glyphs, naming the character and the block', async () => {
    const bad = smallTree();
    bad.blocks.push({ type: 'paragraph', runs: [{ type: 'text', text: '备注\u{1F600}' }], align: 'left', indent: false });
    const error = await renderPdf(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingGlyphsError);
    expect((error as Error).message).toContain('U+1F600');
    expect((error as Error).message).toContain(`第 ${bad.blocks.length} 个块`);
  });
});
