/**
 * A data file's content as its author wrote it (JSON before the schema's defaults), without
 * its "$schema": what `npm run import` writes out and `npm run workbook` fills a workbook
 * with. Takes a successful load; returns the object, or undefined when the JSON file no
 * longer parses (a program error: it was validated by that same load).
 */
import type { LoadResult } from '../load/load-unit.js';
import { parseJson } from '../load/parse-json.js';

export function writtenData(loaded: Extract<LoadResult, { ok: true }>): Record<string, unknown> | undefined {
  // A workbook's load gives its JSON; a JSON file's is its own text.
  let input = loaded.input;
  if (input === undefined) {
    const parsed = parseJson(new TextDecoder().decode(loaded.sourceBytes));
    if (!parsed.ok) return undefined;
    input = parsed.value;
  }
  const { $schema: _schema, ...rest } = input as Record<string, unknown>;
  return rest;
}
