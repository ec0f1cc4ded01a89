/**
 * Paragraph → pdfmake lines. Takes styled runs and the paragraph's format (size, spacing,
 * width, first-line indent, alignment); returns one pdfmake text node per line, laid out
 * by the line breaker, for the caller to stack. Every line is `noWrap`: pdfmake never
 * breaks it again, and sees one inline per run instead of one per CJK character (its
 * style lookups per inline were most of the layout time).
 *
 * A justified line (every line of a justified paragraph but its last) gets the character
 * spacing that makes its last glyph end exactly at the right edge:
 * (available width − natural width) / (characters − runs), since pdfmake counts
 * `characterSpacing * (text.length - 1)` per run.
 */

import type { Alignment, ContentText } from 'pdfmake/interfaces.js';
import { naturalLineHeightPt } from './fonts.js';
import { breakLines, type BrokenLine, type StyledRun } from './line-breaker.js';
import type { RunStyle } from './text-styles.js';

export interface LineFormat {
  size: number;
  /** Character spacing of unjustified lines (the grid's, or 0). */
  spacing: number;
  /** Width of the text block the lines are set in. */
  width: number;
  /** First-line indent. */
  indent: number;
  align: 'justify' | 'left' | 'center' | 'right';
  /** See BreakOptions.balanceLast (table cells). */
  balanceLast?: boolean;
  /** See BreakOptions.hangPunctuation (text on the body grid). */
  hangPunctuation?: boolean;
}

/**
 * Room a justified line leaves free at its right edge, so that floating-point error can
 * never make pdfmake find a line of several runs too wide and wrap its last run.
 */
const JUSTIFY_SLACK = 1e-4;

/*
 * Note: each inline carries every property pdfmake looks up when it measures an inline
 * (font, size, spacing …). pdfmake reads a property from the inline itself first and only
 * otherwise walks its style stack, which cost about a third of the whole run before.
 */
function inline(run: StyledRun<RunStyle>, format: LineFormat, characterSpacing: number, alignment: Alignment): ContentText {
  const { style } = run;
  return {
    text: run.text,
    font: style.family,
    bold: style.bold,
    italics: false,
    fontSize: format.size,
    lineHeight: style.lineHeight,
    characterSpacing,
    alignment,
    noWrap: true,
    color: 'black',
    opacity: 1,
    sup: false,
    sub: false,
    preserveLeadingSpaces: true,
    preserveTrailingSpaces: true,
    wordBreak: 'normal',
    ...(style.linkToDestination ? { linkToDestination: style.linkToDestination } : {}),
  };
}

/** The lines and the height pdfmake gives each: its tallest run's line height. */
export function measuredLineNodes(runs: StyledRun<RunStyle>[], format: LineFormat): { lines: ContentText[]; heights: number[] } {
  const broken = breakLines(runs, breakOptions(format));
  return {
    lines: toNodes(broken, format),
    heights: broken.map((line) =>
      Math.max(...line.runs.map((run) => naturalLineHeightPt(run.style.font, format.size) * run.style.lineHeight)),
    ),
  };
}

const breakOptions = (format: LineFormat) => ({
  size: format.size,
  spacing: format.spacing,
  firstWidth: format.width - format.indent,
  width: format.width,
  balanceLast: format.balanceLast ?? false,
  hangPunctuation: format.hangPunctuation ?? false,
});

/** pdfmake nodes of lines already broken with `format`'s options (table cells, which measure first). */
export function toNodes(lines: readonly BrokenLine<RunStyle>[], format: LineFormat): ContentText[] {
  const { spacing, width, indent } = format;
  const alignment: Alignment = format.align === 'justify' ? 'left' : format.align;
  return lines.map((line, i) => {
    let characterSpacing = spacing;
    const characters = line.runs.reduce((sum, run) => sum + run.text.length, 0);
    if (format.align === 'justify' && !line.last && characters > line.runs.length) {
      const natural = line.runs.reduce((sum, run) => sum + run.width, 0);
      // A hanging comma or full stop ends past the margin by its own width.
      const available = width - (i === 0 ? indent : 0) - JUSTIFY_SLACK + (line.hang ?? 0);
      characterSpacing = (available - natural) / (characters - line.runs.length);
    }
    const text = line.runs.map((run) => inline(run, format, characterSpacing, alignment));
    if (i === 0 && indent > 0 && text[0]) text[0].leadingIndent = indent;
    // Note: pdfmake wraps a line between two runs (at a break such as after a 。) when it
    // finds the line wider than the text block, which a hanging comma or full stop makes it;
    // a negative right margin of the hang's width widens pdfmake's block for that line only.
    return line.hang ? { text, noWrap: true, margin: [0, 0, -line.hang, 0] } : { text, noWrap: true };
  });
}
