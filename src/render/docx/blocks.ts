/**
 * One handler per block type (typed with `BlockHandlers`): each takes a node of the document
 * tree and the render context, and returns docx pieces: content for the current section, or a
 * section break (a page break with an orientation starts a new section).
 */

import { AlignmentType, ImageRun, LineRuleType, Paragraph, TextRun, type Table, type TableOfContents } from 'docx';
import type { BlockHandlers, ImageAsset, TextRun as TreeRun } from '../../tree/types.js';
import { preset } from '../../layout/preset.js';
import type { PagePlan } from '../page-plan.js';
import type { Orientation } from './page.js';
import {
  BODY_CHARACTER_SPACING,
  BODY_SPACING,
  FIRST_LINE_INDENT_TWIPS,
  LINE_PITCH_TWIPS,
  offGridPitchTwips,
  STYLE_IDS,
  runOptions,
  textWidthTwips,
} from './styles.js';
import { renderTable } from './table.js';
import { renderToc } from './toc.js';
import { msg } from '../../text/msg.js';

export type DocxPiece = { kind: 'content'; child: Paragraph | Table | TableOfContents } | { kind: 'section'; orientation: Orientation };

export interface RenderContext {
  /** Orientation of the section being written. */
  orientation: Orientation;
  images: Readonly<Record<string, ImageAsset>>;
  /** A drawing id unique in the document (`wp:docPr/@id`). */
  nextDrawingId: () => number;
  /** The pages of the .pdf layout, which the .docx follows. */
  plan: PagePlan;
  /** Index in tree.blocks of the block being written. */
  blockIndex: number;
}

const content = (child: Paragraph | Table | TableOfContents): DocxPiece => ({ kind: 'content', child });

const PARAGRAPH_ALIGNMENT = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  left: AlignmentType.LEFT,
} as const;

/**
 * Body text runs carry only what Normal does not say: the grid's character spacing and bold.
 * Note: the font, size and language come from Normal; writing them on every run as well made
 * the document.xml about twice as large and took about a fifth of the .docx time.
 */
const bodyRuns = (runs: readonly TreeRun[]): TextRun[] =>
  runs.map((run) => new TextRun({ characterSpacing: BODY_CHARACTER_SPACING, ...(run.bold ? { bold: true } : {}), text: run.text }));

const PX_PER_MM = 96 / 25.4;

export const blockHandlers: BlockHandlers<DocxPiece[], RenderContext> = {
  title: (node, ctx) => {
    // Where the .pdf broke the title at its break hints, the same lines, with line breaks.
    const titleLines = ctx.plan.titleLines[ctx.blockIndex] ?? [node.text];
    const lines = [
      { texts: titleLines, sizePt: preset.sizes.title },
      ...(node.subtitle ? [{ texts: [node.subtitle], sizePt: preset.sizes.subtitle }] : []),
    ];
    return lines.map((line, index) =>
      content(
        new Paragraph({
          style: STYLE_IDS.title,
          // The title at its own pitch (the style's), the subtitle on the body grid, as in the .pdf;
          // one empty line between the title block and the text (GB/T 9704 7.3.3).
          spacing: {
            ...(index === 0 ? { line: offGridPitchTwips(line.sizePt), lineRule: LineRuleType.EXACT } : BODY_SPACING),
            after: index === lines.length - 1 ? LINE_PITCH_TWIPS : 0,
          },
          children: line.texts.map((text, k) => new TextRun({ ...runOptions('title', line.sizePt), text, ...(k > 0 ? { break: 1 } : {}) })),
        }),
      ),
    );
  },

  // The heading's font, size, boldness and spacing are its style's (HEADING_LOOKS); a 公开表's
  // title has a style of its own (TableTitle, a second-level heading for the 目录).
  heading: (node) => [
    content(
      new Paragraph({
        style: node.tableTitle ? STYLE_IDS.tableTitle : node.toc ? STYLE_IDS.tocHeading(node.level) : STYLE_IDS.plainHeading(node.level),
        children: [
          // Note: a table title's ordinal (一、) is hidden text: the 目录 (docx's entries, and Word's
          // when it updates the field) takes the heading's whole text, the page shows the name alone.
          ...(node.tableTitle?.tocOrdinal ? [new TextRun({ text: node.tableTitle.tocOrdinal, vanish: true })] : []),
          new TextRun({ text: node.text }),
        ],
      }),
    ),
  ],

  paragraph: (node) => [
    content(
      new Paragraph({
        alignment: PARAGRAPH_ALIGNMENT[node.align],
        indent: { firstLine: node.indent ? FIRST_LINE_INDENT_TWIPS : 0 },
        spacing: BODY_SPACING,
        ...(node.keepWithNext ? { keepNext: true } : {}),
        children: bodyRuns(node.runs),
      }),
    ),
  ],

  table: (node, ctx) =>
    renderTable(node, textWidthTwips(preset.page[ctx.orientation]), {
      pageStarts: ctx.plan.tableBreaks[ctx.blockIndex] ?? [],
      balancedCells: ctx.plan.balancedCells[ctx.blockIndex] ?? {},
    }).map(content),

  figure: (node, ctx) => {
    const image = ctx.images[node.imageId];
    if (!image) throw new Error(msg`图“${node.caption}”引用的图片 ${node.imageId} 不存在`);
    const geometry = preset.page[ctx.orientation];
    const textWidthMm = geometry.widthMm - geometry.marginLeftMm - geometry.marginRightMm;
    // Drawn as large as in the .pdf, which shrinks a figure rather than leave a page half empty.
    const widthMm = Math.min(image.widthMm, textWidthMm) * (ctx.plan.figureScales[ctx.blockIndex] ?? 1);
    const width = Math.round(widthMm * PX_PER_MM);
    const height = Math.round((width * image.heightPx) / image.widthPx);
    const drawingId = ctx.nextDrawingId();
    return [
      content(
        new Paragraph({
          style: STYLE_IDS.figure,
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: image.png,
              transformation: { width, height },
              // Note: without an id of its own every drawing gets id 1 and Word may call the file damaged (docx #2719).
              altText: { id: String(drawingId), name: image.alt, description: image.alt, title: image.alt },
            }),
          ],
        }),
      ),
      content(
        new Paragraph({
          style: STYLE_IDS.caption,
          keepLines: true,
          children: [new TextRun({ ...runOptions('body', preset.sizes.caption), text: node.caption })],
        }),
      ),
    ];
  },

  pageBreak: (node) => [{ kind: 'section', orientation: node.orientation }],

  toc: (node) => renderToc(node).map(content),
};
