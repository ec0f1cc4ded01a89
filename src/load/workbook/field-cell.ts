/**
 * Reads one cell of the fill-in workbook as the field it holds: a number for an amount or a
 * count, a text for a text (a number typed into a text field becomes its digits), a date
 * cell for a date field, a listed word for an enum or yes/no field. Takes the cell, the
 * field's FieldInfo and path; returns the value, "blank", or a Chinese message. Range and
 * format rules (two decimals, not negative …) are left to the schema, which says them once.
 */
import type * as XLSX from '@e965/xlsx';
import type { FieldInfo } from '../../schema/field-info.js';
import { SSF } from '../../util/sheetjs-bundled.js';
import type { Path } from '../../workbook/layout/types.js';
import { choiceWords, valueForWord, type Json } from '../../workbook/values.js';
import { describeCellError, readNumber } from './cells.js';
import { msg } from '../../text/msg.js';

export type FieldCell = { kind: 'value'; value: Json } | { kind: 'blank' } | { kind: 'error'; message: string };

function isoDate(serial: number): string | undefined {
  const d = SSF.parse_date_code(serial);
  if (!d) return undefined;
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

function readText(cell: XLSX.CellObject, info: FieldInfo): FieldCell {
  if (typeof cell.v === 'string') {
    // Note: spaces around a text are trimmed (a typing slip); the schema refuses them in JSON.
    const text = cell.v.trim();
    return text === '' ? { kind: 'blank' } : { kind: 'value', value: text };
  }
  if (typeof cell.v === 'number') {
    if (info.kind === 'date' && cell.z !== undefined && SSF.is_date(cell.z)) {
      const date = isoDate(cell.v);
      if (date) return { kind: 'value', value: date };
    }
    if (Number.isInteger(cell.v) && !Number.isSafeInteger(cell.v)) {
      return { kind: 'error', message: msg`数字位数过多，Excel 已改写为 ${cell.w ?? cell.v}；请把单元格设为“文本”格式后重新输入` };
    }
    return { kind: 'value', value: String(cell.v) };
  }
  return { kind: 'error', message: msg`应为文字，实际为逻辑值 ${cell.v ? 'TRUE' : 'FALSE'}` };
}

export function readFieldCell(cell: XLSX.CellObject | undefined, info: FieldInfo, path: Path): FieldCell {
  if (!cell) return { kind: 'blank' };
  const broken = describeCellError(cell);
  if (broken) return { kind: 'error', message: broken };
  if (cell.v === undefined || cell.v === null) return { kind: 'blank' };
  switch (info.kind) {
    case 'amount':
    case 'count':
    case 'year':
    case 'points':
    case 'score': {
      const n = readNumber(cell, { dashIsZero: false });
      if (n.kind === 'number') return { kind: 'value', value: n.value };
      return n;
    }
    case 'numberOrText':
      if (typeof cell.v === 'number') return { kind: 'value', value: cell.v };
      return readText(cell, info);
    case 'text':
    case 'code':
    case 'date':
      return readText(cell, info);
    case 'enum':
    case 'boolean': {
      if (typeof cell.v === 'boolean' && info.kind === 'boolean') return { kind: 'value', value: cell.v };
      const word = String(cell.v).trim();
      if (word === '') return { kind: 'blank' };
      const value = valueForWord(info, path, word);
      if (value === undefined)
        return { kind: 'error', message: msg`应为以下之一：${(choiceWords(info, path) ?? []).join('、')}（实际为“${word}”）` };
      return { kind: 'value', value };
    }
  }
}
