/**
 * Fonts, run and paragraph formatting, and the style sheet of the .docx, from the layout
 * preset (ARCHITECTURE.md §6). Takes nothing; exports the measures in twips, helpers that build the
 * run options every run is written with, and `documentStyles`, the full style sheet given to
 * the Document.
 */

import {
  AlignmentType,
  DocumentDefaults,
  ImportedXmlComponent,
  LineRuleType,
  type IParagraphStyleOptions,
  type IRunOptions,
  type ISpacingProperties,
  type IStylesOptions,
} from 'docx';
import type { HeadingLevel, TableNode } from '../../tree/types.js';
import { mmToTwip, preset, ptToTwip, tableLinePitchPt, type FontRole, type PageGeometry } from '../../layout/preset.js';

/** Exact line pitch of body text: 28.95 pt ≈ 579 twips, 22 lines on a portrait page. */
export const LINE_PITCH_TWIPS = ptToTwip(preset.linePitchPt);
/** Two characters at the body size. */
export const FIRST_LINE_INDENT_TWIPS = ptToTwip(preset.firstLineIndentPt);
/** Word's "single" line spacing (auto rule, 240 = 1 line). */
const SINGLE_LINE = 240;

/**
 * Width of the text block of a page in twips, rounded as the section writes it (paper less the
 * two margins, each in whole twips), so tables and the 目录's right tab end exactly at the margin.
 */
export function textWidthTwips(geometry: PageGeometry): number {
  return mmToTwip(geometry.widthMm) - mmToTwip(geometry.marginLeftMm) - mmToTwip(geometry.marginRightMm);
}

/**
 * Character spacing of body text, so that a portrait line holds `charsPerLine` (28) characters
 * at 16 pt as the .pdf does: 8844 / 28 = 315.9 twips per character, 320 at 16 pt, so −5 twips.
 * Note: without it Word fits only 27 characters, the lines wrap differently from the .pdf and
 * the page numbers in the 目录 (taken from the .pdf's layout) drift.
 */
export const BODY_CHARACTER_SPACING = Math.floor(textWidthTwips(preset.page.portrait) / preset.charsPerLine - ptToTwip(preset.sizes.body));

/** Half-points, as `w:sz` wants them. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);

/** The font attributes of a role: the Chinese office font for East Asian text, Latin for the rest. */
export function fontOf(role: FontRole) {
  const latin = preset.docxFonts.latin;
  return { ascii: latin, hAnsi: latin, eastAsia: preset.docxFonts[role], hint: 'eastAsia' };
}

const LANGUAGE = { eastAsia: 'zh-CN' } as const;

/** Options every run is written with: its font (with the East Asian attribute), size, language. */
export function runOptions(role: FontRole, sizePt: number, extra: { bold?: boolean; body?: boolean } = {}) {
  return {
    font: fontOf(role),
    size: halfPoints(sizePt),
    language: LANGUAGE,
    ...(extra.bold ? { bold: true } : {}),
    ...(extra.body ? { characterSpacing: BODY_CHARACTER_SPACING } : {}),
  } satisfies IRunOptions;
}

/** Body line spacing: exact pitch, nothing before or after. */
export const BODY_SPACING: ISpacingProperties = {
  line: LINE_PITCH_TWIPS,
  lineRule: LineRuleType.EXACT,
  before: 0,
  after: 0,
};

/** How each heading level looks (ARCHITECTURE.md §6): 第一部分 centred 黑体, 一、黑体, （一）楷体, 1. 仿宋 bold. */
export const HEADING_LOOKS: Record<HeadingLevel, { role: FontRole; bold: boolean; centered: boolean }> = {
  0: { role: 'heading1', bold: false, centered: true },
  1: { role: 'heading1', bold: false, centered: false },
  2: { role: 'heading2', bold: false, centered: false },
  3: { role: 'body', bold: true, centered: false },
};

/**
 * Style ids. Headings listed in the 目录 use Word's built-in Heading 1–4 (outline levels 0–3),
 * so the TOC field finds them when Word updates it; headings left out of the 目录 use look-alike
 * styles without an outline level, so an update does not add them.
 */
export const STYLE_IDS = {
  title: 'Title',
  tocHeading: (level: HeadingLevel) => `Heading${level + 1}`,
  plainHeading: (level: HeadingLevel) => `PlainHeading${level + 1}`,
  tocEntry: (tocLevel: number) => `TOC${tocLevel}`,
  /** Table cell text at the table's size: its exact pitch is the style's (tableLinePitchPt). */
  tableText: (size: TableNode['size']) => (size === 'small' ? 'TableText' : size === 'smaller' ? 'TableTextSmaller' : 'TableTextNormal'),
  tableBreak: 'TableBreak',
  figure: 'Figure',
  caption: 'Caption',
  /** A 公开表's title (listed in the 目录 at level 2, through its outline level). */
  tableTitle: 'TableTitle',
} as const;

const HEADING_LEVELS: readonly HeadingLevel[] = [0, 1, 2, 3];

function headingStyle(level: HeadingLevel, inToc: boolean): IParagraphStyleOptions {
  const look = HEADING_LOOKS[level];
  return {
    id: inToc ? STYLE_IDS.tocHeading(level) : STYLE_IDS.plainHeading(level),
    name: inToc ? `heading ${level + 1}` : `Plain Heading ${level + 1}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: runOptions(look.role, preset.sizes.heading, { bold: look.bold, body: true }),
    paragraph: {
      alignment: look.centered ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      indent: { firstLine: look.centered ? 0 : FIRST_LINE_INDENT_TWIPS },
      spacing: BODY_SPACING,
      keepNext: true,
      keepLines: true,
      ...(inToc ? { outlineLevel: level } : {}),
    },
  };
}

/** TOC 1–4: the entries of the 目录, one character more indent per level. */
function tocEntryStyle(tocLevel: number): IParagraphStyleOptions {
  return {
    id: STYLE_IDS.tocEntry(tocLevel),
    name: `toc ${tocLevel}`,
    basedOn: 'Normal',
    next: 'Normal',
    run: runOptions('body', preset.sizes.toc, { body: true }),
    paragraph: {
      alignment: AlignmentType.LEFT,
      indent: { left: (tocLevel - 1) * ptToTwip(preset.sizes.toc), firstLine: 0 },
      spacing: BODY_SPACING,
    },
  };
}

/**
 * Note: docx's paragraph style options have no `snapToGrid`, and a paragraph at single spacing
 * that snaps to the 22-line document grid takes a whole 28.95 pt grid line per text line: table
 * rows would be huge. These styles (and the title, below) are written as XML to switch snapping off.
 */
function gridFreeStyle(id: string, name: string): ImportedXmlComponent {
  return ImportedXmlComponent.fromXmlString(
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}">` +
      `<w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
      `<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${SINGLE_LINE}" w:lineRule="auto"/>` +
      `<w:ind w:firstLine="0"/></w:pPr></w:style>`,
  );
}

/**
 * Table cell text: off the grid, at the exact pitch of the .pdf's table lines for `sizePt`
 * (tableLinePitchPt), so rows are as tall as the .pdf's whatever font the reader's
 * application substitutes. Note: in the style, not on each of the ~900 cell paragraphs of a
 * 部门决算说明 (each one costs docx serialisation time).
 */
function tableTextStyle(id: string, name: string, sizePt: number): ImportedXmlComponent {
  return ImportedXmlComponent.fromXmlString(
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}">` +
      `<w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
      `<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${ptToTwip(tableLinePitchPt(sizePt))}" w:lineRule="exact"/>` +
      `<w:ind w:firstLine="0"/></w:pPr></w:style>`,
  );
}

/** The one-point paragraph between two pieces of a table cut at a page break (see table.ts). */
function tableBreakStyle(): ImportedXmlComponent {
  return ImportedXmlComponent.fromXmlString(
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${STYLE_IDS.tableBreak}">` +
      `<w:name w:val="Table Break"/><w:basedOn w:val="Normal"/>` +
      `<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:ind w:firstLine="0"/></w:pPr>` +
      `<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:style>`,
  );
}

/** Exact line pitch of lines off the body grid (title, captions): a multiple of their size. */
export const offGridPitchTwips = (sizePt: number): number => ptToTwip(sizePt * preset.offGridPitchFactor);

/**
 * A centred style off the body grid: `sizePt` text at preset.offGridPitchFactor lines of its
 * size, as the .pdf sets the title and the captions. Written as XML to switch grid snapping off
 * (see gridFreeStyle). Note: Word ignores the document grid for exact line spacing, but
 * LibreOffice gives a line whose font is taller than the 28.95 pt pitch (the 22 pt title) two
 * grid lines, and a 14 pt caption a whole one: a two-line report title took four lines and
 * pushed the report a page on against the .pdf.
 */
function offGridStyle(id: string, name: string, role: FontRole, sizePt: number, keepNext: boolean): ImportedXmlComponent {
  return ImportedXmlComponent.fromXmlString(
    `<w:style w:type="paragraph" w:styleId="${id}">` +
      `<w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
      `<w:pPr>${keepNext ? '<w:keepNext/>' : ''}<w:snapToGrid w:val="0"/>` +
      `<w:spacing w:before="0" w:after="0" w:line="${offGridPitchTwips(sizePt)}" w:lineRule="exact"/>` +
      `<w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>` +
      `${runPropertiesXml(role, sizePt)}</w:style>`,
  );
}

/**
 * A 公开表's title: a heading of the 目录's second level (based on Heading 2, with its outline
 * level, so the TOC field and docx's entries list it) set as the .pdf sets it: centred, in the
 * table title's font and size, at its own pitch off the body grid, without the body's character
 * spacing. Written as XML for the grid snapping (see gridFreeStyle).
 */
function tableTitleStyle(): ImportedXmlComponent {
  const font = fontOf('heading1');
  const size = halfPoints(preset.sizes.tableTitle);
  return ImportedXmlComponent.fromXmlString(
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${STYLE_IDS.tableTitle}">` +
      `<w:name w:val="Table Title"/><w:basedOn w:val="${STYLE_IDS.tocHeading(1)}"/><w:next w:val="Normal"/><w:qFormat/>` +
      `<w:pPr><w:keepNext/><w:keepLines/><w:snapToGrid w:val="0"/>` +
      `<w:spacing w:before="0" w:after="0" w:line="${offGridPitchTwips(preset.sizes.tableTitle)}" w:lineRule="exact"/>` +
      `<w:ind w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="1"/></w:pPr>` +
      `<w:rPr><w:rFonts w:ascii="${font.ascii}" w:hAnsi="${font.hAnsi}" w:eastAsia="${font.eastAsia}" w:hint="${font.hint}"/>` +
      `<w:spacing w:val="0"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`,
  );
}

/** A run's font, size and language as XML (w:rPr). */
function runPropertiesXml(role: FontRole, sizePt: number): string {
  const font = fontOf(role);
  const size = halfPoints(sizePt);
  return (
    `<w:rPr><w:rFonts w:ascii="${font.ascii}" w:hAnsi="${font.hAnsi}" w:eastAsia="${font.eastAsia}" w:hint="${font.hint}"/>` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:eastAsia="${LANGUAGE.eastAsia}"/></w:rPr>`
  );
}

/**
 * Normal, which every other style is based on: body text at the exact pitch, justified, and
 * the line and page breaking of the .pdf's paginator: widow control (no paragraph leaves a
 * single line at the foot or the head of a page), a comma or full stop that does not fit
 * hanging past the margin, and no extra space between Chinese text and Latin letters or digits.
 * Note: written as XML because docx's style options have no widowControl and never write
 * autoSpaceDN off, and Word's own defaults differ from a .docx that leaves them out.
 */
function normalStyle(): ImportedXmlComponent {
  return ImportedXmlComponent.fromXmlString(
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
      `<w:pPr><w:widowControl/><w:overflowPunct/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>` +
      `<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH_TWIPS}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>` +
      `${runPropertiesXml('body', preset.sizes.body)}</w:style>`,
  );
}

/**
 * The whole style sheet. Note: giving `importedStyles` replaces docx's own default styles
 * (document defaults, Normal, headings, TOC), so every style the document uses is listed here.
 */
export function documentStyles(): IStylesOptions {
  return {
    importedStyles: [
      new DocumentDefaults({
        run: runOptions('body', preset.sizes.body),
        paragraph: { spacing: BODY_SPACING },
      }),
      normalStyle(),
      tableTextStyle(STYLE_IDS.tableText('small'), 'Table Text', preset.sizes.table),
      tableTextStyle(STYLE_IDS.tableText('smaller'), 'Table Text Smaller', preset.sizes.tableSmaller),
      tableTextStyle(STYLE_IDS.tableText('normal'), 'Table Text Normal', preset.sizes.tableNormal),
      tableBreakStyle(),
      gridFreeStyle(STYLE_IDS.figure, 'Figure'),
      offGridStyle(STYLE_IDS.title, 'Title', 'title', preset.sizes.title, true),
      offGridStyle(STYLE_IDS.caption, 'Caption', 'body', preset.sizes.caption, false),
      tableTitleStyle(),
    ],
    paragraphStyles: [
      ...HEADING_LEVELS.map((level) => headingStyle(level, true)),
      ...HEADING_LEVELS.map((level) => headingStyle(level, false)),
      ...[1, 2, 3, 4].map(tocEntryStyle),
    ],
  };
}
