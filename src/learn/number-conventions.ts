/**
 * The number conventions a published document used, found by comparing its printed figures with
 * the figures computed from the unit's data under each candidate convention. Takes the
 * published text and `viewUnder` (the 决算说明's view under given conventions, from the
 * pipeline); returns the conventions that reproduce the most printed figures (the default where
 * several do equally), and the printed percentages that no candidate reproduces.
 *
 * Per kind of percentage (change, share, completion) the candidates are 0, 1 or 2 decimals,
 * half up or truncated, and for shares the three share policies; trailing zeros and the
 * thousands separator are read off the printed strings themselves.
 */
import type { FinalAccountsView } from '../compute/final-accounts-view.js';
import { DEFAULT_NUMBERS, PERCENT_KINDS, type PercentKind, type ResolvedNumbers } from '../schema/style.js';
import { SHARE_POLICIES } from '../schema/share-policy.js';
import type { PublishedText } from './published.js';

/** Where a printed percentage's kind shows in its sentence. */
const PRINTED: Readonly<Record<PercentKind, RegExp>> = {
  share: /占(?:[^，。；：\d%]{0,16}?的)?(\d+(?:\.\d+)?)%/g,
  completion: /完成(?:年初)?预算(?:的)?(\d+(?:\.\d+)?)%/g,
  change: /(?:增长|下降|增加|减少|上升|降低|增幅|降幅)(?:了|为)?(\d+(?:\.\d+)?)%/g,
};

export interface LearnedNumbers {
  numbers: ResolvedNumbers;
  /** Printed percentages no candidate convention reproduces (an arithmetic slip, or a figure the data does not hold). */
  unmatched: { kind: PercentKind; printed: string; sentence: string }[];
}

function printedPercents(text: PublishedText): Record<PercentKind, { printed: string; sentence: string }[]> {
  const out: Record<PercentKind, { printed: string; sentence: string }[]> = { change: [], share: [], completion: [] };
  for (const s of text.sentences) {
    for (const kind of PERCENT_KINDS) {
      for (const m of s.text.matchAll(PRINTED[kind])) {
        // Note: "完成预算0%" is how some units word a budget of 0 (a choice, zeroBudget), not a computed rate.
        if (kind === 'completion' && Number(m[1]) === 0) continue;
        out[kind].push({ printed: m[1]!, sentence: s.text });
      }
    }
  }
  return out;
}

/** The percentages of each kind a view holds (Change.percent, Completion.rate, shares). */
export function viewPercents(view: FinalAccountsView): Record<PercentKind, string[]> {
  const out: Record<PercentKind, string[]> = { change: [], share: [], completion: [] };
  const walk = (value: unknown, key: string): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => walk(v, key));
    const o = value as Record<string, unknown>;
    if ('direction' in o && 'percent' in o && typeof o.percent === 'string') out.change.push(o.percent);
    if ('comparison' in o && 'rate' in o && typeof o.rate === 'string') out.completion.push(o.rate);
    for (const [k, v] of Object.entries(o)) {
      if ((k === 'share' || k === 'shareOfExpenditure') && typeof v === 'string') out.share.push(v);
      else walk(v, k);
    }
  };
  walk(view, '');
  return out;
}

const sameNumber = (a: string, b: string): boolean => Number(a) === Number(b);

function score(printed: readonly { printed: string }[], computed: readonly string[]): number {
  const pool = [...computed];
  let n = 0;
  for (const { printed: p } of printed) {
    const i = pool.findIndex((v) => sameNumber(v, p));
    if (i >= 0) {
      pool.splice(i, 1);
      n += 1;
    }
  }
  return n;
}

export function learnNumbers(text: PublishedText, viewUnder: (numbers: ResolvedNumbers) => FinalAccountsView): LearnedNumbers {
  const printed = printedPercents(text);
  const numbers = structuredClone(DEFAULT_NUMBERS);
  const all = text.sentences.map((s) => s.text).join('');
  // Trailing zeros and thousands: read off the printed strings.
  if (/\d,\d{3}/.test(all)) numbers.amount.separator = 'comma';
  if (/\d+\.(\d0|0)万元/.test(all.replace(/(?<![\d.])0\.0+万元/g, ''))) numbers.amount.zeros = 'keep';
  for (const kind of PERCENT_KINDS) {
    if (printed[kind].some((p) => /\.\d*0$/.test(p.printed))) numbers[kind].zeros = 'keep';
  }
  const unmatched: LearnedNumbers['unmatched'] = [];
  for (const kind of PERCENT_KINDS) {
    if (printed[kind].length === 0) continue;
    const policies = kind === 'share' ? SHARE_POLICIES : [undefined];
    let best = { score: -1, decimals: numbers[kind].decimals, rounding: numbers[kind].rounding, policy: numbers.share.policy };
    // The default first: a tie keeps it.
    for (const decimals of [2, 1, 0] as const) {
      for (const rounding of ['half-up', 'truncate'] as const) {
        for (const policy of policies) {
          const trial = structuredClone(numbers);
          Object.assign(trial[kind], { decimals, rounding });
          if (policy !== undefined) trial.share.policy = policy;
          const s = score(printed[kind], viewPercents(viewUnder(trial))[kind]);
          if (s > best.score) best = { score: s, decimals, rounding, policy: policy ?? numbers.share.policy };
        }
      }
    }
    Object.assign(numbers[kind], { decimals: best.decimals, rounding: best.rounding });
    if (kind === 'share') numbers.share.policy = best.policy;
    const computed = viewPercents(viewUnder(numbers))[kind];
    const pool = [...computed];
    for (const p of printed[kind]) {
      const i = pool.findIndex((v) => sameNumber(v, p.printed));
      if (i >= 0) pool.splice(i, 1);
      else unmatched.push({ kind, ...p });
    }
  }
  return { numbers, unmatched };
}
