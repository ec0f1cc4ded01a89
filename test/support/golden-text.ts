/**
 * The golden outputs of a document as text a reviewer reads in a diff (test/golden/outputs):
 * `documentText` takes a prepared document (its tree and chart specs) and returns one line
 * per block (a paragraph is one line, a table one line per row); `pagesText` takes the
 * document's layout (render/pdf/lay-out) and returns the page plan: one line per page, then
 * one line per piece of text, heading, figure or table on it, with the first words of each.
 *
 * Markers: `=` title, `#`…`####` headings (level 0–3), `[center]`/`[right]`/`[left]`/`[flush]`
 * for a paragraph not justified with its two-character indent, `**…**` bold runs, `|` table
 * cells (`{c2}`/`{r3}` column and row spans, `‖` after the header rows), `[figure]` with the
 * chart's spec under it, `[page break]`, `[toc]`.
 */
import type { ChartSpec } from '../../src/charts/spec.js';
import type { PreparedDocument } from '../../src/render/render-document.js';
import type { DocumentLayout } from '../../src/render/pdf/doc-definition.js';
import type { Fragment } from '../../src/render/pdf/paginate.js';
import type { Block, TableCell, TableNode, TextRun } from '../../src/tree/types.js';

const runsText = (runs: readonly TextRun[]): string => runs.map((run) => (run.bold ? `**${run.text}**` : run.text)).join('');

function cellText(cell: TableCell): string {
  const spans = `${cell.colSpan > 1 ? `{c${cell.colSpan}}` : ''}${cell.rowSpan > 1 ? `{r${cell.rowSpan}}` : ''}`;
  return `${spans}${runsText(cell.runs)}`;
}

function tableLines(table: TableNode): string[] {
  const head = `[table ${table.size}, columns ${table.columnWidths.join(':')}${table.caption ? `] ${table.caption}` : ']'}`;
  const rows = table.rows.map((row, r) => `| ${row.cells.map(cellText).join(' | ')} |${r === table.headerRows - 1 ? ' ‖' : ''}`);
  return [head, ...rows];
}

function chartLines(spec: ChartSpec): string[] {
  if (spec.kind === 'pie') return [`  pie: ${spec.slices.map((s) => `${s.label} ${s.value} (${s.percentLabel})`).join('; ')}`];
  return [
    `  bar: ${spec.categories.join(' / ')}; axis ${spec.axisTitle}`,
    ...spec.series.map((series, i) => `  ${series.label}: ${spec.valueLabels[i]!.join(' / ')}`),
  ];
}

function blockLines(block: Block, charts: ReadonlyMap<string, ChartSpec>): string[] {
  switch (block.type) {
    case 'title':
      return [`= ${block.text}`, ...(block.subtitle ? [`= ${block.subtitle}`] : [])];
    case 'heading':
      return [`${'#'.repeat(block.level + 1)} ${block.text}${block.toc ? '' : ' [not in toc]'}`];
    case 'paragraph': {
      const mark = block.align !== 'justify' ? `[${block.align}] ` : block.indent ? '' : '[flush] ';
      return [`${mark}${runsText(block.runs)}${block.keepWithNext ? ' [keep with next]' : ''}`];
    }
    case 'table':
      return tableLines(block);
    case 'figure': {
      const spec = charts.get(block.imageId);
      return [`[figure ${block.imageId}] ${block.caption}`, ...(spec ? chartLines(spec) : [])];
    }
    case 'pageBreak':
      return [`[page break, ${block.orientation}]`];
    case 'toc':
      return [`[toc] ${block.title}`];
  }
}

export function documentText(doc: Pick<PreparedDocument, 'tree' | 'charts'>): string {
  const charts = new Map(doc.charts.map((spec) => [spec.id, spec]));
  return `${doc.tree.blocks.flatMap((block) => blockLines(block, charts)).join('\n')}\n`;
}

/** The text of pdfmake content as the layout built it: line nodes, stacks, columns (the 目录). */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(contentText).join('');
  if (typeof content !== 'object' || content === null) return '';
  const node = content as { text?: unknown; stack?: unknown; columns?: unknown[] };
  if (node.text !== undefined) return contentText(node.text);
  if (node.stack !== undefined) return contentText(node.stack);
  if (node.columns !== undefined) return node.columns.map(contentText).join(' ');
  return '';
}

const isColumns = (content: unknown): boolean => typeof content === 'object' && content !== null && 'columns' in content;

const EXCERPT = 16;
const excerpt = (text: string): string => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

function fragmentLine(fragment: Fragment, blocks: readonly Block[]): string {
  switch (fragment.kind) {
    case 'lines': {
      const { item, from, to } = fragment;
      const text = contentText(item.lines.slice(from, to));
      if (item.headingId) return `  # ${text}`;
      // A title (the document's, the 目录's) is drawn whole with its margins.
      if (item.margin) return `  = ${text}`;
      // A 目录 line: its heading, the leader dots and the page number.
      if (isColumns(item.lines[from])) return `  toc ${text.replace(/\.{2,}/, ' … ')}`;
      const count = item.lines.length;
      const lines = from === 0 && to === count ? `${count} line${count === 1 ? '' : 's'}` : `lines ${from + 1}–${to} of ${count}`;
      return `  ¶ ${lines}: ${excerpt(contentText(item.lines[from]))}`;
    }
    case 'figure': {
      const block = blocks[fragment.item.block];
      const caption = block?.type === 'figure' ? block.caption : `block ${fragment.item.block}`;
      return `  figure ${caption}${fragment.scale < 1 ? ` at ${fragment.scale}` : ''}`;
    }
    case 'table': {
      const table = fragment.item.layout.node;
      const name = table.caption ?? runsText(table.rows[0]?.cells[0]?.runs ?? []);
      const rows =
        fragment.start === 0 && fragment.end === table.rows.length
          ? `${table.rows.length} rows`
          : `rows ${fragment.start + 1}–${fragment.end} of ${table.rows.length}`;
      return `  table ${name.length > 24 ? `${name.slice(0, 24)}…` : name}: ${rows}`;
    }
  }
}

export function pagesText(layout: DocumentLayout): string {
  const { plan, pages, tree } = layout;
  const lines = [`${plan.pageCount} pages, ${plan.frontPages} before page 1`];
  pages.forEach((page, i) => {
    const number = i + 1 - plan.frontPages;
    lines.push(`page ${i + 1}${number >= 1 ? ` (— ${number} —)` : ''}${page.orientation === 'landscape' ? ' landscape' : ''}`);
    for (const fragment of page.fragments) lines.push(fragmentLine(fragment, tree.blocks));
  });
  for (const [block, parts] of Object.entries(plan.titleLines)) lines.push(`title ${block} in lines: ${parts.join(' / ')}`);
  for (const [block, cells] of Object.entries(plan.balancedCells)) {
    for (const [cell, parts] of Object.entries(cells)) lines.push(`table ${block} cell ${cell} balanced: ${parts.join(' / ')}`);
  }
  return `${lines.join('\n')}\n`;
}
