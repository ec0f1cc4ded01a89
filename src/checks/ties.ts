/**
 * The ties between figures (a total and its parts, a figure given twice), gathered from every
 * check and judged together, so that one mistake gives one error, on the figure that is wrong.
 *
 * A figure typed wrong breaks every tie it takes part in, each by its error; a tie it takes
 * no part in still holds. So when one figure would explain two or more broken ties at once
 * (each off by that figure's error, and every tie it takes part in broken) and no other
 * figure explains the same ties, the error is reported once, on that figure, with the value
 * it should have: a 本年收入合计 typed 10 too high breaks 本年收入合计 = Σ 各项收入 and
 * 收入总计 = 本年收入合计 + …, and the error names 本年收入合计, not the 收入总计 that is right.
 * Every other broken tie is reported as itself, on its total (a part typed wrong breaks one
 * tie only, and which part cannot be told). A bound (财政拨款支出 ≤ 本年支出合计) is judged
 * with the located errors corrected, so it does not repeat them.
 *
 * Takes ties and bounds (each figure with its JSON path and its words); `report` pushes the
 * findings into a CheckResult.
 */
import { dec, sum, toAmount, type Decimal } from '../compute/decimal.js';
import type { Finding } from '../schema/format-issues.js';
import { msg } from '../text/msg.js';

/** One figure of the data: where it is, what it is called, its value. */
export interface Term {
  path: string;
  label: string;
  value: number | Decimal;
}

export interface TieOptions {
  /** Broken with no figure to blame, is it an error (default) or a question for the reviewer? */
  severity?: 'error' | 'warning';
  /** Where a broken tie is reported (default: its total's path). */
  at?: string;
  /** The total's words in the message, when not one figure (a column's sum). */
  what?: string;
  /** The message of the broken tie (default: X为a万元，应等于…之和b万元（相差c万元）). */
  message?: (found: Decimal, expected: Decimal) => string;
}

interface Tie extends TieOptions {
  /** Σ left must equal Σ right: usually [total] and its parts. */
  left: Term[];
  right: Term[];
  partsLabel: string;
}

interface Bound {
  path: string;
  what: string;
  parts: Term[];
  whole: Term;
}

export interface FindingSink {
  errors: Finding[];
  warnings: Finding[];
}

const totalOf = (terms: readonly Term[], corrected: ReadonlyMap<string, Decimal>) =>
  sum(terms.map((t) => dec(t.value).minus(corrected.get(t.path) ?? 0)));

export class Ties {
  private readonly ties: Tie[] = [];
  private readonly bounds: Bound[] = [];

  /** total = Σ parts. */
  tie(total: Term, parts: readonly Term[], partsLabel: string, options: TieOptions = {}): void {
    this.ties.push({ left: [total], right: [...parts], partsLabel, ...options });
  }

  /** Σ left = Σ right, e.g. a column of the 附表 detail against the figure the prose states. */
  tieSums(left: readonly Term[], right: readonly Term[], partsLabel: string, options: TieOptions & { what: string; at: string }): void {
    this.ties.push({ left: [...left], right: [...right], partsLabel, ...options });
  }

  /** Σ parts ≤ whole (reported at `path` as "X为a万元，不能大于Y b万元"). */
  notAbove(path: string, what: string, parts: readonly Term[], whole: Term): void {
    this.bounds.push({ path, what, parts: [...parts], whole });
  }

  report({ errors, warnings }: FindingSink): void {
    const residual = new Map(this.ties.map((t) => [t, totalOf(t.left, new Map()).minus(totalOf(t.right, new Map()))]));
    const broken = this.ties.filter((t) => !residual.get(t)!.isZero());
    const coefficient = (t: Tie, path: string) =>
      t.left.filter((x) => x.path === path).length - t.right.filter((x) => x.path === path).length;

    // Each figure that alone would explain every broken tie it takes part in, with its error δ.
    const candidates: { term: Term; error: Decimal; explains: Set<Tie> }[] = [];
    const seen = new Set<string>();
    for (const t of broken) {
      for (const term of [...t.left, ...t.right]) {
        if (seen.has(term.path)) continue;
        seen.add(term.path);
        const involved = this.ties.filter((u) => coefficient(u, term.path) !== 0);
        const error = residual.get(t)!.div(coefficient(t, term.path));
        if (involved.every((u) => residual.get(u)!.equals(error.times(coefficient(u, term.path)))))
          candidates.push({ term, error, explains: new Set(involved) });
      }
    }
    const corrected = new Map<string, Decimal>();
    const pending = new Set(broken);
    const sameSet = (a: Set<Tie>, b: Set<Tie>) => a.size === b.size && [...a].every((t) => b.has(t));
    for (;;) {
      const open = candidates.filter((c) => c.explains.size >= 2 && [...c.explains].every((t) => pending.has(t)));
      const unique = open.filter((c) => open.filter((o) => sameSet(o.explains, c.explains)).length === 1);
      const size = Math.max(0, ...unique.map((c) => c.explains.size));
      const located = unique.find((c) => c.explains.size === size);
      if (!located) break;
      const { term, error, explains } = located;
      corrected.set(term.path, error);
      for (const t of explains) pending.delete(t);
      const finding = { path: term.path, message: this.locatedMessage(term, error, [...explains]) };
      if ([...explains].some((t) => (t.severity ?? 'error') === 'error')) errors.push(finding);
      else warnings.push(finding);
    }
    // Ties broken alike by any one of several figures (the 项 of one 类): one finding, on the closest total.
    for (;;) {
      const open = candidates.filter((c) => c.explains.size >= 2 && [...c.explains].every((t) => pending.has(t)));
      const size = Math.max(0, ...open.map((c) => c.explains.size));
      const first = open.find((c) => c.explains.size === size);
      if (!first) break;
      const alike = open.filter((c) => sameSet(c.explains, first.explains));
      const explained = [...first.explains].sort((a, b) => a.right.length - b.right.length);
      const closest = explained[0]!;
      for (const t of explained) pending.delete(t);
      const base = this.brokenFinding(closest, residual, false);
      const others = explained.slice(1).map((t) => (t.left.length === 1 ? t.left[0]!.label : (t.what ?? '')));
      const suspects =
        alike
          .slice(0, 3)
          .map((c) => c.term.label)
          .join(msg`、`) + (alike.length > 3 ? msg`等${alike.length}项` : '');
      const finding = {
        path: base.path,
        message: msg`${base.message}；${others.join(msg`、`)}也相差${toAmount(first.error.abs())}万元：应是${suspects}中的某一项有误，请核对`,
      };
      ((closest.severity ?? 'error') === 'error' ? errors : warnings).push(finding);
    }
    for (const t of broken)
      if (pending.has(t)) ((t.severity ?? 'error') === 'error' ? errors : warnings).push(this.brokenFinding(t, residual));
    for (const b of this.bounds) {
      const part = totalOf(b.parts, corrected);
      const whole = dec(b.whole.value).minus(corrected.get(b.whole.path) ?? 0);
      if (!part.greaterThan(whole)) continue;
      errors.push({
        path: b.path,
        message: msg`${b.what}为${toAmount(part)}万元，不能大于${b.whole.label}${toAmount(whole)}万元（超出${toAmount(part.minus(whole))}万元）`,
      });
    }
  }

  /** "X为a万元，应为b万元（相差c万元）：…之和为b万元，按Y倒算也是b万元". */
  private locatedMessage(term: Term, error: Decimal, explains: Tie[]): string {
    const should = dec(term.value).minus(error);
    const reasons = explains.map((t) => {
      if (t.left.length === 1 && t.left[0]!.path === term.path) return msg`${t.partsLabel}为${toAmount(should)}万元`;
      // Worked back from the other side of the tie.
      const onLeft = t.left.some((x) => x.path === term.path);
      const total = t.left.length === 1 ? t.left[0]! : undefined;
      const other = onLeft ? t.partsLabel : total ? msg`${total.label}${toAmount(total.value)}万元` : (t.what ?? '');
      return msg`按${other}倒算是${toAmount(should)}万元`;
    });
    return msg`${term.label}为${toAmount(term.value)}万元，应为${toAmount(should)}万元（相差${toAmount(error.abs())}万元）：${reasons.join('，')}`;
  }

  private brokenFinding(t: Tie, residual: ReadonlyMap<Tie, Decimal>, withHint = true): Finding {
    const found = totalOf(t.left, new Map());
    const expected = totalOf(t.right, new Map());
    const total = t.left.length === 1 ? t.left[0]! : undefined;
    const path = t.at ?? total?.path ?? '$';
    if (t.message) return { path, message: t.message(found, expected) };
    const what = t.what ?? total?.label ?? '';
    // A total that agrees with a higher total: the difference is among its parts.
    const agreeing =
      total && this.ties.find((u) => u !== t && residual.get(u)!.isZero() && [...u.left, ...u.right].some((x) => x.path === total.path));
    const higher = agreeing && agreeing.left.length === 1 && agreeing.left[0]!.path !== total.path ? agreeing.left[0]! : undefined;
    const hint = withHint && higher ? msg`；${what}与${higher.label}相符，请先核对各项` : '';
    return {
      path,
      message: msg`${what}为${toAmount(found)}万元，应等于${t.partsLabel}${toAmount(expected)}万元（相差${toAmount(found.minus(expected).abs())}万元）${hint}`,
    };
  }
}
