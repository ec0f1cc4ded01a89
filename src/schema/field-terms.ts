/**
 * How a check's message names a field and asks for a fix, in the words of the file the unit
 * is kept in: a JSON data file's user reads JSON paths and objects to paste; a workbook's
 * user reads sheets, cells and the labels in front of them (src/load/workbook/workbook-terms.ts).
 * The finding's own path is restated at its cell elsewhere (the load result's `describe`);
 * this is for the other fields a message mentions. Kept beside Finding (format-issues.ts),
 * which the checks and the load stage both use. Takes JSON paths; returns words.
 */
import { msg } from '../text/msg.js';

export interface FieldTerms {
  /** Messages speak of a workbook's sheets and cells (else of the JSON data file). */
  readonly workbook: boolean;
  /** A field, e.g. “决算数与预算数不一致的主要原因”（一般公共预算!E8）; for JSON, `jsonWords` (default: the path). */
  field(path: string, jsonWords?: string): string;
  /** The row to add to a list: 在工作表“科目名称”中加一行：科目编码填 207，…; for JSON, 在 functionalCodes 中加入 {…}. */
  addRow(listPath: string, entry: Readonly<Record<string, string>>): string;
}

const lastKey = (path: string) => /([A-Za-z_$][\w$]*)$/.exec(path)?.[1] ?? path;

/** A JSON data file's terms: the messages as JSON users have always read them. */
export const JSON_TERMS: FieldTerms = {
  workbook: false,
  field: (path, jsonWords) => jsonWords ?? path,
  addRow: (listPath, entry) =>
    msg`在 ${lastKey(listPath)} 中加入 {${Object.entries(entry)
      .map(([k, v]) => `"${k}": ${JSON.stringify(v)}`)
      .join(', ')}}`,
};
