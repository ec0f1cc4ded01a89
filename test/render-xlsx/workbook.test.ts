/**
 * The 决算公开表 workbook as a bureau prints it (issue 21), for every fixture unit with 附表
 * detail (test/support/table-units.ts), read back with ExcelJS: every cell of each table's
 * grid bordered on all four sides; each sheet with a print area from the title to the last
 * note, its header rows repeated on every page, fitted to one page wide (the short forms of
 * fixed lines to one page), on A4 in the orientation its form needs; the same tables give the
 * same bytes; LibreOffice prints 公开01表 on one page (one workbook converted: soffice is slow).
 *
 * And the forms themselves: the same table has the same header rows and the same fixed lines
 * in every unit of the same edition, whatever each unit's money (compared across the units on
 * the PublicTableViews that the workbook and the document are both laid out from).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareUnit } from '../../src/pipeline.js';
import { renderDocument } from '../../src/render/render-document.js';
import type { PreparedDocument } from '../../src/render/render-document.js';
import type { PublicTableCell, PublicTableView } from '../../src/tables/public-table.js';
import { TABLE_UNITS, type TableUnit } from '../support/table-units.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-workbook-form-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Prepared {
  unit: TableUnit;
  doc: PreparedDocument;
  tables: PublicTableView[];
  bytes: Uint8Array;
  workbook: ExcelJS.Workbook;
}

const prepared: Prepared[] = [];

async function prepare(unit: TableUnit): Promise<Prepared> {
  const result = await prepareUnit(unit.data, { formats: ['xlsx'], checkOnly: false });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const doc = result.documents.find((d) => d.kind === 'public-tables');
  if (!doc?.workbook) throw new Error(`${unit.unit}: no public-tables workbook`);
  const bytes = (await renderDocument(doc, ['xlsx'])).document.files[0]!.bytes;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return { unit, doc, tables: doc.workbook.tables, bytes, workbook };
}

/** A unit of the 13-table edition prepared under the 2020–2021 pack: a second unit of that edition. */
function as2020(unit: TableUnit): TableUnit {
  const data = JSON.parse(readFileSync(unit.data, 'utf8')) as Record<string, unknown>;
  const file = join(scratch, `${unit.unit}-2020.json`);
  writeFileSync(file, JSON.stringify({ ...data, pack: 'sichuan-2020' }));
  return { ...unit, data: file, edition: '2020' };
}

beforeAll(async () => {
  for (const unit of [...TABLE_UNITS, as2020(TABLE_UNITS[4]!)]) prepared.push(await prepare(unit));
}, 120_000);

/** The orientation each form needs, written from the forms (wording.json publicTables.forms). */
const LANDSCAPE = new Set([
  'income',
  'expenditure',
  'fiscalSummary',
  'fiscalDetail',
  'generalBudgetDetail',
  'generalBudgetProject',
  'governmentFund',
  'stateCapital',
  'threePublic',
  'threePublicGeneral',
  'threePublicFund',
]);
/** The short forms of fixed lines, printed on one page. */
const ONE_PAGE = new Set(['summary', 'fiscalSummary', 'threePublic', 'threePublicGeneral', 'threePublicFund']);

/** Rows of the title block above each grid: name, 公开NN表, unit and 金额单位. */
const TITLE_ROWS = 3;

describe.each(TABLE_UNITS.map((u) => [u.unit, u] as const))('%s: the workbook prints as the forms', (_name, unit) => {
  const of = () => prepared.find((p) => p.unit === unit)!;

  it('borders every cell of every table grid on all four sides', () => {
    const { tables, workbook } = of();
    expect(workbook.worksheets.length).toBe(tables.length);
    tables.forEach((table, i) => {
      const sheet = workbook.worksheets[i]!;
      const rows = table.headerRows.length + table.bodyRows.length;
      const missing: string[] = [];
      for (let r = TITLE_ROWS + 1; r <= TITLE_ROWS + rows; r++) {
        for (let c = 1; c <= table.columnWidths.length; c++) {
          const border = sheet.getCell(r, c).border;
          for (const side of ['top', 'left', 'bottom', 'right'] as const)
            if (border?.[side]?.style !== 'thin') missing.push(`${sheet.getCell(r, c).address}.${side}`);
        }
      }
      expect(missing, sheet.name).toEqual([]);
    });
  });

  it('sets each sheet to print: print area, repeated header rows, one page wide, A4 in its orientation', () => {
    const { tables, workbook } = of();
    tables.forEach((table, i) => {
      const setup = workbook.worksheets[i]!.pageSetup;
      const lastRow = TITLE_ROWS + table.headerRows.length + table.bodyRows.length + table.notes.length;
      const lastColumn = workbook.worksheets[i]!.getColumn(table.columnWidths.length).letter;
      expect(
        {
          printArea: setup.printArea,
          printTitlesRow: setup.printTitlesRow,
          fitToPage: setup.fitToPage,
          fitToWidth: setup.fitToWidth,
          fitToHeight: setup.fitToHeight,
          paperSize: setup.paperSize,
          orientation: setup.orientation,
        },
        table.title,
      ).toEqual({
        printArea: `A1:${lastColumn}${lastRow}`,
        printTitlesRow: `${TITLE_ROWS + 1}:${TITLE_ROWS + table.headerRows.length}`,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: ONE_PAGE.has(table.id) ? 1 : 0,
        paperSize: 9,
        orientation: LANDSCAPE.has(table.id) ? 'landscape' : 'portrait',
      });
    });
  });

  it('merges, centres and bolds the title over the grid, with 公开NN表, the unit and 金额单位 below it', () => {
    const { tables, workbook } = of();
    tables.forEach((table, i) => {
      const sheet = workbook.worksheets[i]!;
      const title = sheet.getCell(1, 1);
      expect([title.value, title.alignment?.horizontal, title.font?.bold], sheet.name).toEqual([table.title, 'center', true]);
      expect(sheet.getCell(1, table.columnWidths.length).isMerged).toBe(true);
      expect(sheet.getCell(2, 1).value).toBe(table.label);
      expect(sheet.getCell(3, 1).value).toBe(unit.unitLine);
      expect(sheet.getCell(3, table.columnWidths.length).value).toBe('金额单位：万元');
    });
  });

  it('gives the same bytes for the same tables, dated by the data', async () => {
    const { doc, bytes, workbook } = of();
    const again = (await renderDocument(doc, ['xlsx'])).document.files[0]!.bytes;
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(workbook.created.toISOString().slice(0, 10)).toBe(doc.tree.meta.date);
    expect(workbook.modified.toISOString().slice(0, 10)).toBe(doc.tree.meta.date);
  });
});

/** A row's cells as text with their spans: what a reader sees of a header row. */
const shape = (rows: PublicTableCell[][]) => rows.map((row) => row.map((c) => `${c.text}/${c.colSpan}x${c.rowSpan}`).join(' | '));
/** The label columns of a 总表 (income and 支出 lines): the form's fixed lines. */
const summaryLines = (table: PublicTableView) =>
  table.bodyRows.map((row) =>
    row
      .filter((c) => c.amount === undefined)
      .map((c) => c.text)
      .join(' | '),
  );

describe.each([['2022'], ['2020']] as const)('the forms of the %s edition in every unit', (edition) => {
  const units = () => prepared.filter((p) => p.unit.edition === edition);

  it('has at least two units to compare', () => {
    expect(units().length).toBeGreaterThanOrEqual(2);
  });

  it('prints each table with the same header rows and the same columns in every unit', () => {
    const [first, ...rest] = units();
    for (const other of rest) {
      expect(other.tables.map((t) => t.id)).toEqual(first!.tables.map((t) => t.id));
      other.tables.forEach((table, i) => {
        expect(shape(table.headerRows), `${other.unit.unit} ${table.title}`).toEqual(shape(first!.tables[i]!.headerRows));
        expect(table.columnWidths, `${other.unit.unit} ${table.title}`).toEqual(first!.tables[i]!.columnWidths);
      });
    }
  });

  it('prints the 总表 with the same fixed lines in every unit, 0.00 where a unit has none', () => {
    const [first, ...rest] = units();
    for (const id of ['summary', 'fiscalSummary']) {
      const lines = summaryLines(first!.tables.find((t) => t.id === id)!);
      for (const other of rest) expect(summaryLines(other.tables.find((t) => t.id === id)!), `${other.unit.unit} ${id}`).toEqual(lines);
    }
    // Written from the form (wording.json classLines, after 上海市普陀区财政局2024年度部门决算 公开01表):
    // 26 类 on the 支出 side, 一、一般公共服务支出 to 二十六、抗疫特别国债安排的支出, then the four foot lines.
    const summary = first!.tables.find((t) => t.id === 'summary')!;
    const right = summary.bodyRows.map((row) => row[2]!.text);
    expect(right.slice(0, 2)).toEqual(['一、一般公共服务支出', '二、外交支出']);
    expect(right.slice(25)).toEqual(['二十六、抗疫特别国债安排的支出', '本年支出合计', '结余分配', '年末结转和结余', '总计']);
    // The 一般公共服务支出 line of a unit with no such spending prints 0.00.
    expect(summary.bodyRows[0]![3]!.text).toBe('0.00');
  });

  it('prints the 基本支出 明细表 with the same lines in every unit', () => {
    const [first, ...rest] = units();
    const lines = (p: Prepared) => summaryLines(p.tables.find((t) => t.id === 'basicDetail')!);
    for (const other of rest) expect(lines(other), other.unit.unit).toEqual(lines(first!));
  });
});

describe('LibreOffice prints the workbook as the forms', () => {
  it('prints 公开01表 on one page', () => {
    const unit = prepared.find((p) => p.unit.unit === '示例区司法局' && p.unit.edition === '2022')!;
    const file = join(scratch, 'tables.xlsx');
    writeFileSync(file, unit.bytes);
    const run = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${join(scratch, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', scratch, file],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(run.error, 'LibreOffice (soffice) is needed for this test: apt-get install libreoffice-calc-nogui').toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(scratch, 'tables.pdf'))).toBe(true);
    const pages = spawnSync('pdftotext', ['-layout', join(scratch, 'tables.pdf'), '-'], { encoding: 'utf8' })
      .stdout.split('\f')
      .map((page) => page.replace(/\s+/g, ''));
    // Page 1: the whole of 公开01表, from its title to its 总计 and its note; page 2 begins 公开02表.
    expect(pages[0]).toContain('收入支出决算总表');
    expect(pages[0]).toContain('总计1213.82总计1213.82');
    expect(pages[1]!.startsWith('收入决算表公开02表')).toBe(true);
    expect(pages[0]).toContain('一、一般公共服务支出');
    expect(pages[0]).toContain('二十六、抗疫特别国债安排的支出');
    expect(pages[0]).toContain('注：本表反映部门本年度的总收支和年末结转结余情况。');
  }, 200_000);
});
