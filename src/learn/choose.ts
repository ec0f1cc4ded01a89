/**
 * Which alternative of each choice reproduces a published document, slot by slot. Takes the
 * slots' recorded renderings (every combination of their choices, src/merge/slots.ts) and the
 * published sentences; returns, per slot, the combination whose sentences the document holds
 * most often (compared by wording, numbers masked, so a document of another year teaches its
 * wording too), preferring what the document already prints on a tie, and then as few entries
 * of style as say it: a choice that every slot with evidence takes alike becomes one entry for
 * the whole document.
 */
import type { SlotCatalogue } from '../schema/slot-catalogue.js';
import type { Style } from '../schema/style.js';
import { masked, sentences } from '../read/canonical.js';
import { renderedText } from './rendered-text.js';

export { renderedText };
import type { SlotOccurrence } from '../merge/slots.js';
import type { Choices } from '../merge/style.js';
import type { PublishedText } from './published.js';

export interface SlotDecision {
  slot: string;
  /** The combination that reproduces the published sentences best (the printed one when none does better). */
  best: Choices;
  /** The alternatives of `best` that differ from what the document prints without a style. */
  choices: Choices;
  /** Whether any published sentence is among the slot's renderings at all. */
  evidence: boolean;
  /** The choices the published sentences decide: another alternative of each would reproduce fewer of them. */
  decided: string[];
  /** How many published sentences the chosen combination reproduces, and the printed one. */
  matched: number;
  printedMatched: number;
}

const key = (choices: Choices, names: readonly string[]): string => names.map((n) => `${n}=${choices[n] ?? ''}`).join('\u0000');

/** The published wordings with how often each occurs. */
function wordingCounts(text: PublishedText): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of text.sentences) counts.set(s.wording, (counts.get(s.wording) ?? 0) + 1);
  return counts;
}

function hits(html: string, counts: ReadonlyMap<string, number>): number {
  return sentences(renderedText(html)).filter((s) => counts.has(masked(s))).length;
}

function combinations(catalogue: SlotCatalogue, names: readonly string[], limit: number): Choices[] {
  let result: Record<string, string>[] = [{}];
  for (const name of names) {
    const alternatives = Object.keys(catalogue.choices[name]?.alternatives ?? {});
    if (alternatives.length === 0 || result.length * alternatives.length > limit) continue;
    result = result.flatMap((c) => alternatives.map((a) => ({ ...c, [name]: a })));
  }
  return result;
}

/** Per slot: the combination of alternatives that reproduces the most published sentences. */
export function decideSlots(occurrences: readonly SlotOccurrence[], text: PublishedText, catalogue: SlotCatalogue): SlotDecision[] {
  const counts = wordingCounts(text);
  const bySlot = new Map<string, SlotOccurrence[]>();
  for (const o of occurrences) bySlot.set(o.slot, [...(bySlot.get(o.slot) ?? []), o]);
  const decisions: SlotDecision[] = [];
  for (const [slot, list] of bySlot) {
    const names = [...new Set(list.flatMap((o) => o.renderings.flatMap((r) => Object.keys(r.choices))))].sort();
    if (names.length === 0) continue;
    const scoreOf = new Map<string, number>();
    for (const o of list) {
      const own = [...new Set(o.renderings.flatMap((r) => Object.keys(r.choices)))].sort();
      const byKey = new Map(o.renderings.map((r) => [key(r.choices, own), hits(r.text, counts)]));
      for (const combo of combinations(catalogue, names, 4096)) {
        const k = key(combo, names);
        scoreOf.set(k, (scoreOf.get(k) ?? 0) + (byKey.get(key(combo, own)) ?? 0));
      }
    }
    const printedCombo: Choices = Object.assign({}, ...list.map((o) => o.taken)) as Choices;
    const printedMatched = list.reduce((n, o) => n + hits(o.printed, counts), 0);
    let best: { combo: Choices; score: number; changes: number } | undefined;
    for (const combo of combinations(catalogue, names, 4096)) {
      const score = scoreOf.get(key(combo, names)) ?? 0;
      const changes = names.filter((n) => printedCombo[n] !== undefined && combo[n] !== printedCombo[n]).length;
      if (!best || score > best.score || (score === best.score && changes < best.changes)) best = { combo, score, changes };
    }
    const winner = !best || best.score <= printedMatched ? { combo: { ...best?.combo, ...printedCombo }, score: printedMatched } : best;
    const decided = names.filter((n) =>
      Object.keys(catalogue.choices[n]?.alternatives ?? {}).some(
        (a) => a !== winner.combo[n] && (scoreOf.get(key({ ...winner.combo, [n]: a }, names)) ?? 0) < winner.score,
      ),
    );
    const changed = winner === best ? Object.fromEntries(Object.entries(best.combo).filter(([n, a]) => printedCombo[n] !== a)) : {};
    decisions.push({
      slot,
      best: winner.combo,
      choices: changed,
      evidence: winner.score > 0,
      decided,
      matched: winner.score,
      printedMatched,
    });
  }
  return decisions;
}

/**
 * The decisions as a style's choices. A choice that every slot with evidence takes alike, in
 * two slots or more, where at least one of them had to change it, becomes one entry for the
 * whole document (a unit that writes 年 in every sentence seen writes it in the others too);
 * otherwise each slot that had to change keeps its own entry.
 */
export function styleChoices(decisions: readonly SlotDecision[]): NonNullable<Style['choices']> {
  const out: NonNullable<Style['choices']> = [];
  const names = [...new Set(decisions.flatMap((d) => Object.keys(d.choices)))].sort();
  for (const choice of names) {
    const seen = decisions.filter((d) => d.evidence && d.best[choice] !== undefined);
    const alternatives = new Set(seen.map((d) => d.best[choice]));
    const changing = decisions.filter((d) => d.choices[choice] !== undefined);
    if (seen.length >= 2 && alternatives.size === 1) out.push({ choice, alternative: [...alternatives][0]! });
    else for (const d of changing) out.push({ slot: d.slot, choice, alternative: d.choices[choice]! });
  }
  return out;
}
