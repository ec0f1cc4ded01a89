/**
 * Turns zod issues into Chinese messages with a JSON path, e.g.
 * `$.accounts.income.total`：`金额最多保留两位小数（万元）（实际值：1.234）`.
 * Takes the issues and the parsed input (to quote the value found); returns Finding[].
 * Also installs the Chinese wording of zod's own issues (missing field, wrong type, too
 * few items, not one of the allowed values), used where a schema does not word its own.
 */
import { z } from 'zod';
import { msg } from '../text/msg.js';

/** One problem (or note) about the data: its JSON path and a Chinese message. */
export interface Finding {
  /** JSON path such as $.projects[2].indicators[0].weight; for a workbook, the sheet and cell (三公明细!C31). */
  path: string;
  message: string;
  /** For a workbook: the JSON path of the field at that cell (for --json output and JSON users; the message speaks of the cell). */
  field?: string;
}

const EXPECTED_ZH: Readonly<Record<string, string>> = {
  string: msg`文字（字符串）`,
  number: msg`数字`,
  int: msg`整数`,
  boolean: msg`布尔值（true 或 false）`,
  object: msg`对象（{…}）`,
  array: msg`数组（[…]）`,
  null: 'null',
  record: msg`对象（{…}）`,
  literal: msg`固定值`,
};

/** The JSON type of a value found, in Chinese, for "应为X，实际为Y". */
function typeNameZh(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return msg`数组`;
  if (typeof value === 'string') return msg`文字（字符串）`;
  if (typeof value === 'boolean') return msg`布尔值`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return msg`超出范围的数字`;
    return Number.isInteger(value) ? msg`数字` : msg`小数`;
  }
  if (typeof value === 'object') return msg`对象`;
  return typeof value;
}

function describedAs(issue: z.core.$ZodRawIssue): string {
  const schema = issue.inst as z.core.$ZodType | undefined;
  const description = schema ? z.globalRegistry.get(schema)?.description : undefined;
  return description ? msg`（${description}）` : '';
}

/** Chinese wording of zod's issues; a schema's own `error` still takes precedence. */
function chineseError(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return msg`缺少必填字段${describedAs(issue)}`;
      return msg`应为${EXPECTED_ZH[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'array') return msg`至少应有${String(issue.minimum)}项`;
      if (issue.origin === 'string') return msg`至少应有${String(issue.minimum)}个字`;
      return msg`不能小于${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return msg`最多${String(issue.maximum)}项`;
      if (issue.origin === 'string') return msg`最多${String(issue.maximum)}个字`;
      return msg`不能大于${String(issue.maximum)}`;
    case 'invalid_value':
      return msg`应为以下之一：${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
    case 'invalid_format':
      return msg`格式不正确`;
    case 'invalid_key':
      return msg`字段名无效`;
    default:
      return undefined;
  }
}

let localeInstalled = false;

export function installChineseLocale(): void {
  if (localeInstalled) return;
  const zhCN = z.locales.zhCN().localeError;
  z.config({ localeError: (issue) => chineseError(issue) ?? zhCN(issue) });
  localeInstalled = true;
}

/**
 * For a primitive's own type message: a missing field falls through (undefined) to the
 * locale's 缺少必填字段 with the field's description; any other wrong type gets `message`.
 */
export function typeError(message: string): (issue: z.core.$ZodRawIssue) => string | undefined {
  return (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? undefined : message);
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${acc}.${name}` : `${acc}[${JSON.stringify(name)}]`;
  }, '$');
}

/** The keys of a JSON path as jsonPath writes it ($.a.b[0]["c d"]); `[*]` is kept as the key "*". */
export function parseJsonPath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\[\*\]/g)) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else if (m[3] !== undefined) keys.push(JSON.parse(m[3]) as string);
    else keys.push('*');
  }
  return keys;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  return node;
}

function quote(value: unknown): string {
  // Note: JSON.stringify writes NaN and ±Infinity as "null"; a reader must see what was there.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const s = JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Of a union's options, the issues of those whose type matched the input (e.g. the text rules for a string). */
function matchingOption(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue[] | undefined {
  const typed = issue.errors.filter((option) => option.length > 0 && !option.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  return typed.length === 1 ? typed[0] : undefined;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  element?: { _zod: { def: SchemaDef } };
  innerType?: { _zod: { def: SchemaDef } };
  in?: { _zod: { def: SchemaDef } };
  valueType?: { _zod: { def: SchemaDef } };
}

/** The fields an object of the schema may have at a JSON path (for "未知字段" messages). */
function fieldsAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string[] | undefined {
  let def: SchemaDef | undefined = schema?._zod.def;
  const unwrap = () => {
    while (def && (def.innerType || def.in)) def = (def.innerType ?? def.in)!._zod.def;
  };
  unwrap();
  for (const key of path) {
    if (!def) return undefined;
    if (def.type === 'object' && typeof key === 'string') def = def.shape?.[key]?._zod.def;
    else if (def.type === 'array') def = def.element?._zod.def;
    else if (def.type === 'record') def = def.valueType?._zod.def;
    else return undefined;
    unwrap();
  }
  return def?.type === 'object' && def.shape ? Object.keys(def.shape).filter((k) => !k.startsWith('$')) : undefined;
}

/**
 * Takes zod's issues, the parsed input (to quote what was found) and, optionally, the
 * schema (to list the valid fields of an object with an unknown one); returns Finding[].
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown, base: readonly PropertyKey[] = [], schema?: z.ZodType): Finding[] {
  const errors: Finding[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      // One message per unknown key, with the key in the path: easier to find and fix.
      const valid = fieldsAt(schema, path);
      const hint = valid ? msg`；此处可用的字段：${valid.join('、')}` : '';
      for (const key of issue.keys) {
        errors.push({ path: jsonPath([...path, key]), message: msg`未知字段（可能是拼写错误），格式中没有这个字段${hint}` });
      }
      continue;
    }
    if (issue.code === 'invalid_union') {
      const option = matchingOption(issue);
      if (option) {
        errors.push(...formatIssues(option, input, path, schema));
        continue;
      }
      const expected = issue.errors.flatMap((o) => o.filter((i) => i.code === 'invalid_type' && i.path.length === 0).map((i) => EXPECTED_ZH[(i as z.core.$ZodIssueInvalidType).expected] ?? ''));
      const found = valueAt(input, path);
      if (expected.length > 0 && found !== undefined) {
        errors.push({ path: jsonPath(path), message: msg`应为${expected.join('或')}，实际为${typeNameZh(found)}（实际值：${quote(found)}）` });
        continue;
      }
    }
    if (issue.code === 'invalid_key' && issue.issues.length > 0) {
      const key = path[path.length - 1];
      for (const inner of issue.issues) errors.push({ path: jsonPath(path), message: msg`字段名 ${JSON.stringify(key)} 无效：${inner.message}` });
      continue;
    }
    const found = valueAt(input, path);
    if (found === undefined) {
      // Note: a schema's own type message ("应为段落数组") would hide that the field is missing.
      const missing = issue.code === 'invalid_type' && !issue.message.startsWith(msg`缺少必填字段`);
      errors.push({ path: jsonPath(path), message: missing ? msg`缺少必填字段` : issue.message });
      continue;
    }
    const actualType = issue.code === 'invalid_type' ? msg`，实际为${typeNameZh(found)}` : '';
    errors.push({ path: jsonPath(path), message: msg`${issue.message}${actualType}（实际值：${quote(found)}）` });
  }
  return errors;
}
