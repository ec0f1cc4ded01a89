/**
 * Load stage for a unit kept in Excel: reads the fill-in workbook (.xlsx/.xls), merges the
 * figures of the 公开表 or 财决 workbooks that lie beside it (companions.ts), validates the
 * result against the data format and resolves facts, exactly as a JSON data file is.
 * Takes the file's bytes and its companions' paths (load-unit.ts reads the one and finds the
 * other, for a workbook and a JSON file alike); returns the same LoadResult as load-unit.ts,
 * with every error naming its sheet and cell and the field, plus the assembled data as JSON
 * (for `npm run import`) and a `describe` that turns a later check's JSON path into the cell.
 */
import { basename } from 'node:path';
import { formatIssues, installChineseLocale, type Finding } from '../../schema/format-issues.js';
import { unitYearSchema } from '../../schema/unit-year.js';
import type { LoadResult } from '../load-unit.js';
import { resolveFacts } from '../resolve-facts.js';
import { Collector, type Place } from './collector.js';
import { mergeCompanions, readCompanions, type CompanionFile } from './companions.js';
import { openWorkbook } from './open-workbook.js';
import { readFillIn } from './read-fill-in.js';
import { isUnfilled, restateMissing, unfilledFinding } from './missing-cells.js';
import { placeOf, workbookTerms } from './workbook-terms.js';
import { suspectYuan } from './yuan-check.js';
import { remainsOf } from '../remains.js';
import { msg } from '../../text/msg.js';

/** A JSON-path error restated at its cell: 三公明细!C7 ·【公务接待费·决算数】message, the JSON path kept as `field`. */
function describeAt(places: ReadonlyMap<string, Place>, error: Finding): Finding {
  if (!error.path.startsWith('$')) return error;
  const place = placeOf(places, error.path.replace(/\[\*\]/g, '[0]'));
  if (!place) return error;
  return { path: place.where, message: msg`【${place.label}】${error.message}`, field: error.path };
}

/**
 * The data assembled by a reader, validated: every problem at once (the cells refused while
 * reading, then what the schema says of the rest, a fill-in workbook's blank cells and blocks
 * restated), and what remains for the checks to run on in the same run.
 */
function validate(collector: Collector, sourceBytes: Uint8Array, warnings: Finding[], fillIn?: { file: string }): LoadResult {
  // Note: a file that is no fill-in workbook at all ($) is said so, not "unfilled".
  if (fillIn && !collector.errors.some((e) => e.path === '$') && isUnfilled(collector))
    return { ok: false, sourceBytes, errors: [unfilledFinding(fillIn.file)] };
  const input = collector.finish();
  installChineseLocale();
  const result = unitYearSchema.safeParse(input);
  const describe = (e: Finding) => describeAt(collector.places, e);
  const terms = workbookTerms(collector.places);
  const schemaErrors = result.success
    ? []
    : formatIssues(result.error.issues, input, [], unitYearSchema).filter((e) => !collector.refusedPaths.has(e.path));
  const yuan = suspectYuan(input, collector.places);
  if (collector.errors.length > 0 || yuan.length > 0 || !result.success) {
    const restated = fillIn ? restateMissing(schemaErrors, input, collector, describe) : schemaErrors.map(describe);
    const remains = remainsOf(input, result.success ? [] : result.error.issues, collector.refusedPaths);
    return {
      ok: false,
      sourceBytes,
      errors: [...collector.errors, ...yuan, ...restated],
      describe,
      ...(fillIn ? { terms } : {}),
      // Note: figures suspected in 元 are not checked further: every total would be off by the same factor.
      ...(remains && yuan.length === 0 ? { remains } : {}),
    };
  }
  const resolved = resolveFacts(result.data);
  if (resolved.errors.length > 0) return { ok: false, sourceBytes, errors: resolved.errors.map(describe) };
  return { ok: true, data: resolved.data, sourceBytes, input, describe, ...(fillIn ? { terms } : {}), warnings };
}

/** Reads a fill-in workbook, with the 公开表/财决 workbooks given beside it (bytes already in memory). */
export function validateWorkbookUnit(bytes: Uint8Array, fileName: string, companions: readonly CompanionFile[] = []): LoadResult {
  const opened = openWorkbook(bytes, fileName);
  if (!opened.ok)
    return { ok: false, sourceBytes: bytes, errors: opened.errors.map((e) => (e.path === '$' ? { ...e, path: fileName } : e)) };
  const collector = readFillIn(opened.workbook);
  const warnings = companions.length > 0 && collector.errors.length === 0 ? mergeCompanions(collector, companions, fileName) : [];
  return validate(collector, bytes, [...collector.notes, ...warnings], { file: fileName });
}

/** A fill-in workbook read from disk, with the 公开表/财决 workbooks at `companionPaths`. */
export async function loadWorkbookUnit(file: string, bytes: Uint8Array, companionPaths: readonly string[]): Promise<LoadResult> {
  return validateWorkbookUnit(bytes, basename(file), await readCompanions(companionPaths));
}

/** A JSON data file's content, with the 公开表/财决 workbooks at `companionPaths`. */
export async function loadJsonWithCompanions(
  file: string,
  value: Record<string, unknown>,
  bytes: Uint8Array,
  companionPaths: readonly string[],
): Promise<LoadResult> {
  const collector = new Collector();
  Object.assign(collector.data, value);
  const warnings = mergeCompanions(collector, await readCompanions(companionPaths), basename(file));
  return validate(collector, bytes, warnings);
}
