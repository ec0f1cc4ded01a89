/**
 * Reads back from an .xlsx, as any application saved it, what a clerk sees of a cell — its
 * fill colour and whether it is locked — and whether its sheet is protected: the few parts
 * of OOXML (ECMA-376 Part 1 §18.8 styles: cellXfs, fills; §18.3 sheetProtection) the tests
 * of the fill-in workbook need. Note: LibreOffice writes booleans as "true"/"false" where
 * Excel writes "1"/"0"; ExcelJS reads only the latter, so this reads both.
 * Takes the workbook bytes; returns a reader by sheet name and cell address.
 */
import { strFromU8, unzipSync } from 'fflate';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';

const yes = (value: string | undefined) => value === '1' || value === 'true';

function elements(xml: string, name: string): Element[] {
  return DomUtils.getElementsByTagName(name, parseDocument(xml, { xmlMode: true }).children, true);
}

export interface CellLook {
  /** The solid fill's ARGB colour, undefined when the cell has no fill. */
  fill: string | undefined;
  locked: boolean;
}

export function readXlsxStyles(bytes: Uint8Array): { cell(sheet: string, address: string): CellLook; isProtected(sheet: string): boolean } {
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const targets = new Map(elements(text('xl/_rels/workbook.xml.rels'), 'Relationship').map((r) => [r.attribs.Id!, r.attribs.Target!]));
  const sheetXml = (sheet: string) => {
    const entry = elements(text('xl/workbook.xml'), 'sheet').find((s) => s.attribs.name === sheet);
    if (!entry) throw new Error(`no sheet ${sheet}`);
    const target = targets.get(entry.attribs['r:id']!)!.replace(/^\/?(xl\/)?/, '');
    return text(`xl/${target}`);
  };
  const styles = text('xl/styles.xml');
  const cellXfs = DomUtils.getElementsByTagName('xf', elements(styles, 'cellXfs'), true);
  const fills = elements(styles, 'fill');
  return {
    cell(sheet, address) {
      const cell = elements(sheetXml(sheet), 'c').find((c) => c.attribs.r === address);
      const xf = cellXfs[Number(cell?.attribs.s ?? 0)];
      const protection = xf && DomUtils.getElementsByTagName('protection', xf.children, true)[0];
      const pattern = xf && DomUtils.getElementsByTagName('patternFill', fills[Number(xf.attribs.fillId ?? 0)]?.children ?? [], true)[0];
      const colour =
        pattern?.attribs.patternType === 'solid' ? DomUtils.getElementsByTagName('fgColor', pattern.children, true)[0] : undefined;
      // Note: a cell is locked unless its format says otherwise (the default cell format is locked).
      return { fill: colour?.attribs.rgb, locked: protection?.attribs.locked === undefined || yes(protection.attribs.locked) };
    },
    isProtected(sheet) {
      return yes(elements(sheetXml(sheet), 'sheetProtection')[0]?.attribs.sheet);
    },
  };
}
