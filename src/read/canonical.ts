/**
 * Text as a reader compares it: one form for the published document and for what the tool
 * writes, so that a sentence copied from a web page (half-width ",:;()", spaces between the
 * characters, full-width digits) is found in a generated document and the other way round.
 * Takes text; returns its canonical form, its sentences, and its form with every number
 * masked (to compare wording across years, when the figures differ).
 */

/** Half-width punctuation a web page or a PDF's text layer turns a document's into. */
// text: vocabulary (the document's punctuation, to compare texts)
const HALF_TO_FULL: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };

/**
 * The canonical form: no whitespace; full-width letters, digits and % as ASCII; half-width
 * sentence punctuation as full-width (a comma between digits, "1,234.56", is a thousands
 * separator and stays); straight quotes as the document's curly ones.
 */
export function canonical(text: string): string {
  let s = text.replace(/\s+/g, '');
  s = s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  s = s.replace(/[,:;()!?]/g, (c, at: number) => {
    if (c === ',' && /\d/.test(s[at - 1] ?? '') && /^\d{3}(?!\d)/.test(s.slice(at + 1))) return c;
    return HALF_TO_FULL[c]!;
  });
  let opening = true;
  s = s.replace(/"/g, () => {
    // text: vocabulary (the document's quotation marks)
    const quote = opening ? '“' : '”';
    opening = !opening;
    return quote;
  });
  return s;
}

/** A number as the documents print it: 1163.82, 1,163.82, 5.1, 0. */
export const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** The canonical text with every number as "#": the wording of a sentence whatever its figures. */
export function masked(canonicalText: string): string {
  return canonicalText.replace(NUMBER, '#');
}

/** Sentences of a canonical paragraph: each up to and with its 。！？ (a last piece without one is a sentence too). */
export function sentences(canonicalText: string): string[] {
  return (canonicalText.match(/[^。！？]+[。！？]*|[。！？]+/g) ?? []).filter((s) => /[\p{Script=Han}\d]/u.test(s));
}
