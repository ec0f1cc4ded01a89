/**
 * Handlebars helpers. They only format values that compute already worked out (no
 * arithmetic here, so a figure can never be rounded two ways), look words up in the pack,
 * and throw on undefined, NaN or a wrong argument, naming the helper and the template line
 * (Handlebars' strict mode does not check values passed to helpers).
 *
 * The document's root view carries `options` (the resolved wording options) and
 * `wording` (the pack's wording.json with `level` narrowed to the unit's level); helpers
 * read them from `options.data.root`.
 */
import type { HelperDelegate, HelperOptions } from 'handlebars';
import { narrative } from '../compute/decimal.js';
import type { WordingOptions } from '../schema/wording-options.js';
import { msg } from '../text/msg.js';

interface Location {
  start: { line: number; column: number };
}

/** Thrown by a helper; carries the template position so the error can name it. */
export class HelperError extends Error {
  readonly lineNumber: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, options: unknown) {
    super(message);
    const loc = (options as { loc?: Location } | undefined)?.loc;
    this.lineNumber = loc?.start.line;
    this.column = loc?.start.column;
  }
}

/** Handlebars passes its options object last; every helper takes it off the arguments. */
function split(args: unknown[]): { values: unknown[]; options: HelperOptions } {
  return { values: args.slice(0, -1), options: args[args.length - 1] as HelperOptions };
}

interface RootView {
  options?: WordingOptions;
  wording?: Record<string, unknown>;
}

function root(options: HelperOptions): RootView {
  return (options.data as { root?: RootView } | undefined)?.root ?? {};
}

function required(name: string, value: unknown, options: HelperOptions): unknown {
  if (value === undefined || value === null || (typeof value === 'number' && Number.isNaN(value))) {
    throw new HelperError(msg`助手 ${name} 收到空值（${String(value)}）：请先用 {{#if …}} 判断该值是否存在`, options);
  }
  return value;
}

const FIXED = /^-?\d+\.\d{2}$/;

function fixed(name: string, value: unknown, options: HelperOptions): string {
  const s = String(required(name, value, options));
  if (!FIXED.test(s)) throw new HelperError(msg`助手 ${name} 需要两位小数的定点数，收到“${s}”`, options);
  return s;
}

/** Narrative form under the proseDecimals option: trailing zeros dropped, or two decimals kept. */
function prose(name: string, value: unknown, options: HelperOptions): string {
  const s = fixed(name, value, options);
  return root(options).options?.proseDecimals === 'two' ? s : narrative(s);
}

function lookupPath(source: unknown, path: string): unknown {
  let current = source;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export const formatHelpers: Record<string, HelperDelegate> = {
  /** Narrative amount in 万元: 5.1, 62.4, 0 (or 5.10 with proseDecimals "two"). */
  wan: (...args: unknown[]) => {
    const { values, options } = split(args);
    return prose('wan', values[0], options);
  },
  /** Narrative percentage without the % sign: 84.43, 100, 0 (or 100.00 with proseDecimals "two"). */
  pct: (...args: unknown[]) => {
    const { values, options } = split(args);
    return prose('pct', values[0], options);
  },
  /** Table amount: two decimals kept (3.00). */
  money: (...args: unknown[]) => {
    const { values, options } = split(args);
    return fixed('money', values[0], options);
  },
  /** Table percentage with the sign, or a dash when there is none (zero denominator). */
  pctCell: (...args: unknown[]) => {
    const { values, options } = split(args);
    return values[0] === null ? '—' : `${fixed('pctCell', values[0], options)}%`;
  },
  /** A wording option's value, or the template's own word when the option is not set: {{opt "yearWord" "年度"}}. */
  opt: (...args: unknown[]) => {
    const { values, options } = split(args);
    const [name, fallback] = values;
    if (typeof name !== 'string' || typeof fallback !== 'string')
      throw new HelperError(msg`助手 opt 的用法：{{opt "选项名" "默认用词"}}`, options);
    const value = (root(options).options as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'string' ? value : fallback;
  },
  /** A word of the pack's wording.json by its path: {{term "income" key}} → wording.income[key]. */
  term: (...args: unknown[]) => {
    const { values, options } = split(args);
    if (values.length === 0 || !values.every((v) => typeof v === 'string'))
      throw new HelperError(msg`助手 term 的用法：{{term "路径" …}}，各段均为文字`, options);
    const path = values.join('.');
    const word = lookupPath(root(options).wording, path);
    if (typeof word !== 'string') throw new HelperError(msg`模板包的 wording.json 中没有文字“${path}”`, options);
    return word;
  },
  /** Appends a suffix unless the text already ends with it: 案件代理 → 案件代理经费, 办公经费 stays. */
  suffix: (...args: unknown[]) => {
    const { values, options } = split(args);
    const [value, ending] = values;
    if (typeof value !== 'string' || typeof ending !== 'string')
      throw new HelperError(msg`助手 suffix 的用法：{{suffix 文字 "后缀"}}`, options);
    return value.endsWith(ending) ? value : value + ending;
  },
  /** Whether a fixed-point figure (Amount, Percent) is not zero: {{#if (nonzero x)}}. */
  nonzero: (...args: unknown[]) => {
    const { values, options } = split(args);
    return !/^-?0\.00$/.test(fixed('nonzero', values[0], options));
  },
  eq: (...args: unknown[]) => {
    const { values } = split(args);
    return values[0] === values[1];
  },
  and: (...args: unknown[]) => split(args).values.every(Boolean),
  or: (...args: unknown[]) => split(args).values.some(Boolean),
  not: (...args: unknown[]) => !split(args).values[0],
  /** Joins a list of strings with a separator (、 by default). */
  join: (...args: unknown[]) => {
    const { values, options } = split(args);
    const [list, separator] = values;
    if (!Array.isArray(list)) throw new HelperError(msg`助手 join 需要数组`, options);
    return list.map(String).join(typeof separator === 'string' ? separator : msg`、`);
  },
};
