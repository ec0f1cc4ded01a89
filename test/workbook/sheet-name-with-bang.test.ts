/**
 * A sheet name may hold "!" (Excel allows it; a clerk may add it to a project sheet's short
 * name): the places the fill-in reader names on such a sheet quote the whole name, as Excel
 * writes a reference to it. (They were once cut at the "!", giving `'项目1 甲!A1:B1`; and a
 * missing or unknown sheet was named unquoted, unlike every cell.)
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { validateWorkbookUnit } from '../../src/load/workbook/load-workbook-unit.js';
import { writeFillInWorkbook } from '../../src/workbook/write-fill-in.js';
import { detailedUnit } from './detailed-unit.js';
import { renameSheet } from './sheet-edits.js';

describe('a project sheet whose name holds "!"', () => {
  it('is named whole in the errors about its merged cells and missing blocks', async () => {
    const { $schema: _schema, ...data } = detailedUnit();
    const wb = XLSX.read(await writeFillInWorkbook(data, { title: 't', author: 't', date: '2024-09-30' }), { type: 'buffer' });
    const project = wb.SheetNames.find((n) => n.startsWith('项目1'))!;
    renameSheet(wb, project, '项目1 甲!乙');
    const ws = wb.Sheets['项目1 甲!乙']!;
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
    ws['A1'] = { t: 's', v: '改过的标题' };
    const loaded = validateWorkbookUnit(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array, 'x.xlsx');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const paths = loaded.errors.map((e) => e.path);
    expect(paths).toContain("'项目1 甲!乙'!A1:B1");
    expect(paths).toContain("'项目1 甲!乙'");
    expect(paths.filter((p) => p.startsWith("'项目1 甲!") && !p.startsWith("'项目1 甲!乙'"))).toEqual([]);
  });

  it('quotes the sheets it misses or does not know as well', async () => {
    const { $schema: _schema, ...data } = detailedUnit();
    const wb = XLSX.read(await writeFillInWorkbook(data, { title: 't', author: 't', date: '2024-09-30' }), { type: 'buffer' });
    renameSheet(wb, '收支明细（附表用）', '收支 明细');
    const loaded = validateWorkbookUnit(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array, 'x.xlsx');
    expect(loaded.ok ? [] : loaded.errors.map((e) => e.path)).toEqual(["'收支明细（附表用）'!A1", "'收支 明细'!A1"]);
  });
});
