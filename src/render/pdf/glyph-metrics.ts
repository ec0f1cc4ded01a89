/**
 * Advance widths of text as pdfkit will set it. Takes a loaded font, a string and a size;
 * returns the width in points, without any character spacing. Per-code-point advances are
 * cached per font for the process; text that fontkit shapes (Latin letters: kerning,
 * ligatures) is measured by a fontkit layout instead.
 */

import type { LoadedFont } from './fonts.js';

const advances = new WeakMap<LoadedFont, Map<number, number>>();

/** Advance of one code point, in em (fractions of the font size). */
export function advanceEm(font: LoadedFont, codePoint: number): number {
  let cache = advances.get(font);
  if (!cache) {
    cache = new Map();
    advances.set(font, cache);
  }
  let advance = cache.get(codePoint);
  if (advance === undefined) {
    advance = font.font.glyphForCodePoint(codePoint).advanceWidth / font.font.unitsPerEm;
    cache.set(codePoint, advance);
  }
  return advance;
}

/**
 * Text whose width is not the sum of its characters' advances.
 * Note: Noto's GSUB/GPOS change Latin letters only (kerning such as "AV", the "fi"
 * ligature); CJK, digits and punctuation measure exactly as the sum of their advances.
 */
const SHAPED = /[A-Za-z\u00c0-\u024f]|[\u0300-\u036f]/;

/**
 * Width of `text` in points, as pdfkit's widthOfString measures it.
 * Note: pdfkit lays text out in chunks that end after each space or tab, so kerning never
 * crosses a space; shaped text is measured the same way here.
 */
export function textWidthPt(font: LoadedFont, text: string, sizePt: number): number {
  let em = 0;
  if (SHAPED.test(text)) {
    for (const chunk of text.match(/[^ \t]*[ \t]|[^ \t]+$/g) ?? []) {
      em += font.font.layout(chunk).advanceWidth / font.font.unitsPerEm;
    }
  } else {
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      em += advanceEm(font, codePoint);
    }
  }
  return em * sizePt;
}
