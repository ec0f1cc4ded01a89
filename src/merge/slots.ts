/**
 * Sentence slots in the templates (ARCHITECTURE.md §4, "Slots"): the `slot` block helper that
 * marks one sentence of the catalogue, and the `pick` helper that makes one of the catalogue's
 * choices inside it. Takes the Handlebars instance of a template environment; returns the two
 * helpers, bound to it.
 *
 *   {{#slot "part2.totals"}}{{@root.year}}{{pick "yearWord" "年度"}}收、支总计…{{/slot}}
 *
 * - `pick "<choice>" "<the template's own alternative>"` returns the alternative the unit's
 *   style, or its pack, takes for this choice in this slot (src/merge/style.ts); a template
 *   prints it, or branches on it with `eq`.
 * - `slot "<id>"` renders its block, or the unit's own sentence for the slot when its style
 *   gives one (`style.sentences`): a template over the same context, compiled here with its
 *   literal text escaped, so that a unit's sentence can hold no markup.
 * - When a render is given a SlotRecorder (`data.slotRecorder`: npm run learn), each slot
 *   also renders every combination of the alternatives of the choices it used, and records
 *   them; the document itself is rendered as usual.
 * Slots do not nest: a choice belongs to one sentence.
 */
import type Handlebars from 'handlebars';
import type { HelperDelegate, HelperOptions } from 'handlebars';
import type { SlotCatalogue } from '../schema/slot-catalogue.js';
import { msg } from '../text/msg.js';
import { HelperError } from './format-helpers.js';
import type { Counter } from './numbering.js';
import { chosen, type Choices, type ResolvedStyle } from './style.js';

/** What the helpers keep in the data frame of a slot's block. */
interface SlotState {
  id: string;
  /** The alternatives forced for this render (learn's enumeration). */
  overrides: Choices | undefined;
  /** The choices the block picked, when a recorder asks. */
  used: Set<string> | undefined;
  /** The alternative each choice took in the printed rendering, when a recorder asks. */
  taken: Record<string, string> | undefined;
}

/** One rendering of a slot under one combination of choices. */
export interface SlotRendering {
  choices: Choices;
  text: string;
}

/** Every rendering of one occurrence of a slot (an item line occurs once per item). */
export interface SlotOccurrence {
  slot: string;
  /** The rendering the document printed, and the alternative each of its choices took. */
  printed: string;
  taken: Choices;
  renderings: SlotRendering[];
  /** The slot's context (its part of the view) and the document's root, for a unit's own sentence. */
  context: unknown;
  root: unknown;
  /**
   * The printed rendering again, with every figure of the context that is not 0 replaced by a
   * sentinel (9 then its number, e.g. 90003.77), and what each sentinel stands for: which
   * field printed which figure. Zero stays zero, so the same branches are taken.
   */
  traced: { text: string; sentinels: Record<string, string> } | undefined;
}

const SENTINEL_BASE = 90000;

/** The context with its non-zero figures replaced by sentinels; `paths` gets each sentinel's field. */
function withSentinels(value: unknown, path: string[], paths: Record<string, string>, depth = 0): unknown {
  if (depth > 8 || value === null || value === undefined) return value;
  if (typeof value === 'string') {
    const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value);
    if (!m || /^-?0+(\.0+)?$/.test(value) || /^(code|shortCode|key|asOf)$/.test(path[path.length - 1] ?? '')) return value;
    const n = SENTINEL_BASE + Object.keys(paths).length + 1;
    const sentinel = m[3] === undefined ? String(n) : `${n}.${'7'.repeat(m[3].length)}`;
    paths[sentinel] = path.join('.');
    return sentinel;
  }
  if (typeof value === 'number') {
    if (value === 0 || !Number.isInteger(value)) return value;
    const n = SENTINEL_BASE + Object.keys(paths).length + 1;
    paths[String(n)] = path.join('.');
    return n;
  }
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v, i) => withSentinels(v, [...path, String(i)], paths, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, withSentinels(v, [...path, k], paths, depth + 1)]),
  );
}

export interface SlotRecorder {
  catalogue: SlotCatalogue;
  occurrences: SlotOccurrence[];
  /** Stop enumerating a slot past this many combinations (the rest keep the defaults). */
  maxCombinations: number;
}

/** A slot's own sentence cannot be compiled or rendered: names the data field. */
export class OwnSentenceError extends Error {
  override name = 'OwnSentenceError';
  constructor(
    readonly slot: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(detail);
  }
}

interface Frame {
  root?: { style?: ResolvedStyle };
  numbering?: Counter;
  slotState?: SlotState;
  slotRecorder?: SlotRecorder;
}

const frameOf = (options: HelperOptions): Frame => (options.data ?? {}) as Frame;

/** Every combination of the alternatives of the given choices (the first alternative of each first). */
function combinations(catalogue: SlotCatalogue, names: string[], limit: number): Choices[] {
  let result: Record<string, string>[] = [{}];
  for (const name of names) {
    const alternatives = Object.keys(catalogue.choices[name]?.alternatives ?? {});
    if (alternatives.length === 0) continue;
    if (result.length * alternatives.length > limit) break;
    result = result.flatMap((combo) => alternatives.map((alternative) => ({ ...combo, [name]: alternative })));
  }
  return result;
}

/** Escapes the literal text of a unit's sentence (its {{values}} are escaped by Handlebars anyway). */
function escapeLiterals(program: hbs.AST.Program, escape: (text: string) => string): void {
  const visit = (node: hbs.AST.Node | undefined): void => {
    if (!node) return;
    if (node.type === 'ContentStatement') {
      const content = node as hbs.AST.ContentStatement;
      content.value = escape(content.value);
    } else if (node.type === 'Program') {
      (node as hbs.AST.Program).body.forEach(visit);
    } else if (node.type === 'BlockStatement') {
      const block = node as hbs.AST.BlockStatement;
      visit(block.program);
      visit(block.inverse);
    }
  };
  visit(program);
}

export function slotHelpers(
  hb: typeof Handlebars,
  compileOptions: CompileOptions,
): { helpers: Record<string, HelperDelegate>; parseOwnSentence: (slot: string, source: string) => hbs.AST.Program } {
  const compiledOwn = new Map<string, Handlebars.TemplateDelegate>();

  const parseOwnSentence = (slot: string, source: string): hbs.AST.Program => {
    try {
      const ast = hb.parse(source);
      escapeLiterals(ast, (text) => hb.escapeExpression(text));
      return ast;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const at = /line (\d+)/.exec(message);
      throw new OwnSentenceError(slot, msg`无法解析：${message.split('\n')[0] ?? message}`, at ? Number(at[1]) : undefined);
    }
  };

  const ownSentence = (slot: string, source: string): Handlebars.TemplateDelegate => {
    const key = `${slot}\u0000${source}`;
    let compiled = compiledOwn.get(key);
    if (!compiled) {
      compiled = hb.compile(parseOwnSentence(slot, source), compileOptions);
      compiledOwn.set(key, compiled);
    }
    return compiled;
  };

  const pick: HelperDelegate = (...args: unknown[]) => {
    const options = args[args.length - 1] as HelperOptions;
    const [choice, fallback] = args;
    if (typeof choice !== 'string' || typeof fallback !== 'string' || args.length !== 3) {
      throw new HelperError(msg`助手 pick 的用法：{{pick "选择名" "本句默认的写法"}}`, options);
    }
    const frame = frameOf(options);
    const state = frame.slotState;
    state?.used?.add(choice);
    const forced = state?.overrides?.[choice];
    if (forced !== undefined) return forced;
    const style = frame.root?.style;
    const alternative = style ? chosen(style, state?.id, choice, fallback) : fallback;
    if (state?.taken) state.taken[choice] = alternative;
    return alternative;
  };

  const slot: HelperDelegate = function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as HelperOptions;
    const [id] = args;
    if (typeof id !== 'string' || args.length !== 2) throw new HelperError(msg`助手 slot 的用法：{{#slot "句位名"}}…{{/slot}}`, options);
    const frame = frameOf(options);
    if (frame.slotState) throw new HelperError(msg`句位“${id}”写在句位“${frame.slotState.id}”之中：句位不能嵌套`, options);
    const own = frame.root?.style?.sentences[id];
    const numberedFrom = frame.numbering?.n;
    const render = (
      overrides: Choices | undefined,
      used: Set<string> | undefined,
      taken?: Record<string, string>,
      context: unknown = this,
    ): string => {
      const data = hb.createFrame(options.data) as Frame;
      data.slotState = { id, overrides, used, taken };
      // An enumerated rendering must not advance the list numbering of the printed one.
      if (overrides !== undefined && numberedFrom !== undefined) data.numbering = { n: numberedFrom };
      if (own === undefined) return options.fn(context, { data });
      try {
        return ownSentence(id, own)(context, { data });
      } catch (err) {
        if (err instanceof OwnSentenceError) throw err;
        const where = err instanceof HelperError ? err : undefined;
        throw new OwnSentenceError(id, err instanceof Error ? err.message : String(err), where?.lineNumber, where?.column);
      }
    };
    const recorder = frame.slotRecorder;
    if (!recorder) return render(undefined, undefined);
    const used = new Set<string>();
    const taken: Record<string, string> = {};
    const printed = render(undefined, used, taken);
    // Note: a choice can show only under another choice's alternative (a structure that has
    // its own word), so the enumeration grows the list of choices until it stops growing.
    let names: string[] = [];
    let renderings: SlotRendering[] = [];
    while (names.length < used.size) {
      names = [...used].sort();
      renderings = combinations(recorder.catalogue, names, recorder.maxCombinations).map((choices) => ({
        choices,
        text: render(choices, used),
      }));
    }
    const sentinels: Record<string, string> = {};
    let traced: SlotOccurrence['traced'];
    try {
      traced = { text: render(taken, new Set(), undefined, withSentinels(this, [], sentinels)), sentinels };
    } catch {
      traced = undefined; // a helper refused a sentinel: the own sentence falls back on the values alone
    }
    recorder.occurrences.push({ slot: id, printed, taken, renderings, context: this, root: frame.root, traced });
    return printed;
  };

  return { helpers: { slot, pick }, parseOwnSentence };
}

export type CompileOptions = Parameters<typeof Handlebars.compile>[1];
