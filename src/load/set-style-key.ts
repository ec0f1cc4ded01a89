/**
 * A data file's JSON text with its top-level `style` key set to a new value and every other
 * byte kept (jsonc-parser's edit: the key's old value is replaced in place, or the key is added
 * after the last one). Takes the file's text and the style; returns the new text. What
 * `npm run learn -- … --write` writes.
 */
import { applyEdits, modify } from 'jsonc-parser';

export function setStyleKey(text: string, style: unknown): string {
  return applyEdits(text, modify(text, ['style'], style, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } }));
}
