/**
 * `npm run workbook` as a user runs it (issue "Excel in", done-when 1): for the reference unit
 * and 2024, pre-filled from its 2023 data, it writes a workbook whose 上年数 are the 2023
 * actuals, whose texts are last year's and whose 2024 figures are blank; LibreOffice opens and
 * saves it (`soffice --headless --convert-to xlsx`) with the cells to fill still coloured and
 * unlocked, the labels locked and the sheets protected (issue 22), and the same data; its
 * label columns are frozen; it refuses to overwrite that workbook.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openWorkbook } from '../../src/load/workbook/open-workbook.js';
import { readFillIn } from '../../src/load/workbook/read-fill-in.js';
import { main } from '../../src/workbook-cli.js';
import { readUnitYear, type Draft, type UnitYearInput } from '../support/unit-year-data.js';
import { REFERENCE_FILE } from './detailed-unit.js';
import { INPUT_COLOUR } from './clerk.js';
import { ROOT } from './data-files.js';
import { readXlsxStyles } from './xlsx-styles.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-workbook-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const UNIT = '遂宁市安居区司法局';

function workbookCommand(args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'workbook.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

describe('npm run workbook --unit --year --from', () => {
  const out = join(scratch, 'out');
  const file = join(out, '2024', `${UNIT}.xlsx`);

  it('writes the 2024 workbook pre-filled from the 2023 data', () => {
    const run = workbookCommand(['--unit', UNIT, '--year', '2024', '--from', 'data/2023/遂宁市安居区司法局.json', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`✓ 已写出填报工作簿：${file}`);
    const opened = openWorkbook(readFileSync(file), 'x.xlsx');
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
    const read = readFillIn(opened.workbook);
    // A workbook being filled in: its fields are those of a data file, any of them still missing.
    const data = read.finish() as Draft<UnitYearInput>;
    const reference = readUnitYear(REFERENCE_FILE);
    expect(data.year).toBe(2024);
    // 上年数: the 2023 actuals, as the reference states them.
    expect(data.priorYear).toStrictEqual({
      totals: { income: 1163.82, expenditure: 1163.82 },
      fiscalTotals: { income: 1163.82, expenditure: 1163.82 },
      generalBudgetExpenditure: 1163.82,
      threePublic: { total: 4.63, abroad: 0, vehicle: 3.41, reception: 1.22 },
      operatingCosts: 104.35,
    });
    expect(data.profile).toStrictEqual(reference.profile);
    expect(data.projects!.map((p) => p.name)).toEqual(['案件代理', '普法宣传', '安置帮教', '社区矫正办公经费', '法律援助']);
    expect(data.accounts!.generalBudget!.items!.map((i) => i.code)).toEqual(reference.accounts.generalBudget.items.map((i) => i.code));
    // This year's figures and the facts' values wait for the clerk.
    expect(data.accounts!.income).toBeUndefined();
    expect(data.accounts!.generalBudget!.items![0]!.actual).toBeUndefined();
    expect(data.changeReasons).toStrictEqual({});
    expect(read.errors).toContainEqual({
      path: '事实!B3',
      message: '【叙述中多处引用的事实（文字中写作 ${名称}）·普法中期督查部门数】事实“普法中期督查部门数”没有填写值',
    });
  });

  it('opens in LibreOffice, which keeps the cells to fill coloured and unlocked, the labels locked and every sheet protected', () => {
    expect(existsSync(file)).toBe(true);
    const profile = join(scratch, 'lo-profile');
    const saved = join(scratch, 'libreoffice');
    // Opened and saved again by LibreOffice, as a unit using it would.
    const run = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', saved, file],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(run.error, 'LibreOffice (soffice) is needed for this test: apt-get install libreoffice-calc-nogui').toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    const bytes = new Uint8Array(readFileSync(join(saved, `${UNIT}.xlsx`)));
    const looks = readXlsxStyles(bytes);
    // 收入支出: title row 1, header row 2; row 3 is 收入·一般公共预算财政拨款收入, its label in B, its 本年数 in C.
    expect(looks.cell('收入支出', 'C3')).toEqual({ fill: INPUT_COLOUR, locked: false });
    expect(looks.cell('收入支出', 'B3')).toMatchObject({ locked: true });
    expect(looks.cell('收入支出', 'B3').fill).not.toBe(INPUT_COLOUR);
    expect(looks.cell('收入支出', 'A1')).toMatchObject({ locked: true });
    // 上年数与变动原因: row 4 is 支出总计, which has no 变动原因 (C4): not offered.
    expect(looks.cell('上年数与变动原因', 'C4').locked).toBe(true);
    expect(looks.cell('上年数与变动原因', 'C4').fill).not.toBe(INPUT_COLOUR);
    expect(looks.cell('上年数与变动原因', 'B4')).toEqual({ fill: INPUT_COLOUR, locked: false });
    for (const sheet of ['填报说明', '基本情况', '收入支出', '三公明细', '高级设置']) expect(looks.isProtected(sheet), sheet).toBe(true);
    // And what LibreOffice saved reads back as the same data.
    const before = openWorkbook(readFileSync(file), 'x.xlsx');
    const after = openWorkbook(bytes, 'x.xlsx');
    if (!before.ok || !after.ok) throw new Error('not a workbook');
    expect(readFillIn(after.workbook).finish()).toStrictEqual(readFillIn(before.workbook).finish());
  });

  it('freezes the label columns', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    // Note: LibreOffice run headless drops the view (and its frozen panes) when it saves, so this reads the file written.
    expect(workbook.getWorksheet('收入支出')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 0 });
    expect(workbook.getWorksheet('基本情况')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 1 });
    expect(workbook.getWorksheet('事实')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
  });

  it('will not overwrite a workbook that may already be filled in', async () => {
    const errors: string[] = [];
    const err = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
    try {
      expect(await main(['--unit', UNIT, '--year', '2024', '--from', REFERENCE_FILE, '--out', out])).toBe(1);
    } finally {
      err.mockRestore();
    }
    expect(errors.join('\n')).toContain(`${file} 已存在；如确要覆盖，请加 --force`);
  });
});
