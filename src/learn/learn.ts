/**
 * `npm run learn`: a unit's style from its published 决算说明 (ARCHITECTURE.md §11, issue 18).
 * Takes the published text, the unit's valid data and two callbacks into the pipeline (the
 * view under given number conventions; the 决算说明's paragraphs for given data, with the
 * slots' renderings when asked); returns the style that reproduces the document best and a
 * report of what it chose, what it could not place and why.
 *
 * 1. Number conventions: the printed percentages against the computed ones under each
 *    candidate convention (number-conventions.ts).
 * 2. Choices: every slot rendered under every combination of its choices, against the
 *    published sentences (choose.ts).
 * 3. Own sentences: a published paragraph still not reproduced, nearest to a slot that occurs
 *    once, written as that slot's own sentence with every figure computed (own-sentence.ts);
 *    kept only when it does reproduce the paragraph.
 * The unit's own style and older options are set aside: a style is learnt from the pack's defaults.
 */
import type { FinalAccountsView } from '../compute/final-accounts-view.js';
import type { SlotOccurrence, SlotRecorder } from '../merge/slots.js';
import { canonical, masked, sentences } from '../read/canonical.js';
import type { Location } from '../read/document-text.js';
import type { SlotCatalogue } from '../schema/slot-catalogue.js';
import { DEFAULT_NUMBERS, type NumberConventions, type ResolvedNumbers, type Style } from '../schema/style.js';
import type { UnitYear } from '../schema/unit-year.js';
import { decideSlots, styleChoices, type SlotDecision } from './choose.js';
import { learnNumbers } from './number-conventions.js';
import { ownSentence } from './own-sentence.js';
import { renderedText } from './rendered-text.js';
import type { PublishedText } from './published.js';

export interface LearnCallbacks {
  viewUnder(data: UnitYear, numbers: ResolvedNumbers): FinalAccountsView;
  /** The 决算说明's paragraphs (text) for this data; with a recorder, its slots record their renderings. */
  paragraphs(data: UnitYear, recorder?: SlotRecorder): Promise<string[]>;
}

export interface Unplaced {
  sentence: string;
  where: Location;
  /** The slot whose printed sentence is nearest in wording, and how near (0–1). */
  nearest: { slot: string; similarity: number } | undefined;
}

export interface LearnReport {
  style: Style;
  /** Published prose sentences (headings and lines without a sentence left out). */
  total: number;
  /** Of those, how many the pack's defaults reproduce, and how many the learned style. */
  matchedBefore: number;
  matchedAfter: number;
  /** Compared by wording only (numbers masked): the document is of another year than the data. */
  byWording: boolean;
  decisions: SlotDecision[];
  ownSentences: NonNullable<Style['sentences']>;
  /** Paragraphs an own sentence was tried for and not written, with the figure that matched no computed value. */
  ownSentenceFailures: { slot: string; figure: string }[];
  unplaced: Unplaced[];
  unmatchedNumbers: { kind: string; printed: string; sentence: string }[];
}

/** The conventions that differ from the defaults, as a style writes them. */
function numbersDiff(numbers: ResolvedNumbers): NumberConventions | undefined {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [kind, convention] of Object.entries(numbers)) {
    const base = DEFAULT_NUMBERS[kind as keyof ResolvedNumbers] as Record<string, unknown>;
    const diff = Object.fromEntries(Object.entries(convention as Record<string, unknown>).filter(([k, v]) => base[k] !== v));
    if (Object.keys(diff).length > 0) out[kind] = diff;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function withStyle(data: UnitYear, style: Style): UnitYear {
  const { options: _options, sharePolicy: _policy, style: _style, ...rest } = data;
  return Object.keys(style).length > 0 ? { ...rest, style } : rest;
}

/** Character bigrams' Dice similarity of two texts (0–1). */
function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(1, a.length - 1 + (b.length - 1));
  return (2 * common) / total;
}

function prose(text: PublishedText) {
  return text.sentences.filter((s) => !s.heading);
}

/** Which published prose sentences a generated document holds: by exact text, or by wording for another year. */
export function matchedIn(text: PublishedText, paragraphs: readonly string[], byWording: boolean): Set<number> {
  const generated = new Set(paragraphs.flatMap((p) => sentences(canonical(p))).map((s) => (byWording ? masked(s) : s)));
  const out = new Set<number>();
  prose(text).forEach((s, i) => {
    if (generated.has(byWording ? s.wording : s.text)) out.add(i);
  });
  return out;
}

export async function learnStyle(
  text: PublishedText,
  data: UnitYear,
  catalogue: SlotCatalogue,
  callbacks: LearnCallbacks,
  options: { byWording: boolean },
): Promise<LearnReport> {
  const plain = withStyle(data, {});
  const { byWording } = options;
  const before = matchedIn(text, await callbacks.paragraphs(plain), byWording).size;

  // 1. Number conventions (only where the figures can be compared: the data's own year).
  const learnedNumbers = byWording
    ? { numbers: structuredClone(DEFAULT_NUMBERS), unmatched: [] }
    : learnNumbers(text, (numbers) => callbacks.viewUnder(plain, numbers));
  const numbers = numbersDiff(learnedNumbers.numbers);
  const style: Style = numbers ? { numbers } : {};

  // 2. Choices, slot by slot.
  const recorder: SlotRecorder = { catalogue, occurrences: [], maxCombinations: 512 };
  await callbacks.paragraphs(withStyle(data, style), recorder);
  const decisions = decideSlots(recorder.occurrences, text, catalogue);
  const choices = styleChoices(decisions);
  if (choices.length > 0) style.choices = choices;
  let paragraphs = await callbacks.paragraphs(withStyle(data, style));
  let matched = matchedIn(text, paragraphs, byWording);

  // 3. Own sentences for what no variant gives (the data's own year only: figures must be matched).
  const ownSentences: NonNullable<Style['sentences']> = [];
  const ownSentenceFailures: LearnReport['ownSentenceFailures'] = [];
  if (!byWording) {
    const single = occurrencesOnce(recorder.occurrences);
    const proseSentences = prose(text);
    const open = new Set(proseSentences.filter((_, i) => !matched.has(i)).map((s) => s.paragraph));
    const taken = new Set<string>();
    for (const paragraphIndex of open) {
      // The paragraph's sentences that are prose (a heading run into it stays the template's heading).
      const published = proseSentences
        .filter((s) => s.paragraph === paragraphIndex)
        .map((s) => s.text)
        .join('');
      const best = single
        .filter((o) => !taken.has(o.slot))
        .map((o) => ({ o, similarity: similarity(masked(published), masked(renderedText(o.printed))) }))
        .sort((a, b) => b.similarity - a.similarity)[0];
      if (!best || best.similarity < 0.5) continue;
      const own = ownSentence(published, best.o, learnedNumbers.numbers);
      if (!own.ok) {
        ownSentenceFailures.push({ slot: best.o.slot, figure: own.reason });
        continue;
      }
      const trial: Style = { ...style, sentences: [...ownSentences, { slot: best.o.slot, sentence: own.template }] };
      let trialParagraphs: string[];
      try {
        trialParagraphs = await callbacks.paragraphs(withStyle(data, trial));
      } catch {
        continue;
      }
      const trialMatched = matchedIn(text, trialParagraphs, byWording);
      if (trialMatched.size > matched.size) {
        ownSentences.push({ slot: best.o.slot, sentence: own.template });
        taken.add(best.o.slot);
        paragraphs = trialParagraphs;
        matched = trialMatched;
      }
    }
    if (ownSentences.length > 0) style.sentences = ownSentences;
  }

  const unplaced = prose(text)
    .filter((_, i) => !matched.has(i))
    .map((s) => {
      const nearest = recorder.occurrences
        .map((o) => ({ slot: o.slot, similarity: similarity(s.wording, masked(renderedText(o.printed))) }))
        .sort((a, b) => b.similarity - a.similarity)[0];
      return { sentence: s.text, where: s.where, nearest: nearest && nearest.similarity > 0.2 ? nearest : undefined };
    });
  void paragraphs;
  return {
    style,
    total: prose(text).length,
    matchedBefore: before,
    matchedAfter: matched.size,
    byWording,
    decisions,
    ownSentences,
    ownSentenceFailures,
    unplaced,
    unmatchedNumbers: learnedNumbers.unmatched,
  };
}

/** The occurrences of slots that occur once in the document (a slot's own sentence replaces all its occurrences). */
function occurrencesOnce(occurrences: readonly SlotOccurrence[]): SlotOccurrence[] {
  const count = new Map<string, number>();
  for (const o of occurrences) count.set(o.slot, (count.get(o.slot) ?? 0) + 1);
  return occurrences.filter((o) => count.get(o.slot) === 1);
}
