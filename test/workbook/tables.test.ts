/**
 * Reading the workbooks units already have (issue "Excel in" §3): the 公开表 workbook this tool
 * writes — with its rows reordered, a blank row inserted and its sheets renamed in the 财决
 * style — and a (synthetic) 部门决算 software export give back the same figures: the unit's
 * data without the 附表 detail, with the workbook beside it, prepares the same public tables
 * as the full data. A figure given in both places must agree; 元 instead of 万元, another
 * unit's tables and rows that cannot be placed are refused at their cells; sheets and columns
 * not read are listed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadUnit } from '../../src/load/load-unit.js';
import { prepareUnit } from '../../src/pipeline.js';
import { renderXlsx } from '../../src/render/xlsx/render-xlsx.js';
import type { PublicTableView } from '../../src/tables/public-table.js';
import { writeFillInWorkbook } from '../../src/workbook/write-fill-in.js';
import { cellAt } from '../support/xlsx-sheets.js';
import type { UnitYearInput } from '../support/unit-year-data.js';
import { caijueExport } from './caijue-export.js';
import { detailedUnit } from './detailed-unit.js';
import { insertBlankRow, renameSheet, reverseRows } from './sheet-edits.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-tables-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const UNIT = '示例县司法局';
type Data = UnitYearInput;

/** The detailed unit without what only the 附表 need (the tables are to give it back). */
function withoutTableDetail(full: Data, options: { keepVehicleBudgets: boolean }): Data {
  const base = structuredClone(full);
  delete base.accounts.byFunction;
  for (const item of base.accounts.generalBudget.items) delete item.economic;
  delete base.accounts.basicExpenditure.economic;
  if (!options.keepVehicleBudgets) {
    delete base.accounts.threePublic.vehicle.purchase.budget;
    delete base.accounts.threePublic.vehicle.operation.budget;
  }
  return base;
}

/** Writes the unit's data file and its companion workbook into a fresh data folder; returns the data file. */
async function unitFolder(
  name: string,
  data: Data,
  companion: { suffix: string; bytes: Uint8Array } | undefined,
  asWorkbook = false,
): Promise<string> {
  const dir = join(scratch, name, '2023');
  mkdirSync(dir, { recursive: true });
  const { $schema: _schema, ...rest } = data;
  const file = join(dir, `${UNIT}.${asWorkbook ? 'xlsx' : 'json'}`);
  writeFileSync(
    file,
    asWorkbook ? await writeFillInWorkbook(rest, { title: 't', author: 't', date: '2024-09-30' }) : JSON.stringify(data, null, 2),
  );
  if (companion) writeFileSync(join(dir, `${UNIT}.${companion.suffix}.xlsx`), companion.bytes);
  return file;
}

async function publicTablesOf(file: string): Promise<{ tables: PublicTableView[]; warnings: string[] }> {
  const prepared = await prepareUnit(file, { formats: ['xlsx'], checkOnly: false });
  if (!prepared.ok) throw new Error(prepared.errors.map((e) => `${e.path}：${e.message}`).join('\n'));
  const doc = prepared.documents.find((d) => d.kind === 'public-tables');
  return { tables: doc?.workbook?.tables ?? [], warnings: prepared.warnings.map((w) => `${w.path}：${w.message}`) };
}

let full: Data;
let original: PublicTableView[];
let publicWorkbook: Uint8Array;

beforeAll(async () => {
  full = detailedUnit();
  const file = await unitFolder('full', full, undefined);
  original = (await publicTablesOf(file)).tables;
  publicWorkbook = await renderXlsx(original, { title: 't', author: UNIT, date: '2024-09-30' }, { thousands: false });
});

/** The 财决-style name of each 公开表's sheet (docs/research/public-tables.md §7), cut to Excel's 31 characters. */
const CAIJUE_NAMES: Record<string, string> = {
  公开01表: 'Z01 收入支出决算总表(财决01表)',
  公开02表: 'Z03 收入决算表(财决03表)',
  公开03表: 'Z04 支出决算表(财决04表)',
  公开04表: 'Z01_1 财政拨款收入支出决算总表(财决01-1表)',
  公开05表: 'Z06 财政拨款支出决算明细表(财决06表)',
  公开06表: 'Z07 一般公共预算财政拨款支出决算表(财决07表)',
  公开07表: 'Z08 一般公共预算财政拨款支出决算明细表(财决08表)',
  公开08表: 'Z08_1 一般公共预算财政拨款基本支出决算明细表(财决08-1表)',
  公开09表: 'Z08_2 一般公共预算财政拨款项目支出决算明细表(财决08-2表)',
  公开10表: 'Z09 政府性基金预算财政拨款收入支出决算表(财决09表)',
  公开11表: 'Z10 国有资本经营预算财政拨款收入支出决算表(财决10表)',
  公开12表: 'Z10_1 国有资本经营预算财政拨款支出决算表(财决10-1表)',
  公开13表: 'F01 财政拨款“三公”经费支出决算表(财决附01表)',
};

/** The rows holding a number: a table's body, from its first to its last (the notes under it hold none). */
function figureRows(ws: XLSX.WorkSheet): { first: number; last: number } {
  const rows = Object.keys(ws)
    .filter((k) => !k.startsWith('!') && typeof cellAt(ws, k)?.v === 'number')
    .map((k) => XLSX.utils.decode_cell(k).r);
  return { first: Math.min(...rows), last: Math.max(...rows) };
}

function edited(bytes: Uint8Array, edit: (wb: XLSX.WorkBook) => void): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'buffer' });
  edit(wb);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

describe('the 公开表 workbook this tool writes', () => {
  it('read back with its rows reordered, a blank row inserted and its sheets renamed 财决-style, gives the same figures', async () => {
    const mutated = edited(publicWorkbook, (wb) => {
      for (const name of [...wb.SheetNames]) {
        const ws = wb.Sheets[name]!;
        const { first, last } = figureRows(ws);
        reverseRows(ws, first, last);
        insertBlankRow(ws, Math.min(first + 2, last));
        renameSheet(wb, name, CAIJUE_NAMES[name.split(' ')[0]!]!.slice(0, 31));
      }
    });
    // The edits are real: sheet names, the 合计 row of 公开02 now the grid's last, an empty row in the body.
    const check = XLSX.read(mutated, { type: 'buffer' });
    expect(check.SheetNames[1]).toBe('Z03 收入决算表(财决03表)');
    expect(check.SheetNames[7]).toBe('Z08_1 一般公共预算财政拨款基本支出决算明细表(财决08-');
    const income = XLSX.utils.sheet_to_json<string[]>(check.Sheets['Z03 收入决算表(财决03表)']!, {
      header: 1,
      blankrows: true,
      defval: '',
    });
    expect(income[6]![2]).toBe('2210201');
    expect(income[8]!.every((v) => v === '')).toBe(true);
    // The 合计 row now ends the grid, right above the note under it.
    expect(income[income.findIndex((row) => row[0] === '合计') + 1]![0]).toMatch(/^注：/);

    const file = await unitFolder('public-mutated', withoutTableDetail(full, { keepVehicleBudgets: false }), {
      suffix: '公开表',
      bytes: mutated,
    });
    const read = await publicTablesOf(file);
    expect(read.tables).toHaveLength(13);
    expect(read.tables).toStrictEqual(original);
    expect(read.warnings.filter((w) => w.includes('.公开表.xlsx'))).toEqual([]);
  });

  it('reads the same workbook saved as .xls (BIFF8), as units publish it', async () => {
    const xls = XLSX.write(XLSX.read(publicWorkbook, { type: 'buffer' }), { type: 'buffer', bookType: 'biff8' }) as Uint8Array;
    expect([...xls.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const dir = join(scratch, 'xls', '2023');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${UNIT}.json`);
    writeFileSync(file, JSON.stringify(withoutTableDetail(full, { keepVehicleBudgets: false })));
    writeFileSync(join(dir, `${UNIT}.公开表.xls`), xls);
    const read = await publicTablesOf(file);
    expect(read.tables).toStrictEqual(original);
  });

  it('refuses a figure that differs from the fill-in workbook, naming both cells', async () => {
    // 公开13表: row 7 (index 6) is the data row; L7 is 公务接待费·决算数, B7 合计·决算数.
    const changed = edited(publicWorkbook, (wb) => {
      const ws = wb.Sheets['公开13表 财政拨款“三公”经费支出决算表']!;
      ws['L7'] = { t: 'n', v: 1.23 };
      ws['B7'] = { t: 'n', v: 4.64 };
    });
    const file = await unitFolder(
      'conflict',
      withoutTableDetail(full, { keepVehicleBudgets: false }),
      { suffix: '公开表', bytes: changed },
      true,
    );
    const loaded = await loadUnit(file);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const lines = loaded.errors.map((e) => `${e.path}：${e.message}`);
    expect(lines).toContain(
      `[${UNIT}.公开表.xlsx]'公开13表 财政拨款“三公”经费支出决算表'!L7：【财政拨款“三公”经费支出决算表·公务接待费·决算数】为 1.23，而 三公明细!C31（公务接待费·决算数）为 1.22，二者不一致；同一数字只能有一个，请核对后改正其中一处`,
    );
    expect(
      lines.some((l) => l.includes("'公开13表 财政拨款“三公”经费支出决算表'!B7") && l.includes('三公明细!C3（合计·决算数）为 4.63')),
    ).toBe(true);
  });

  it('refuses tables in 元, tables of another unit and rows it cannot place, at their cells', async () => {
    const changed = edited(publicWorkbook, (wb) => {
      wb.Sheets['公开13表 财政拨款“三公”经费支出决算表']!['L3'] = { t: 's', v: '金额单位：元' };
      wb.Sheets['公开06表 一般公共预算财政拨款支出决算表']!['A3'] = { t: 's', v: '部门：另一个单位' };
      // A row of figures without a code, in 公开02表.
      wb.Sheets['公开02表 收入决算表']!['D40'] = { t: 's', v: '其他' };
      wb.Sheets['公开02表 收入决算表']!['F40'] = { t: 'n', v: 5 };
      wb.Sheets['公开02表 收入决算表']!['!ref'] = 'A1:K40';
    });
    const file = await unitFolder('bad-tables', withoutTableDetail(full, { keepVehicleBudgets: false }), {
      suffix: '公开表',
      bytes: changed,
    });
    const loaded = await loadUnit(file);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const lines = loaded.errors.map((e) => `${e.path}：${e.message}`);
    expect(lines).toContain(
      `[${UNIT}.公开表.xlsx]'公开13表 财政拨款“三公”经费支出决算表'!L3：【财政拨款“三公”经费支出决算表·金额单位】金额单位为“元”，本工具按万元读取，不作换算（换算会丢失精度）；请导出或另存金额单位为万元的报表`,
    );
    expect(lines).toContain(
      `[${UNIT}.公开表.xlsx]'公开06表 一般公共预算财政拨款支出决算表'!A3：【一般公共预算财政拨款支出决算表·单位】表上的单位是“另一个单位”，与数据中的单位“${UNIT}”不同；请确认附带的报表属于本单位`,
    );
    expect(lines).toContain(
      `[${UNIT}.公开表.xlsx]'公开02表 收入决算表'!A40：【收入决算表·第40行】此行有数字，但既不是合计行，也没有功能分类科目编码，无法归入任何科目；请补上科目编码或删除此行`,
    );
  });
});

describe('the 部门决算 software export (财决, synthetic)', () => {
  it('gives the same figures, and lists the sheets and columns it does not read', async () => {
    const file = await unitFolder('caijue', withoutTableDetail(full, { keepVehicleBudgets: true }), {
      suffix: '财决',
      bytes: caijueExport(full),
    });
    const read = await publicTablesOf(file);
    expect(read.tables).toStrictEqual(original);
    const listed = read.warnings.filter((w) => w.includes('.财决.xlsx'));
    expect(listed).toContain(
      `[${UNIT}.财决.xlsx]'Z05 支出决算明细表(财决05表)'!A1：【未读取】工作表“Z05 支出决算明细表(财决05表)”中没有本工具能识别的表（按表名识别：收入支出决算总表、收入决算表……财政拨款“三公”经费支出决算表），未读取`,
    );
    expect(listed.some((w) => w.startsWith(`[${UNIT}.财决.xlsx]'F01 预算支出相关信息表(财决附01表)'!A1`))).toBe(true);
    expect(listed.filter((w) => w.includes('“年初预算数”“全年预算数”不是本工具的数据'))).toHaveLength(3);
    expect(listed).toHaveLength(5);
  });
});
