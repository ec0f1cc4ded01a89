/**
 * Messages for a unit kept in a workbook speak of the workbook (issue 22 §3, §4): a block left
 * blank is one message naming its range; a fix is said in the workbook's terms (the sheet
 * 科目名称 and its columns, a label and its cell), never as JSON to paste or a JSON field
 * name, for every catalogue case whose JSON message names one; the JSON path stays beside the
 * message as `field`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateWorkbookUnit } from '../../src/load/workbook/load-workbook-unit.js';
import { prepareUnit } from '../../src/pipeline.js';
import { writeFillInWorkbook } from '../../src/workbook/write-fill-in.js';
import { CASES, referenceData } from '../bad-inputs/cases.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-workbook-messages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const workbookOf = (data: object) => {
  const { $schema: _schema, ...rest } = data as Record<string, unknown>;
  return writeFillInWorkbook(rest, { title: 't', author: 't', date: '2024-09-30' });
};

/** JSON words a workbook's clerk has no use for: paths, field names, objects to paste. */
const JSON_WORDS = /\$\.|functionalCodes|coveredUnits|includedInAccounts|byFunction|\bclasses\b|\breason\b|\bdefinition\b|\blevel\b|"code"/;

describe('a unit kept in a workbook', () => {
  it('a block left blank is one message naming its range', async () => {
    const d = referenceData() as unknown as Record<string, Record<string, unknown>>;
    delete d.accounts!.threePublic;
    const read = validateWorkbookUnit(await workbookOf(d), 'x.xlsx');
    // The block's 39 rows are 三公明细!3–41 (title row 1, header row 2), values in column C; 30 of its
    // fields are required: 合计 2, 因公出国 4, 公务用车 2, 购置 1 + 3×2, 保有量 3, 运行维护 4, 公务接待 2, 国内 3, 外事 3.
    expect(read.ok ? [] : read.errors).toEqual([
      { path: '三公明细!C3:C41', message: '【财政拨款“三公”经费】整块尚未填写（其中30项必填）；请按决算报表填写' },
    ]);
  });

  it('a 科目 without a name is to be added on the sheet 科目名称, column by column', async () => {
    const d = referenceData();
    d.accounts.generalBudget.items[0]!.code = '2040698';
    const dir = join(scratch, 'code', '2023');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '遂宁市安居区司法局.xlsx'), await workbookOf(d));
    const prepared = await prepareUnit(join(dir, '遂宁市安居区司法局.xlsx'), { formats: [], checkOnly: true });
    expect(prepared.ok ? [] : prepared.errors).toEqual([
      {
        // 一般公共预算: its first form (rows 1–5), the 类 list (title 7, header 8, 8 类 and 12 blank rows), the 项 list titled at 30: the first 项 on row 32.
        path: '一般公共预算!A32',
        message:
          '【按功能分类“项”列示的支出·项级科目编码】科目“2040698”不在功能分类科目目录（data/catalog/functional-classification.json）中，数据中也没有给出名称；请在工作表“科目名称”的【科目目录中没有（或名称不同）的功能分类科目】中加一行：“科目编码”填 2040698，“科目名称”填 项级科目名称，“科目说明（名词解释用）”填 指……的支出。',
        field: '$.accounts.generalBudget.items[0].code',
      },
    ]);
  });

  it('the warnings of the reference, kept in a workbook, name no JSON field either', async () => {
    const dir = join(scratch, 'reference', '2023');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '遂宁市安居区司法局.xlsx'), await workbookOf(referenceData()));
    const prepared = await prepareUnit(join(dir, '遂宁市安居区司法局.xlsx'), { formats: [], checkOnly: true });
    expect(prepared.ok).toBe(true);
    // The 附表 it cannot fill (no detail), and the 普法宣传 project against its 科目 (the reference's case #9), at least.
    expect(prepared.warnings.length).toBeGreaterThan(2);
    for (const w of prepared.warnings) expect(`${w.path}：${w.message}`).not.toMatch(JSON_WORDS);
  });

  // The catalogue's cases whose JSON messages name a JSON field or give JSON to paste.
  const cases = CASES.filter((c) => c.mutate && !c.previousYear && c.expected.some((e) => JSON_WORDS.test(e.message.replace(e.path, ''))));

  it('covers the cases that give JSON advice', () => {
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining(['code-unknown-item', 'code-named-without-definition', 'code-listed-twice-in-names']),
    );
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: the messages name no JSON field', async (name, c) => {
    const d = referenceData();
    c.mutate!(d);
    const dir = join(scratch, name, '2023');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${d.unit.name}.xlsx`);
    writeFileSync(file, await workbookOf(d));
    const prepared = await prepareUnit(file, { formats: [], checkOnly: true });
    const findings = prepared.ok ? prepared.warnings : [...prepared.errors, ...prepared.warnings];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.path, f.message).not.toMatch(/^\$/);
      expect(f.message).not.toMatch(JSON_WORDS);
    }
  });
});
