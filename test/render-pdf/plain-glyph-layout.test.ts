/**
 * The shaping shortcut (src/render/pdf/plain-glyph-layout.ts) gives exactly the glyphs and
 * positions fontkit's own shaping gives, for every font of the PDF and every piece of text
 * of the reference unit's documents (whole texts and line-sized windows of them), and it
 * refuses what shaping does change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import '../../src/render/pdf/fontkit-cache.js';
import { loadPdfFonts } from '../../src/render/pdf/fonts.js';
import { plainLayoutOf, type ShapableFont } from '../../src/render/pdf/plain-glyph-layout.js';
import { prepareUnit } from '../../src/pipeline.js';

const REFERENCE = 'data/2023/遂宁市安居区司法局.json';

interface Run {
  glyphs: { id: number }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}

/** Every `text` string anywhere in the documents' trees. */
function textsOf(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) textsOf(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'text' && typeof child === 'string') into.add(child);
      else textsOf(child, into);
    }
  }
}

/** fontkit's shaping, past the wrapper fontkit-cache.ts puts on the font object. */
function shaped(font: ShapableFont, text: string): Run {
  const prototypeLayout = (Object.getPrototypeOf(font) as { layout: (t: string) => Run }).layout;
  return prototypeLayout.call(font, text);
}

const simplified = (run: Run) => ({
  glyphs: run.glyphs.map((g) => g.id),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
});

describe('plain glyph layout', () => {
  const samples = new Set<string>();
  beforeAll(async () => {
    const prepared = await prepareUnit(REFERENCE, { formats: ['pdf'], checkOnly: false });
    if (!prepared.ok) throw new Error('reference unit refused');
    const texts = new Set<string>();
    for (const doc of prepared.documents) textsOf(doc.tree.blocks, texts);
    for (const text of texts) {
      samples.add(text);
      // Line-sized pieces, as pdfkit lays out one line of the PDF at a time.
      for (let start = 0; start < text.length; start += 5) samples.add(text.slice(start, start + 28));
    }
  });

  it('matches fontkit for every text of the reference documents, in every PDF font', () => {
    const fonts = Object.values(loadPdfFonts().byRole).map((loaded) => loaded.font as unknown as ShapableFont);
    let takenShortcut = 0;
    for (const font of new Set(fonts)) {
      const plain = plainLayoutOf(font);
      expect(plain).not.toBeNull();
      for (const text of samples) {
        const run = plain!.layout(text);
        if (run === null) continue;
        takenShortcut += 1;
        expect(simplified(run as unknown as Run), text).toEqual(simplified(shaped(font, text)));
      }
    }
    // Most of the Chinese text takes the shortcut; a test that compared nothing would prove nothing.
    expect(takenShortcut).toBeGreaterThan(samples.size);
  });

  it('refuses text that shaping changes or that needs a script of its own', () => {
    const font = loadPdfFonts().byRole.body.font as unknown as ShapableFont;
    const plain = plainLayoutOf(font)!;
    // In Latin text (the script of the first letter) '1' takes another glyph ('locl').
    expect(plain.layout('x1')).toBeNull();
    expect(plain.layout('1x')).toBeNull();
    // In Chinese text it does not.
    expect(plain.layout('2023年')).not.toBeNull();
    // '.' is kerned in this font.
    expect(plain.layout('1.5')).toBeNull();
    for (const text of ['e\u0301', 'a\u00adb', '\u05d0', '\u{20000}']) expect(plain.layout(text), text).toBeNull();
    // Full-width punctuation is only in features fontkit does not apply by default (vert, palt, chws…).
    expect(plain.layout('部门决算说明，财政拨款（一般公共预算）。')).not.toBeNull();
  });
});
