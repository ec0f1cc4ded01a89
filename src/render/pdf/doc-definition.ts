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
  ContentStack,
  ContentText,
  Node,
  NodeQueries,
  TDocumentDefinitions,
} from 'pdfmake/interfaces.js';
import { mmToPt, preset } from '../../layout/preset.js';
import { tocHeadings } from '../../tree/toc.js';
import type {
  BlockHandlers,
  DocumentTree,
  HeadingNode,
  ImageAsset,
  TextRun,
} from '../../tree/types.js';
import type { PdfFontRole, PdfFonts } from './fonts.js';
import { textWidthPt } from './glyph-metrics.js';
import type { StyledRun } from './line-breaker.js';
import { lineNodes, type LineFormat } from './line-nodes.js';
import { gridPitchPt, gridSpacingPt, pagePt, type Orientation } from './page-layout.js';
import { tableContent } from './table-content.js';
import { labelOverlays, TABLE_RULE_PT, type LabelOverlay, type TableLabel } from './table-labels.js';
import { FAMILY, headingRole, runStyle, tocRole, type RunStyle } from './text-styles.js';

export const PRODUCER = 'final-accounts-report (pdfmake)';
export const CREATOR = 'final-accounts-report';

/*
 * headlineLevel marks: pdfmake hands the page-break callback only a few properties of each
 * node (not its style), and headlineLevel is one it never uses itself.
 */
/** Nodes that must not end a page (headings, table captions). */
const KEEP_WITH_NEXT = 1;
/** The content of each section, so page-break logic can see sections. */
const SECTION_MARK = 2;
/** The page-number footers, so page-break logic can ignore them. */
const PAGE_NUMBER_MARK = 3;
/** Leader character of the 目录 and the room kept free before the page number. */
const TOC_LEADER = '.';
const TOC_LEADER_GAP_PT = 4;

/** A heading's first line; pdfmake makes the id a named destination (the 目录 links to it). */
export type HeadingText = ContentText & { id: string };

export interface PdfBuild {
  definition: TDocumentDefinitions;
  /** HeadingNode.id → its pdfmake text node; pdfmake adds `positions` while laying out. */
  headingNodes: Map<string, HeadingText>;
  /** The headings the 目录 lists, in document order. */
  tocEntries: HeadingNode[];
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
  tocEntries: HeadingNode[];
  /** Digits the 目录's page-number column is wide enough for. */
  tocNumberDigits: number;
  /** Id of the last heading seen at each level, for the PDF outline (bookmarks). */
  lastHeadingIdByLevel: (string | undefined)[];
  /** Tables so far, which numbers their keys. */
  tableCount: number;
  /** The labels of the tables' cut merged cells, which the footers draw (see table-labels). */
  tableLabels: TableLabel[];
}

/** 3号 text on the grid: 16 pt, 28 characters a line, lines 28.95 pt apart. */
function gridFormat(ctx: BuildContext, align: LineFormat['align'], indent: boolean): LineFormat {
  const body = ctx.fonts.byRole.body;
  return {
    size: preset.sizes.body,
    spacing: gridSpacingPt(body),
    width: pagePt(ctx.orientation).textWidth,
    indent: indent ? 2 * gridPitchPt(body) : 0,
    align,
  };
}

const gridStyle = (ctx: BuildContext, role: PdfFontRole): RunStyle =>
  runStyle(ctx.fonts, role, preset.sizes.body, preset.linePitchPt);

/** Text off the grid (title, captions): no character spacing, lines `factor` sizes apart. */
/** Centred lines off the body grid, at preset.offGridPitchFactor times their size. */
function offGrid(ctx: BuildContext, role: PdfFontRole, size: number, text: string): ContentText[] {
  const format: LineFormat = { size, spacing: 0, width: pagePt(ctx.orientation).textWidth, indent: 0, align: 'center' };
  return lineNodes([{ text, style: runStyle(ctx.fonts, role, size, size * preset.offGridPitchFactor) }], format);
}

/** Lines of one block: the single line itself, or a stack of them. */
const block = (lines: ContentText[]): ContentText | ContentStack => (lines.length === 1 ? lines[0]! : { stack: lines });

const paragraphRuns = (ctx: BuildContext, runs: TextRun[]): StyledRun<RunStyle>[] => {
  const body = gridStyle(ctx, 'body');
  const bold = gridStyle(ctx, 'bodyBold');
  const styled = runs.map((run) => ({ text: run.text, style: run.bold ? bold : body }));
  return styled.length > 0 ? styled : [{ text: '', style: body }];
};

const handlers: BlockHandlers<Content[], BuildContext> = {
  title(node, ctx) {
    const lines: Content[] = offGrid(ctx, 'title', preset.sizes.title, node.text);
    if (node.subtitle) {
      const style = runStyle(ctx.fonts, 'heading2', preset.sizes.subtitle, preset.linePitchPt);
      const format: LineFormat = { ...gridFormat(ctx, 'center', false), size: preset.sizes.subtitle, spacing: 0 };
      lines.push(...lineNodes([{ text: node.subtitle, style }], format));
    }
    return [{ stack: lines, margin: [0, 0, 0, preset.linePitchPt] }];
  },

  heading(node, ctx) {
    const parentId = ctx.lastHeadingIdByLevel.slice(0, node.level).reverse().find((id) => id !== undefined);
    ctx.lastHeadingIdByLevel.length = node.level;
    ctx.lastHeadingIdByLevel[node.level] = node.id;
    const format = gridFormat(ctx, node.level === 0 ? 'center' : 'left', node.level > 0);
    const lines = lineNodes([{ text: node.text, style: gridStyle(ctx, headingRole(node.level)) }], format);
    for (const line of lines) line.headlineLevel = KEEP_WITH_NEXT;
    const first: HeadingText = Object.assign(lines[0]!, {
      id: node.id,
      outline: true,
      outlineText: node.text,
      ...(parentId ? { outlineParentId: parentId } : {}),
    });
    ctx.headingNodes.set(node.id, first);
    return [block(lines)];
  },

  paragraph(node, ctx) {
    return [block(lineNodes(paragraphRuns(ctx, node.runs), gridFormat(ctx, node.align, node.indent)))];
  },

  table(node, ctx) {
    const content: Content[] = [];
    if (node.caption) {
      const caption = offGrid(ctx, 'bodyBold', preset.sizes.caption, node.caption);
      for (const line of caption) line.headlineLevel = KEEP_WITH_NEXT;
      content.push({ stack: caption, margin: [0, preset.linePitchPt / 4, 0, preset.linePitchPt / 4] });
    }
    const table = tableContent(node, pagePt(ctx.orientation).textWidth, ctx.fonts, {
      key: `t${ctx.tableCount++}`,
    });
    ctx.tableLabels.push(...table.labels);
    content.push(table.content);
    return content;
  },

  figure(node, ctx) {
    const asset = ctx.tree.images[node.imageId];
    if (!asset) throw new Error(`图“${node.caption}”引用的图片 ${node.imageId} 不存在`);
    const width = Math.min(mmToPt(asset.widthMm), pagePt(ctx.orientation).textWidth);
    return [
      {
        unbreakable: true,
        margin: [0, preset.linePitchPt / 4, 0, preset.linePitchPt / 4],
        stack: [
          { image: ctx.addImage(asset), width, alignment: 'center' },
          ...offGrid(ctx, 'body', preset.sizes.caption, node.caption),
        ],
      },
    ];
  },

  pageBreak(node, ctx) {
    ctx.startSection(node.orientation);
    return [];
  },

  toc(node, ctx) {
    const title = offGrid(ctx, 'title', preset.sizes.title, node.title);
    const lines = ctx.tocEntries.map((entry) => tocLine(entry, ctx));
    return [
      {
        stack: [{ stack: title, margin: [0, 0, 0, preset.linePitchPt] }, ...lines],
        margin: [0, 0, 0, preset.linePitchPt],
      },
    ];
  },
};

/**
 * One 目录 line: heading text, a run of leader dots and the page number flush right. The
 * number is the heading's physical page, the same number its page foot shows, filled in
 * by pdfmake's `pageReference` when the page is drawn: one layout pass is enough.
 * Note: pdfmake lays a page reference out as "00000" and, when drawing, replaces it with
 * the number and moves it by the width saved (it is right-aligned), so the number ends at
 * the margin. The column is only as wide as `tocNumberDigits` digits; the placeholder may
 * overhang it to the left while laying out, which draws nothing.
 */
function tocLine(entry: HeadingNode, ctx: BuildContext): ContentColumns {
  const role = tocRole(entry.level);
  const style: RunStyle = { ...gridStyle(ctx, role), linkToDestination: entry.id };
  const format = gridFormat(ctx, 'left', false);
  const indent = entry.level * 2 * gridPitchPt(ctx.fonts.byRole.body);
  const number = '0'.repeat(ctx.tocNumberDigits);
  const numberWidth = textWidthPt(style.font, number, format.size) + format.spacing * (number.length - 1);
  const width = format.width - indent - numberWidth - TOC_LEADER_GAP_PT;
  const lines = lineNodes([{ text: entry.text, style }], { ...format, width });
  const last = lines[lines.length - 1]!;
  const lastRun = (last.text as ContentText[])[0]!;
  const used = textWidthPt(style.font, String(lastRun.text), format.size) + format.spacing * String(lastRun.text).length;
  const leader = textWidthPt(style.font, TOC_LEADER, format.size) + format.spacing;
  lastRun.text = String(lastRun.text) + TOC_LEADER.repeat(Math.max(0, Math.floor((width - used) / leader)));
  const [numberLine] = lineNodes([{ text: number, style }], { ...format, width: numberWidth, align: 'right' });
  const numberRun = (numberLine!.text as ContentText[])[0]!;
  Object.assign(numberRun, { pageReference: entry.id, alignment: 'right' });
  return {
    margin: [indent, 0, 0, 0],
    columnGap: 0,
    columns: [
      { width: '*', ...block(lines) },
      { width: 'auto', ...numberLine! },
    ],
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
    font: FAMILY.body,
    fontSize: preset.sizes.pageNumber,
    headlineLevel: PAGE_NUMBER_MARK,
    alignment: odd ? 'right' : 'left',
    margin: [left + (odd ? 0 : oneChar), mmToPt(preset.pageNumberGapMm), right + (odd ? oneChar : 0), 0],
  };
}

/** Marks a footer node and everything in it, so page-break logic ignores them. */
function footerNode<T extends object>(node: T): T {
  return { ...node, headlineLevel: PAGE_NUMBER_MARK };
}

/**
 * One table label's lines or rule (see table-labels) as footer content: a detached block
 * whose negative top margin lifts it from the footer to its place on the page.
 * Note: pdfmake gives a footer only the bottom margin's height; lifting the content with a
 * margin (unlike relativePosition) gives it the room it moves up by.
 */
function overlayNode(overlay: LabelOverlay, footerTop: number, pageWidth: number): Content {
  const y = overlay.y - footerTop;
  const inner: Content = overlay.lines
    ? footerNode({
        stack: overlay.lines.map((line) => footerNode(line as object)) as Content[],
        margin: [overlay.x, y, pageWidth - overlay.x - overlay.width, 0] as [number, number, number, number],
      })
    : footerNode({ canvas: [{ type: 'line' as const, x1: overlay.x, y1: y, x2: overlay.x + overlay.width, y2: y, lineWidth: TABLE_RULE_PT }] });
  return footerNode({ relativePosition: { x: 0, y: 0 }, stack: [inner] });
}

/**
 * The footer of every page: its number, and the table labels that landed on it. pdfmake
 * calls it page by page once the content is laid out, so the first call places the labels.
 */
function footer(labels: readonly TableLabel[]) {
  let overlays = new Map<number, LabelOverlay[]>();
  return (currentPage: number, pageCount: number, pageSize: { orientation: Orientation }): Content => {
    if (currentPage === 1) overlays = labelOverlays(labels);
    const page = pagePt(pageSize.orientation);
    const extra = (overlays.get(currentPage) ?? []).map((o) => overlayNode(o, page.height - page.margins[3], page.width));
    const number = pageNumberFooter(currentPage, pageCount, pageSize);
    return extra.length === 0 ? number : footerNode({ stack: [...extra, number] });
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
    .filter((n) => n.headlineLevel !== PAGE_NUMBER_MARK && n.headlineLevel !== KEEP_WITH_NEXT);
  const next = queries.getNodesOnNextPage()[0];
  return following.length === 0 && next !== undefined && next.headlineLevel !== SECTION_MARK;
}

/**
 * Keeps headings with the start of the block after them (a paragraph's first line, or a
 * figure): one unbreakable stack that pdfmake moves to the next page whole when it does
 * not fit, followed by the rest of the paragraph. Returns the content to add.
 * Note: pdfmake's pageBreakBefore (keepWithNext) does the same, but lays out the whole
 * document again for every heading it moves; an unbreakable stack costs nothing extra.
 * pdfmake corrects the page of an id'd node (each heading's first line) when it moves an
 * unbreakable stack, so headingPages stay right.
 */
function keepTogether(headings: Content[], next: Content): Content[] {
  for (const heading of headings) {
    const lines = 'stack' in (heading as object) ? (heading as ContentStack).stack : [heading];
    for (const line of lines) delete (line as ContentText).headlineLevel;
  }
  const isParagraph = !('unbreakable' in (next as object));
  const lines = isParagraph && 'stack' in (next as object) ? (next as ContentStack).stack : [next];
  const [first, ...rest] = lines;
  return [
    { stack: [...headings, first!], unbreakable: true },
    ...(rest.length > 0 ? [{ stack: rest }] : []),
  ];
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
  tocNumberDigits = 2,
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
    tocEntries: tocHeadings(tree),
    tocNumberDigits,
    lastHeadingIdByLevel: [],
    tableCount: 0,
    tableLabels: [],
  };

  /** Headings waiting for the block they are kept with. */
  let pending: Content[] = [];
  const add = (content: Content[]): void => {
    sections[sections.length - 1]!.content.push(...pending, ...content);
    pending = [];
  };
  for (const block of tree.blocks) {
    if (block.type === 'pageBreak') add([]);
    const handler = handlers[block.type] as (node: typeof block, c: BuildContext) => Content[];
    const content = handler(block, ctx);
    if (block.type === 'heading') pending.push(...content);
    else if (pending.length > 0 && (block.type === 'paragraph' || block.type === 'figure')) {
      const grouped = keepTogether(pending, content[0]!);
      pending = [];
      add(grouped);
    } else add(content);
  }
  add([]);

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
    defaultStyle: { font: FAMILY.body, fontSize: preset.sizes.body, lineHeight: 1 },
    images,
    footer: footer(ctx.tableLabels),
    pageBreakBefore: keepWithNext,
    content: sections.map((section): ContentSection => {
      const page = pagePt(section.orientation);
      return {
        section: { stack: section.content, headlineLevel: SECTION_MARK },
        pageSize: { width: page.width, height: page.height },
        pageOrientation: section.orientation,
        pageMargins: page.margins,
      };
    }),
  };
  return { definition, headingNodes: ctx.headingNodes, tocEntries: ctx.tocEntries };
}
