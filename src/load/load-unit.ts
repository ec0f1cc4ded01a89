/**
 * Load stage: reads one data file, parses the JSON, validates it against the schema and
 * resolves fact references. Takes a path; returns the UnitYear, or every error found
 * (never only the first), each with its JSON path and a Chinese message. A fill-in workbook
 * (.xlsx/.xls), or a JSON file with 公开表/财决 workbooks beside it, is read once here and
 * handed on to workbook/load-workbook-unit.ts.
 */
import { readFile } from 'node:fs/promises';
import { companionPaths, WORKBOOK_FILE } from './data-file-name.js';
import type { FieldTerms } from '../schema/field-terms.js';
import { formatIssues, installChineseLocale, type Finding } from '../schema/format-issues.js';
import { unitYearSchema, type UnitYear } from '../schema/unit-year.js';
import { parseJson } from './parse-json.js';
import { remainsOf, type Remains } from './remains.js';
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
      /** A workbook's: how the checks' messages name other fields (its cells, not JSON). */
      terms?: FieldTerms;
      /** Figures of 公开表/财决 workbooks read but not placed or checked (listed, never dropped). */
      warnings?: Finding[];
    }
  | {
      ok: false;
      errors: Finding[];
      sourceBytes?: Uint8Array;
      /** The data with its faulty fields stood in for, so the checks still run on the rest in the same run (remains.ts). */
      remains?: Remains;
      describe?: (error: Finding) => Finding;
      terms?: FieldTerms;
    };

type LoadFailure = Extract<LoadResult, { ok: false }>;

export async function loadUnit(file: string): Promise<LoadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? msg`文件不存在` : String(err);
    return { ok: false, errors: [{ path: '$', message: msg`无法读取数据文件：${reason}` }] };
  }
  const companions = await companionPaths(file);
  if (WORKBOOK_FILE.test(file)) {
    // Note: imported on demand, so a run over JSON files never loads the spreadsheet library.
    const { loadWorkbookUnit } = await import('./workbook/load-workbook-unit.js');
    return loadWorkbookUnit(file, bytes, companions);
  }
  const parsed = parseBytes(bytes);
  if (!parsed.ok) return parsed;
  if (companions.length > 0 && parsed.value !== null && typeof parsed.value === 'object' && !Array.isArray(parsed.value)) {
    // A JSON file with 公开表 or 财决 workbooks beside it: their figures join its data before validation.
    const { loadJsonWithCompanions } = await import('./workbook/load-workbook-unit.js');
    return loadJsonWithCompanions(file, parsed.value as Record<string, unknown>, bytes, companions);
  }
  return validateValue(parsed.value, bytes);
}

/** Validates raw JSON bytes as loadUnit does a JSON file without companions (the tests validate data without a file). */
export function validateUnit(bytes: Uint8Array): LoadResult {
  const parsed = parseBytes(bytes);
  return parsed.ok ? validateValue(parsed.value, bytes) : parsed;
}

/** The file's JSON: UTF-8, well-formed, no field twice. */
function parseBytes(bytes: Uint8Array): { ok: true; value: unknown } | LoadFailure {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, sourceBytes: bytes, errors: [{ path: '$', message: msg`文件不是有效的 UTF-8 编码，请以 UTF-8 保存` }] };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, sourceBytes: bytes, errors: parsed.errors };
  return parsed;
}

function validateValue(value: unknown, bytes: Uint8Array): LoadResult {
  installChineseLocale();
  const result = unitYearSchema.safeParse(value);
  if (!result.success) {
    const remains = remainsOf(value, result.error.issues, []);
    return {
      ok: false,
      sourceBytes: bytes,
      errors: formatIssues(result.error.issues, value, [], unitYearSchema),
      ...(remains ? { remains } : {}),
    };
  }
  const resolved = resolveFacts(result.data);
  if (resolved.errors.length > 0) return { ok: false, sourceBytes: bytes, errors: resolved.errors };
  return { ok: true, data: resolved.data, sourceBytes: bytes };
}
