/**
 * Wording for units that are not the reference (ARCHITECTURE.md §4: the wording of
 * other units comes from the pack): carry-overs, 事业收入, increases, spending below budget with its reason, a
 * prior value of 0, and a 三公 total of 0 (its pie is not drawn, the captions stay
 * consecutive). Runs prepare only (load … parse) and reads the paragraphs of the tree.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareUnit } from '../../src/pipeline.js';
import type { Block } from '../../src/tree/types.js';
import { referenceData, type UnitYearInput } from '../support/unit-year-data.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-other-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The reference data file as written, typed, mutated freely by the cases. */
type Data = UnitYearInput;
const reference = (): Data => referenceData();

async function finalAccountsText(data: Data): Promise<{ text: string; captions: string[] }> {
  const file = join(scratch, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(data));
  const prepared = await prepareUnit(file, { formats: ['pdf'], checkOnly: false });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors, null, 1));
  const blocks: Block[] = prepared.documents[0]!.tree.blocks;
  const text = blocks.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : '')).join('\n');
  const captions = blocks.flatMap((b) => (b.type === 'figure' ? [b.caption] : []));
  return { text, captions };
}

describe('a unit with 事业收入, carry-overs, increases and spending below budget', () => {
  const unit = reference();
  const a = unit.accounts;
  a.income.business = 50;
  a.income.total = 1213.82;
  a.expenditure.basic = 933.92;
  a.expenditure.total = 1203.82;
  a.totals = {
    income: 1233.82,
    expenditure: 1233.82,
    openingBalance: 20,
    nonFiscalBalanceUsed: 0,
    balanceAllocation: 0,
    closingBalance: 30,
  };
  unit.priorYear.totals = { income: 1000, expenditure: 1000 };
  unit.priorYear.threePublic = { total: 4.41, abroad: 0, vehicle: 3.41, reception: 1 };
  unit.priorYear.operatingCosts = 0;
  a.generalBudget.budget = 1200;
  a.generalBudget.reason = '年中追加预算未全部执行';
  a.generalBudget.items[0]!.budget = 729.57;
  a.generalBudget.items[0]!.reason = '部分人员调出';

  it.each([
    // 收入总计 1213.82 + 20 = 1233.82 = 1203.82 + 30 = 支出总计; both up 233.82 on 1000, 23.382% → 23.38%.
    '2023年度收、支总计均为1233.82万元。其中：本年收入合计1213.82万元，年初结转和结余20万元；本年支出合计1203.82万元，年末结转和结余30万元。与2022年度相比，收、支总计各增长233.82万元，增长23.38%。',
    '一般公共预算财政拨款收入1163.82万元，占95.88%',
    '事业收入50万元，占4.12%',
    '基本支出933.92万元，占77.58%；项目支出269.9万元，占22.42%',
    '2023年度一般公共预算支出决算数为1163.82万元，完成预算96.99%，决算数小于预算数的主要原因是年中追加预算未全部执行。',
    '支出决算为693.39万元，完成预算95.04%，决算数小于预算数的主要原因是部分人员调出。',
    '较上年度增长0.22万元，增长4.99%。',
    '比2022年度增长104.35万元，2022年度为0，无法计算增长比例。',
  ])('%s', async (sentence) => {
    const { text } = await finalAccountsText(unit);
    expect(text.includes(sentence), sentence).toBe(true);
  });
});

describe('a unit that spent nothing on 三公', () => {
  it('says so without shares and leaves its pie out, the captions staying consecutive', async () => {
    const unit = reference();
    const tp = unit.accounts.threePublic;
    tp.total = { actual: 0, budget: 0 };
    tp.vehicle.actual = 0;
    tp.vehicle.budget = 0;
    tp.vehicle.operation = { actual: 0, insurance: 0, fuel: 0, repair: 0 };
    tp.reception.actual = 0;
    tp.reception.budget = 0;
    tp.reception.domestic = { ...tp.reception.domestic, actual: 0, batches: 0, people: 0 };
    const { text, captions } = await finalAccountsText(unit);
    expect(text).toContain('2023年度“三公”经费财政拨款支出决算为0万元，年初未安排预算，较上年度下降5.54万元，下降100%。');
    // The three parts are 0 together: said once, with no share of a zero total.
    expect(text).toContain(
      '2023年度“三公”经费财政拨款支出决算中，因公出国（境）费、公务用车购置及运行维护费、公务接待费支出决算均为0万元。具体情况如下：',
    );
    expect(text).not.toContain('不计算占比');
    expect(captions.map((c) => /图\d+/.exec(c)?.[0])).toEqual(['图1', '图2', '图3', '图4', '图5', '图6']);
    expect(captions.some((c) => c.includes('“三公”'))).toBe(false);
  });
});

describe('a unit that chooses the largest-remainder shares', () => {
  it('rounds the 五（二） shares by largest remainder, still adding up to 100%', async () => {
    const unit = reference();
    // The older top-level key is still read (the reference's own choice sits in its style).
    delete (unit.style as { numbers?: unknown }).numbers;
    unit.sharePolicy = 'largest-remainder';
    const { text } = await finalAccountsText(unit);
    expect(text).toContain(
      '公共安全支出982.66万元，占84.44%；社会保障和就业支出85.43万元，占7.34%；卫生健康支出33.33万元，占2.86%；住房保障支出62.4万元，占5.36%。',
    );
  });
});
