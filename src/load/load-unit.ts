/**
 * Load stage: reads one data file, parses the JSON, validates it against the schema and
 * resolves fact references. Takes a path; returns the UnitYear, or every error found
 * (never only the first), each with its JSON path and a Chinese message.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { isCompanionFileName } from './data-file-name.js';
import { formatIssues, installChineseLocale, type Finding } from '../schema/format-issues.js';
import { unitYearSchema, type UnitYear } from '../schema/unit-year.js';
import { parseJson } from './parse-json.js';
import { resolveFacts } from './resolve-facts.js';
import { msg } from '../text/msg.js';

export type LoadResult =
  | {
      ok: true;
      data: UnitYear;
      sourceBytes: Uint8Array;
      /** A workbook's data as JSON, before defaults (what `npm run import` writes). */
      input?: unknown;
      /** A workbook's: restates a later error at a JSON path at its sheet and cell. */
      describe?: (error: Finding) => Finding;
      /** Figures of 公开表/财决 workbooks read but not placed or checked (listed, never dropped). */
      warnings?: Finding[];
    }
  | { ok: false; errors: Finding[]; sourceBytes?: Uint8Array };

/** A data file kept in Excel: the fill-in workbook of `npm run workbook`. */
const WORKBOOK_DATA_FILE = /\.xlsx?$/i;

export async function loadUnit(file: string): Promise<LoadResult> {
  if (WORKBOOK_DATA_FILE.test(file)) {
    // Note: imported on demand, so a run over JSON files never loads the spreadsheet library.
    const { loadWorkbookUnit } = await import('./workbook/load-workbook-unit.js');
    return loadWorkbookUnit(file);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? msg`文件不存在` : String(err);
    return { ok: false, errors: [{ path: '$', message: msg`无法读取数据文件：${reason}` }] };
  }
  const result = validateUnit(bytes);
  if (!(await hasCompanions(file))) return result;
  // A JSON file with 公开表 or 财决 workbooks beside it: their figures join its data before validation.
  const parsed = parseJson(new TextDecoder().decode(bytes));
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) return result;
  const { loadJsonCompanions } = await import('./workbook/load-workbook-unit.js');
  return (await loadJsonCompanions(file, parsed.value as Record<string, unknown>, bytes)) ?? result;
}

async function hasCompanions(file: string): Promise<boolean> {
  const dir = dirname(file);
  const stem = basename(file, extname(file));
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.some((n) => n.startsWith(`${stem}.`) && isCompanionFileName(n));
}

/** Validates raw file bytes; separate from reading so tests and the batch runner share it. */
export function validateUnit(bytes: Uint8Array): LoadResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, sourceBytes: bytes, errors: [{ path: '$', message: msg`文件不是有效的 UTF-8 编码，请以 UTF-8 保存` }] };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, sourceBytes: bytes, errors: parsed.errors };
  installChineseLocale();
  const result = unitYearSchema.safeParse(parsed.value);
  if (!result.success) return { ok: false, sourceBytes: bytes, errors: formatIssues(result.error.issues, parsed.value, [], unitYearSchema) };
  const resolved = resolveFacts(result.data);
  if (resolved.errors.length > 0) return { ok: false, sourceBytes: bytes, errors: resolved.errors };
  return { ok: true, data: resolved.data, sourceBytes: bytes };
}
