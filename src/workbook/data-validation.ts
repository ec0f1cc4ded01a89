/**
 * Adds data validation (下拉列表, 整数, 两位小数) to the sheets of an .xlsx that SheetJS wrote.
 * Takes the workbook bytes and, per sheet position, the ranges and their rules; returns the
 * new bytes.
 *
 * Note: SheetJS Community Edition reads and writes everything else the fill-in workbook
 * needs (cells, number formats, notes) but not data validation (a Pro feature; its writer
 * leaves a `/* dataValidations *\/` placeholder). Rather than a second spreadsheet library,
 * this inserts the one element, `<dataValidations>`, at the place the OOXML schema gives it
 * (ECMA-376 Part 1 §18.3.1.99, CT_Worksheet: after mergeCells/conditionalFormatting, before
 * hyperlinks, printOptions, pageMargins … ignoredErrors, drawing, legacyDrawing). The zip is
 * rewritten with fflate with a fixed time, so equal input gives equal bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ValidationRule } from './cell-rules.js';
import { msg } from '../text/msg.js';

export interface RangeValidation {
  /** One range, e.g. "C5" or "D8:D60"; formulas are relative to its first cell. */
  range: string;
  rule: ValidationRule;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Elements that follow dataValidations in CT_Worksheet; the first one present is the insertion point. */
const FOLLOWERS = [
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

function validationXml(v: RangeValidation): string {
  const first = v.range.split(':')[0]!;
  const common = msg`allowBlank="1" showInputMessage="0" showErrorMessage="1" errorStyle="stop" errorTitle="输入有误" error="${escapeXml(v.rule.error)}" sqref="${v.range}"`;
  switch (v.rule.type) {
    case 'whole':
      return `<dataValidation type="whole" operator="between" ${common}><formula1>${v.rule.min}</formula1><formula2>${v.rule.max}</formula2></dataValidation>`;
    case 'custom':
      return `<dataValidation type="custom" ${common}><formula1>${escapeXml(v.rule.formula.replaceAll('{ref}', first))}</formula1></dataValidation>`;
    case 'list':
      // Note: an explicit list is written as one quoted, comma-separated string (at most 255 characters).
      return `<dataValidation type="list" ${common}><formula1>${escapeXml(`"${v.rule.values.join(',')}"`)}</formula1></dataValidation>`;
  }
}

export function addDataValidations(xlsx: Uint8Array, bySheet: ReadonlyMap<number, readonly RangeValidation[]>): Uint8Array {
  const files = unzipSync(xlsx);
  for (const [index, validations] of bySheet) {
    if (validations.length === 0) continue;
    const name = `xl/worksheets/sheet${index + 1}.xml`;
    const part = files[name];
    if (!part) throw new Error(msg`工作簿中没有 ${name}，无法加入数据有效性`);
    const xml = strFromU8(part);
    const block = `<dataValidations count="${validations.length}">${validations.map(validationXml).join('')}</dataValidations>`;
    const follower = new RegExp(`<(${FOLLOWERS.join('|')})[\\s>/]`).exec(xml);
    const at = follower ? follower.index : xml.lastIndexOf('</worksheet>');
    files[name] = strToU8(xml.slice(0, at) + block + xml.slice(at));
  }
  return zipSync(files, { level: 6, mtime: new Date('1980-01-01T00:00:00Z') });
}
