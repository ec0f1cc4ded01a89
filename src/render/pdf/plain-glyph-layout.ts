/**
 * A shortcut past fontkit's OpenType shaping for text that no shaping rule of the font
 * touches. Takes a parsed fontkit font and wraps its `layout`: a string made only of
 * characters from PLAIN_RANGES, none of whose glyphs any lookup could apply to, is laid out
 * as its cmap glyphs with their advance widths — exactly what fontkit's shaping returns for
 * such a string — without running the GSUB/GPOS machinery; any other string, or a call with
 * features, script, language or direction, takes fontkit's own path.
 *
 * Note: pdfkit lays out every text fragment through fontkit (to measure it and to encode
 * it), and its per-document cache is keyed by the whole space-free string, which for
 * Chinese is a whole line: shaping was about a tenth of the PDF's time. For CJK text in the
 * bundled Noto fonts shaping changes nothing; digits and some punctuation are kerned or
 * substituted, so lines with them keep fontkit's path.
 *
 * Why the shortcut gives the same glyphs and positions: fontkit's default shaper maps each
 * code point through the cmap, sets each position to the glyph's advance, then runs the
 * lookups of the default features; a lookup acts at a position only if the glyph there is
 * in its coverage. The glyphs in ANY coverage of ANY lookup reachable from those features
 * (in every script's default language, a superset of what fontkit picks), and the glyphs
 * GDEF classes as marks (whose advance fontkit zeroes), are refused here; so are fonts with
 * a legacy `kern` table, AAT `morx` tables or variations. PLAIN_RANGES hold no combining
 * marks, no default-ignorable code points (which fontkit hides) and no right-to-left text.
 * test/render-pdf/plain-glyph-layout.test.ts compares both paths on the reference documents.
 */

interface Glyph {
  id: number;
  advanceWidth: number;
}

interface GlyphRun {
  glyphs: Glyph[];
  positions: object[];
}

type Coverage = { version: 1; glyphs: ArrayLike<number> } | { version: 2; rangeRecords: ArrayLike<{ start: number; end: number }> };

interface LayoutTable {
  scriptList: ArrayLike<{ script: { defaultLangSys?: { featureIndexes: ArrayLike<number> } | null } }>;
  featureList: ArrayLike<{ tag: string; feature: { lookupListIndexes: ArrayLike<number> } }>;
  lookupList: { get(index: number): { subTables: unknown } };
}

type ClassDef =
  | { version: 1; startGlyph: number; classValueArray: ArrayLike<number> }
  | { version: 2; classRangeRecord: ArrayLike<{ start: number; end: number; class: number }> };

export interface ShapableFont {
  directory: { tables: Record<string, unknown> };
  GSUB?: LayoutTable;
  GPOS?: LayoutTable;
  GDEF?: { glyphClassDef?: ClassDef | null };
  glyphForCodePoint(codePoint: number): Glyph;
  layout(text: string, ...rest: unknown[]): GlyphRun;
}

/** Every feature fontkit's default shaper may ask for in horizontal text (a superset). */
const SHAPER_FEATURES = new Set(['rvrn', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'frac', 'numr', 'dnom']);

/** Code point ranges taken through the shortcut (each still subject to the glyph check). */
const PLAIN_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xac], // Latin-1 punctuation and signs, without U+00AD soft hyphen (default ignorable)
  [0xae, 0xff],
  [0x2010, 0x2027], // general punctuation, without U+200B–200F and U+2028–202E (ignorable, bidi)
  [0x2030, 0x205e], // without U+2060–206F (ignorable)
  [0x3000, 0x3029], // CJK symbols and punctuation, without U+302A–302F (combining tone marks)
  [0x3030, 0x303f],
  [0x3400, 0x4dbf], // CJK unified ideographs, extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xff01, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6],
];

function isPlainCodePoint(codePoint: number): boolean {
  for (const [from, to] of PLAIN_RANGES) if (codePoint >= from && codePoint <= to) return true;
  return false;
}

function arrayOf<T>(value: unknown): T[] {
  if (Array.isArray(value)) return value as T[];
  const lazy = value as { toArray?: () => T[] } | null | undefined;
  return typeof lazy?.toArray === 'function' ? lazy.toArray() : [];
}

function addCoverage(coverage: Coverage | null | undefined, into: Set<number>): void {
  if (!coverage) return;
  if (coverage.version === 1) {
    for (const glyph of arrayOf<number>(coverage.glyphs)) into.add(glyph);
  } else if (coverage.version === 2) {
    for (const range of arrayOf<{ start: number; end: number }>(coverage.rangeRecords)) {
      for (let glyph = range.start; glyph <= range.end; glyph++) into.add(glyph);
    }
  }
}

/** Every coverage table of a subtable (any field named …coverage…), through extension subtables. */
function addSubtableCoverages(subtable: Record<string, unknown>, into: Set<number>): void {
  for (const [key, value] of Object.entries(subtable)) {
    if (key === 'extension' && value && typeof value === 'object') addSubtableCoverages(value as Record<string, unknown>, into);
    else if (/coverage/i.test(key)) {
      const list = arrayOf<Coverage>(value);
      if (list.length > 0) for (const coverage of list) addCoverage(coverage, into);
      else addCoverage(value as Coverage, into);
    }
  }
}

function addTableCoverages(table: LayoutTable | undefined, into: Set<number>): void {
  if (!table) return;
  const lookups = new Set<number>();
  for (const record of arrayOf<LayoutTable['scriptList'][number]>(table.scriptList)) {
    const langSys = record.script.defaultLangSys;
    if (!langSys) continue;
    for (const featureIndex of arrayOf<number>(langSys.featureIndexes)) {
      const feature = arrayOf<LayoutTable['featureList'][number]>(table.featureList)[featureIndex];
      if (feature && SHAPER_FEATURES.has(feature.tag)) for (const index of arrayOf<number>(feature.feature.lookupListIndexes)) lookups.add(index);
    }
  }
  for (const index of lookups) {
    for (const subtable of arrayOf<Record<string, unknown>>(table.lookupList.get(index).subTables)) addSubtableCoverages(subtable, into);
  }
}

function addMarkGlyphs(classDef: ClassDef | null | undefined, into: Set<number>): void {
  const MARK = 3;
  if (!classDef) return;
  if (classDef.version === 1) {
    arrayOf<number>(classDef.classValueArray).forEach((glyphClass, i) => {
      if (glyphClass === MARK) into.add(classDef.startGlyph + i);
    });
  } else {
    for (const range of arrayOf<{ start: number; end: number; class: number }>(classDef.classRangeRecord)) {
      if (range.class === MARK) for (let glyph = range.start; glyph <= range.end; glyph++) into.add(glyph);
    }
  }
}

/** The glyphs some shaping rule may act on, or null when the font cannot take the shortcut at all. */
function glyphsShapingMayTouch(font: ShapableFont): Set<number> | null {
  const tables = font.directory.tables;
  if (tables.kern !== undefined || tables.morx !== undefined || tables.mort !== undefined || tables.fvar !== undefined) return null;
  const touched = new Set<number>();
  addTableCoverages(font.GSUB, touched);
  addTableCoverages(font.GPOS, touched);
  addMarkGlyphs(font.GDEF?.glyphClassDef, touched);
  return touched;
}

interface PlainLayout {
  /** The run fontkit would return for `text`, or null when `text` needs real shaping. */
  layout(text: string): GlyphRun | null;
}

const plainLayouts = new WeakMap<ShapableFont, PlainLayout | null>();

function makePlainLayout(font: ShapableFont): PlainLayout | null {
  const touched = glyphsShapingMayTouch(font);
  if (touched === null) return null;
  // fontkit's own classes (from its own, unwrapped layout), so the run behaves as fontkit's
  // does (advanceWidth getter, fields).
  const probe = (Object.getPrototypeOf(font) as ShapableFont).layout.call(font, 'a');
  const GlyphRunClass = probe.constructor as new (glyphs: Glyph[], features: unknown) => GlyphRun;
  const PositionClass = probe.positions[0]!.constructor as new (xAdvance: number) => object;
  return {
    layout(text) {
      const glyphs: Glyph[] = [];
      for (let i = 0; i < text.length; i++) {
        const codePoint = text.charCodeAt(i);
        if (!isPlainCodePoint(codePoint)) return null;
        const glyph = font.glyphForCodePoint(codePoint);
        if (touched.has(glyph.id)) return null;
        glyphs.push(glyph);
      }
      const run = new GlyphRunClass(glyphs, []);
      run.positions = glyphs.map((glyph) => new PositionClass(glyph.advanceWidth));
      return run;
    },
  };
}

/** The shortcut for `font` (built once per font), or null when the font cannot take it. */
export function plainLayoutOf(font: ShapableFont): PlainLayout | null {
  if (!plainLayouts.has(font)) plainLayouts.set(font, makePlainLayout(font));
  return plainLayouts.get(font) ?? null;
}

/** Wraps `font.layout` so that plain strings skip shaping (see the module note). */
export function usePlainGlyphLayout(font: ShapableFont): void {
  const shaped = font.layout.bind(font);
  font.layout = (text: string, ...rest: unknown[]): GlyphRun => {
    const onlyText = typeof text === 'string' && rest.every((arg) => arg === undefined || (Array.isArray(arg) && arg.length === 0));
    // Note: plainLayoutOf works the glyph sets out on the first layout, not when the font is
    // loaded: a thread that only checks glyph coverage (the main thread) never pays for it.
    return (onlyText ? (plainLayoutOf(font)?.layout(text) ?? null) : null) ?? shaped(text, ...rest);
  };
}
