/**
 * Getting and setting values in a data object by JSON path, and the words an enum or a
 * yes/no field shows in the workbook. Shared by the writer and the reader of the fill-in
 * workbook. Takes plain JSON values; returns them.
 */
import type { FieldInfo } from '../schema/field-info.js';
import { BOOLEAN_WORDS, ENUM_WORDS } from './layout/layout.js';
import type { Path } from './layout/types.js';

export type Json = unknown;

export function getAt(root: Json, path: Path): Json {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

/** Sets a value, creating the objects and arrays on the way (an array where the next key is a number). */
export function setAt(root: Record<string, Json>, path: Path, value: Json): void {
  let node: Record<string | number, Json> = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = path[i + 1]!;
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') node[key] = typeof next === 'number' ? [] : {};
    node = node[key] as Record<string | number, Json>;
  });
}

/** The schema path without indices, e.g. "options.zeroLines", for ENUM_WORDS. */
function patternOf(path: Path): string {
  return path.filter((k) => typeof k === 'string').join('.');
}

/** The words a clerk picks from for an enum or boolean field (the enum's own values unless ENUM_WORDS renames them). */
export function choiceWords(info: FieldInfo, path: Path): string[] | undefined {
  if (info.kind === 'boolean') return [BOOLEAN_WORDS.true, BOOLEAN_WORDS.false];
  if (info.kind !== 'enum') return undefined;
  const words = ENUM_WORDS[patternOf(path)];
  return (info.values ?? []).map((v) => words?.[v] ?? v);
}

/** The word shown for a stored enum or boolean value. */
export function wordFor(info: FieldInfo, path: Path, value: Json): Json {
  if (info.kind === 'boolean' && typeof value === 'boolean') return value ? BOOLEAN_WORDS.true : BOOLEAN_WORDS.false;
  if (info.kind === 'enum' && typeof value === 'string') return ENUM_WORDS[patternOf(path)]?.[value] ?? value;
  return value;
}

/** The stored value for a word typed or picked in the workbook; undefined when it is none of the choices. */
export function valueForWord(info: FieldInfo, path: Path, word: string): Json {
  if (info.kind === 'boolean') {
    if (word === BOOLEAN_WORDS.true || /^(true|yes)$/i.test(word)) return true;
    if (word === BOOLEAN_WORDS.false || /^(false|no)$/i.test(word)) return false;
    return undefined;
  }
  const values = info.values ?? [];
  if (values.includes(word)) return word;
  const words = ENUM_WORDS[patternOf(path)] ?? {};
  const byWord = Object.entries(words).find(([, w]) => w === word);
  if (byWord) return byWord[0];
  // Note: 指标性质 typed on a keyboard without ≥ and ≤.
  // text: vocabulary
  const typed: Record<string, string> = { '>=': '≥', '<=': '≤', '＝': '=', '≧': '≥', '≦': '≤' };
  const alias = typed[word];
  return alias !== undefined && values.includes(alias) ? alias : undefined;
}
