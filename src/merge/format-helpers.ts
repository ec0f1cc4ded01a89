/**
 * Handlebars helpers. They only format values that compute already worked out (no
 * arithmetic here, so a figure can never be rounded two ways), look words up in the pack,
 * and throw on undefined, NaN or a wrong argument, naming the helper and the template line
 * (Handlebars' strict mode does not check values passed to helpers).
 *
 * The document's root view carries `style` (the unit's resolved style: its choices and number
 * conventions, src/merge/style.ts) and `wording` (the pack's wording.json with `level`
 * narrowed to the unit's level); helpers read them from `options.data.root`. The slot helpers
 * (`slot`, `pick`) are in src/merge/slots.ts.
 */
import type { HelperDelegate, HelperOptions } from 'handlebars';
import { narrative } from '../compute/decimal.js';
import { DEFAULT_NUMBERS, PERCENT_KINDS, type PercentKind } from '../schema/style.js';
import { msg } from '../text/msg.js';
import type { ResolvedStyle } from './style.js';

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
  style?: ResolvedStyle;
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
/** Sentence punctuation (full- and half-width) and spaces a data text may end with. */
const TRAILING_PUNCTUATION = /[\s。；，、：.;,:]+$/u;
/** A score as compute gives it (Points): at most two decimals, trailing zeros dropped. */
const POINTS = /^\d+(?:\.(\d{1,2}))?$/;
/** A prose percentage has the decimals of the unit's convention (0, 1 or 2). */
const PROSE_FIXED = /^-?\d+(\.\d{1,2})?$/;

function fixed(name: string, value: unknown, options: HelperOptions): string {
  const s = String(required(name, value, options));
  if (!FIXED.test(s)) throw new HelperError(msg`助手 ${name} 需要两位小数的定点数，收到“${s}”`, options);
  return s;
}

/** 1234567.8 → 1,234,567.8 */
function withThousands(s: string): string {
  const [whole, fraction] = s.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Zero in prose is 0, whatever the decimals: "0万元", "占0%", never "0.00万元". */
const ZERO = /^-?0(\.0+)?$/;

/** Prose form of an amount under the unit's convention: trailing zeros dropped or kept, thousands marked or not. */
function proseAmount(value: unknown, options: HelperOptions): string {
  const s = fixed('wan', value, options);
  if (ZERO.test(s)) return '0';
  const convention = root(options).style?.numbers.amount ?? DEFAULT_NUMBERS.amount;
  const trimmed = convention.zeros === 'keep' ? s : narrative(s);
  return convention.separator === 'comma' ? withThousands(trimmed) : trimmed;
}

/** Prose form of a percentage of a kind: its decimals were cut by compute; here only the trailing zeros. */
function prosePercent(value: unknown, kind: unknown, options: HelperOptions): string {
  if (typeof kind !== 'string' || !(PERCENT_KINDS as readonly string[]).includes(kind)) {
    throw new HelperError(msg`助手 pct 的用法：{{pct 数值 "种类"}}，种类为 ${PERCENT_KINDS.join('、')} 之一`, options);
  }
  const s = String(required('pct', value, options));
  if (!PROSE_FIXED.test(s)) throw new HelperError(msg`助手 pct 需要定点数，收到“${s}”`, options);
  if (ZERO.test(s)) return '0';
  const convention = root(options).style?.numbers[kind as PercentKind] ?? DEFAULT_NUMBERS[kind as PercentKind];
  return convention.zeros === 'keep' ? s : narrative(s);
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
  /** Narrative amount in 万元 under the unit's convention: 5.1, 62.4, 0 (or 5.10, 1,234.56). */
  wan: (...args: unknown[]) => {
    const { values, options } = split(args);
    return proseAmount(values[0], options);
  },
  /** Narrative percentage of a kind (change, share, completion), without the % sign: 84.43, 100, 0 (or 100.00). */
  pct: (...args: unknown[]) => {
    const { values, options } = split(args);
    return prosePercent(values[0], values[1], options);
  },
  /** Table amount: two decimals kept (3.00). */
  money: (...args: unknown[]) => {
    const { values, options } = split(args);
    return fixed('money', values[0], options);
  },
  /**
   * A score (Points: "27.9") with the decimals its table prints every score with (compute's
   * commonDecimals): {{points selfScore ../scoreDecimals}} → 27.90. Only zeros are added.
   */
  points: (...args: unknown[]) => {
    const { values, options } = split(args);
    const s = String(required('points', values[0], options));
    const decimals = values[1];
    const fraction = POINTS.exec(s)?.[1] ?? '';
    if (!POINTS.test(s) || typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < fraction.length || decimals > 2)
      throw new HelperError(
        msg`助手 points 的用法：{{points 分值 小数位数}}，小数位数不少于分值的小数位数、不多于2，收到“${s}”和“${String(decimals)}”`,
        options,
      );
    return decimals === 0 ? s : `${s.split('.')[0]}.${fraction.padEnd(decimals, '0')}`;
  },
  /** Table percentage with the sign, or a dash when there is none (zero denominator). */
  pctCell: (...args: unknown[]) => {
    const { values, options } = split(args);
    return values[0] === null ? '—' : `${fixed('pctCell', values[0], options)}%`;
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
  /**
   * A text of the data placed before the template's own punctuation, without the sentence
   * punctuation it may end with: "…开支。" + "。" would print "。。".
   */
  clause: (...args: unknown[]) => {
    const { values, options } = split(args);
    const text = required('clause', values[0], options);
    if (typeof text !== 'string') throw new HelperError(msg`助手 clause 需要文字`, options);
    return text.replace(TRAILING_PUNCTUATION, '');
  },
  /**
   * Whether a text of the data says something: not empty, and not one of the pack's words for
   * "nothing" (wording.json `nothing`: 无, 暂无 …), so that "主要用于无等" is never printed.
   */
  stated: (...args: unknown[]) => {
    const { values, options } = split(args);
    const text = values[0];
    if (text === undefined || text === null) return false;
    if (typeof text !== 'string') throw new HelperError(msg`助手 stated 需要文字`, options);
    const nothing = root(options).wording?.nothing;
    const bare = text.replace(TRAILING_PUNCTUATION, '').trim();
    return bare.length > 0 && !(Array.isArray(nothing) && nothing.includes(bare));
  },
  /** A text without an ending it may have: {{withoutEnding class.name "支出"}} → 社会保障和就业. */
  withoutEnding: (...args: unknown[]) => {
    const { values, options } = split(args);
    const [text, ending] = values;
    if (typeof text !== 'string' || typeof ending !== 'string')
      throw new HelperError(msg`助手 withoutEnding 的用法：{{withoutEnding 文字 "结尾"}}`, options);
    return text.endsWith(ending) && text.length > ending.length ? text.slice(0, -ending.length) : text;
  },
  /** Whether a text ends with another: {{#unless (endsWith x "等")}}等{{/unless}}. */
  endsWith: (...args: unknown[]) => {
    const { values, options } = split(args);
    const [text, ending] = values;
    if (typeof text !== 'string' || typeof ending !== 'string')
      throw new HelperError(msg`助手 endsWith 的用法：{{endsWith 文字 "结尾"}}`, options);
    return text.endsWith(ending);
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
  /** Whether a list has more than one element: {{#if (several names)}}等{{/if}}. */
  several: (...args: unknown[]) => {
    const { values, options } = split(args);
    if (!Array.isArray(values[0])) throw new HelperError(msg`助手 several 需要数组`, options);
    return values[0].length > 1;
  },
  /** Joins a list of strings with a separator (、 by default). */
  join: (...args: unknown[]) => {
    const { values, options } = split(args);
    const [list, separator] = values;
    if (!Array.isArray(list)) throw new HelperError(msg`助手 join 需要数组`, options);
    return list.map(String).join(typeof separator === 'string' ? separator : msg`、`);
  },
};
