/**
 * Document tree → laid-out pages → pdfmake document definition. `layOutDocument` takes a
 * DocumentTree and the loaded fonts and returns its pages (see paginate) and the page plan
 * the .docx follows; `buildDocDefinition` turns those pages into the pdfmake definition, each
 * page's first fragment marked `pageBreak: 'before'`, so pdfmake draws exactly those pages.
 * Pure apart from reading font metrics from the process-wide font cache.
 *
 * Front matter: with a 目录, the pages up to and including the 目录's section (the cover and
 * the 目录) carry no page number, and the body's first page is numbered 1. The body is laid out
 * first, so the 目录 prints the numbers its headings got.
 *
 * Page breaks of the tree start pdfmake sections with their orientation, page size and margins.
 * Note: pdfmake's `pageOrientation` on a page break turns the paper but keeps the portrait
 * margins; only a section sets the landscape ones.
 */

import type { Content, ContentColumns, ContentSection, ContentStack, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { mmToPt, preset, tableLinePitchPt, tableSizePt } from '../../layout/preset.js';
import { tocHeadings, tocText } from '../../tree/toc.js';
import type { Block, DocumentTree, FigureNode, HeadingNode, ImageAsset, TableNode, TextRun, TocNode } from '../../tree/types.js';
import type { PagePlan } from '../page-plan.js';
import type { PdfFontRole, PdfFonts } from './fonts.js';
import { textWidthPt } from './glyph-metrics.js';
import type { StyledRun } from './line-breaker.js';
import { measuredLineNodes, type LineFormat } from './line-nodes.js';
import { gridPitchPt, gridSpacingPt, pagePt, type Orientation } from './page-layout.js';
import { paginate, type FlowItem, type Fragment, type LinesItem, type Page } from './paginate.js';
import { tableLayout } from './table-layout.js';
import { FAMILY, headingRole, runStyle, TABLE_TITLE_ROLE, tocRole, type RunStyle } from './text-styles.js';
import { msg } from '../../text/msg.js';
import { documentDate } from '../document-date.js';

export const PRODUCER = 'final-accounts-report (pdfmake)';
export const CREATOR = 'final-accounts-report';

/** Leader character of the 目录 and the room kept free before the page number. */
const TOC_LEADER = '.';
const TOC_LEADER_GAP_PT = 4;
/** Lines a split paragraph keeps on each page (widow and orphan control, as Word's). */
const MIN_LINES_AT_BREAK = 2;
/** Space above and below a figure or a table caption. */
const FIGURE_MARGIN = preset.linePitchPt / 4;

export interface DocumentLayout {
  tree: DocumentTree;
  /** Every page, the front matter's first. */
  pages: Page[];
  plan: PagePlan;
  /** The PNGs of the figures as data URLs, by the keys the figures use. */
  images: Record<string, string>;
}

interface BuildContext {
  tree: DocumentTree;
  fonts: PdfFonts;
  /** Orientation of the section being filled. */
  orientation: Orientation;
  /** Registers a PNG under a key chosen here (never by the data) and returns the key. */
  addImage(asset: ImageAsset): string;
  /** Id of the last heading seen at each level, for the PDF outline (bookmarks). */
  lastHeadingIdByLevel: (string | undefined)[];
  /** Titles broken at their break hints: block index → lines (PagePlan.titleLines). */
  titleLines: Record<number, string[]>;
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
    hangPunctuation: true,
  };
}

const gridStyle = (ctx: BuildContext, role: PdfFontRole): RunStyle => runStyle(ctx.fonts, role, preset.sizes.body, preset.linePitchPt);

/** Centred lines off the body grid (title, captions), at preset.offGridPitchFactor times their size. */
function offGrid(ctx: BuildContext, role: PdfFontRole, size: number, text: string): { lines: ContentText[]; heights: number[] } {
  const format: LineFormat = { size, spacing: 0, width: pagePt(ctx.orientation).textWidth, indent: 0, align: 'center' };
  return measuredLineNodes([{ text, style: runStyle(ctx.fonts, role, size, size * preset.offGridPitchFactor) }], format);
}

const total = (heights: readonly number[]): number => heights.reduce((sum, h) => sum + h, 0);

/** An item drawn whole. */
const unit = (lines: Content[], heights: number[], extra: Partial<LinesItem> = {}): LinesItem => ({
  kind: 'lines',
  lines,
  heights,
  minFirst: lines.length,
  minLast: lines.length,
  keepWithNext: false,
  ...extra,
});

const paragraphRuns = (ctx: BuildContext, runs: TextRun[]): StyledRun<RunStyle>[] => {
  const body = gridStyle(ctx, 'body');
  const bold = gridStyle(ctx, 'bodyBold');
  const styled = runs.map((run) => ({ text: run.text, style: run.bold ? bold : body }));
  return styled.length > 0 ? styled : [{ text: '', style: body }];
};

/**
 * The title's lines as texts: the whole title when it fits one line, else the parts between
 * its break hints, as many to a line as fit (a part too long for a line is broken by
 * offGrid in its turn).
 */
function titleLineTexts(node: Extract<Block, { type: 'title' }>, ctx: BuildContext): string[] {
  const fits = (text: string): boolean =>
    textWidthPt(ctx.fonts.byRole.title, text, preset.sizes.title) <= pagePt(ctx.orientation).textWidth;
  if (!node.breaks || node.breaks.length === 0 || fits(node.text)) return [node.text];
  const ends = [...node.breaks, node.text.length];
  const lines: string[] = [];
  ends.forEach((end, k) => {
    const part = node.text.slice(k === 0 ? 0 : ends[k - 1], end);
    const last = lines[lines.length - 1];
    if (last !== undefined && fits(last + part)) lines[lines.length - 1] = last + part;
    else lines.push(part);
  });
  return lines;
}

function titleItem(node: Extract<Block, { type: 'title' }>, index: number, ctx: BuildContext): LinesItem {
  const texts = titleLineTexts(node, ctx);
  if (texts.length > 1) ctx.titleLines[index] = texts;
  const lines: Content[] = [];
  const heights: number[] = [];
  for (const text of texts) {
    const title = offGrid(ctx, 'title', preset.sizes.title, text);
    lines.push(...title.lines);
    heights.push(...title.heights);
  }
  if (node.subtitle) {
    const style = runStyle(ctx.fonts, 'heading2', preset.sizes.subtitle, preset.linePitchPt);
    const format: LineFormat = { ...gridFormat(ctx, 'center', false), size: preset.sizes.subtitle, spacing: 0 };
    const subtitle = measuredLineNodes([{ text: node.subtitle, style }], format);
    lines.push(...subtitle.lines);
    heights.push(...subtitle.heights);
  }
  // One empty line between the title block and the text (GB/T 9704 7.3.3).
  return unit(lines, heights, { margin: [0, preset.linePitchPt], keepWithNext: true });
}

function headingItem(node: HeadingNode, ctx: BuildContext): LinesItem {
  const parentId = ctx.lastHeadingIdByLevel
    .slice(0, node.level)
    .reverse()
    .find((id) => id !== undefined);
  ctx.lastHeadingIdByLevel.length = node.level;
  ctx.lastHeadingIdByLevel[node.level] = node.id;
  const { lines, heights } = node.tableTitle
    ? offGrid(ctx, TABLE_TITLE_ROLE, preset.sizes.tableTitle, node.text)
    : measuredLineNodes(
        [{ text: node.text, style: gridStyle(ctx, headingRole(node.level)) }],
        gridFormat(ctx, node.level === 0 ? 'center' : 'left', node.level > 0),
      );
  // pdfmake makes the id a named destination (the 目录 links to it) and adds the outline entry.
  Object.assign(lines[0]!, { id: node.id, outline: true, outlineText: tocText(node), ...(parentId ? { outlineParentId: parentId } : {}) });
  return unit(lines, heights, { keepWithNext: true, headingId: node.id });
}

function paragraphItem(node: Extract<Block, { type: 'paragraph' }>, ctx: BuildContext): LinesItem {
  const { lines, heights } = measuredLineNodes(paragraphRuns(ctx, node.runs), gridFormat(ctx, node.align, node.indent));
  return {
    kind: 'lines',
    lines,
    heights,
    minFirst: MIN_LINES_AT_BREAK,
    minLast: MIN_LINES_AT_BREAK,
    keepWithNext: node.keepWithNext === true,
  };
}

/** Lines in a table's size and pitch (a form's head, its notes), `width` wide. */
function tableSizeLines(ctx: BuildContext, node: TableNode, text: string, align: LineFormat['align'], width: number) {
  const size = tableSizePt(node.size);
  const format: LineFormat = { size, spacing: 0, width, indent: 0, align };
  return measuredLineNodes([{ text, style: runStyle(ctx.fonts, 'body', size, tableLinePitchPt(size)) }], format);
}

/**
 * A form's head (公开01表 on the right; the unit on the left and the amount unit on the right of
 * the next line) as one unbreakable block above the table, with its height.
 */
function formHeadBlock(ctx: BuildContext, node: TableNode): { content: Content; height: number } | undefined {
  const head = node.formHead;
  if (!head) return undefined;
  const width = pagePt(ctx.orientation).textWidth;
  const label = tableSizeLines(ctx, node, head.label, 'right', width);
  const amountWidth = Math.min(width / 2, textWidthPt(ctx.fonts.byRole.body, head.amountUnit, tableSizePt(node.size)) + 1);
  const unitLines = tableSizeLines(ctx, node, head.unit, 'left', width - amountWidth);
  const amount = tableSizeLines(ctx, node, head.amountUnit, 'right', amountWidth);
  const line: ContentColumns = {
    columnGap: 0,
    columns: [
      { width: '*', stack: unitLines.lines },
      { width: amountWidth, stack: amount.lines, margin: [0, total(unitLines.heights) - amount.heights[0]!, 0, 0] },
    ],
  };
  return {
    content: { stack: [...label.lines, line] },
    height: total(label.heights) + Math.max(total(unitLines.heights), total(amount.heights)),
  };
}

function tableItem(node: TableNode, block: number, ctx: BuildContext): FlowItem {
  const layout = tableLayout(node, pagePt(ctx.orientation).textWidth, ctx.fonts);
  const parts: { content: Content; height: number }[] = [];
  if (node.caption) {
    const caption = offGrid(ctx, 'bodyBold', preset.sizes.caption, node.caption);
    parts.push({
      content: { stack: caption.lines, margin: [0, FIGURE_MARGIN, 0, FIGURE_MARGIN] },
      height: total(caption.heights) + 2 * FIGURE_MARGIN,
    });
  }
  const head = formHeadBlock(ctx, node);
  if (head) parts.push(head);
  const notes = (node.notes ?? []).map((note) => tableSizeLines(ctx, node, note, 'left', pagePt(ctx.orientation).textWidth));
  return {
    kind: 'table',
    block,
    layout,
    ...(parts.length > 0
      ? { caption: { content: { stack: parts.map((p) => p.content) }, height: total(parts.map((p) => p.height)) } }
      : {}),
    ...(notes.length > 0
      ? { notes: { content: { stack: notes.flatMap((n) => n.lines) }, height: total(notes.flatMap((n) => n.heights)) } }
      : {}),
  };
}

function figureItem(node: FigureNode, block: number, ctx: BuildContext): FlowItem {
  const asset = ctx.tree.images[node.imageId];
  if (!asset) throw new Error(msg`图“${node.caption}”引用的图片 ${node.imageId} 不存在`);
  const width = Math.min(mmToPt(asset.widthMm), pagePt(ctx.orientation).textWidth);
  const imageHeight = (width * asset.heightPx) / asset.widthPx;
  const caption = offGrid(ctx, 'body', preset.sizes.caption, node.caption);
  const key = ctx.addImage(asset);
  return {
    kind: 'figure',
    block,
    fixedHeight: total(caption.heights) + 2 * FIGURE_MARGIN,
    imageHeight,
    minScale: preset.figureMinScale,
    render: (scale) => ({
      margin: [0, FIGURE_MARGIN, 0, FIGURE_MARGIN],
      stack: [{ image: key, width: width * scale, height: imageHeight * scale, alignment: 'center' }, ...caption.lines],
    }),
  };
}

/** The 目录's title; its lines come once the body's pages are known (tocItems). */
function tocTitleItem(node: TocNode, ctx: BuildContext): LinesItem {
  const title = offGrid(ctx, 'title', preset.sizes.title, node.title);
  return unit(title.lines, title.heights, { margin: [0, preset.linePitchPt], keepWithNext: true });
}

/**
 * One 目录 line: heading text, a run of leader dots and the page number flush right, in a
 * number column as wide as the widest number.
 */
function tocLine(entry: HeadingNode, page: number, numberDigits: number, ctx: BuildContext): LinesItem {
  const role = tocRole(entry.level);
  const style: RunStyle = { ...gridStyle(ctx, role), linkToDestination: entry.id };
  const format = gridFormat(ctx, 'left', false);
  const indent = entry.level * 2 * gridPitchPt(ctx.fonts.byRole.body);
  const numberWidth = textWidthPt(style.font, '0'.repeat(numberDigits), format.size) + format.spacing * (numberDigits - 1);
  const width = format.width - indent - numberWidth - TOC_LEADER_GAP_PT;
  const { lines, heights } = measuredLineNodes([{ text: tocText(entry), style }], { ...format, width });
  // Note: measuredLineNodes gives every run its text as a string.
  const lastRun = (lines[lines.length - 1]!.text as (ContentText & { text: string })[])[0]!;
  const used = textWidthPt(style.font, lastRun.text, format.size) + format.spacing * lastRun.text.length;
  const leader = textWidthPt(style.font, TOC_LEADER, format.size) + format.spacing;
  lastRun.text += TOC_LEADER.repeat(Math.max(0, Math.floor((width - used) / leader)));
  const number = measuredLineNodes([{ text: String(page), style }], { ...format, width: numberWidth + TOC_LEADER_GAP_PT, align: 'right' });
  const line: ContentColumns = {
    margin: [indent, 0, 0, 0],
    columnGap: 0,
    columns: [
      { width: '*', stack: lines },
      // A heading that wraps gets its number on its last line, after the leaders.
      {
        width: numberWidth + TOC_LEADER_GAP_PT,
        stack: [number.lines[0]!],
        margin: [0, total(heights) - heights[heights.length - 1]!, 0, 0],
      },
    ],
  };
  return unit([line], [Math.max(total(heights), number.heights[0]!)]);
}

/** The flow items of the blocks (the 目录 as its title only), and where the 目录 is among them. */
function flowItems(tree: DocumentTree, ctx: BuildContext): { items: FlowItem[]; tocAt: number } {
  const items: FlowItem[] = [];
  let tocAt = -1;
  tree.blocks.forEach((block, index) => {
    switch (block.type) {
      case 'title':
        items.push(titleItem(block, index, ctx));
        break;
      case 'heading':
        items.push(headingItem(block, ctx));
        break;
      case 'paragraph':
        items.push(paragraphItem(block, ctx));
        break;
      case 'table':
        items.push(tableItem(block, index, ctx));
        break;
      case 'figure':
        items.push(figureItem(block, index, ctx));
        break;
      case 'pageBreak':
        ctx.orientation = block.orientation;
        items.push({ kind: 'break', orientation: block.orientation });
        break;
      case 'toc':
        if (tocAt >= 0) throw new Error(msg`文档中只能有一个目录`);
        tocAt = items.length;
        items.push(tocTitleItem(block, ctx));
        break;
    }
  });
  return { items, tocAt };
}

/** The orientation in force before item `index` (the last page break before it). */
function orientationBefore(items: readonly FlowItem[], index: number): Orientation {
  for (let i = index - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.kind === 'break') return item.orientation;
  }
  return 'portrait';
}

/** HeadingNode.id → the number printed on the page its first line is on (after `frontPages` unnumbered pages). */
function pagesOfHeadings(pages: readonly Page[], frontPages: number): Record<string, number> {
  const found: Record<string, number> = {};
  pages.forEach((page, i) => {
    for (const fragment of page.fragments) {
      if (fragment.kind === 'lines' && fragment.from === 0 && fragment.item.headingId) found[fragment.item.headingId] = i + 1 - frontPages;
    }
  });
  return found;
}

/** What the .docx takes from the pages: figure scales, table breaks, balanced cell lines. */
function planDetails(pages: readonly Page[]): Pick<PagePlan, 'figureScales' | 'tableBreaks' | 'balancedCells'> {
  const figureScales: Record<number, number> = {};
  const tableBreaks: Record<number, number[]> = {};
  const balancedCells: Record<number, Record<string, string[]>> = {};
  for (const fragment of pages.flatMap((page) => page.fragments)) {
    if (fragment.kind === 'figure' && fragment.scale < 1) figureScales[fragment.item.block] = fragment.scale;
    if (fragment.kind !== 'table') continue;
    const { block, layout } = fragment.item;
    if (fragment.start > 0) (tableBreaks[block] ??= []).push(fragment.start);
    if (fragment.start > 0) continue;
    layout.grid.forEach((row, r) =>
      row.forEach((slot, c) => {
        if (slot.kind !== 'cell') return;
        const lines = layout.balancedLines(slot.cell, r, c, c + Math.max(1, slot.cell.colSpan) - 1);
        if (lines) (balancedCells[block] ??= {})[`${r}:${c}`] = lines;
      }),
    );
  }
  return { figureScales, tableBreaks, balancedCells };
}

/** Passes of the 目录: its numbers can move the body only where the body shares its pages. */
const MAX_TOC_PASSES = 3;

/**
 * Lays the document out. With a 目录, the pages before the page where the first block after it
 * starts (the cover and the 目录) are front matter, and the 目录's numbers count from the page
 * after them; the document is laid out again with the 目录's real numbers until they hold
 * (once more when a page break follows the 目录, as in every template).
 */
export function layOutDocument(tree: DocumentTree, fonts: PdfFonts): DocumentLayout {
  const images: Record<string, string> = {};
  const imageKeys = new Map<ImageAsset, string>();
  const ctx: BuildContext = {
    tree,
    fonts,
    orientation: 'portrait',
    addImage(asset) {
      let key = imageKeys.get(asset);
      if (!key) {
        key = `figure-${imageKeys.size + 1}`;
        imageKeys.set(asset, key);
        images[key] = pngDataUrl(asset);
      }
      return key;
    },
    lastHeadingIdByLevel: [],
    titleLines: {},
  };
  const { items, tocAt } = flowItems(tree, ctx);
  const finish = (pages: Page[], frontPages: number, headingPages: Record<string, number>): DocumentLayout => ({
    tree,
    pages,
    images,
    plan: { pageCount: pages.length, frontPages, headingPages, ...planDetails(pages), titleLines: ctx.titleLines },
  });
  if (tocAt < 0) {
    const pages = paginate(items, 'portrait');
    return finish(pages, 0, pagesOfHeadings(pages, 0));
  }

  const listed = tocHeadings(tree);
  ctx.orientation = orientationBefore(items, tocAt + 1);
  const afterToc = new Set<FlowItem>(items.slice(tocAt + 1));
  let numbers: Record<string, number> = {};
  for (let pass = 1; ; pass++) {
    const digits = String(Math.max(1, ...Object.values(numbers))).length;
    const lines = listed.map((heading) => tocLine(heading, numbers[heading.id] ?? 1, digits, ctx));
    const pages = paginate([...items.slice(0, tocAt + 1), ...lines, ...items.slice(tocAt + 1)], 'portrait');
    const bodyStart = pages.findIndex((page) => page.fragments.some((fragment) => afterToc.has(fragment.item)));
    const frontPages = bodyStart < 0 ? pages.length : bodyStart;
    const headingPages = pagesOfHeadings(pages, frontPages);
    for (const heading of listed) {
      if (!((headingPages[heading.id] ?? 0) > 0)) throw new Error(msg`目录所列标题“${tocText(heading)}”不在目录之后的正文中`);
    }
    if (listed.every((heading) => headingPages[heading.id] === numbers[heading.id])) return finish(pages, frontPages, headingPages);
    if (pass === MAX_TOC_PASSES) throw new Error(msg`目录页码在多次排版后仍不稳定`);
    numbers = headingPages;
  }
}

/** The pdfmake content of one fragment. */
function fragmentContent(fragment: Fragment): Content {
  switch (fragment.kind) {
    case 'lines': {
      const { item, from, to } = fragment;
      const lines = item.lines.slice(from, to);
      if (item.margin) return { stack: lines, margin: [0, item.margin[0], 0, item.margin[1]] };
      return lines.length === 1 ? lines[0]! : { stack: lines };
    }
    case 'figure':
      return fragment.item.render(fragment.scale);
    case 'table': {
      const table = fragment.item.layout.render(fragment.piece);
      const above = fragment.withCaption ? [fragment.item.caption!.content] : [];
      const below = fragment.withNotes ? [fragment.item.notes!.content] : [];
      return above.length + below.length > 0 ? { stack: [...above, table, ...below] } : table;
    }
  }
}

/**
 * Page number `— N —` in 4号, 7 mm below the text block, on the outer side with one
 * character of space (odd numbers right, even numbers left), N counted from the body's first page.
 */
function pageNumberFooter(number: number, orientation: Orientation): Content {
  const { margins } = pagePt(orientation);
  const [left, , right] = margins;
  const oneChar = preset.sizes.pageNumber;
  const odd = number % 2 === 1;
  return {
    // Note: Noto's U+2014 is 0.89 em; the `fwid` feature gives the full-width 一字线.
    text: [{ text: '—', fontFeatures: ['fwid'] }, ` ${number} `, { text: '—', fontFeatures: ['fwid'] }],
    font: FAMILY.body,
    fontSize: preset.sizes.pageNumber,
    alignment: odd ? 'right' : 'left',
    margin: [left + (odd ? 0 : oneChar), mmToPt(preset.pageNumberGapMm), right + (odd ? oneChar : 0), 0],
  };
}

function pngDataUrl(asset: ImageAsset): string {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, i) => asset.png[i] === byte)) {
    throw new Error(msg`图片“${asset.alt}”不是 PNG 文件`);
  }
  return `data:image/png;base64,${Buffer.from(asset.png).toString('base64')}`;
}

/**
 * The pdfmake definition of the laid-out pages. `onPageCount` hears the page count pdfmake
 * ends up with (the footer's argument), which must be the paginator's.
 */
export function buildDocDefinition(layout: DocumentLayout, onPageCount: (pageCount: number) => void = () => {}): TDocumentDefinitions {
  const { tree, pages, plan, images } = layout;
  const sections: { orientation: Orientation; content: Content[] }[] = [];
  pages.forEach((page) => {
    if (page.opensSection || sections.length === 0) sections.push({ orientation: page.orientation, content: [] });
    page.fragments.forEach((fragment, k) => {
      const content = fragmentContent(fragment);
      const section = sections[sections.length - 1]!;
      section.content.push(
        k === 0 && !page.opensSection && section.content.length > 0 ? { ...(content as ContentStack), pageBreak: 'before' } : content,
      );
    });
  });
  const first = pagePt(sections[0]?.orientation ?? 'portrait');
  const date = documentDate(tree.meta.date);
  return {
    pageSize: { width: first.width, height: first.height },
    pageOrientation: sections[0]?.orientation ?? 'portrait',
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
    footer: (currentPage, pageCount, pageSize) => {
      onPageCount(pageCount);
      // The cover and the 目录 carry no page number.
      return currentPage <= plan.frontPages ? null : pageNumberFooter(currentPage - plan.frontPages, pageSize.orientation);
    },
    content: sections.map((section): ContentSection => {
      const page = pagePt(section.orientation);
      return {
        section: { stack: section.content },
        pageSize: { width: page.width, height: page.height },
        pageOrientation: section.orientation,
        pageMargins: page.margins,
      };
    }),
  };
}
