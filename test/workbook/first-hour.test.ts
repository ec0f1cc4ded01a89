/**
 * A finance officer's first hour (issue 22, done-when 1 and 2), through the commands a user
 * runs: `npm run workbook` writes a fresh workbook; untouched, `npm run generate` says in one
 * line that it is not filled; filled by a clerk (clerk.ts: the fixture unit 示例区文化馆, typed
 * cell by cell where the sheet offers them) with the two mistakes of the issue — 本年收入合计
 * typed 10 too high and "0.7万元" typed in an amount cell — one run reports both, each on its
 * own cell, and nothing else; with those two cells corrected, the documents are generated.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { Clerk } from './clerk.js';
import { ROOT } from './data-files.js';

const UNIT = '示例区文化馆';
const scratch = mkdtempSync(join(tmpdir(), 'fa-first-hour-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const data = join(scratch, 'data');
const out = join(scratch, 'out');
const placed = join(data, '2022', `${UNIT}.xlsx`);
let fresh: Uint8Array;

/** The error lines a run printed (`    <sheet!cell>：<message>`), without the indent. */
function errorLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('    '))
    .map((l) => l.trim());
}

function generate() {
  return runCli(['--data', data, '--out', out, '--jobs', '1']);
}

beforeAll(() => {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'bin', 'workbook.mjs'), '--unit', UNIT, '--year', '2022', '--out', join(scratch, 'workbooks')],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(run.status, run.stderr).toBe(0);
  fresh = new Uint8Array(readFileSync(join(scratch, 'workbooks', '2022', `${UNIT}.xlsx`)));
  mkdirSync(join(data, '2022'), { recursive: true });
});

describe("a finance officer's first hour", () => {
  it('an untouched workbook is reported as not filled, in one line', () => {
    writeFileSync(placed, fresh);
    const run = generate();
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr)).toEqual([
      `${UNIT}.xlsx：这个工作簿还没有填写：“收入支出”“一般公共预算”等工作表中本年的金额都是空的。请在浅黄色的单元格中按决算报表填写（名称前带 * 的必填），保存后再运行`,
    ]);
  });

  const income = ['accounts', 'income', 'total'];
  const repair = ['accounts', 'threePublic', 'vehicle', 'operation', 'repair'];
  let clerk: Clerk;

  it('a total typed 10 too high and "0.7万元" in an amount cell: both reported in one run, each on its cell, and nothing else', async () => {
    const { $schema: _schema, ...unit } = JSON.parse(
      readFileSync(join(ROOT, 'test/fixtures/units/2022', `${UNIT}.json`), 'utf8'),
    ) as Record<string, unknown>;
    clerk = (await Clerk.open(fresh)).fill(unit);
    // 本年收入合计: 610.42 + 18.50 = 628.92, typed 638.92; 收入总计 789.45 − 年初 160.53 = 628.92 agrees with the sources.
    clerk.typeAt(income, 638.92).typeAt(repair, '0.7万元');
    writeFileSync(placed, await clerk.save());
    const run = generate();
    expect(run.status, run.stderr).toBe(1);
    expect(errorLines(run.stderr).sort()).toEqual(
      [
        `${clerk.where(income)}：【收入·本年收入合计】本年收入合计为638.92万元，应为628.92万元（相差10.00万元）：各项收入之和为628.92万元，按收入总计789.45万元倒算是628.92万元`,
        `${clerk.where(repair)}：【公务用车运行维护费·维修费】应为数字，实际为文字“0.7万元”；金额已以万元为单位，只填数字：请输入 0.7`,
      ].sort(),
    );
    expect(clerk.where(income)).toMatch(/^收入支出!C\d+$/);
    expect(clerk.where(repair)).toMatch(/^三公明细!C\d+$/);
  });

  it('with those two cells corrected, the documents are generated', async () => {
    clerk.typeAt(income, 628.92).typeAt(repair, 0.7);
    writeFileSync(placed, await clerk.save());
    const run = generate();
    expect(run.status, run.stderr).toBe(0);
    for (const ext of ['docx', 'pdf']) expect(existsSync(join(out, '2022', UNIT, `${UNIT}2022年度单位决算说明.${ext}`))).toBe(true);
  });
});
