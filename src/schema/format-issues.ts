/**
 * Turns zod issues into Chinese messages with a JSON path, e.g.
 * `$.accounts.income.total: 金额最多保留两位小数（万元）（实际值：1.234）`.
 * Takes the issues and the parsed input (to quote the value found); returns DataError[].
 */
import { z } from 'zod';

export interface DataError {
  /** JSON path such as $.projects[2].indicators[0].weight */
  path: string;
  message: string;
}

let localeInstalled = false;

/** Zod's own zh-CN messages for the issues our refinements do not word themselves. */
export function installChineseLocale(): void {
  if (localeInstalled) return;
  z.config(z.locales.zhCN());
  localeInstalled = true;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${acc}.${name}` : `${acc}[${JSON.stringify(name)}]`;
  }, '$');
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
  if (value === undefined) return '缺失';
  const s = JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown): DataError[] {
  const errors: DataError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      // One message per unknown key, with the key in the path: easier to find and fix.
      for (const key of issue.keys) {
        errors.push({ path: jsonPath([...issue.path, key]), message: '未知字段（可能是拼写错误），格式中没有这个字段' });
      }
      continue;
    }
    const found = valueAt(input, issue.path);
    const message = found === undefined && issue.code === 'invalid_type' ? '缺少必填字段' : issue.message;
    errors.push({ path: jsonPath(issue.path), message: `${message}（实际值：${quote(found)}）` });
  }
  return errors;
}
