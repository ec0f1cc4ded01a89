/**
 * The PDF line breaker and its Chinese rules: 28 characters on a 3号 grid line, 避头尾
 * (no line starts with closing punctuation, none ends with opening punctuation, the
 * previous character is pulled down, or a comma or full stop hangs past the margin), numbers
 * and Latin words kept whole, table labels balanced 2+2, and widths that match what pdfkit
 * measures.
 */

import { describe, expect, it } from 'vitest';
import { canBreakBetween } from '../../src/render/pdf/cjk-rules.js';
import { loadPdfFonts } from '../../src/render/pdf/fonts.js';
import { textWidthPt } from '../../src/render/pdf/glyph-metrics.js';
import { breakLines } from '../../src/render/pdf/line-breaker.js';
import { gridSpacingPt, pagePt } from '../../src/render/pdf/page-layout.js';

const fonts = loadPdfFonts();
const body = { font: fonts.byRole.body };
const width = pagePt('portrait').textWidth;
const spacing = gridSpacingPt(fonts.byRole.body);
const lines = (text: string, lineWidth = width, extra: { balanceLast?: boolean; hangPunctuation?: boolean } = {}): string[] =>
  breakLines([{ text, style: body }], { size: 16, spacing, firstWidth: lineWidth, width: lineWidth, ...extra }).map((line) =>
    line.runs.map((run) => run.text).join(''),
  );

describe('canBreakBetween', () => {
  it('breaks between CJK characters but not before closing or after opening punctuation', () => {
    expect(canBreakBetween(undefined, '收', '入')).toBe(true);
    expect(canBreakBetween(undefined, '元', '，')).toBe(false);
    expect(canBreakBetween(undefined, '出', '）')).toBe(false);
    expect(canBreakBetween(undefined, '（', '2')).toBe(false);
    expect(canBreakBetween(undefined, '“', '三')).toBe(false);
    expect(canBreakBetween(undefined, '—', '—')).toBe(false);
  });

  it('keeps numbers and Latin words whole, breaking at spaces and after hyphens', () => {
    expect(canBreakBetween('6', '3', '.')).toBe(false);
    expect(canBreakBetween('3', '.', '8')).toBe(false);
    expect(canBreakBetween('G', 'B', '/')).toBe(false);
    expect(canBreakBetween('4', '-', '2')).toBe(true);
    expect(canBreakBetween('降', '-', '5')).toBe(false);
    expect(canBreakBetween('T', ' ', '9')).toBe(true);
    expect(canBreakBetween('计', '1', '1')).toBe(false);
    expect(canBreakBetween(undefined, '计', '1')).toBe(true);
  });
});

describe('breakLines', () => {
  it('puts 28 full-width characters of 16 pt on a portrait line', () => {
    const text = '一二三四五六七八九十'.repeat(6);
    expect(lines(text).map((line) => line.length)).toEqual([28, 28, 4]);
  });

  it('pulls the previous character down rather than start a line with punctuation', () => {
    const text = `${'字'.repeat(28)}，后文`;
    expect(lines(text)).toEqual(['字'.repeat(27), '字，后文']);
    const opening = `${'字'.repeat(27)}（注）`;
    expect(lines(opening)).toEqual(['字'.repeat(27), '（注）']);
  });

  it('lets a comma or full stop hang past the margin where body text allows it, and nothing else', () => {
    const hanging = breakLines([{ text: `${'字'.repeat(28)}，后文`, style: body }], {
      size: 16,
      spacing,
      firstWidth: width,
      width,
      hangPunctuation: true,
    });
    expect(hanging.map((line) => line.runs.map((run) => run.text).join(''))).toEqual([`${'字'.repeat(28)}，`, '后文']);
    expect(hanging[0]!.hang).toBeCloseTo(textWidthPt(fonts.byRole.body, '，', 16) + spacing, 9);
    expect(lines(`${'字'.repeat(28)}。`, width, { hangPunctuation: true })).toEqual([`${'字'.repeat(28)}。`]);
    // A closing bracket does not hang: the character before it is pulled down.
    expect(lines(`${'字'.repeat(28)}）后文`, width, { hangPunctuation: true })).toEqual(['字'.repeat(27), '字）后文']);
  });

  it('breaks a four-character table label 2+2, not 3+1, where the last line would hold one character', () => {
    const threeWide = 3 * 16 + 1;
    expect(lines('项目名称', threeWide)).toEqual(['项目名', '称']);
    expect(lines('项目名称', threeWide, { balanceLast: true })).toEqual(['项目', '名称']);
    expect(
      breakLines([{ text: '项目名称', style: body }], {
        size: 16,
        spacing: 0,
        firstWidth: threeWide,
        width: threeWide,
        balanceLast: true,
      })[1]!.balanced,
    ).toBe(true);
    // Nothing to balance when the last line holds two characters or more.
    expect(lines('服务对象满意度', 4 * 16 + 1, { balanceLast: true })).toEqual(['服务对象', '满意度']);
    // A line never starts with closing punctuation, balanced or not.
    expect(lines('项目，称', threeWide, { balanceLast: true })).toEqual(['项目，', '称']);
  });

  it('never splits a number unless it alone is wider than the line', () => {
    const text = `${'字'.repeat(25)}1163.82万元`;
    expect(lines(text)).toEqual(['字'.repeat(25), '1163.82万元']);
    expect(lines('12345678901234567890', 40).every((line) => line.length >= 1)).toBe(true);
  });

  it('measures runs as pdfkit does, kerning and ligatures included', () => {
    const [line] = breakLines([{ text: 'AVATAR office', style: body }], { size: 16, spacing: 0, firstWidth: width, width });
    const font = fonts.byRole.body.font;
    const expected = ['AVATAR ', 'office'].reduce((sum, chunk) => sum + (font.layout(chunk).advanceWidth / font.unitsPerEm) * 16, 0);
    expect(line!.runs[0]!.width).toBeCloseTo(expected, 9);
    expect(textWidthPt(fonts.byRole.body, '收入1163.82万元（100%）', 16)).toBeCloseTo(
      (font.layout('收入1163.82万元（100%）').advanceWidth / font.unitsPerEm) * 16,
      9,
    );
  });

  it('starts a new line at "\\n" and keeps empty lines', () => {
    expect(lines('甲\n\n乙')).toEqual(['甲', '', '乙']);
  });
});
