/**
 * Makes fontkit's TrueType subsetting (what pdfkit embeds for each PDF font) skip decoding
 * the outline of every simple glyph. Takes a parsed fontkit font; patches, once per process
 * and thread, the prototype of the subset class that font makes. The subset written is
 * byte for byte the same.
 *
 * Note: fontkit's TTFSubset._addGlyph calls `glyph._decode()`, which parses every point of
 * the glyph, only to learn whether it is a compound glyph (numberOfContours < 0) whose
 * components must be renumbered; a simple glyph is then copied as raw bytes. For a CJK
 * document that is hundreds of glyphs per font and about a tenth of the PDF's time. The
 * contour count is the first int16 of the glyph's record, so a simple glyph gets an
 * instance-level `_decode` that answers "not compound" for the duration of the call.
 * Compound glyphs and variable fonts (whose simple glyphs fontkit re-encodes) keep
 * fontkit's own path. The version is pinned by package-lock.json; a fontkit whose subset
 * class has no `_addGlyph` is left alone (test/render-pdf checks the patch took).
 */

interface GlyphLike {
  _decode(): unknown;
}

interface TtfFontLike {
  directory: { tables: Record<string, unknown> };
  loca?: { offsets: number[] };
  _variationProcessor?: unknown;
  getGlyph(id: number): GlyphLike;
  _getTableStream(tag: string): { pos: number; readInt16BE(): number };
  createSubset(): object;
}

interface SubsetLike {
  font: TtfFontLike;
}

type AddGlyph = (this: SubsetLike, gid: number) => number;

const patchedPrototypes = new WeakSet<object>();
let patchCount = 0;

/** Whether glyph `gid` is a simple glyph (or empty): its record starts with a contour count ≥ 0. */
function isSimpleGlyph(font: TtfFontLike, gid: number): boolean {
  const offsets = font.loca?.offsets;
  if (!offsets) return false;
  const start = offsets[gid];
  const end = offsets[gid + 1];
  if (start === undefined || end === undefined) return false;
  if (end <= start) return true;
  const stream = font._getTableStream('glyf');
  stream.pos += start;
  return stream.readInt16BE() >= 0;
}

const notCompound = (): null => null;

export function speedUpTtfSubsets(font: TtfFontLike): void {
  if (font.directory.tables['CFF '] !== undefined || font.directory.tables.glyf === undefined) return;
  const prototype = Object.getPrototypeOf(font.createSubset()) as { _addGlyph?: AddGlyph };
  if (patchedPrototypes.has(prototype) || typeof prototype._addGlyph !== 'function') return;
  const addGlyph = prototype._addGlyph;
  prototype._addGlyph = function addGlyphWithoutDecodingSimpleOutlines(this: SubsetLike, gid: number): number {
    if (this.font._variationProcessor || !isSimpleGlyph(this.font, gid)) return addGlyph.call(this, gid);
    const glyph = this.font.getGlyph(gid);
    glyph._decode = notCompound;
    try {
      return addGlyph.call(this, gid);
    } finally {
      delete (glyph as Partial<GlyphLike>)._decode;
    }
  };
  patchedPrototypes.add(prototype);
  patchCount += 1;
}

/** How many subset classes were patched in this thread (a test checks it is one). */
export function ttfSubsetPatchCount(): number {
  return patchCount;
}
