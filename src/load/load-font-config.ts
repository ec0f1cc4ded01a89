/**
 * Reads a font configuration file (`--fonts`): takes its path; returns role → absolute
 * .ttf path for the roles it sets, or throws an Error whose message lists every problem
 * in Chinese (unknown role, not a .ttf, file missing, a file that is not a TrueType font).
 * Runs before any data file is read, so a broken font is a usage error (exit 64), not a
 * failure blamed on the first unit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FontConfig } from '../fonts/font-files.js';
import { fontFileProblem } from '../fonts/fonts.js';
import { fontConfigSchema } from '../schema/font-config.js';
import { formatIssues, installChineseLocale } from '../schema/format-issues.js';
import { parseJson } from './parse-json.js';
import { msg } from '../text/msg.js';

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
      const reason = fontFileProblem(absolute);
      if (reason) missing.push(msg`  $.${role}：${absolute} ${reason}`);
    }
    config[role] = absolute;
  }
  if (missing.length > 0) throw new Error(msg`字体配置文件 ${file} 有误：\n${missing.join('\n')}`);
  return config;
}
