/**
 * Warnings (reported, never refusals): unexplained year-on-year changes above the
 * threshold, spending above budget, and notes for the reviewer such as the reference's
 * case #9. Takes the reference data, changes one figure per test; checks the warnings.
 */
import { describe, expect, it } from 'vitest';
import { checkLoadedUnit } from '../../src/pipeline.js';
import { validateUnit } from '../../src/load/load-unit.js';
import type { UnitYear } from '../../src/schema/unit-year.js';
import { referenceData, type Data } from '../bad-inputs/cases.js';

function unit(mutate: (d: Data) => void = () => {}): UnitYear {
  const d = referenceData();
  mutate(d);
  const loaded = validateUnit(new TextEncoder().encode(JSON.stringify(d)));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.data;
}

function warningsAt(data: UnitYear, path: string, warnChangePercent?: number): string[] {
  const { result } = checkLoadedUnit(data, { warnChangePercent });
  expect(result.errors).toEqual([]);
  return result.warnings.filter((w) => w.path === path).map((w) => w.message);
}

describe('year-on-year warnings', () => {
  it('the reference has no unexplained change above 30%', () => {
    expect(checkLoadedUnit(unit()).result.warnings.filter((w) => w.path.startsWith('$.changeReasons'))).toEqual([]);
  });

  it('names the figure, both years and the change when no reason is given', () => {
    const data = unit((d) => {
      d.priorYear.operatingCosts = 50;
      delete d.changeReasons.operatingCosts;
    });
    expect(warningsAt(data, '$.changeReasons.operatingCosts')).toEqual([
      '机关运行经费增长108.70%（2022年度50.00万元，2023年度104.35万元），超过30%，请在 changeReasons.operatingCosts 中说明变动原因',
    ]);
  });

  it('stays silent when a reason is given', () => {
    const data = unit((d) => {
      d.priorYear.operatingCosts = 50;
    });
    expect(warningsAt(data, '$.changeReasons.operatingCosts')).toEqual([]);
  });

  it('uses the configured threshold: −16.43% warns at 10%, not at 30%', () => {
    const data = unit();
    expect(warningsAt(data, '$.changeReasons.threePublic')).toEqual([]);
    expect(warningsAt(data, '$.changeReasons.threePublic', 10)).toEqual([
      '“三公”经费支出下降16.43%（2022年度5.54万元，2023年度4.63万元），超过10%，请在 changeReasons.threePublic 中说明变动原因',
    ]);
  });

  it('a change of exactly the threshold does not warn; one hundredth more does', () => {
    const at = unit((d) => {
      d.priorYear.operatingCosts = 100;
      d.accounts.operatingCosts = 130;
      delete d.changeReasons.operatingCosts;
    });
    expect(warningsAt(at, '$.changeReasons.operatingCosts', 30)).toEqual([]);
    const above = unit((d) => {
      d.priorYear.operatingCosts = 100;
      d.accounts.operatingCosts = 130.01;
      delete d.changeReasons.operatingCosts;
    });
    expect(warningsAt(above, '$.changeReasons.operatingCosts', 30)).toHaveLength(1);
  });

  it('compares the change the document prints: 30.004% prints 30.00% and does not warn at 30%', () => {
    // (1300.04 − 1000) / 1000 = 30.004% → 30.00%; (1300.05 − 1000) / 1000 = 30.005% → 30.01%.
    const printsThirty = unit((d) => {
      d.priorYear.operatingCosts = 1000;
      d.accounts.operatingCosts = 1300.04;
      delete d.changeReasons.operatingCosts;
    });
    expect(warningsAt(printsThirty, '$.changeReasons.operatingCosts', 30)).toEqual([]);
    const printsAbove = unit((d) => {
      d.priorYear.operatingCosts = 1000;
      d.accounts.operatingCosts = 1300.05;
      delete d.changeReasons.operatingCosts;
    });
    expect(warningsAt(printsAbove, '$.changeReasons.operatingCosts', 30)).toEqual([
      '机关运行经费增长30.01%（2022年度1000.00万元，2023年度1300.05万元），超过30%，请在 changeReasons.operatingCosts 中说明变动原因',
    ]);
  });

  it('a prior of 0 has no percentage: says 由0变为', () => {
    const data = unit((d) => {
      d.priorYear.threePublic.abroad = 0;
      d.accounts.threePublic.abroad = { actual: 1, budget: 1, groups: 1, people: 2 };
      d.accounts.threePublic.total = { actual: 5.63, budget: 5.63 };
      d.accounts.threePublic.vehicle.actual = 3.41;
    });
    expect(warningsAt(data, '$.changeReasons.abroad')).toEqual([
      '因公出国（境）费由0变为1.00万元（2022年度0.00万元，2023年度1.00万元），请在 changeReasons.abroad 中说明变动原因',
    ]);
  });
});

describe('spending above budget', () => {
  it('warns for the general budget, the item, and asks for a reason', () => {
    const data = unit((d) => {
      d.accounts.generalBudget.budget = 1163.72;
      d.accounts.generalBudget.items[0]!.budget = 693.29;
    });
    expect(warningsAt(data, '$.accounts.generalBudget.actual')).toEqual([
      '一般公共预算财政拨款支出决算数1163.82万元超过预算数1163.72万元（超出0.10万元，完成预算100.01%），请核对或说明原因',
    ]);
    expect(warningsAt(data, '$.accounts.generalBudget.items[0].actual')).toEqual([
      '科目“2040601”决算数693.39万元超过预算数693.29万元（超出0.10万元，完成预算100.01%），请核对或说明原因',
    ]);
    expect(warningsAt(data, '$.accounts.generalBudget.items[0].reason')).toEqual([
      '科目“2040601”决算数693.39万元大于预算数693.29万元，请在 reason 中说明主要原因',
    ]);
  });

  it('warns for a “三公” part above its budget, even with a budget of 0', () => {
    const data = unit((d) => {
      d.accounts.threePublic.reception.budget = 0;
      d.accounts.threePublic.total.budget = 3.41;
    });
    expect(warningsAt(data, '$.accounts.threePublic.reception.actual')).toEqual([
      '公务接待费决算数1.22万元超过预算数0.00万元（超出1.22万元，预算数为0），请核对或说明原因',
    ]);
    expect(warningsAt(data, '$.accounts.threePublic.total.actual')).toHaveLength(1);
  });
});

describe('notes for the reviewer', () => {
  it('the reference’s case #9 (普法宣传 14.94 against item 2040605 34.94) is a warning, not an error', () => {
    expect(warningsAt(unit(), '$.projects[1].budget.total.executed')).toEqual([
      '项目“普法宣传”支出14.94万元，同名功能分类科目2040605“普法宣传”（accounts.generalBudget.items[3]）支出34.94万元：科目通常包含项目以外的支出，二者不同不是错误，但读者可能会问，请确认',
    ]);
  });

  it('收入总计 ≠ 支出总计 is a question, not a refusal', () => {
    const data = unit((d) => {
      d.accounts.totals.closingBalance = 10;
      d.accounts.totals.expenditure = 1173.82;
    });
    expect(warningsAt(data, '$.accounts.totals')).toEqual([
      '收入总计1163.82万元与支出总计1173.82万元不相等；决算报表中二者应相等，请核对年初、年末结转和结余',
    ]);
  });

  it('spending on 公务接待 with 0 batches is worth a look', () => {
    const data = unit((d) => {
      d.accounts.threePublic.reception.domestic.batches = 0;
    });
    expect(warningsAt(data, '$.accounts.threePublic.reception.domestic.batches')).toEqual(['国内公务接待费为1.22万元，但批次为0，请核对']);
  });
});
