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
 * lookups of the default features in the default language of the string's script; a
 * lookup acts at a position only if the glyph there is in its coverage. The glyphs in ANY
 * coverage of ANY of those lookups (every subtable, context and extension included), and
 * the glyphs GDEF classes as marks (whose advance fontkit zeroes), are refused here; so are
 * fonts with a legacy `kern` table, AAT `morx` tables or variations. PLAIN_RANGES hold no combining
 * marks, no default-ignorable code points (which fontkit hides) and no right-to-left text.
 * test/render-pdf/plain-glyph-layout.test.ts compares both paths on the reference documents.
 */
import { requireFromFontkit } from './fontkit-location.js';

interface Glyph {
  id: number;
  advanceWidth: number;
}

interface GlyphRun {
  glyphs: Glyph[];
  positions: object[];
}

type Coverage = { version: 1; glyphs: ArrayLike<number> } | { version: 2; rangeRecords: ArrayLike<{ start: number; end: number }> };

interface ScriptEntry {
  tag: string;
  script: { defaultLangSys?: { featureIndexes: ArrayLike<number> } | null };
}

interface LayoutTable {
  scriptList: ArrayLike<ScriptEntry> | null;
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

/**
 * Every feature fontkit's default shaper asks for in left-to-right horizontal text: its
 * variation, directional, fractional, common and horizontal features (DefaultShaper.plan).
 */
const SHAPER_FEATURES = new Set(['rvrn', 'ltra', 'ltrm', 'frac', 'numr', 'dnom', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern']);

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

/**
 * The script entry fontkit's OTProcessor.selectScript picks for an OpenType script tag:
 * the tag itself, else the first of DFLT, dflt, latn.
 */
function selectScript(table: LayoutTable, tag: string): ScriptEntry | undefined {
  const entries = arrayOf<ScriptEntry>(table.scriptList);
  for (const wanted of [tag, 'DFLT', 'dflt', 'latn']) {
    const entry = entries.find((candidate) => candidate.tag === wanted);
    if (entry) return entry;
  }
  return undefined;
}

/** Coverages of the lookups the default language of `scriptTag` runs for the shaper's features. */
function addTableCoverages(table: LayoutTable | undefined, scriptTag: string, into: Set<number>): void {
  if (!table) return;
  const langSys = selectScript(table, scriptTag)?.script.defaultLangSys;
  if (!langSys) return;
  const features = arrayOf<LayoutTable['featureList'][number]>(table.featureList);
  const lookups = new Set<number>();
  for (const featureIndex of arrayOf<number>(langSys.featureIndexes)) {
    const feature = features[featureIndex];
    if (feature && SHAPER_FEATURES.has(feature.tag)) for (const index of arrayOf<number>(feature.feature.lookupListIndexes)) lookups.add(index);
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

/** Whether fontkit lays this font out with OpenType tables only (no AAT, legacy kern or variations). */
function takesShortcut(font: ShapableFont): boolean {
  const tables = font.directory.tables;
  return tables.kern === undefined && tables.morx === undefined && tables.mort === undefined && tables.fvar === undefined;
}

/** The glyphs some shaping rule of the lookups fontkit runs for `scriptTag` may act on. */
function glyphsShapingMayTouch(font: ShapableFont, scriptTag: string): Set<number> {
  const touched = new Set<number>();
  addTableCoverages(font.GSUB, scriptTag, touched);
  addTableCoverages(font.GPOS, scriptTag, touched);
  addMarkGlyphs(font.GDEF?.glyphClassDef, touched);
  return touched;
}

/**
 * Note: fontkit shapes a string in the script of its first character that has one
 * (unicode-properties' getScript, as fontkit itself calls it), or 'zzzz' when none has;
 * PLAIN_RANGES hold only Han, Latin and script-less characters.
 */
const unicode = requireFromFontkit('unicode-properties') as { getScript(codePoint: number): string };
const OPENTYPE_TAG_OF_SCRIPT: Record<string, string> = { Han: 'hani', Latin: 'latn' };

/**
 * The OpenType script tag fontkit shapes `text` in, or null when a character is outside
 * PLAIN_RANGES or of another script (the string then takes fontkit's own path).
 */
function plainScriptTagOf(text: string): string | null {
  let tag: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.charCodeAt(i);
    if (!isPlainCodePoint(codePoint)) return null;
    if (tag !== undefined) continue;
    const script = unicode.getScript(codePoint);
    if (script === 'Common' || script === 'Inherited' || script === 'Unknown') continue;
    tag = OPENTYPE_TAG_OF_SCRIPT[script];
    if (tag === undefined) return null;
  }
  return tag ?? 'zzzz';
}

interface PlainLayout {
  /** The run fontkit would return for `text`, or null when `text` needs real shaping. */
  layout(text: string): GlyphRun | null;
}

const plainLayouts = new WeakMap<ShapableFont, PlainLayout | null>();

function makePlainLayout(font: ShapableFont): PlainLayout | null {
  if (!takesShortcut(font)) return null;
  const touchedByScript = new Map<string, Set<number>>();
  const touchedFor = (scriptTag: string): Set<number> => {
    let touched = touchedByScript.get(scriptTag);
    if (!touched) touchedByScript.set(scriptTag, (touched = glyphsShapingMayTouch(font, scriptTag)));
    return touched;
  };
  // fontkit's own classes (from its own, unwrapped layout), so the run behaves as fontkit's
  // does (advanceWidth getter, fields).
  const probe = (Object.getPrototypeOf(font) as ShapableFont).layout.call(font, 'a');
  const GlyphRunClass = probe.constructor as new (glyphs: Glyph[], features: unknown) => GlyphRun;
  const PositionClass = probe.positions[0]!.constructor as new (xAdvance: number) => object;
  return {
    layout(text) {
      const scriptTag = plainScriptTagOf(text);
      if (scriptTag === null) return null;
      const touched = touchedFor(scriptTag);
      const glyphs: Glyph[] = [];
      for (let i = 0; i < text.length; i++) {
        const glyph = font.glyphForCodePoint(text.charCodeAt(i));
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
  // Note: the glyph sets are worked out on the first layout, not when the font is loaded:
  // a thread that only checks glyph coverage (the main thread) never pays for them.
  let plain: PlainLayout | null | undefined;
  font.layout = (text: string, ...rest: unknown[]): GlyphRun => {
    const onlyText = typeof text === 'string' && rest.every((arg) => arg === undefined || (Array.isArray(arg) && arg.length === 0));
    if (onlyText && plain === undefined) plain = plainLayoutOf(font);
    return (onlyText ? plain?.layout(text) : null) ?? shaped(text, ...rest);
  };
}
