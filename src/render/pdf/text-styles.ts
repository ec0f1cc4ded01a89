/**
 * Text styles of the PDF backend. Takes the loaded fonts and a font role, size and line
 * pitch; returns the style every run of text is set with: the pdfmake font family and bold
 * flag of the role, the font it is measured in, and pdfmake's lineHeight factor.
 */

import type { HeadingLevel } from '../../tree/types.js';
import type { LoadedFont, PdfFontRole, PdfFonts } from './fonts.js';
import { lineHeightFactor } from './fonts.js';

/** pdfmake font family names; each maps every style to one role's file. */
export const FAMILY = {
  body: 'Body',
  heading1: 'Heading1',
  heading2: 'Heading2',
  title: 'Title',
} as const;

const FAMILY_OF: Record<PdfFontRole, { family: string; bold: boolean }> = {
  body: { family: FAMILY.body, bold: false },
  bodyBold: { family: FAMILY.body, bold: true },
  heading1: { family: FAMILY.heading1, bold: false },
  heading2: { family: FAMILY.heading2, bold: false },
  title: { family: FAMILY.title, bold: false },
};

/** The role each heading level is set in: 一、 黑体, （一） 楷体, 1. 仿宋 bold. */
export const headingRole = (level: HeadingLevel): PdfFontRole => (level <= 1 ? 'heading1' : level === 2 ? 'heading2' : 'bodyBold');

/** The role a 公开表's title is set in (黑体, as the heading 一、, at preset.sizes.tableTitle). */
export const TABLE_TITLE_ROLE: PdfFontRole = 'heading1';

/** The role a 目录 line is set in: parts (第X部分) 黑体, the other headings 仿宋. */
export const tocRole = (level: HeadingLevel): PdfFontRole => (level === 0 ? 'heading1' : 'body');

export interface RunStyle {
  font: LoadedFont;
  family: string;
  bold: boolean;
  /** pdfmake lineHeight: a factor of the font's ascent − descent at the run's size. */
  lineHeight: number;
  /** A named destination the run links to (the 目录's entries). */
  linkToDestination?: string;
}

/** The style of `role` at `sizePt` with lines `pitchPt` apart. */
export function runStyle(fonts: PdfFonts, role: PdfFontRole, sizePt: number, pitchPt: number): RunStyle {
  const font = fonts.byRole[role];
  return { font, ...FAMILY_OF[role], lineHeight: lineHeightFactor(font, sizePt, pitchPt) };
}
