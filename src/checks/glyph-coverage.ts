/**
 * Fonts cover the text: every character of every text field must have a glyph in the
 * PDF fonts, or the PDF would print a blank where it stands. Takes the data and a
 * coverage test (code point → the font roles lacking it); returns one error per field and
 * character, naming the character, its code point, the fonts and the JSON path.
 * Note: which role draws a field depends on the template, so a character must be in every
 * role's font; the five Noto files share one character set, so this refuses nothing a
 * single font would have drawn.
 */
import type { UnitYear } from '../schema/unit-year.js';
import { jsonPath } from '../schema/format-issues.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

export type MissingIn = (codePoint: number) => string[];

export function checkGlyphCoverage(data: UnitYear, { missingGlyphIn: missingIn }: CheckContext, { errors: findings }: CheckResult): void {
  if (!missingIn) return;
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (typeof node === 'string') {
      if (path[0] === '$schema') return;
      const reported = new Set<number>();
      for (const char of node) {
        const codePoint = char.codePointAt(0)!;
        if (reported.has(codePoint)) continue;
        const fonts = missingIn(codePoint);
        if (fonts.length === 0) continue;
        reported.add(codePoint);
        const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
        findings.push({
          path: jsonPath(path),
          message: msg`字符“${char}”（U+${hex}）在 PDF 字体（${fonts.join('、')}）中没有字形，打印出来会是空白；请改用常用字或更换字体`,
        });
      }
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
    }
  };
  walk(data, []);
}
