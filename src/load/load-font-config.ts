/**
 * Reads a font configuration file (`--fonts`): takes its path; returns role → absolute
 * .ttf path for the roles it sets, or throws an Error whose message lists every problem
 * in Chinese (unknown role, not a .ttf, file missing, a file that is not a TrueType font).
 * Runs before any data file is read, so a broken font is a usage error (exit 64), not a
 * failure blamed on the first unit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fontkitPath } from '../render/pdf/fontkit-location.js';
import type { FontConfig } from '../render/pdf/font-files.js';
import { fontConfigSchema } from '../schema/font-config.js';
import { formatIssues, installChineseLocale } from '../schema/format-issues.js';
import { parseJson } from './parse-json.js';
import { msg } from '../text/msg.js';

interface ParsedFont {
  numGlyphs?: number;
  hasGlyphForCodePoint?(codePoint: number): boolean;
  fonts?: unknown[];
}

/** Why `path` is not a usable TrueType font, or undefined when it is one. */
function notAFont(path: string): string | undefined {
  // Note: the fontkit that pdfkit itself uses (fontkit-location.ts), so what passes here is what renders.
  const fontkit = createRequire(import.meta.url)(fontkitPath) as { create(bytes: Uint8Array): ParsedFont };
  let font: ParsedFont;
  try {
    font = fontkit.create(readFileSync(path));
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

export function loadFontConfig(file: string): Partial<FontConfig> {
  if (!existsSync(file)) throw new Error(msg`字体配置文件不存在：${file}`);
  const parsed = parseJson(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(msg`字体配置文件 ${file}：${parsed.errors.map((e) => e.message).join('；')}`);
  installChineseLocale();
  const result = fontConfigSchema.safeParse(parsed.value);
  if (!result.success) {
    const lines = formatIssues(result.error.issues, parsed.value).map((e) => msg`  ${e.path}：${e.message}`);
    throw new Error(msg`字体配置文件 ${file} 有误：\n${lines.join('\n')}`);
  }
  const { $comment: _comment, ...roles } = result.data;
  const config: Partial<FontConfig> = {};
  const missing: string[] = [];
  for (const [role, path] of Object.entries(roles) as [keyof FontConfig, string | undefined][]) {
    if (path === undefined) continue;
    const absolute = resolve(dirname(file), path);
    if (!existsSync(absolute)) missing.push(msg`  $.${role}：字体文件不存在：${absolute}`);
    else {
      const reason = notAFont(absolute);
      if (reason) missing.push(msg`  $.${role}：${absolute} ${reason}`);
    }
    config[role] = absolute;
  }
  if (missing.length > 0) throw new Error(msg`字体配置文件 ${file} 有误：\n${missing.join('\n')}`);
  return config;
}
