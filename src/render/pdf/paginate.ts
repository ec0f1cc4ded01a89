/**
 * The paginator: decides where every page of a document breaks, before pdfmake draws it.
 * Takes the document's flow items (lines of text with their heights, figures, tables, page
 * breaks; built by doc-definition from the tree) and the orientation of the first page;
 * returns the pages, each with the fragments of items it holds.
 *
 * The rules, which Word applies to the .docx (widow control, keep with next) so that both
 * formats break alike:
 * - A paragraph split across pages leaves at least two lines on each page (no widows or
 *   orphans); a paragraph of three lines or fewer is never split.
 * - A heading (and a paragraph marked keep-with-next) stays on the page of the start of what
 *   follows: at least its first two lines, a whole figure, or a table's caption, header and
 *   first row. A heading that ends a section keeps nothing.
 * - A figure and its caption are never split. A figure that does not fit the rest of the page
 *   shrinks, down to its item's minScale, before it moves to the next page.
 * - A table breaks only between rows where tree/table-pieces allows (see table-pagination);
 *   its header rows, and those of the row group it is in, repeat on the next page. Its caption
 *   (and a form's head) stays with its first piece, its notes with its last piece.
 *
 * Note: every height is the one pdfmake gives the item (the line heights, margins, table rows
 * it is handed), and a page is filled only up to its text height, so pdfmake never breaks a
 * page on its own; doc-definition marks each page's first fragment `pageBreak: 'before'`.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { pagePt, type Orientation } from './page-layout.js';
import type { TableLayout, TablePiece } from './table-layout.js';
import { fitTablePiece, smallestFirstPiece } from './table-pagination.js';
import { msg } from '../../text/msg.js';

/** Lines of text (or one unbreakable unit): a paragraph, a heading, a title, a 目录 line. */
export interface LinesItem {
  kind: 'lines';
  /** pdfmake content of each line, in order. */
  lines: Content[];
  /** Height pdfmake gives each line. */
  heights: number[];
  /** Lines kept together at the start and at the end of a split; more than half: never split. */
  minFirst: number;
  minLast: number;
  /** Space above and below an unbreakable item (it is drawn as one stack with this margin). */
  margin?: [number, number];
  keepWithNext: boolean;
  /** The heading whose first line this item holds, for the page numbers of the 目录. */
  headingId?: string;
}

export interface FigureItem {
  kind: 'figure';
  /** Index of the figure in tree.blocks. */
  block: number;
  /** Height of the figure apart from its image (caption, margins). */
  fixedHeight: number;
  /** Height of the image at full size. */
  imageHeight: number;
  /** Smallest scale the figure may shrink to rather than move to the next page. */
  minScale: number;
  render(scale: number): Content;
}

export interface TableItem {
  kind: 'table';
  /** Index of the table in tree.blocks. */
  block: number;
  layout: TableLayout;
  /** The caption above the table's first piece, with its margins (and a form's head lines). */
  caption?: { content: Content; height: number };
  /** The notes under the table's last piece. */
  notes?: { content: Content; height: number };
}

export interface BreakItem {
  kind: 'break';
  orientation: Orientation;
}

export type FlowItem = LinesItem | FigureItem | TableItem | BreakItem;

export type Fragment =
  | { kind: 'lines'; item: LinesItem; from: number; to: number }
  | { kind: 'figure'; item: FigureItem; scale: number }
  | { kind: 'table'; item: TableItem; start: number; end: number; piece: TablePiece; withCaption: boolean; withNotes: boolean };

export interface Page {
  orientation: Orientation;
  /** The first page after a page break of the tree (a pdfmake section starts there). */
  opensSection: boolean;
  fragments: Fragment[];
}

/** Room left unused at the foot of every page, against floating-point drift. */
const SLACK_PT = 0.01;

interface Step {
  fragment: Fragment;
  height: number;
  /** Where the item continues on the next page; undefined when it is done. */
  next?: number;
}

const sum = (values: readonly number[], from = 0, to = values.length): number => {
  let total = 0;
  for (let i = from; i < to; i++) total += values[i]!;
  return total;
};

/** Whether a lines item is drawn whole, never split. */
const unbreakable = (item: LinesItem): boolean => item.margin !== undefined || item.minFirst + item.minLast > item.lines.length;

const linesHeight = (item: LinesItem): number => sum(item.heights) + (item.margin ? item.margin[0] + item.margin[1] : 0);

const figureHeight = (item: FigureItem, scale: number): number => item.fixedHeight + scale * item.imageHeight;

/** Note: counts the notes too, as if the smallest first piece were the last (a short table's is). */
const tableStartHeight = (item: TableItem): number =>
  (item.caption?.height ?? 0) + smallestFirstPiece(item.layout) + (item.notes?.height ?? 0);

/** The least an item followed by its keep-with-next chain leaves on the page it starts on. */
function smallestStart(items: readonly FlowItem[], index: number): number {
  const item = items[index];
  if (item === undefined) return 0;
  switch (item.kind) {
    case 'break':
      return 0;
    case 'figure':
      return figureHeight(item, item.minScale);
    case 'table':
      return tableStartHeight(item);
    case 'lines':
      if (!unbreakable(item)) return sum(item.heights, 0, item.minFirst);
      return linesHeight(item) + (item.keepWithNext ? smallestStart(items, index + 1) : 0);
  }
}

/** Places what fits of a lines item from line `from`, or nothing (the item moves on). */
function placeLines(items: readonly FlowItem[], index: number, from: number, room: number, atTop: boolean): Step | undefined {
  const item = items[index] as LinesItem;
  const count = item.lines.length;
  const whole = (): Step => ({ fragment: { kind: 'lines', item, from: 0, to: count }, height: linesHeight(item) });
  if (unbreakable(item)) {
    const fits = linesHeight(item) <= room;
    const keeps = !item.keepWithNext || linesHeight(item) + smallestStart(items, index + 1) <= room;
    return (fits && keeps) || atTop ? whole() : undefined;
  }
  let fitting = 0;
  for (let used = 0; from + fitting < count && used + item.heights[from + fitting]! <= room; fitting++) {
    used += item.heights[from + fitting]!;
  }
  const rest = count - from;
  const keeps = !item.keepWithNext || sum(item.heights, from) + smallestStart(items, index + 1) <= room;
  if (fitting === rest && keeps) return { fragment: { kind: 'lines', item, from, to: count }, height: sum(item.heights, from) };
  // Split: keep minLast lines for the next page (with what follows, if kept with it), and
  // minFirst lines on this one when the paragraph starts here.
  const take = Math.min(fitting, rest - item.minLast);
  if (take >= (from === 0 ? item.minFirst : 1)) {
    return { fragment: { kind: 'lines', item, from, to: from + take }, height: sum(item.heights, from, from + take), next: from + take };
  }
  if (!atTop) return undefined;
  const forced = Math.max(1, Math.min(fitting, rest));
  return {
    fragment: { kind: 'lines', item, from, to: from + forced },
    height: sum(item.heights, from, from + forced),
    ...(from + forced < count ? { next: from + forced } : {}),
  };
}

function placeFigure(item: FigureItem, room: number, atTop: boolean): Step | undefined {
  const full = figureHeight(item, 1);
  if (full <= room || atTop) return { fragment: { kind: 'figure', item, scale: 1 }, height: full };
  // Note: the scale is rounded down to a thousandth, so the height stays within the room.
  const scale = Math.floor(((room - item.fixedHeight) / item.imageHeight) * 1000) / 1000;
  if (scale < item.minScale) return undefined;
  return { fragment: { kind: 'figure', item, scale }, height: figureHeight(item, scale) };
}

function placeTable(item: TableItem, start: number, room: number, atTop: boolean): Step | undefined {
  const withCaption = start === 0 && item.caption !== undefined;
  const captionHeight = withCaption ? item.caption!.height : 0;
  const notesHeight = item.notes?.height ?? 0;
  const rows = item.layout.node.rows.length;
  let fit = fitTablePiece(item.layout, start, room - captionHeight);
  if (!fit) {
    if (atTop) throw new Error(msg`表格（第 ${start + 1} 行起）的一行高于一页，无法排版`);
    return undefined;
  }
  if (fit.end >= rows && captionHeight + fit.height + notesHeight > room) {
    // The last rows and the notes do not fit together: end the piece earlier, so that the
    // notes go over with the rows that follow; a table too short to cut moves whole.
    const shorter = fitTablePiece(item.layout, start, room - captionHeight - notesHeight);
    if (shorter && shorter.end < rows) fit = shorter;
    else if (!atTop) return undefined;
  }
  const done = fit.end >= rows;
  const withNotes = done && item.notes !== undefined;
  return {
    fragment: { kind: 'table', item, start, end: fit.end, piece: fit.piece, withCaption, withNotes },
    height: captionHeight + fit.height + (withNotes ? notesHeight : 0),
    ...(done ? {} : { next: fit.end }),
  };
}

/** Text height of a page of the orientation. */
export function textHeight(orientation: Orientation): number {
  const page = pagePt(orientation);
  return page.height - page.margins[1] - page.margins[3];
}

export function paginate(items: readonly FlowItem[], orientation: Orientation): Page[] {
  const pages: Page[] = [];
  let page: Page = { orientation, opensSection: true, fragments: [] };
  let used = 0;
  const nextPage = (opensSection: boolean, nextOrientation: Orientation): void => {
    pages.push(page);
    page = { orientation: nextOrientation, opensSection, fragments: [] };
    used = 0;
  };

  let index = 0;
  /** Where the current item continues: its next line, or its next table row. */
  let cursor = 0;
  while (index < items.length) {
    const item = items[index]!;
    if (item.kind === 'break') {
      // A break before any content (or two in a row) only turns the page it would open.
      if (page.fragments.length > 0) nextPage(true, item.orientation);
      else page.orientation = item.orientation;
      index++;
      continue;
    }
    const room = textHeight(page.orientation) - used - SLACK_PT;
    const atTop = page.fragments.length === 0;
    const step =
      item.kind === 'lines'
        ? placeLines(items, index, cursor, room, atTop)
        : item.kind === 'figure'
          ? placeFigure(item, room, atTop)
          : placeTable(item, cursor, room, atTop);
    if (!step) {
      nextPage(false, page.orientation);
      continue;
    }
    page.fragments.push(step.fragment);
    used += step.height;
    if (step.next === undefined) {
      index++;
      cursor = 0;
    } else {
      cursor = step.next;
      nextPage(false, page.orientation);
    }
  }
  if (page.fragments.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
