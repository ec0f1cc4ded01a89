/**
 * Refusals end to end through the CLI (issue 4 §2): a folder with one good and one broken
 * file exits 1, generates the good unit, writes nothing for the broken one and lists it in
 * the summary with its number of errors; `--check` writes nothing; and every catalogue
 * case, as a file, is refused with exit code 1 and leaves nothing under --out.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { CASES, referenceData } from './cases.js';
import { caseBytes } from './run-case.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-refusal-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * The case with a unit name of its own. Note: otherwise every case would name the same unit,
 * whose 70 files map to one output folder, and each would be refused for that as well.
 * Only the unit's own name field changes (the first "name" of the file), so the case's
 * mutation and its error positions stay as they are; bytes that are not UTF-8 stay as they are.
 */
function withOwnUnitName(bytes: Uint8Array, caseName: string): Uint8Array {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes;
  }
  const unitName = '"name": "遂宁市安居区司法局"';
  return new TextEncoder().encode(text.replace(unitName, `"name": "遂宁市安居区司法局-${caseName}"`));
}

/** The year a mutation case leaves in the data. */
function referenceYearAfter(c: (typeof CASES)[number]): number {
  const data = referenceData();
  c.mutate?.(data);
  return data.year;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('CLI on a folder with one good and one broken file', () => {
  const data = join(scratch, 'mixed', 'data');
  const out = join(scratch, 'mixed', 'out');
  mkdirSync(join(data, '2023'), { recursive: true });
  // The good unit: a small fixture unit (one document), quick to generate.
  const good = '示例区档案馆';
  copyFileSync(`test/fixtures/units/2023/${good}.json`, join(data, '2023', `${good}.json`));
  const broken = CASES.find((c) => c.name === 'tie-income-total')!;
  const brokenFile = join(data, '2023', '损坏的单位.json');
  writeFileSync(
    brokenFile,
    caseBytes({
      ...broken,
      mutate: (d) => {
        broken.mutate!(d);
        d.unit.name = '损坏的单位';
      },
    }),
  );

  it('exits 1, still generates the good unit and writes nothing for the broken one', () => {
    const run = runCli(['--data', data, '--out', out, '--jobs', '1']);
    expect(run.status, run.stderr).toBe(1);
    const unitDir = join(out, '2023', good);
    expect(existsSync(join(unitDir, 'manifest.json'))).toBe(true);
    expect(listFiles(unitDir).some((f) => f.endsWith(`${good}2023年度单位决算说明.docx`))).toBe(true);
    expect(listFiles(unitDir).some((f) => f.endsWith(`${good}2023年度单位决算说明.pdf`))).toBe(true);
    expect(existsSync(join(out, '2023', '损坏的单位'))).toBe(false);
    expect(readdirSync(join(out, '2023'))).toEqual([good]);
    // One mistake (本年收入合计 0.01 too high), one error: 收入总计 agrees with the sources.
    expect(run.stdout).toContain(`数据不合格：${brokenFile}（1 处错误）`);
    expect(run.stderr).toContain('$.accounts.income.total：本年收入合计为1163.83万元，应为1163.82万元（相差0.01万元）');
  });

  it('--check validates the same folder and writes nothing', () => {
    const checkOut = join(scratch, 'mixed', 'check-out');
    const run = runCli(['--check', '--data', data, '--out', checkOut, '--jobs', '1']);
    expect(run.status, run.stderr).toBe(1);
    expect(existsSync(checkOut)).toBe(false);
    expect(run.stdout).toContain(`数据不合格：${brokenFile}（1 处错误）`);
  });
});

describe('CLI on every catalogue case', () => {
  it('refuses each file with exit code 1, a Chinese message naming its field, and writes nothing', () => {
    const data = join(scratch, 'catalogue', 'data');
    const out = join(scratch, 'catalogue', 'out');
    mkdirSync(join(data, '2023'), { recursive: true });
    // Note: the prior-year cases need their 2022 file, which is not itself valid data; they are covered in catalogue.test.ts.
    const cases = CASES.filter((c) => !c.previousYear);
    for (const c of cases) writeFileSync(join(data, '2023', `${c.name}.json`), withOwnUnitName(caseBytes(c), c.name));
    // Note: --jobs 1: every case is refused, so no render thread is needed.
    const run = runCli(['--data', data, '--out', out, '--jobs', '1']);
    expect(run.status, run.stdout).toBe(1);
    expect(listFiles(out)).toEqual([]);
    expect(run.stdout).toContain(`数据不合格 ${cases.length} 个`);
    for (const c of cases) {
      const file = join(data, '2023', `${c.name}.json`);
      // A case whose year is not 2023 (year-out-of-range) also sits in the wrong year folder, which the CLI says too.
      const inWrongFolder = c.mutate !== undefined && referenceYearAfter(c) !== 2023;
      expect(run.stdout).toContain(`数据不合格：${file}（${c.expected.length + (inWrongFolder ? 1 : 0)} 处错误）`);
      for (const e of c.expected) expect(run.stderr).toContain(`${e.path}：`);
      if (inWrongFolder)
        expect(run.stderr).toContain(`$.year：数据中的年度为${referenceYearAfter(c)}，但文件位于年度文件夹“2023”中（${file}）`);
    }
  });
});
