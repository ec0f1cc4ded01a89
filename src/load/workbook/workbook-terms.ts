/**
 * The FieldTerms of a unit kept in a fill-in workbook: a check's message names a field by its
 * label and cell (“决算数与预算数不一致的主要原因”（一般公共预算!E8）) and asks for a row by the
 * sheet and the columns the clerk sees (在工作表“科目名称”中加一行：科目编码填 207，…), never in
 * JSON. Takes the places the reader found (JSON path → cell and label); returns the terms,
 * and `placeOf`, the cell of a JSON path that load-workbook-unit.ts restates findings at.
 */
import type { FieldTerms } from '../../schema/field-terms.js';
import { parseJsonPath } from '../../schema/format-issues.js';
import { FIXED_SHEETS, projectSheet } from '../../workbook/layout/layout.js';
import type { ListBlock, Path, SheetLayout } from '../../workbook/layout/types.js';
import type { Place } from './collector.js';
import { msg } from '../../text/msg.js';

/**
 * The cell of a JSON path: the path's own; for an object or list left blank as a whole, its
 * first field's; else that of its nearest ancestor that has a cell of its own (a list's
 * title, a list element's row).
 */
export function placeOf(places: ReadonlyMap<string, Place>, path: string): Place | undefined {
  const own = places.get(path);
  if (own) return own;
  for (const [key, place] of places) if (key.startsWith(`${path}.`) || key.startsWith(`${path}[`)) return place;
  for (let p = path; ;) {
    const parent = /^(.*)(\.[^.[\]]+|\[[^\]]*\])$/.exec(p)?.[1];
    if (parent === undefined || parent === '$') return undefined;
    const place = places.get(parent);
    if (place) return place;
    p = parent;
  }
}

/** A list path without its indices, e.g. projects.indicators, to find its block in the layout. */
const pattern = (path: Path) => path.filter((k) => typeof k === 'string').join('.');

/** The list block (and its sheet) a JSON path names, in the current layout. */
function listBlock(path: string): { sheet: SheetLayout; block: ListBlock } | undefined {
  const keys = parseJsonPath(path);
  if (typeof keys[keys.length - 1] !== 'string') return undefined;
  const wanted = pattern(keys);
  const project = keys[0] === 'projects' && typeof keys[1] === 'number' ? keys[1] : 0;
  for (const sheet of [...FIXED_SHEETS, projectSheet(project, undefined)]) {
    for (const block of sheet.blocks) if (block.kind === 'list' && pattern(block.path) === wanted) return { sheet, block };
  }
  return undefined;
}

const bare = (title: string) => title.replace(/^【|】$/g, '');

/** A column of every element of a list (`…items[*].economic`): the sheet, the block and its columns' headers. */
function listColumns(path: string): string | undefined {
  const [listPath, rest = ''] = path.split('[*]');
  const list = listBlock(listPath!);
  if (!list) return undefined;
  const within = parseJsonPath(`$${rest}`).join('.');
  const { block } = list;
  const spread = block.spread && block.spread.path.join('.') === within ? block.spread.columns : [];
  const own = block.columns.filter((c) => c.path.join('.') === within);
  const headers = [...own, ...spread].map((c) => msg`“${c.header}”`).join('');
  return msg`工作表“${list.sheet.name}”的【${bare(list.block.title)}】${headers ? msg`中${headers}列` : ''}`;
}

export function workbookTerms(places: ReadonlyMap<string, Place>): FieldTerms {
  return {
    workbook: true,
    field(path) {
      if (path.includes('[*]')) return listColumns(path) ?? path;
      const list = listBlock(path);
      if (list) return msg`工作表“${list.sheet.name}”的【${bare(list.block.title)}】`;
      const place = placeOf(places, path);
      return place ? msg`“${place.label}”（${place.where}）` : path;
    },
    addRow(listPath, entry) {
      const list = listBlock(listPath);
      if (!list) return msg`在 ${listPath} 中加入 ${JSON.stringify(entry)}`;
      const header = (key: string) => list.block.columns.find((c) => c.path.join('.') === key)?.header ?? key;
      const cells = Object.entries(entry).map(([key, value]) => msg`“${header(key)}”填 ${value}`);
      return msg`在工作表“${list.sheet.name}”的【${bare(list.block.title)}】中加一行：${cells.join('，')}`;
    },
  };
}
