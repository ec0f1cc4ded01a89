/**
 * Glyph coverage of a whole document. Takes a DocumentTree and the loaded fonts; returns
 * every character some font role cannot draw, with the block it occurs in, so the caller
 * can name the character and the place before a PDF with blank glyphs is written.
 */

import type { Block, DocumentTree, HeadingNode, TextRun } from '../../tree/types.js';
import { tocHeadings, tocText } from '../../tree/toc.js';
import { findMissingGlyphs, type PdfFontRole, type PdfFonts } from './fonts.js';
import { headingRole, TABLE_TITLE_ROLE, tocRole } from './text-styles.js';
import { msg } from '../../text/msg.js';

export interface MissingGlyphAt {
  char: string;
  codePoint: number;
  role: PdfFontRole;
  /** Index of the block in tree.blocks, or -1 for text the backend adds (page numbers). */
  blockIndex: number;
  /** A short excerpt of the text around the character. */
  excerpt: string;
}

/** Text the backend itself adds: page numbers `— 12 —` and 目录 leaders. */
const BACKEND_TEXT = '— 0123456789 .';

const runsText = (runs: TextRun[], bold: boolean): string =>
  runs
    .filter((run) => Boolean(run.bold) === bold)
    .map((run) => run.text)
    .join('');

/** Every (role, text) pair a block is drawn with. */
function textsOf(block: Block, listed: readonly HeadingNode[]): [PdfFontRole, string][] {
  switch (block.type) {
    case 'title':
      return [
        ['title', block.text],
        ['heading2', block.subtitle ?? ''],
      ];
    case 'heading':
      return [[block.tableTitle ? TABLE_TITLE_ROLE : headingRole(block.level), block.text]];
    case 'paragraph':
      return [
        ['body', runsText(block.runs, false)],
        ['bodyBold', runsText(block.runs, true)],
      ];
    case 'table': {
      const head = block.formHead;
      const texts: [PdfFontRole, string][] = [
        ['bodyBold', block.caption ?? ''],
        ['body', head ? head.label + head.unit + head.amountUnit : ''],
        ['body', (block.notes ?? []).join('')],
      ];
      block.rows.forEach((row, r) => {
        for (const cell of row.cells) {
          const allBold = r < block.headerRows || cell.emphasis;
          texts.push(['bodyBold', allBold ? cell.runs.map((run) => run.text).join('') : runsText(cell.runs, true)]);
          texts.push(['body', allBold ? '' : runsText(cell.runs, false)]);
        }
      });
      return texts;
    }
    case 'figure':
      return [['body', block.caption]];
    case 'pageBreak':
      return [];
    case 'toc':
      return [['title', block.title], ...listed.map((h): [PdfFontRole, string] => [tocRole(h.level), tocText(h)])];
  }
}

function excerptAround(text: string, char: string): string {
  const at = text.indexOf(char);
  return text.slice(Math.max(0, at - 10), at + char.length + 10);
}

export function findMissingGlyphsInTree(tree: DocumentTree, fonts: PdfFonts): MissingGlyphAt[] {
  const listed = tocHeadings(tree);
  const missing: MissingGlyphAt[] = [];
  const seen = new Set<string>();
  const check = (role: PdfFontRole, text: string, blockIndex: number): void => {
    for (const glyph of findMissingGlyphs(text, role, fonts)) {
      const key = `${role}:${glyph.codePoint}`;
      if (seen.has(key)) continue;
      seen.add(key);
      missing.push({ ...glyph, role, blockIndex, excerpt: excerptAround(text, glyph.char) });
    }
  };
  tree.blocks.forEach((block, i) => {
    for (const [role, text] of textsOf(block, listed)) check(role, text, i);
  });
  check('body', BACKEND_TEXT, -1);
  return missing;
}

export class MissingGlyphsError extends Error {
  constructor(readonly missing: MissingGlyphAt[]) {
    super(
      msg`PDF 字体缺少 ${missing.length} 个字符的字形：\n` +
        missing
          .map(
            (m) =>
              msg`  “${m.char}”（U+${m.codePoint.toString(16).toUpperCase().padStart(4, '0')}，${m.role} 字体）` +
              (m.blockIndex >= 0 ? msg`位于第 ${m.blockIndex + 1} 个块：“${m.excerpt}”` : msg`用于页码`),
          )
          .join('\n'),
    );
    this.name = 'MissingGlyphsError';
  }
}
