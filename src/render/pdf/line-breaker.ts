/**
 * The line breaker of the PDF backend. Takes styled runs of text (each with the font it is
 * measured in), the font size, the character spacing and the widths of the first and the
 * following lines; returns the lines, each a list of runs with their natural widths.
 * Breaks where cjk-rules allows, filling each line greedily; a word wider than a whole
 * line is cut at the most characters that fit. "\n" forces a break.
 *
 * Widths follow pdfmake's measure of a line of runs: each run is its advance width plus
 * the spacing between its own characters, `characterSpacing * (text.length - 1)`; no
 * spacing is counted between two runs.
 */

import { canBreakBetween, isSpace } from './cjk-rules.js';
import type { LoadedFont } from './fonts.js';
import { advanceEm, textWidthPt } from './glyph-metrics.js';

export interface StyledRun<S extends { font: LoadedFont }> {
  text: string;
  style: S;
}

export interface LineRun<S extends { font: LoadedFont }> extends StyledRun<S> {
  /** Advance width in points, without character spacing. */
  width: number;
}

export interface BrokenLine<S extends { font: LoadedFont }> {
  runs: LineRun<S>[];
  /** The paragraph, or a forced line break, ends after this line (it is not justified). */
  last: boolean;
}

export interface BreakOptions {
  size: number;
  /** Character spacing (pdfmake `characterSpacing`) the lines are set with. */
  spacing: number;
  /** Width of the first line (the text width less a first-line indent). */
  firstWidth: number;
  width: number;
}

/** Tolerance of the fit test, so that exactly 28 characters fill a 28-character line. */
const FIT_EPSILON = 1e-6;

export function breakLines<S extends { font: LoadedFont }>(
  runs: StyledRun<S>[],
  { size, spacing, firstWidth, width }: BreakOptions,
): BrokenLine<S>[] {
  const chars: string[] = [];
  const runOf: number[] = [];
  const advance: number[] = [];
  /** Indexes into `chars` where a "\n" forces a new line. */
  const hardBreaks: number[] = [];
  runs.forEach((run, r) => {
    for (const char of run.text.replace(/\r\n?/g, '\n')) {
      if (char === '\n') {
        hardBreaks.push(chars.length);
        continue;
      }
      chars.push(char);
      runOf.push(r);
      advance.push(advanceEm(run.style.font, char.codePointAt(0)!) * size);
    }
  });
  hardBreaks.push(chars.length);

  const lines: BrokenLine<S>[] = [];
  const emit = (from: number, to: number, last: boolean): void => {
    while (to > from && isSpace(chars[to - 1]!)) to--;
    const lineRuns: LineRun<S>[] = [];
    for (let i = from; i < to; ) {
      let j = i + 1;
      while (j < to && runOf[j] === runOf[i]) j++;
      const style = runs[runOf[i]!]!.style;
      const text = chars.slice(i, j).join('');
      lineRuns.push({ text, style, width: textWidthPt(style.font, text, size) });
      i = j;
    }
    if (lineRuns.length === 0) {
      // An empty line keeps the height of the style it stands in.
      const style = runs[runOf[Math.max(0, from - 1)] ?? 0]?.style;
      if (style) lineRuns.push({ text: '', style, width: 0 });
    }
    lines.push({ runs: lineRuns, last });
  };

  let segmentStart = 0;
  for (const segmentEnd of hardBreaks) {
    let start = segmentStart;
    while (start < segmentEnd && isSpace(chars[start]!)) start++;
    if (start === segmentEnd) emit(start, start, true);
    while (start < segmentEnd) {
      const available = lines.length === 0 ? firstWidth : width;
      let used = 0;
      let lastBreak = -1;
      let j = start;
      for (; j < segmentEnd; j++) {
        if (j > start && canBreakBetween(chars[j - 2], chars[j - 1]!, chars[j]!)) lastBreak = j;
        const add = advance[j]! + (j > start && runOf[j] === runOf[j - 1] ? spacing : 0);
        if (j > start && !isSpace(chars[j]!) && used + add > available + FIT_EPSILON) break;
        used += add;
      }
      if (j === segmentEnd) {
        emit(start, segmentEnd, true);
        break;
      }
      const end = lastBreak > start ? lastBreak : j;
      emit(start, end, false);
      start = end;
      while (start < segmentEnd && isSpace(chars[start]!)) start++;
    }
    segmentStart = segmentEnd;
  }
  return lines;
}
