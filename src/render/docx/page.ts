/**
 * Page setup of a section (ARCHITECTURE.md §6): takes an orientation and where the section stands
 * (front matter, the body's first section, or a later one); returns the section properties
 * (A4, the preset's margins, the 22-line document grid) and the footers with the page number
 * `— N —` on the outer side: odd pages right, even pages left (the document turns on
 * even-and-odd footers). The cover and the 目录 (front matter) carry no footer, and the
 * body's first section numbers its first page 1, as the .pdf does.
 */

import {
  AlignmentType,
  DocumentGridType,
  Footer,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { Orientation } from '../../tree/types.js';
import { mmToTwip, preset, ptToTwip, type PageGeometry } from '../../layout/preset.js';
import { LINE_PITCH_TWIPS, runOptions } from './styles.js';

export type { Orientation } from '../../tree/types.js';

/** The page number line is set at exactly its font size, so its top is the top of the digits. */
const PAGE_NUMBER_LINE_PT = preset.sizes.pageNumber;

/**
 * Word's footer distance is from the paper's bottom edge to the bottom of the footer, so the
 * number sits `pageNumberGapMm` (7 mm) below the text block when the distance is the bottom
 * margin less the gap less the number's line.
 */
function footerDistanceTwips(geometry: PageGeometry): number {
  return mmToTwip(geometry.marginBottomMm - preset.pageNumberGapMm) - ptToTwip(PAGE_NUMBER_LINE_PT);
}

/** `— N —`, one character in from the outer edge of the text block (GB/T 9704 7.5). */
function pageNumberFooter(side: 'left' | 'right'): Footer {
  const oneCharacter = ptToTwip(preset.sizes.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: oneCharacter, firstLine: 0 } : { left: oneCharacter, firstLine: 0 },
        spacing: { line: ptToTwip(PAGE_NUMBER_LINE_PT), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({
            ...runOptions('body', preset.sizes.pageNumber),
            children: ['— ', PageNumber.CURRENT, ' —'],
          }),
        ],
      }),
    ],
  });
}

/** Where a section stands for page numbering. */
export type SectionRole = 'front' | 'bodyStart' | 'body';

/** Section options without children: page size, margins, grid and footers for an orientation. */
export function sectionSetup(orientation: Orientation, role: SectionRole = 'body'): Omit<ISectionOptions, 'children'> {
  const geometry = preset.page[orientation];
  const portrait = preset.page.portrait;
  return {
    properties: {
      page: {
        // Note: docx swaps width and height itself for a landscape page, so both get the portrait size.
        size: {
          width: mmToTwip(portrait.widthMm),
          height: mmToTwip(portrait.heightMm),
          orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwip(geometry.marginTopMm),
          bottom: mmToTwip(geometry.marginBottomMm),
          left: mmToTwip(geometry.marginLeftMm),
          right: mmToTwip(geometry.marginRightMm),
          header: mmToTwip(geometry.marginTopMm / 2),
          footer: footerDistanceTwips(geometry),
          gutter: 0,
        },
        ...(role === 'bodyStart' ? { pageNumbers: { start: 1 } } : {}),
      },
      grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH_TWIPS },
    },
    // Note: a section without footers of its own takes the previous section's; the front
    // matter comes first, so it has none.
    ...(role === 'front' ? {} : { footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') } }),
  };
}
