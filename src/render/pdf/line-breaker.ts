/**
 * The line breaker of the PDF backend. Takes styled runs of text (each with the font it is
 * measured in), the font size, the character spacing and the widths of the first and the
 * following lines; returns the lines, each a list of runs with their natural widths.
 * Breaks where cjk-rules allows, filling each line greedily; a word wider than a whole
 * line is cut at the most characters that fit. "\n" forces a break. With `balanceLast`
 * (table cells), a last line of one character takes a second from the line before, so a
 * four-character label too wide for its column breaks 2+2 (项目 / 名称), not 3+1. With
 * `hangPunctuation` (text on the body grid), a comma or full stop that does not fit ends the
 * line past the margin instead of taking the character before it to the next line, as Word
 * and LibreOffice set Chinese text.
 *
 * Widths follow pdfmake's measure of a line of runs: each run is its advance width plus
 * the spacing between its own characters, `characterSpacing * (text.length - 1)`; no
 * spacing is counted between two runs.
 */

import { canBreakBetween, isSpace } from './cjk-rules.js';
import type { LoadedFont } from './fonts.js';
import { advanceEm, textWidthPt } from './glyph-metrics.js';
import { msg } from '../../text/msg.js';

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
  /** This last line took a character from the line before (see balanceLast). */
  balanced?: boolean;
  /** Width of the comma or full stop that ends the line past the margin (see hangPunctuation). */
  hang?: number;
}

export interface BreakOptions {
  size: number;
  /** Character spacing (pdfmake `characterSpacing`) the lines are set with. */
  spacing: number;
  /** Width of the first line (the text width less a first-line indent). */
  firstWidth: number;
  width: number;
  /** Never leave a single character on the last line when the line before has three or more. */
  balanceLast?: boolean;
  /** Let a comma or full stop that does not fit end the line past the margin (body text). */
  hangPunctuation?: boolean;
}

interface LineRange {
  from: number;
  to: number;
  last: boolean;
  balanced?: boolean;
  hang?: number;
}

/** Punctuation that may hang past the right margin: commas and full stops (CSS's hangable set). */
const HANGING = new Set([...msg`、。，．,.`]);

/** Tolerance of the fit test, so that exactly 28 characters fill a 28-character line. */
const FIT_EPSILON = 1e-6;

export function breakLines<S extends { font: LoadedFont }>(
  runs: StyledRun<S>[],
  { size, spacing, firstWidth, width, balanceLast = false, hangPunctuation = false }: BreakOptions,
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
  /** Character ranges of the lines, emitted once the last line is balanced. */
  const ranges: LineRange[] = [];
  const emit = (from: number, to: number, last: boolean, hang?: number): void => {
    ranges.push({ from, to, last, ...(hang !== undefined ? { hang } : {}) });
  };
  const emitRuns = ({ from, to, last, balanced, hang }: LineRange): void => {
    while (to > from && isSpace(chars[to - 1]!)) to--;
    const lineRuns: LineRun<S>[] = [];
    for (let i = from; i < to;) {
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
    lines.push({ runs: lineRuns, last, ...(balanced ? { balanced } : {}), ...(hang !== undefined ? { hang } : {}) });
  };

  let segmentStart = 0;
  for (const segmentEnd of hardBreaks) {
    let start = segmentStart;
    while (start < segmentEnd && isSpace(chars[start]!)) start++;
    if (start === segmentEnd) emit(start, start, true);
    while (start < segmentEnd) {
      const available = ranges.length === 0 ? firstWidth : width;
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
      // A comma or full stop that does not fit hangs past the margin, as Word and LibreOffice set it.
      if (hangPunctuation && HANGING.has(chars[j]!) && (j + 1 === segmentEnd || canBreakBetween(chars[j - 1], chars[j]!, chars[j + 1]!))) {
        emit(start, j + 1, j + 1 === segmentEnd, advance[j]! + spacing);
        start = j + 1;
        while (start < segmentEnd && isSpace(chars[start]!)) start++;
        continue;
      }
      const end = lastBreak > start ? lastBreak : j;
      emit(start, end, false);
      start = end;
      while (start < segmentEnd && isSpace(chars[start]!)) start++;
    }
    segmentStart = segmentEnd;
  }
  if (balanceLast) balanceLastLines(chars, ranges);
  for (const range of ranges) emitRuns(range);
  return lines;
}

/** Characters of a line other than spaces. */
const visibleCount = (chars: readonly string[], from: number, to: number): number =>
  chars.slice(from, to).filter((char) => !isSpace(char)).length;

/**
 * Moves the break before the last line of each paragraph one character back where that line
 * would hold a single character and the line before it three or more, if the rules allow a
 * break there (a line never starts with closing punctuation).
 */
function balanceLastLines(chars: readonly string[], ranges: LineRange[]): void {
  for (let i = 1; i < ranges.length; i++) {
    const line = ranges[i]!;
    const before = ranges[i - 1]!;
    if (!line.last || before.last || before.to !== line.from) continue;
    if (visibleCount(chars, line.from, line.to) !== 1 || visibleCount(chars, before.from, before.to) < 3) continue;
    const at = before.to - 1;
    if (!canBreakBetween(chars[at - 2], chars[at - 1]!, chars[at]!)) continue;
    before.to = at;
    line.from = at;
    line.balanced = true;
  }
}
