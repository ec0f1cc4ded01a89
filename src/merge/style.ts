/**
 * A unit's effective style: its own choices (the data's `style`, and the older `options` and
 * `sharePolicy` keys, still read) over its pack's defaults (pack.json `style`, and the older
 * `options`). Takes the pack's style and the unit's data; returns a ResolvedStyle, which the
 * templates' `pick` and `slot` helpers read (src/merge/slots.ts) and whose number conventions
 * compute is given as plain values.
 *
 * Which alternative a choice takes in a slot, first that is set:
 *   unit, this slot → unit, whole document → pack, this slot → pack, whole document →
 *   the template's own word.
 * Note: a unit's whole-document choice wins over its pack's choice for one slot: a unit that
 * writes 年 everywhere says so once.
 */
import type { UnitYear } from '../schema/unit-year.js';
import type { WordingOptions } from '../schema/wording-options.js';
import { DEFAULT_NUMBERS, type NumberConventions, type ResolvedNumbers, type Style } from '../schema/style.js';

export type Choices = Readonly<Record<string, string>>;

export interface StyleLayer {
  voice: Choices;
  slots: Readonly<Record<string, Choices>>;
}

export interface ResolvedStyle {
  unit: StyleLayer;
  pack: StyleLayer;
  numbers: ResolvedNumbers;
  /** A slot's own sentence (a template), by slot id. */
  sentences: Readonly<Record<string, string>>;
}

/** The part of a style a pack may set. */
export type PackStyle = Pick<Style, 'choices' | 'numbers'>;

/** A style's list of choices as two lookups: for the whole document, and per slot. */
export function layerOf(choices: Style['choices'], voiceUnder: Choices = {}): StyleLayer {
  const voice: Record<string, string> = { ...voiceUnder };
  const slots: Record<string, Record<string, string>> = {};
  for (const entry of choices ?? []) {
    if (entry.slot === undefined) voice[entry.choice] = entry.alternative;
    else (slots[entry.slot] ??= {})[entry.choice] = entry.alternative;
  }
  return { voice, slots };
}

/** The wording options of old are whole-document choices of the same names, but proseDecimals, a number convention. */
export function voiceOfOptions(options: WordingOptions | undefined): Choices {
  const { proseDecimals: _numbers, ...choices } = options ?? {};
  return Object.fromEntries(Object.entries(choices).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function numbersOfOptions(options: WordingOptions | undefined): NumberConventions {
  if (options?.proseDecimals === undefined) return {};
  const zeros = options.proseDecimals === 'two' ? 'keep' : 'trim';
  return { amount: { zeros }, change: { zeros }, share: { zeros }, completion: { zeros } };
}

/** Later layers win, field by field. */
function mergeNumbers(...layers: (NumberConventions | undefined)[]): ResolvedNumbers {
  const result = structuredClone(DEFAULT_NUMBERS);
  for (const layer of layers) {
    if (!layer) continue;
    for (const kind of Object.keys(result) as (keyof ResolvedNumbers)[]) {
      const given = Object.fromEntries(Object.entries(layer[kind] ?? {}).filter(([, v]) => v !== undefined));
      Object.assign(result[kind], given);
    }
  }
  return result;
}

/** The pack's layer: its `style`, with its older `options` under it. */
export function packLayer(style: PackStyle | undefined, options: WordingOptions | undefined): StyleLayer {
  return layerOf(style?.choices, voiceOfOptions(options));
}

export function resolveStyle(pack: { style: PackStyle | undefined; options: WordingOptions | undefined }, data: UnitYear): ResolvedStyle {
  const own = data.style;
  return {
    unit: layerOf(own?.choices, voiceOfOptions(data.options)),
    pack: packLayer(pack.style, pack.options),
    numbers: mergeNumbers(
      numbersOfOptions(pack.options),
      pack.style?.numbers,
      numbersOfOptions(data.options),
      data.sharePolicy === undefined ? undefined : { share: { policy: data.sharePolicy } },
      own?.numbers,
    ),
    sentences: Object.fromEntries((own?.sentences ?? []).map((s) => [s.slot, s.sentence])),
  };
}

/** The alternative a choice takes in a slot (undefined outside any slot): see the header for the order. */
export function chosen(style: ResolvedStyle, slot: string | undefined, choice: string, fallback: string): string {
  const inSlot = (layer: StyleLayer) => (slot === undefined ? undefined : layer.slots[slot]?.[choice]);
  return inSlot(style.unit) ?? style.unit.voice[choice] ?? inSlot(style.pack) ?? style.pack.voice[choice] ?? fallback;
}
