/**
 * The fonts of the PDF, for the stages that need them: the checks (does every character of
 * the data have a glyph?), the --fonts check of the load stage (is each file a usable
 * TrueType font?) and the PDF backend (metrics and drawing). Takes an optional FontConfig
 * (role → TrueType file path) and returns loaded fonts: each file read and parsed once per
 * thread. Defaults to the Noto Serif SC / Noto Sans SC files shipped by the
 * @expo-google-fonts packages (resolved by path, never imported). The only folder that
 * loads fontkit (ARCHITECTURE.md §7).
 *
 * Role mapping (the .docx names the office fonts; the .pdf must embed free ones):
 *   body      仿宋 role   → Noto Serif SC 400
 *   bodyBold  仿宋 bold   → Noto Serif SC 700
 *   heading1  黑体 role   → Noto Sans SC 500
 *   heading2  楷体 role   → Noto Serif SC 600 (no free 楷体 TrueType exists on npm)
 *   title     小标宋 role → Noto Serif SC 900
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import './fontkit-cache.js';
import { fontkitPath } from './fontkit-location.js';
import { defaultFontConfig, PDF_FONT_ROLES, sharedFontBytesOf, type FontConfig, type PdfFontRole } from './font-files.js';
import { msg } from '../text/msg.js';

export { defaultFontConfig, PDF_FONT_ROLES, type FontConfig, type PdfFontRole };

const require = createRequire(import.meta.url);

/** The part of a fontkit font this module uses (fontkit ships no type declarations). */
interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  postscriptName: string;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
  layout(text: string): { advanceWidth: number };
}

interface Fontkit {
  create(buffer: Uint8Array): FontkitFont | { fonts: FontkitFont[] };
}

/** What a file that may not be a font at all can give when fontkit parses it. */
interface ParsedFile {
  numGlyphs?: number;
  hasGlyphForCodePoint?(codePoint: number): boolean;
  fonts?: unknown[];
}

/** Note: fontkit is the parser pdfkit (under pdfmake) already uses (see fontkit-location). */
const fontkit = require(fontkitPath) as Fontkit;

export interface LoadedFont {
  path: string;
  /** The file's bytes, shared by every document rendered in this process. */
  buffer: Buffer;
  font: FontkitFont;
}

const fontCache = new Map<string, LoadedFont>();

/** Reads and parses a TrueType file once per process. */
export function loadFont(path: string): LoadedFont {
  const cached = fontCache.get(path);
  if (cached) return cached;
  const shared = sharedFontBytesOf(path);
  const buffer = shared ? Buffer.from(shared.buffer, shared.byteOffset, shared.byteLength) : readFileSync(path);
  const parsed = fontkit.create(buffer);
  if ('fonts' in parsed) {
    throw new Error(msg`字体文件是字体集合（.ttc），请改用单个 .ttf 文件：${path}`);
  }
  const loaded: LoadedFont = { path, buffer, font: parsed };
  fontCache.set(path, loaded);
  return loaded;
}

/**
 * Why the file at `path` is not a TrueType font the PDF can use (in Chinese), or undefined
 * when it is one: the --fonts check, run before any data is read. The same fontkit as
 * pdfkit's parses it, so what passes here is what renders.
 */
export function fontFileProblem(path: string): string | undefined {
  let font: ParsedFile;
  try {
    font = (fontkit.create as (bytes: Uint8Array) => ParsedFile)(readFileSync(path));
  } catch (err) {
    return msg`不是有效的 TrueType 字体文件（${(err as Error).message === 'Unknown font format' ? '无法识别的文件格式' : (err as Error).message}）`;
  }
  if (font.fonts) return msg`是字体集合（.ttc），请改用单个 .ttf 文件`;
  try {
    // Reads the glyph count and the character map, which a truncated file lacks.
    if (!font.numGlyphs || !font.hasGlyphForCodePoint) return msg`不是有效的 TrueType 字体文件（没有字形）`;
    font.hasGlyphForCodePoint(0x4e00);
  } catch (err) {
    return msg`字体文件已损坏或不完整，无法读取其字形表（${(err as Error).message}）`;
  }
  return undefined;
}

export interface PdfFonts {
  config: FontConfig;
  byRole: Record<PdfFontRole, LoadedFont>;
}

/** Loads every role's font (from the process cache after the first call). */
export function loadPdfFonts(config: Partial<FontConfig> = {}): PdfFonts {
  const full: FontConfig = { ...defaultFontConfig(), ...config };
  const byRole = Object.fromEntries(PDF_FONT_ROLES.map((role) => [role, loadFont(full[role])])) as Record<PdfFontRole, LoadedFont>;
  return { config: full, byRole };
}

export interface MissingGlyph {
  char: string;
  codePoint: number;
}

const ROLE_NAMES: Record<PdfFontRole, string> = {
  body: msg`正文（仿宋）`,
  bodyBold: msg`正文粗体`,
  heading1: msg`一级标题（黑体）`,
  heading2: msg`二级标题（楷体）`,
  title: msg`标题（小标宋）`,
};

/** Per loaded font (one per file and process) and code point: whether it has a glyph. */
const glyphMemo = new WeakMap<LoadedFont, Map<number, boolean>>();

/**
 * Whether the font has a glyph for a code point.
 * Note: fontkit's cmap lookup is slow enough to cost ~0.4 s over a unit's text; each code
 * point is looked up once per font file and process (the check stage and every document's
 * glyph check share the answers).
 */
function hasGlyph(font: LoadedFont, codePoint: number): boolean {
  let memo = glyphMemo.get(font);
  if (!memo) glyphMemo.set(font, (memo = new Map<number, boolean>()));
  let has = memo.get(codePoint);
  if (has === undefined) {
    has = font.font.hasGlyphForCodePoint(codePoint);
    memo.set(codePoint, has);
  }
  return has;
}

/** The font roles (in Chinese) whose font has no glyph for a code point; empty when all do. */
export function rolesMissingGlyph(codePoint: number, fonts: PdfFonts = loadPdfFonts()): string[] {
  return PDF_FONT_ROLES.filter((role) => !hasGlyph(fonts.byRole[role], codePoint)).map((role) => ROLE_NAMES[role]);
}

/**
 * Characters of `text` that the role's font has no glyph for, each once, in order of first
 * appearance. Control characters (line breaks, tabs) are not drawn and are skipped.
 * Note: pdfmake has no font fallback; a missing glyph is drawn as a silent blank.
 */
export function findMissingGlyphs(text: string, role: PdfFontRole, fonts: PdfFonts = loadPdfFonts()): MissingGlyph[] {
  const font = fonts.byRole[role];
  const seen = new Set<number>();
  const missing: MissingGlyph[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (seen.has(codePoint) || /\p{Cc}/u.test(char)) continue;
    seen.add(codePoint);
    if (!hasGlyph(font, codePoint)) missing.push({ char, codePoint });
  }
  return missing;
}
