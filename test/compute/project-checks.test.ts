/**
 * The project checks on the real 2023 data and on broken variants built from it: the
 * reference's 101 in a weight-10 row (its contradiction #3; the data file carries 10),
 * weights that do not total 100, fund sources that do not add up, and self-scores that
 * differ from the ones computed from the 完成值 or the 预算执行率 (warnings).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLoadedUnit } from '../../src/pipeline.js';

/**
 * The 自评表 cells the reference leaves empty as its source does (年度目标完成情况, 项目实施内容及过程概述):
 * warned for every project (test/checks/careful-checks.test.ts), so set aside here.
 */
const BLANK_IN_SOURCE = /\.(goalCompletion|implementationSummary)$/;

/** The findings about projects (the reference's 普法宣传 note about its functional item and its blank summary cells aside). */
function projectFindings(data: UnitYear) {
  const { result } = checkLoadedUnit(data);
  const aboutProjects = (f: { path: string; message: string }) =>
    f.path.startsWith('$.projects') && !f.message.includes('同名功能分类科目') && !BLANK_IN_SOURCE.test(f.path);
  return { errors: result.errors.filter(aboutProjects), warnings: result.warnings.filter(aboutProjects) };
}
import { validateUnit } from '../../src/load/load-unit.js';
import type { UnitYear } from '../../src/schema/unit-year.js';

const DATA_FILE = 'data/2023/遂宁市安居区司法局.json';
let reference: UnitYear;

beforeAll(() => {
  const loaded = validateUnit(readFileSync(DATA_FILE));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  reference = loaded.data;
});

/** A deep copy of the real data with one change applied. */
function variant(change: (data: UnitYear) => void): UnitYear {
  const copy = structuredClone(reference);
  change(copy);
  return copy;
}

const projectIndex = (data: UnitYear, name: string): number => data.projects.findIndex((p) => p.name === name);

describe('the real 2023 data', () => {
  it('passes the project checks without errors, and warns only of the summary cells its source leaves blank', () => {
    const { result } = checkLoadedUnit(reference);
    expect(result.errors.filter((e) => e.path.startsWith('$.projects'))).toEqual([]);
    expect(projectFindings(reference).warnings).toEqual([]);
    // Five projects, each with both cells empty.
    expect(result.warnings.filter((w) => BLANK_IN_SOURCE.test(w.path))).toHaveLength(10);
  });
});

describe('errors that refuse the unit', () => {
  it('refuses the reference’s 101 in the weight-10 row of 法律援助人次, naming the project and the indicator', () => {
    const data = variant((d) => {
      const project = d.projects[projectIndex(d, '法律援助')]!;
      const row = project.indicators.find((i) => i.name === '法律援助人次')!;
      expect(row.weight).toBe(10);
      row.selfScore = 101;
    });
    const { result } = checkLoadedUnit(data);
    const i = projectIndex(data, '法律援助');
    expect(result.errors).toContainEqual({
      path: `$.projects[${i}].indicators[0].selfScore`,
      message: '项目“法律援助”的指标“法律援助人次”得分101超过权重10',
    });
  });

  it.each([
    [
      'a weight that makes the total 95',
      (d: UnitYear) => {
        d.projects[0]!.indicators[0]!.weight = 5;
        d.projects[0]!.indicators[0]!.selfScore = 5;
      },
      '$.projects[0].indicators',
      '项目“案件代理”的权重合计为95分（预算执行10分、绩效指标85分），应为100分，即绩效指标权重合计应为90分',
    ],
    [
      'a 预算执行 self-score above its weight',
      (d: UnitYear) => {
        d.projects[1]!.executionSelfScore = 12;
      },
      '$.projects[1].executionSelfScore',
      '项目“普法宣传”的预算执行得分12超过权重10',
    ],
    [
      'fund sources that do not add up to the 总额',
      (d: UnitYear) => {
        d.projects[2]!.budget.fiscal.executed = 3;
      },
      '$.projects[2].budget.total.executed',
      '项目“安置帮教”的预算执行数总额为3.09万元，应等于财政资金、财政专户管理资金、单位资金和其他资金之和3.00万元',
    ],
  ])('refuses %s', (_name, change, path, message) => {
    expect(projectFindings(variant(change)).errors).toEqual([{ path, message }]);
  });
});

describe('warnings for the reviewer', () => {
  it.each([
    [
      'a self-score above the one computed from the 完成值',
      (d: UnitYear) => {
        d.projects[4]!.indicators[1]!.actual = '150';
      },
      '$.projects[4].indicators[1].selfScore',
      '项目“法律援助”的指标“法律援助案件”自评得分5与按完成值“150”（指标值≥200人）计算的得分3.75不一致',
    ],
    [
      'a 定性 result worth less than the self-score',
      (d: UnitYear) => {
        d.projects[0]!.indicators[3]!.actual = '良';
      },
      '$.projects[0].indicators[3].selfScore',
      '项目“案件代理”的指标“最大程度减少政府经济损失”自评得分10与按完成值“良”（定性指标值“优良”）计算的得分8不一致',
    ],
    [
      'a 完成值 that is not a number',
      (d: UnitYear) => {
        d.projects[0]!.indicators[0]!.actual = '一件';
      },
      '$.projects[0].indicators[0].actual',
      '项目“案件代理”的指标“代理非诉案件（包括行政复议、仲裁、重大决策专项法律意见书等）”无法按完成值计分：完成值“一件”不是数字',
    ],
    [
      'a 预算执行 self-score the 预算执行率 does not earn',
      (d: UnitYear) => {
        d.projects[2]!.budget.total.executed = 2.5;
        d.projects[2]!.budget.fiscal.executed = 2.5;
        // 80.91% is below 90%: with its reason given, the score is the one warning.
        d.projects[2]!.executionReason = '部分帮教走访延至次年。';
      },
      '$.projects[2].executionSelfScore',
      '项目“安置帮教”的预算执行自评得分10与按预算执行率80.91%计算的得分8.09不一致，自评表按8.09分计',
    ],
    [
      'a zero 调整后预算数',
      (d: UnitYear) => {
        Object.assign(d.projects[3]!.budget.total, { adjusted: 0, executed: 0 });
        Object.assign(d.projects[3]!.budget.fiscal, { adjusted: 0, executed: 0 });
      },
      '$.projects[3].budget.total.adjusted',
      '项目“社区矫正办公经费”的调整后预算数为0，无法计算预算执行率，预算执行得分按0分计',
    ],
  ])('warns about %s', (_name, change, path, message) => {
    const findings = projectFindings(variant(change));
    expect(findings.errors).toEqual([]);
    expect(findings.warnings).toEqual([{ path, message }]);
  });
});
