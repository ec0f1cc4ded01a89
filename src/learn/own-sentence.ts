/**
 * A unit's own sentence for a slot, written from published sentences no variant of the
 * catalogue reproduces (issue 18, point 5): every figure they print is replaced by the field
 * that computes it ({{wan …}}, {{pct … "kind"}}, {{@root.year}}), each text the data gives by
 * its field, and each direction word by a choice on the direction, so that the sentence is
 * right for another year's data and never prints a figure of this document. Takes the
 * published text (canonical), the slot's occurrence (its printed and traced renderings, its
 * context and root, src/merge/slots.ts) and the unit's number conventions; returns the
 * template, or the figure that matches no computed value.
 *
 * Which field printed a figure is read off the traced rendering: the slot rendered again with
 * each figure replaced by a sentinel. The published figures are aligned with the printed ones
 * (same values, in order), and each takes the field of its sentinel. A figure the alignment
 * leaves open (a 0, which has no sentinel) takes a field of the same value nearest to its
 * neighbours' fields; none, and no sentence is written.
 */
import { canonical, NUMBER } from '../read/canonical.js';
import type { SlotOccurrence } from '../merge/slots.js';
import type { ResolvedNumbers } from '../schema/style.js';
import { renderedText } from './rendered-text.js';

type Kind = 'amount' | 'change' | 'share' | 'completion' | 'count' | 'year' | 'text';

interface Value {
  path: string;
  kind: Kind;
  printed: string;
}

// text: vocabulary (the pairs of direction words published documents use; the one a document used is kept)
const DIRECTION_PAIRS: readonly [string, string][] = [
  ['增长', '下降'],
  ['增加', '减少'],
  ['上升', '降低'],
];

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

function printedFixed(value: string, kind: Kind, numbers: ResolvedNumbers): string {
  if (/^-?0(\.0+)?$/.test(value)) return '0';
  if (kind === 'amount') return numbers.amount.zeros === 'keep' ? value : trimZeros(value);
  const convention = numbers[kind as 'change' | 'share' | 'completion'];
  return convention.zeros === 'keep' ? value : trimZeros(value);
}

function kindOfPath(path: string, value: unknown): Kind {
  const key = path.split('.').pop() ?? '';
  if (typeof value === 'number' || key === 'code' || key === 'shortCode') return 'count';
  if (key === 'percent') return 'change';
  if (key === 'rate') return 'completion';
  if (key === 'share' || key === 'shareOfExpenditure') return 'share';
  return 'amount';
}

function at(root: unknown, path: string): unknown {
  let v = root;
  for (const k of path.split('.')) v = v === null || typeof v !== 'object' ? undefined : (v as Record<string, unknown>)[k];
  return v;
}

/** The values a template at this context can name, with how each prints. */
function valueIndex(context: unknown, root: unknown, numbers: ResolvedNumbers): Value[] {
  const out: Value[] = [];
  const walk = (value: unknown, path: string[], depth: number): void => {
    if (depth > 6 || value === null || value === undefined) return;
    const p = path.join('.');
    if (typeof value === 'string') {
      const kind = kindOfPath(p, value);
      if (/^-?\d+(\.\d{1,2})?$/.test(value) && !/(^|\.)(key|asOf)$/.test(p))
        out.push({ path: p, kind, printed: kind === 'count' ? value : printedFixed(value, kind, numbers) });
      // Texts the unit wrote (a reason, a purpose, its name); not the pack's words nor the catalog's names.
      else if (value.length >= 8 && !/(^|\.)(glossary|wording|label|definition|title|key)(\.|$)/.test(p))
        out.push({ path: p, kind: 'text', printed: canonical(value) });
      return;
    }
    if (typeof value === 'number') return void out.push({ path: p, kind: 'count', printed: String(value) });
    if (typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, String(i)], depth + 1));
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === 'style' || k === 'wording' || k === 'charts' || k === 'publicTables') continue;
      walk(v, [...path, k], depth + 1);
    }
  };
  walk(context, [], 0);
  const r = root as { year?: number; priorYear?: number } | undefined;
  if (r?.year !== undefined) out.push({ path: '@root.year', kind: 'year', printed: String(r.year) });
  if (r?.priorYear !== undefined) out.push({ path: '@root.priorYear', kind: 'year', printed: String(r.priorYear) });
  return out;
}

const tokens = (text: string): { value: string; from: number; to: number }[] =>
  [...text.matchAll(NUMBER)].map((m) => ({ value: m[0].replace(/,/g, ''), from: m.index, to: m.index + m[0].length }));

/** Longest common subsequence of two sequences of figures: pairs (i in a, j in b). */
function align(a: readonly string[], b: readonly string[]): Map<number, number> {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs = new Map<number, number>();
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) pairs.set(i++, j++);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const commonPrefix = (a: string, b: string): number => {
  const x = a.split('.');
  const y = b.split('.');
  let k = 0;
  while (k < x.length && k < y.length && x[k] === y[k]) k++;
  return k;
};

export type OwnSentence = { ok: true; template: string } | { ok: false; reason: string };

export function ownSentence(published: string, occurrence: SlotOccurrence, numbers: ResolvedNumbers): OwnSentence {
  const { context, root } = occurrence;
  const index = valueIndex(context, root, numbers);
  // Which field printed each figure of the printed rendering (by its sentinel).
  const printed = tokens(renderedText(occurrence.printed));
  const traced = occurrence.traced ? tokens(renderedText(occurrence.traced.text)) : [];
  const printedPaths: (string | undefined)[] =
    traced.length === printed.length ? traced.map((t) => occurrence.traced!.sentinels[t.value]) : printed.map(() => undefined);
  const figures = tokens(published);
  const pairs = align(
    figures.map((f) => f.value),
    printed.map((p) => p.value),
  );

  type Piece = { from: number; to: number; replacement: string };
  const pieces: Piece[] = [];
  const free = (from: number, to: number) => pieces.every((p) => to <= p.from || from >= p.to);
  // Texts of the data first, longest first: a reason or a list the unit wrote.
  for (const t of index.filter((v) => v.kind === 'text').sort((a, b) => b.printed.length - a.printed.length)) {
    for (let i = published.indexOf(t.printed); i >= 0; i = published.indexOf(t.printed, i + t.printed.length)) {
      if (free(i, i + t.printed.length)) pieces.push({ from: i, to: i + t.printed.length, replacement: `{{${t.path}}}` });
    }
  }
  const paths: (string | undefined)[] = figures.map((f, i) => {
    if (!free(f.from, f.to)) return undefined;
    const j = pairs.get(i);
    const traced = j === undefined ? undefined : printedPaths[j];
    if (traced) return traced;
    const year = index.find((v) => v.kind === 'year' && v.printed === f.value);
    // text: vocabulary (a year is a figure followed by 年)
    return year && published.slice(f.to, f.to + 1) === '年' ? year.path : undefined;
  });
  // Figures the alignment left open: a field of that value nearest the neighbours' fields.
  for (const [i, f] of figures.entries()) {
    if (paths[i] !== undefined || !free(f.from, f.to)) continue;
    const neighbours = [...paths.slice(0, i).reverse(), ...paths.slice(i + 1)].filter(
      (p): p is string => p !== undefined && !p.startsWith('@'),
    );
    const candidates = index.filter((v) => v.kind !== 'text' && v.kind !== 'year' && v.printed.replace(/,/g, '') === f.value);
    const best = candidates
      .map((v) => ({ v, near: Math.max(0, ...neighbours.slice(0, 2).map((n) => commonPrefix(n, v.path))) }))
      .sort((a, b) => b.near - a.near)[0];
    if (!best || (best.near === 0 && candidates.length > 1)) return { ok: false, reason: f.value };
    paths[i] = best.v.path;
  }
  for (const [i, f] of figures.entries()) {
    const path = paths[i];
    if (path === undefined) continue;
    const kind = path.startsWith('@root.') ? 'year' : kindOfPath(path, at(context, path));
    const replacement =
      kind === 'amount'
        ? `{{wan ${path}}}`
        : kind === 'change' || kind === 'share' || kind === 'completion'
          ? `{{pct ${path} "${kind}"}}`
          : `{{${path}}}`;
    pieces.push({ from: f.from, to: f.to, replacement });
    // A direction word before a change names the direction of next year's change, not this one's.
    if (/\.(amount|percent)$/.test(path) && at(context, path.replace(/\.(amount|percent)$/, '.direction')) !== undefined) {
      const before = published.slice(0, f.from).replace(/(了|为)$/, '');
      const change = path.replace(/\.(amount|percent)$/, '');
      for (const [up, down] of DIRECTION_PAIRS) {
        const word = before.endsWith(up) ? up : before.endsWith(down) ? down : undefined;
        const from = before.length - (word?.length ?? 0);
        if (word && free(from, from + word.length)) {
          pieces.push({ from, to: from + word.length, replacement: `{{#if (eq ${change}.direction "up")}}${up}{{else}}${down}{{/if}}` });
        }
      }
    }
  }
  pieces.sort((a, b) => a.from - b.from);
  let template = '';
  let cursor = 0;
  for (const p of pieces) {
    template += published.slice(cursor, p.from).replace(/[{}]/g, '') + p.replacement;
    cursor = p.to;
  }
  template += published.slice(cursor).replace(/[{}]/g, '');
  return { ok: true, template };
}
