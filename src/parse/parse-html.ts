/**
 * Parse stage: reads the constrained HTML that the templates produce and returns the
 * typed document blocks. The vocabulary is small and closed; anything else is a template
 * bug and throws, naming the element.
 *
 *   <header><h1>title</h1><p>subtitle</p></header>   title block
 *   <h1>…<h4>                                         headings, levels 0–3 (data-toc="yes|no")
 *   <h2 class="table-title" data-toc-ordinal="一、">    a 公开表's name, its ordinal only in the 目录
 *   <p class="noindent|center|right">… <b>…</b></p>   paragraph with bold runs
 *   <p data-keep-with-next>…</p>                      kept on a page with the next block
 *   <table data-widths="1,2" data-header-rows="1" class="small|smaller"
 *          data-form-label="公开01表" data-form-unit="部门：…" data-form-amount-unit="金额单位：万元">
 *     <caption>…</caption><tr><th|td rowspan colspan class="left|center|right">…</td></tr>
 *     <tbody data-header-rows="1"><tr>…</tr>…</tbody>   rows whose first rows are their
 *                                                       own column headings (repeated too)
 *   </table>
 *   <p class="table-note">…</p>                         a note under the table just before it
 *   <figure data-image="fig1"><figcaption>图1：…</figcaption></figure>
 *   <hr class="page-break" data-orientation="portrait|landscape">
 *   <nav class="toc">目录</nav>
 *
 * Text: whitespace that contains a line break is template layout and is removed; other
 * spaces are kept. Entities are decoded here, which is why data must stay escaped.
 */
import { parseDocument } from 'htmlparser2';
import { isComment, isDirective, isTag, isText, type ChildNode, type Element } from 'domhandler';
import type { Block, HeadingLevel, TableCell, TableFormHead, TableRow, TableRowGroup, TextRun } from '../tree/types.js';
import { msg } from '../text/msg.js';

class TemplateMarkupError extends Error {}

function fail(message: string): never {
  throw new TemplateMarkupError(msg`模板标记错误：${message}`);
}

const isElement = (node: ChildNode): node is Element => isTag(node);

function classes(el: Element): Set<string> {
  return new Set((el.attribs.class ?? '').split(/\s+/).filter(Boolean));
}

function cleanText(raw: string): string {
  return raw.replace(/\s*[\r\n]\s*/g, '');
}

/** Inline content of a paragraph-like element as runs (plain text and <b>/<strong>). */
function runsOf(el: Element, bold = false): TextRun[] {
  const runs: TextRun[] = [];
  for (const child of el.children) {
    if (isText(child)) {
      const text = cleanText(child.data);
      if (text) runs.push(bold ? { type: 'text', text, bold: true } : { type: 'text', text });
    } else if (isElement(child) && (child.name === 'b' || child.name === 'strong')) {
      runs.push(...runsOf(child, true));
    } else if (isComment(child)) {
      continue;
    } else {
      fail(msg`段落中不允许 <${isElement(child) ? child.name : child.type}>`);
    }
  }
  return mergeAdjacent(trimRuns(runs));
}

function trimRuns(runs: TextRun[]): TextRun[] {
  if (runs.length === 0) return runs;
  const first = runs[0]!;
  runs[0] = { ...first, text: first.text.trimStart() };
  const last = runs[runs.length - 1]!;
  runs[runs.length - 1] = { ...last, text: last.text.trimEnd() };
  return runs.filter((r) => r.text.length > 0);
}

function mergeAdjacent(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (prev && Boolean(prev.bold) === Boolean(run.bold)) out[out.length - 1] = { ...prev, text: prev.text + run.text };
    else out.push(run);
  }
  return out;
}

/** A title's text and the offsets of its `<wbr>` break hints (see TitleNode.breaks). */
function titleText(el: Element): { text: string; breaks: number[] } {
  let text = '';
  const breaks: number[] = [];
  for (const child of el.children) {
    if (isText(child)) text += cleanText(child.data);
    else if (isElement(child) && child.name === 'wbr') breaks.push(text.length);
    else if (!isComment(child)) fail(msg`标题中只允许文字和 <wbr>，不允许 <${isElement(child) ? child.name : child.type}>`);
  }
  const trimmed = text.trim();
  const lead = text.length - text.trimStart().length;
  const inside = breaks.map((at) => at - lead).filter((at, i, all) => at > 0 && at < trimmed.length && all.indexOf(at) === i);
  return { text: trimmed, breaks: inside };
}

function plainText(el: Element): string {
  return runsOf(el)
    .map((r) => r.text)
    .join('');
}

function align<T extends string>(el: Element, allowed: readonly T[], fallback: T): T {
  const found = allowed.find((a) => classes(el).has(a));
  return found ?? fallback;
}

function parseTable(el: Element): Block {
  const widths = (el.attribs['data-widths'] ?? '').split(',').map(Number);
  if (widths.length === 0 || widths.some((w) => !(w > 0))) fail(msg`表格缺少有效的 data-widths`);
  const headerRows = headerRowsOf(el);
  let caption: string | undefined;
  const rows: TableRow[] = [];
  const rowElements: Element[] = [];
  const rowGroups: TableRowGroup[] = [];
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (child.name === 'caption') caption = plainText(child);
    else if (child.name === 'tr') rowElements.push(child);
    else if (child.name === 'thead' || child.name === 'tbody') {
      const groupRows = child.children.filter(isElement);
      const groupHeaderRows = headerRowsOf(child);
      if (groupHeaderRows > 0) {
        if (groupHeaderRows >= groupRows.length) fail(msg`<${child.name}> 的 data-header-rows 应小于它的行数 ${groupRows.length}`);
        rowGroups.push({ first: rowElements.length, last: rowElements.length + groupRows.length - 1, headerRows: groupHeaderRows });
      }
      rowElements.push(...groupRows);
    } else fail(msg`表格中不允许 <${child.name}>`);
  }
  for (const tr of rowElements) {
    if (tr.name !== 'tr') fail(msg`表格行应为 <tr>，实际为 <${tr.name}>`);
    const cells: TableCell[] = tr.children.filter(isElement).map((cell) => {
      if (cell.name !== 'td' && cell.name !== 'th') fail(msg`表格单元格应为 <td> 或 <th>，实际为 <${cell.name}>`);
      return {
        runs: runsOf(cell),
        rowSpan: Number(cell.attribs.rowspan ?? '1'),
        colSpan: Number(cell.attribs.colspan ?? '1'),
        align: align(cell, ['left', 'center', 'right'] as const, cell.name === 'th' ? 'center' : 'left'),
        emphasis: cell.name === 'th',
      };
    });
    rows.push({ cells });
  }
  checkGrid(rows, widths.length);
  const formHead = formHeadOf(el);
  return {
    type: 'table',
    columnWidths: widths,
    headerRows,
    rows,
    ...(rowGroups.length > 0 ? { rowGroups } : {}),
    size: classes(el).has('smaller') ? 'smaller' : classes(el).has('small') ? 'small' : 'normal',
    ...(caption ? { caption } : {}),
    ...(formHead ? { formHead } : {}),
  };
}

/** A form's head from the table's data-form-* attributes: all three, or none. */
function formHeadOf(el: Element): TableFormHead | undefined {
  const label = el.attribs['data-form-label'];
  const unit = el.attribs['data-form-unit'];
  const amountUnit = el.attribs['data-form-amount-unit'];
  if (label === undefined && unit === undefined && amountUnit === undefined) return undefined;
  if (label === undefined || unit === undefined || amountUnit === undefined) {
    fail(msg`表格的 data-form-label、data-form-unit、data-form-amount-unit 应同时给出`);
  }
  return { label, unit, amountUnit };
}

/** The element's data-header-rows: a whole number of rows, 0 when absent. */
function headerRowsOf(el: Element): number {
  const value = el.attribs['data-header-rows'] ?? '0';
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) fail(msg`<${el.name}> 的 data-header-rows 应为非负整数，实际为“${value}”`);
  return count;
}

/** Every row must fill the grid exactly once spans from above are counted. */
function checkGrid(rows: TableRow[], columns: number): void {
  const coveredUntil = new Array<number>(columns).fill(-1);
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (col < columns && coveredUntil[col]! >= r) col++;
      if (col + cell.colSpan > columns) fail(msg`表格第${r + 1}行超出${columns}列`);
      for (let k = 0; k < cell.colSpan; k++) coveredUntil[col + k] = r + cell.rowSpan - 1;
      col += cell.colSpan;
    }
    const filled = coveredUntil.every((until) => until >= r);
    if (!filled) fail(msg`表格第${r + 1}行未填满${columns}列`);
  });
}

export function parseHtml(html: string): Block[] {
  const dom = parseDocument(html, { lowerCaseTags: true, decodeEntities: true });
  const blocks: Block[] = [];
  let headingCount = 0;
  const visit = (nodes: ChildNode[]): void => {
    for (const node of nodes) {
      if (isText(node)) {
        if (node.data.trim()) fail(msg`块级元素之外有文字：“${node.data.trim().slice(0, 20)}”`);
        continue;
      }
      if (isComment(node) || isDirective(node)) continue;
      if (!isElement(node)) continue;
      const el = node;
      switch (el.name) {
        case 'header': {
          const [title, subtitle] = el.children.filter(isElement);
          if (!title || title.name !== 'h1') fail(msg`<header> 应以 <h1> 标题开始`);
          const { text, breaks } = titleText(title);
          blocks.push({
            type: 'title',
            text,
            ...(breaks.length > 0 ? { breaks } : {}),
            ...(subtitle ? { subtitle: plainText(subtitle) } : {}),
          });
          break;
        }
        case 'h1':
        case 'h2':
        case 'h3':
        case 'h4': {
          const level = (Number(el.name[1]) - 1) as HeadingLevel;
          const tocAttr = el.attribs['data-toc'];
          headingCount += 1;
          blocks.push({
            type: 'heading',
            level,
            text: plainText(el),
            toc: tocAttr ? tocAttr === 'yes' : level <= 1,
            id: `h${headingCount}`,
            ...(classes(el).has('table-title') ? { tableTitle: { tocOrdinal: el.attribs['data-toc-ordinal'] ?? '' } } : {}),
          });
          break;
        }
        case 'p': {
          const runs = runsOf(el);
          if (classes(el).has('table-note')) {
            const table = blocks[blocks.length - 1];
            if (table?.type !== 'table') fail(msg`<p class="table-note"> 应紧跟在表格之后`);
            table.notes = [...(table.notes ?? []), runs.map((r) => r.text).join('')];
            break;
          }
          if (runs.length === 0) break;
          const alignment = align(el, ['center', 'right', 'left'] as const, 'justify');
          blocks.push({
            type: 'paragraph',
            runs,
            align: alignment,
            indent: alignment === 'justify' && !classes(el).has('noindent'),
            ...('data-keep-with-next' in el.attribs ? { keepWithNext: true } : {}),
          });
          break;
        }
        case 'table':
          blocks.push(parseTable(el));
          break;
        case 'figure': {
          const imageId = el.attribs['data-image'];
          const caption = el.children.filter(isElement).find((c) => c.name === 'figcaption');
          if (!imageId || !caption) fail(msg`<figure> 需要 data-image 和 <figcaption>`);
          blocks.push({ type: 'figure', imageId, caption: plainText(caption) });
          break;
        }
        case 'hr': {
          const orientation = el.attribs['data-orientation'] === 'landscape' ? 'landscape' : 'portrait';
          blocks.push({ type: 'pageBreak', orientation });
          break;
        }
        case 'nav':
          blocks.push({ type: 'toc', title: plainText(el) || msg`目录` });
          break;
        case 'section':
        case 'div':
          visit(el.children);
          break;
        default:
          fail(msg`不支持的元素 <${el.name}>`);
      }
    }
  };
  visit(dom.children);
  return blocks;
}
