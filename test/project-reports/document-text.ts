/**
 * Text search in extracted documents for the project-report tests. Takes the per-page text
 * of a PDF or the per-paragraph text of a .docx; returns normalised lines (page numbers
 * dropped) and finds a phrase even when a table cell wrapped it across lines that other
 * cells of the same row interleave (the PDF text is read line by line across the page).
 */
import { normalizeForSearch } from '../support/normalize.js';

const PAGE_NUMBER = /^—\s*\d+\s*—$/;

/** Normalised lines of a document, page numbers removed. */
export function documentLines(pagesOrParagraphs: string[]): string[] {
  return pagesOrParagraphs
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => !PAGE_NUMBER.test(line.trim()))
    .map(normalizeForSearch)
    .filter((line) => line !== '');
}

/** Longest prefix of `text` that occurs in `line`. */
function longestPrefixIn(line: string, text: string): number {
  let n = text.length;
  while (n > 0 && !line.includes(text.slice(0, n))) n--;
  return n;
}

/** Lines of other cells that may come between two wrapped pieces of one cell's text. */
const MAX_LINES_BETWEEN = 3;

/**
 * True when `phrase` occurs in one line, or is split over nearby lines in order, each
 * holding the next piece (a cell's wrapped lines, with neighbouring cells' text around and,
 * where their baselines differ, between them).
 * Note: every piece must be at least two characters (or all that is left), so a single
 * common character cannot make a false match.
 */
export function containsWrapped(lines: string[], phrase: string): boolean {
  const wanted = normalizeForSearch(phrase);
  if (wanted === '') return true;
  const piece = (line: string, rest: string): number => {
    const found = longestPrefixIn(line, rest);
    return found >= Math.min(2, rest.length) ? found : 0;
  };
  return lines.some((line, start) => {
    let rest = wanted.slice(piece(line, wanted));
    if (rest === wanted) return false;
    let at = start;
    while (rest !== '') {
      const next = lines.slice(at + 1, at + 2 + MAX_LINES_BETWEEN).findIndex((candidate) => piece(candidate, rest) > 0);
      if (next < 0) return false;
      at += next + 1;
      rest = rest.slice(piece(lines[at]!, rest));
    }
    return true;
  });
}

/** The lines from the first one containing `marker` on (e.g. a table's caption). */
export function linesFrom(lines: string[], marker: string): string[] {
  const at = lines.findIndex((line) => line.includes(normalizeForSearch(marker)));
  if (at < 0) throw new Error(`未找到“${marker}”`);
  return lines.slice(at);
}
