/**
 * What remains of data the schema refuses, for the checks: every field with a problem (a cell
 * refused, a required field missing, a value the format does not allow) stands in as a
 * placeholder, in two variants that differ in every stand-in. The checks run on both
 * (src/pipeline.ts); a finding both runs give alike does not depend on any stand-in, so it
 * is reported in the same run as the load errors: a workbook's wrong total is found together
 * with its unreadable cell, while a sum that includes the unreadable cell is not checked
 * (it could not locate the fault). A field that decides the data's shape (a code that
 * places a 项 under its 类, an element a list must have) is not stood in for: both variants
 * would move figures alike, and the checks are left for the next run. Takes the data as
 * read, zod's issues and the paths refused while reading; returns the two variants and the
 * paths stood in for, or undefined when the data cannot be completed.
 */
import { placeholderAt } from '../schema/field-info.js';
import { jsonPath, parseJsonPath, type Finding } from '../schema/format-issues.js';
import { unitYearSchema, type UnitYear } from '../schema/unit-year.js';
import { resolveFacts } from './resolve-facts.js';

export interface Remains {
  variants: readonly [UnitYear, UnitYear];
  /** JSON paths of the fields (or whole objects) stood in for. */
  standIns: readonly string[];
}

type Key = string | number;

/** What remains.ts needs of a schema issue (zod's issues have it): where, and for unknown fields, which. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  keys?: readonly string[];
}

function setIn(root: Record<string, unknown>, path: readonly Key[], value: unknown): void {
  let node = root as Record<Key, unknown>;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else {
      if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof path[i + 1] === 'number' ? [] : {};
      node = node[key] as Record<Key, unknown>;
    }
  });
}

function deleteIn(root: unknown, path: readonly Key[], keys: readonly string[]): void {
  let node = root;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<Key, unknown>)[key] : undefined;
  if (node !== null && typeof node === 'object') for (const key of keys) delete (node as Record<string, unknown>)[key];
}

/** Rounds of repair: a stand-in object can bring no new issue, but a list cut short can. */
const ROUNDS = 3;

function variant(
  input: unknown,
  issues: readonly SchemaIssue[],
  refused: readonly string[],
  which: 0 | 1,
): { data: UnitYear; standIns: string[] } | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const data = structuredClone(input) as Record<string, unknown>;
  let serial = 0;
  const next = () => (serial += 1);
  const standIns: string[] = [];
  const standIn = (path: readonly Key[]) => {
    if (path.length === 0) return false;
    const made = placeholderAt(path, which, next);
    // Note: a stand-in code or list element would move figures between 类 and 项 alike in both variants: no checks then.
    if (made === undefined || made.structural) return false;
    setIn(data, path, made.value);
    standIns.push(jsonPath(path));
    return true;
  };
  for (const path of refused) if (!standIn(parseJsonPath(path))) return undefined;
  let pending = issues;
  for (let round = 0; round < ROUNDS; round++) {
    for (const issue of pending) {
      const path = issue.path.filter((k): k is Key => typeof k === 'string' || typeof k === 'number');
      if (issue.code === 'unrecognized_keys') deleteIn(data, path, issue.keys ?? []);
      else if (!standIn(path)) return undefined;
    }
    const result = unitYearSchema.safeParse(data);
    if (result.success) return { data: resolveFacts(result.data).data, standIns };
    pending = result.error.issues;
  }
  return undefined;
}

export function remainsOf(input: unknown, issues: readonly SchemaIssue[], refused: Iterable<string>): Remains | undefined {
  const refusedPaths = [...refused];
  const a = variant(input, issues, refusedPaths, 0);
  const b = variant(input, issues, refusedPaths, 1);
  if (!a || !b) return undefined;
  return { variants: [a.data, b.data], standIns: [...new Set([...a.standIns, ...b.standIns])] };
}

const under = (path: string, standIn: string) => path === standIn || path.startsWith(`${standIn}.`) || path.startsWith(`${standIn}[`);

/**
 * The findings that do not depend on any stand-in: given alike (path and message) by the runs
 * on both variants, and not about a field stood in for (or inside one).
 */
export function findingsOnWhatRemains(remains: Remains, first: readonly Finding[], second: readonly Finding[]): Finding[] {
  const key = (f: Finding) => `${f.path}\u0000${f.message}`;
  const inSecond = new Set(second.map(key));
  return first.filter((f) => inSecond.has(key(f)) && !remains.standIns.some((s) => under(f.path.replace(/\[\*\]/g, '[0]'), s)));
}
