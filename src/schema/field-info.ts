/**
 * What the data format says about one field, for the fill-in workbook (src/workbook,
 * src/load/workbook): its kind (amount, count, text, date, one of a list …), whether it
 * may be left out, its Chinese description, and the allowed values of a list. Takes a
 * JSON path into the data (array indices as numbers, fact names as strings); returns the
 * FieldInfo, or undefined for a path the format does not have. Also lists every leaf of
 * the format, so a test can prove the workbook layout places each one.
 *
 * Note: the kinds are found by asking the schema itself (does it accept 0.5? 10,000,000?
 * "2024-01-01"?), not by the identity of the primitives: `.describe()` clones a schema,
 * so `amount.describe('…') !== amount`. The schema stays the single definition.
 */
import { z } from 'zod';
import { unitYearSchema } from './unit-year.js';

export type FieldKind =
  /** 万元, ≥ 0, two decimals */
  | 'amount'
  /** whole number ≥ 0 */
  | 'count'
  /** 0–100, two decimals (weights, scores out of 100) */
  | 'points'
  /** 0–1000, two decimals (self-assessed scores, percentages from other systems) */
  | 'score'
  | 'year'
  | 'text'
  /** yyyy-mm-dd */
  | 'date'
  /** a classification code: digits kept as text */
  | 'code'
  | 'enum'
  | 'boolean'
  /** a fact: a number or a text */
  | 'numberOrText';

export interface FieldInfo {
  kind: FieldKind;
  /** The field may be left out (optional, or has a default). */
  optional: boolean;
  description: string | undefined;
  /** For 'enum': the allowed values, in the schema's order. */
  values?: string[];
}

type Key = string | number;
type Schema = z.ZodType;

interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  entries?: Record<string, string>;
}

const defOf = (schema: Schema): Def => schema._zod.def;

/** Peels optional/default wrappers; returns the inner schema, whether it may be absent and the first description met. */
function unwrap(schema: Schema): { inner: Schema; optional: boolean; description: string | undefined } {
  let node = schema;
  let optional = false;
  let description = z.globalRegistry.get(node)?.description;
  for (let def = defOf(node); def.type === 'optional' || def.type === 'default' || def.type === 'nullable'; def = defOf(node)) {
    optional = true;
    node = def.innerType!;
    description ??= z.globalRegistry.get(node)?.description;
  }
  return { inner: node, optional, description };
}

const accepts = (schema: Schema, value: unknown) => schema.safeParse(value).success;

function kindOf(schema: Schema): Pick<FieldInfo, 'kind' | 'values'> | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case 'number':
      if (!accepts(schema, 0.5)) return { kind: accepts(schema, 1999) || !accepts(schema, 2000) ? 'count' : 'year' };
      if (accepts(schema, 10_000_000)) return { kind: 'amount' };
      return { kind: accepts(schema, 1000) ? 'score' : 'points' };
    case 'string':
      if (accepts(schema, 'x')) return { kind: 'text' };
      if (accepts(schema, '2024-01-01')) return { kind: 'date' };
      return { kind: 'code' };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries ?? {}) };
    case 'boolean':
      return { kind: 'boolean' };
    case 'union':
      return { kind: 'numberOrText' };
    default:
      return undefined;
  }
}

/** The schema node at a JSON path, unwrapped, with the optionality and description of the last step. */
function nodeAt(path: readonly Key[]): { inner: Schema; optional: boolean; description: string | undefined } | undefined {
  let current = unwrap(unitYearSchema);
  for (const key of path) {
    const def = defOf(current.inner);
    let next: Schema | undefined;
    if (def.type === 'object' && typeof key === 'string') next = def.shape?.[key];
    else if (def.type === 'array' && typeof key === 'number') next = def.element;
    else if (def.type === 'record' && typeof key === 'string') next = def.valueType;
    if (!next) return undefined;
    current = unwrap(next);
  }
  return current;
}

/** Per path pattern (indices dropped): the schema is walked and probed once per field, not per cell. */
const infoCache = new Map<string, FieldInfo | undefined>();

export function fieldAt(path: readonly Key[]): FieldInfo | undefined {
  const pattern = path.map((k) => (typeof k === 'number' ? '#' : k)).join('\u0000');
  if (infoCache.has(pattern)) return infoCache.get(pattern);
  const node = nodeAt(path);
  const kind = node && kindOf(node.inner);
  const info = node && kind ? { ...kind, optional: node.optional, description: node.description } : undefined;
  infoCache.set(pattern, info);
  return info;
}

/**
 * Whether a field must be filled wherever its block is used: no step of the path may be left
 * out, counted from the innermost list element (an element's required fields are required
 * once the element exists: a 项's code, a project's name), or from `within` steps (the
 * fields a missing object must have). Takes a JSON path; returns false for a path the format
 * does not have.
 */
export function isRequired(path: readonly Key[], within?: number): boolean {
  let element = path.length;
  while (element > 0 && typeof path[element - 1] !== 'number') element -= 1;
  for (let n = path.length; n > (within ?? element); n--) {
    const node = nodeAt(path.slice(0, n));
    if (!node || node.optional) return false;
  }
  return nodeAt(path) !== undefined;
}

/** Whether the value at a path is an array (of texts or objects), whether it may be absent, and whether it may be empty. */
export function arrayAt(path: readonly Key[]): { optional: boolean; mayBeEmpty: boolean; description: string | undefined } | undefined {
  const node = nodeAt(path);
  if (!node || defOf(node.inner).type !== 'array') return undefined;
  return { optional: node.optional, mayBeEmpty: accepts(node.inner, []), description: node.description };
}

/**
 * The same data with every object's keys in the order the schema lists them (unknown keys
 * last, in their order), so a data file written from a workbook reads like a hand-written
 * one. Takes and returns plain JSON.
 */
export function inSchemaOrder(value: unknown, path: readonly Key[] = []): unknown {
  if (Array.isArray(value)) return value.map((v, i) => inSchemaOrder(v, [...path, i]));
  if (value === null || typeof value !== 'object') return value;
  const node = nodeAt(path);
  const def = node && defOf(node.inner);
  const known = def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
  const keys = Object.keys(value);
  const ordered = [...known.filter((k) => keys.includes(k)), ...keys.filter((k) => !known.includes(k))];
  return Object.fromEntries(ordered.map((k) => [k, inSchemaOrder((value as Record<string, unknown>)[k], [...path, k])]));
}

/**
 * A required object all of whose fields may be left out (changeReasons): left blank as a
 * whole, it is an empty object, not a missing one. Takes a path; returns whether it is one.
 */
export function isRequiredAllOptionalObject(path: readonly Key[]): boolean {
  const node = nodeAt(path);
  if (!node || node.optional) return false;
  const def = defOf(node.inner);
  return def.type === 'object' && Object.values(def.shape ?? {}).every((field) => unwrap(field).optional);
}

/**
 * Every leaf of the format as a path pattern: `[]` for an array element, `{}` for a fact
 * name, e.g. `projects[].indicators[].weight`, `facts{}`, `profile.duties[]`.
 */
export function leafPatterns(): string[] {
  const out: string[] = [];
  const walk = (schema: Schema, prefix: string) => {
    const { inner } = unwrap(schema);
    const def = defOf(inner);
    if (def.type === 'object') {
      for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, prefix ? `${prefix}.${key}` : key);
    } else if (def.type === 'array') walk(def.element!, `${prefix}[]`);
    else if (def.type === 'record') walk(def.valueType!, `${prefix}{}`);
    else out.push(prefix);
  };
  walk(unitYearSchema, '');
  return out;
}

/** Text placeholders tried in turn until the field's schema accepts one (free text, a date, a 功能分类 or 经济分类 code). */
function textCandidates(variant: 0 | 1, serial: number): string[] {
  const n = String(serial).padStart(3, '0');
  return [`x${variant}n${n}`, `20${90 + variant}-01-${String((serial % 28) + 1).padStart(2, '0')}`, `9${variant}9${n.slice(-4).padStart(4, '0')}`, `3${variant}${n.slice(-3)}`, `9${variant}${n.slice(-1)}`];
}

interface Making {
  variant: 0 | 1;
  next: () => number;
  /** A stand-in decides the data's shape (a code that places a 项 under a 类, an element of a list). */
  structural: boolean;
}

function placeholderOf(schema: Schema, making: Making): unknown {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  const { variant } = making;
  const serial = making.next();
  switch (def.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape ?? {})
          .filter(([, child]) => !unwrap(child).optional)
          .map(([key, child]) => [key, placeholderOf(child, making)]),
      );
    case 'array':
      if (accepts(inner, [])) return [];
      making.structural = true;
      return [placeholderOf(def.element!, making)];
    case 'record':
      return {};
    case 'string':
      if (kindOf(inner)?.kind === 'code') making.structural = true;
      return textCandidates(variant, serial).find((t) => accepts(inner, t)) ?? `x${variant}n${serial}`;
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      return values[variant % values.length];
    }
    case 'boolean':
      return variant === 0;
    default: {
      // Numbers (and a fact's number-or-text): the largest of a few round values the field accepts, distinct per variant.
      const candidates = variant === 0 ? [1_000_000 + serial, 2098, 11.11, 1] : [2_000_000 + serial, 2099, 22.22, 2];
      return candidates.find((v) => accepts(inner, v)) ?? candidates[candidates.length - 1];
    }
  }
}

/**
 * A value the format accepts at a path, to stand in for a field whose own value is missing or
 * refused, so that the rest of the data can still be checked (src/load/remains.ts). Two
 * variants give different values everywhere, so a check whose result depends on a stand-in
 * can be told by its differing. An object gets its required fields; a list is empty where it
 * may be. Takes the path, the variant and a counter (distinct codes per field); returns the
 * value and whether it decides the data's shape (a code, a list element: checks that group by
 * code would be misled alike by both variants), or undefined for a path the format does not have.
 */
export function placeholderAt(path: readonly Key[], variant: 0 | 1, next: () => number): { value: unknown; structural: boolean } | undefined {
  const node = nodeAt(path);
  if (!node) return undefined;
  const making: Making = { variant, next, structural: false };
  const value = placeholderOf(node.inner, making);
  return { value, structural: making.structural };
}
