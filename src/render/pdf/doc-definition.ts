/**
 * Document tree → pdfmake document definition. Takes a DocumentTree, the loaded fonts and
 * (for the second layout pass) the page of each 目录 heading; returns the definition plus
 * the heading nodes whose `positions` pdfmake fills in during layout. Pure apart from
 * reading font metrics from the process-wide font cache: no rendering happens here.
 *
 * Blocks are grouped into pdfmake sections: a pageBreak node starts a new section with
 * its orientation, page size and margins.
 * Note: pdfmake's `pageOrientation` on a page break turns the paper but keeps the portrait
 * margins; only a section sets the landscape ones.
 */

import type {
  Content,
  ContentColumns,
  ContentSection,
  ContentText,
  Node,
  NodeQueries,
  StyleDictionary,
  TDocumentDefinitions,
} from 'pdfmake/interfaces.js';
import { mmToPt, preset } from '../../layout/preset.js';
import type {
  BlockHandlers,
  DocumentTree,
  HeadingLevel,
  HeadingNode,
  ImageAsset,
} from '../../tree/types.js';
import { lineHeightFactor, textWidthPt, type PdfFontRole, type PdfFonts } from './fonts.js';
import { gridFontSizePt, pagePt, type Orientation } from './page-layout.js';
import { runsToInlines, tableContent } from './table-content.js';

/** pdfmake font family names; each maps every style to one role's file. */
export const FAMILY = {
  body: 'Body',
  heading1: 'Heading1',
  heading2: 'Heading2',
  title: 'Title',
} as const;

export const PRODUCER = 'final-accounts-report (pdfmake)';
export const CREATOR = 'final-accounts-report';

/** headlineLevel value of nodes that must not end a page (headings, table captions). */
const KEEP_WITH_NEXT = 1;
/** Style name of the page-number footers, so page-break logic can ignore them. */
const PAGE_NUMBER_STYLE = 'pageNumber';
/** Style name marking the content of each section, so page-break logic can see sections. */
const SECTION_STYLE = 'section';
/** The title is set at 1.5 lines of its own size (2号 on a 3号 grid does not fit). */
const TITLE_PITCH_FACTOR = 1.5;
/** Captions (4号, off the body grid) are set at 1.5 lines of their size. */
const CAPTION_PITCH_FACTOR = 1.5;
/** Leader character of the 目录 and the room kept free before the page number. */
const TOC_LEADER = '.';
const TOC_LEADER_GAP_PT = 4;

/** A heading's text node; pdfmake makes the id a named destination (the 目录 links to it). */
export type HeadingText = ContentText & { id: string };

export interface TocEntry {
  id: string;
  text: string;
  level: HeadingLevel;
}

export interface PdfBuild {
  definition: TDocumentDefinitions;
  /** HeadingNode.id → its pdfmake text node; pdfmake adds `positions` while laying out. */
  headingNodes: Map<string, HeadingText>;
  /** The headings the 目录 lists, in document order. */
  tocEntries: TocEntry[];
}

interface Section {
  orientation: Orientation;
  content: Content[];
}

interface BuildContext {
  tree: DocumentTree;
  fonts: PdfFonts;
  /** Orientation of the section being filled. */
  orientation: Orientation;
  startSection(orientation: Orientation): void;
  /** Registers a PNG under a key chosen here (never by the data) and returns the key. */
  addImage(asset: ImageAsset): string;
  headingNodes: Map<string, HeadingText>;
  tocEntries: TocEntry[];
  tocPages: Record<string, number> | undefined;
  /** Id of the last heading seen at each level, for the PDF outline (bookmarks). */
  lastHeadingIdByLevel: (string | undefined)[];
}

const headingStyle = (level: HeadingLevel): string => `heading${level}`;

const handlers: BlockHandlers<Content[], BuildContext> = {
  title(node) {
    const lines: Content[] = [{ text: node.text, style: 'title' }];
    if (node.subtitle) lines.push({ text: node.subtitle, style: 'subtitle' });
    return [{ stack: lines, style: 'titleBlock' }];
  },

  heading(node, ctx) {
    const parentId = ctx.lastHeadingIdByLevel.slice(0, node.level).reverse().find((id) => id !== undefined);
    ctx.lastHeadingIdByLevel.length = node.level;
    ctx.lastHeadingIdByLevel[node.level] = node.id;
    const text: HeadingText = {
      text: node.text,
      style: headingStyle(node.level),
      id: node.id,
      outline: true,
      headlineLevel: KEEP_WITH_NEXT,
      ...(parentId ? { outlineParentId: parentId } : {}),
    };
    ctx.headingNodes.set(node.id, text);
    return [text];
  },

  paragraph(node) {
    return [
      {
        text: runsToInlines(node.runs),
        alignment: node.align,
        style: node.indent ? 'bodyIndented' : 'body',
      },
    ];
  },

  table(node, ctx) {
    const content: Content[] = [];
    if (node.caption) content.push({ text: node.caption, style: 'tableCaption', headlineLevel: KEEP_WITH_NEXT });
    content.push(tableContent(node, pagePt(ctx.orientation).textWidth, ctx.fonts));
    return content;
  },

  figure(node, ctx) {
    const asset = ctx.tree.images[node.imageId];
    if (!asset) throw new Error(`图“${node.caption}”引用的图片 ${node.imageId} 不存在`);
    const width = Math.min(mmToPt(asset.widthMm), pagePt(ctx.orientation).textWidth);
    return [
      {
        unbreakable: true,
        style: 'figure',
        stack: [
          { image: ctx.addImage(asset), width, alignment: 'center' },
          { text: node.caption, style: 'figureCaption' },
        ],
      },
    ];
  },

  pageBreak(node, ctx) {
    ctx.startSection(node.orientation);
    return [];
  },

  toc(node, ctx) {
    const lines = ctx.tocEntries.map((entry) => tocLine(entry, ctx));
    return [{ stack: [{ text: node.title, style: 'tocTitle' }, ...lines], style: 'tocBlock' }];
  },
};

/**
 * One 目录 line: heading text, a run of leader dots and the page number flush right. The
 * number is the heading's physical page, the same number its page foot shows. On the
 * first layout pass the pages are not known yet and a placeholder of the same height
 * stands in; renderPdf lays out again with the real numbers.
 */
function tocLine(entry: TocEntry, ctx: BuildContext): ContentColumns {
  const role: PdfFontRole = entry.level === 0 ? 'heading1' : 'body';
  const font = ctx.fonts.byRole[role];
  const size = gridFontSizePt();
  const indent = entry.level * 2 * size;
  const number = String(ctx.tocPages?.[entry.id] ?? '00');
  const room =
    pagePt(ctx.orientation).textWidth -
    indent -
    textWidthPt(font, entry.text, size) -
    textWidthPt(font, number, size) -
    TOC_LEADER_GAP_PT;
  const leaders = Math.max(0, Math.floor(room / textWidthPt(font, TOC_LEADER, size)));
  const style = entry.level === 0 ? 'tocEntryPart' : 'tocEntry';
  return {
    margin: [indent, 0, 0, 0],
    columnGap: 0,
    columns: [
      { width: '*', text: entry.text + TOC_LEADER.repeat(leaders), style, linkToDestination: entry.id },
      { width: 'auto', text: number, style, alignment: 'right', linkToDestination: entry.id },
    ],
  };
}

function buildStyles(fonts: PdfFonts): StyleDictionary {
  const size = gridFontSizePt();
  const pitch = preset.linePitchPt;
  /** Two characters of the grid size (preset.firstLineIndentPt is the 16 pt value). */
  const indent = 2 * size;
  const factor = (role: PdfFontRole, sizePt: number, pitchPt: number): number =>
    lineHeightFactor(fonts.byRole[role], sizePt, pitchPt);
  const onGrid = (role: PdfFontRole): number => factor(role, size, pitch);
  const titleSize = preset.sizes.title;
  const captionSize = preset.sizes.caption;
  const captionPitch = captionSize * CAPTION_PITCH_FACTOR;
  return {
    body: { font: FAMILY.body, fontSize: size, lineHeight: onGrid('body') },
    bodyIndented: { font: FAMILY.body, fontSize: size, lineHeight: onGrid('body'), leadingIndent: indent },
    /** Title and subtitle, then one empty line. */
    titleBlock: { margin: [0, 0, 0, pitch] },
    title: {
      font: FAMILY.title,
      fontSize: titleSize,
      alignment: 'center',
      lineHeight: factor('title', titleSize, titleSize * TITLE_PITCH_FACTOR),
    },
    subtitle: { font: FAMILY.heading2, fontSize: preset.sizes.subtitle, alignment: 'center', lineHeight: onGrid('heading2') },
    heading0: { font: FAMILY.heading1, fontSize: size, alignment: 'center', lineHeight: onGrid('heading1') },
    heading1: { font: FAMILY.heading1, fontSize: size, lineHeight: onGrid('heading1'), leadingIndent: indent },
    heading2: { font: FAMILY.heading2, fontSize: size, lineHeight: onGrid('heading2'), leadingIndent: indent },
    heading3: { font: FAMILY.body, bold: true, fontSize: size, lineHeight: onGrid('bodyBold'), leadingIndent: indent },
    tocTitle: {
      font: FAMILY.title,
      fontSize: titleSize,
      alignment: 'center',
      lineHeight: factor('title', titleSize, titleSize * TITLE_PITCH_FACTOR),
      margin: [0, 0, 0, pitch],
    },
    /** The 目录, then one empty line (templates usually break the page after it). */
    tocBlock: { margin: [0, 0, 0, pitch] },
    tocEntryPart: { font: FAMILY.heading1, fontSize: size, lineHeight: onGrid('heading1') },
    tocEntry: { font: FAMILY.body, fontSize: size, lineHeight: onGrid('body') },
    tableCaption: {
      font: FAMILY.body,
      bold: true,
      fontSize: captionSize,
      alignment: 'center',
      lineHeight: factor('bodyBold', captionSize, captionPitch),
      margin: [0, pitch / 4, 0, pitch / 4],
    },
    tableSmall: { font: FAMILY.body, fontSize: preset.sizes.table, lineHeight: preset.tableLineHeight },
    tableNormal: { font: FAMILY.body, fontSize: preset.sizes.tableNormal, lineHeight: preset.tableLineHeight },
    figure: { margin: [0, pitch / 4, 0, pitch / 4] },
    figureCaption: {
      font: FAMILY.body,
      fontSize: captionSize,
      alignment: 'center',
      lineHeight: factor('body', captionSize, captionPitch),
    },
    [SECTION_STYLE]: {},
    [PAGE_NUMBER_STYLE]: { font: FAMILY.body, fontSize: preset.sizes.pageNumber },
  };
}

/**
 * Page number `— N —` in 4号, 7 mm below the text block, on the outer side with one
 * character of space (odd pages right, even pages left). Every page is numbered, the
 * first too, as GB/T 9704 numbers a document's first page; N is the physical page.
 */
function pageNumberFooter(currentPage: number, _pageCount: number, pageSize: { orientation: Orientation }): Content {
  const { margins } = pagePt(pageSize.orientation);
  const [left, , right] = margins;
  const oneChar = preset.sizes.pageNumber;
  const odd = currentPage % 2 === 1;
  return {
    // Note: Noto's U+2014 is 0.89 em; the `fwid` feature gives the full-width 一字线.
    text: [{ text: '—', fontFeatures: ['fwid'] }, ` ${currentPage} `, { text: '—', fontFeatures: ['fwid'] }],
    style: PAGE_NUMBER_STYLE,
    alignment: odd ? 'right' : 'left',
    margin: [left + (odd ? 0 : oneChar), mmToPt(preset.pageNumberGapMm), right + (odd ? oneChar : 0), 0],
  };
}

/**
 * Moves a heading or table caption that would end a page onto the next page, unless it is
 * already at the top of a page or the next page starts a new section (a page break in the
 * tree): moving it then would only leave a page behind.
 */
function keepWithNext(node: Node, queries: NodeQueries): boolean {
  if (node.headlineLevel !== KEEP_WITH_NEXT || node.startPosition.verticalRatio === 0) return false;
  // Note: footers are in pdfmake's node list too; they must not count as following text.
  const following = queries
    .getFollowingNodesOnPage()
    .filter((n) => n.style !== PAGE_NUMBER_STYLE && n.headlineLevel !== KEEP_WITH_NEXT);
  const next = queries.getNodesOnNextPage()[0];
  return following.length === 0 && next !== undefined && next.style !== SECTION_STYLE;
}

export function collectTocEntries(tree: DocumentTree): TocEntry[] {
  return tree.blocks
    .filter((b): b is HeadingNode => b.type === 'heading' && b.toc)
    .map(({ id, text, level }) => ({ id, text, level }));
}

function pngDataUrl(asset: ImageAsset): string {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, i) => asset.png[i] === byte)) {
    throw new Error(`图片“${asset.alt}”不是 PNG 文件`);
  }
  return `data:image/png;base64,${Buffer.from(asset.png).toString('base64')}`;
}

/** Parses the data's ISO date as midnight UTC, so the PDF dates never come from the clock. */
export function documentDate(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`文档日期无效：${isoDate}`);
  return date;
}

export function buildDocDefinition(
  tree: DocumentTree,
  fonts: PdfFonts,
  tocPages?: Record<string, number>,
): PdfBuild {
  const sections: Section[] = [{ orientation: 'portrait', content: [] }];
  const images: Record<string, string> = {};
  const imageKeys = new Map<ImageAsset, string>();
  const ctx: BuildContext = {
    tree,
    fonts,
    orientation: 'portrait',
    startSection(orientation) {
      const current = sections[sections.length - 1]!;
      // A break before any content (or two breaks in a row) only turns the pending section.
      if (current.content.length === 0) current.orientation = orientation;
      else sections.push({ orientation, content: [] });
      ctx.orientation = orientation;
    },
    addImage(asset) {
      let key = imageKeys.get(asset);
      if (!key) {
        key = `figure-${imageKeys.size + 1}`;
        imageKeys.set(asset, key);
        images[key] = pngDataUrl(asset);
      }
      return key;
    },
    headingNodes: new Map(),
    tocEntries: collectTocEntries(tree),
    tocPages,
    lastHeadingIdByLevel: [],
  };

  for (const block of tree.blocks) {
    const handler = handlers[block.type] as (node: typeof block, c: BuildContext) => Content[];
    sections[sections.length - 1]!.content.push(...handler(block, ctx));
  }

  const first = pagePt(sections[0]!.orientation);
  const date = documentDate(tree.meta.date);
  const definition: TDocumentDefinitions = {
    pageSize: { width: first.width, height: first.height },
    pageOrientation: sections[0]!.orientation,
    pageMargins: first.margins,
    language: tree.meta.language,
    info: {
      title: tree.meta.title,
      subject: tree.meta.subject,
      author: tree.meta.author,
      creator: CREATOR,
      producer: PRODUCER,
      creationDate: date,
      modDate: date,
    },
    defaultStyle: { font: FAMILY.body, fontSize: gridFontSizePt(), lineHeight: 1 },
    styles: buildStyles(fonts),
    images,
    footer: pageNumberFooter,
    pageBreakBefore: keepWithNext,
    content: sections.map((section): ContentSection => {
      const page = pagePt(section.orientation);
      return {
        section: { stack: section.content, style: SECTION_STYLE },
        pageSize: { width: page.width, height: page.height },
        pageOrientation: section.orientation,
        pageMargins: page.margins,
      };
    }),
  };
  return { definition, headingNodes: ctx.headingNodes, tocEntries: ctx.tocEntries };
}
