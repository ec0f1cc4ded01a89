/**
 * What a careful reviewer raises and the checks did not (issue 20 point 6): a unit whose
 * institution kind has no 机关运行经费 reporting some, a 公益一类 class on a kind that has
 * none, a 预算执行率 below 90% without the reason the 自评表 requires, and the other cells of
 * the 自评表 the form asks to fill (未完成原因分析 of a lost point, 年度目标完成情况,
 * 项目实施内容及过程概述) left empty. Takes the
 * reference data, changes one thing per test; checks the findings at their JSON paths.
 */
import { describe, expect, it } from 'vitest';
import { validateUnit } from '../../src/load/load-unit.js';
import { checkLoadedUnit } from '../../src/pipeline.js';
import type { UnitYear } from '../../src/schema/unit-year.js';
import { referenceData, type Data } from '../bad-inputs/cases.js';

function unit(mutate: (d: Data) => void): UnitYear {
  const d = referenceData();
  mutate(d);
  const loaded = validateUnit(new TextEncoder().encode(JSON.stringify(d)));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.data;
}

function findingsAt(data: UnitYear, path: string): { errors: string[]; warnings: string[] } {
  const { result } = checkLoadedUnit(data);
  const at = (list: { path: string; message: string }[]) => list.filter((f) => f.path === path).map((f) => f.message);
  return { errors: at(result.errors), warnings: at(result.warnings) };
}

describe('机关运行经费 of an institution the 名词解释 does not define it for', () => {
  it('warns when a 事业单位 reports it, naming both fields and the figure', () => {
    const data = unit((d) => {
      d.profile.institution = { kind: '事业单位', publicWelfareClass: '公益一类' };
    });
    expect(findingsAt(data, '$.accounts.operatingCosts')).toEqual({
      errors: [],
      warnings: [
        '单位性质为“事业单位”（profile.institution.kind），却填报了机关运行经费104.35万元（accounts.operatingCosts）；名词解释中的机关运行经费只指行政单位（含参照公务员法管理的事业单位）的经费。请核对：如本单位参照公务员法管理，请将单位性质改为“参照公务员法管理的事业单位”；否则机关运行经费应为0',
      ],
    });
  });

  it('warns for 其他 as well', () => {
    const data = unit((d) => {
      d.profile.institution = { kind: '其他' };
    });
    expect(findingsAt(data, '$.accounts.operatingCosts').warnings).toHaveLength(1);
  });

  it('is silent for a 行政单位 and a 参公 unit, for a 事业单位 reporting 0, and when the data does not say the kind', () => {
    for (const kind of ['行政单位', '参照公务员法管理的事业单位'] as const) {
      expect(
        findingsAt(
          unit((d) => (d.profile.institution = { kind })),
          '$.accounts.operatingCosts',
        ).warnings,
      ).toEqual([]);
    }
    const zero = unit((d) => {
      d.profile.institution = { kind: '事业单位' };
      d.accounts.operatingCosts = 0;
    });
    expect(findingsAt(zero, '$.accounts.operatingCosts').warnings).toEqual([]);
    expect(
      findingsAt(
        unit(() => {}),
        '$.accounts.operatingCosts',
      ).warnings,
    ).toEqual([]);
  });

  it('refuses a 公益一类 class given to a 行政单位', () => {
    const data = unit((d) => {
      d.profile.institution = { kind: '行政单位', publicWelfareClass: '公益一类', budgetLevel: '一级预算单位' };
    });
    expect(findingsAt(data, '$.profile.institution.publicWelfareClass').errors).toEqual([
      '事业单位类别“公益一类”只适用于事业单位，而单位性质为“行政单位”（profile.institution.kind）：请删去事业单位类别，或改正单位性质',
    ]);
  });

  it('refuses a kind the format does not know, naming the kinds', () => {
    const d = referenceData() as unknown as { profile: Record<string, unknown> };
    d.profile.institution = { kind: '企业' };
    const loaded = validateUnit(new TextEncoder().encode(JSON.stringify(d)));
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.errors.map((e) => [e.path, e.message.includes('单位性质应为“行政单位”')])).toEqual([
      ['$.profile.institution.kind', true],
    ]);
  });
});

describe('a 预算执行率 below 90% without its reason', () => {
  /** 案件代理 (adjusted 2.4) spends `executed` from 财政资金 alone. */
  const spending = (executed: number, reason?: string) =>
    unit((d) => {
      const project = d.projects[0]!;
      project.budget.total.executed = executed;
      project.budget.fiscal.executed = executed;
      if (reason !== undefined) project.executionReason = reason;
    });
  const path = '$.projects[0].executionReason';

  it('warns at the project, naming the rate, the rule and the field', () => {
    // 2 ÷ 2.4 = 83.333…% → 83.33%
    expect(findingsAt(spending(2), path)).toEqual({
      errors: [],
      warnings: ['项目“案件代理”的预算执行率为83.33%，未达到90%，自评表“原因”栏须说明原因（100字以内），请在 executionReason 中填写'],
    });
  });

  it('is silent when the reason is given', () => {
    expect(findingsAt(spending(2, '部分案件延至次年结案，代理费次年支付。'), path).warnings).toEqual([]);
  });

  it('judges the rate the 自评表 prints: 89.996% prints 90.00% and needs no reason; 89.992% prints 89.99%', () => {
    const at = (executed: number) =>
      unit((d) => {
        const project = d.projects[0]!;
        for (const line of [project.budget.total, project.budget.fiscal]) {
          line.adjusted = 250;
          line.executed = executed;
        }
      });
    // 224.99 ÷ 250 = 89.996% → 90.00%; 224.98 ÷ 250 = 89.992% → 89.99%.
    expect(findingsAt(at(224.99), path).warnings).toEqual([]);
    expect(findingsAt(at(224.98), path).warnings).toEqual([
      '项目“案件代理”的预算执行率为89.99%，未达到90%，自评表“原因”栏须说明原因（100字以内），请在 executionReason 中填写',
    ]);
  });
});

describe('cells of the 自评表 the form asks to fill', () => {
  it('warns about an indicator that lost points with an empty 未完成原因分析', () => {
    const data = unit((d) => {
      d.projects[0]!.indicators[0]!.selfScore = 8;
    });
    expect(findingsAt(data, '$.projects[0].indicators[0].shortfallReason').warnings).toEqual([
      '项目“案件代理”的指标“代理非诉案件（包括行政复议、仲裁、重大决策专项法律意见书等）”得分8低于权重10，自评表“未完成原因分析”栏为空，请在 shortfallReason 中说明原因',
    ]);
    const explained = unit((d) => {
      d.projects[0]!.indicators[0]!.selfScore = 8;
      d.projects[0]!.indicators[0]!.shortfallReason = '部分案件当事人撤回委托。';
    });
    expect(findingsAt(explained, '$.projects[0].indicators[0].shortfallReason').warnings).toEqual([]);
  });

  it('warns about an empty 年度目标完成情况 and 项目实施内容及过程概述, and is silent when they are given', () => {
    const reference = unit(() => {});
    expect(findingsAt(reference, '$.projects[0].goalCompletion').warnings).toEqual([
      '项目“案件代理”的自评表“年度目标完成情况”栏为空，请在 goalCompletion 中填写（对照年度目标，说明相关任务目标的完成情况，100字以内）',
    ]);
    expect(findingsAt(reference, '$.projects[0].implementationSummary').warnings).toEqual([
      '项目“案件代理”的自评表“项目实施内容及过程概述”栏为空，请在 implementationSummary 中填写',
    ]);
    const filled = unit((d) => {
      d.projects[0]!.goalCompletion = '全年代理案件12件，完成年度目标。';
      d.projects[0]!.implementationSummary = '聘请律师代理重大行政案件和非诉案件。';
    });
    expect(findingsAt(filled, '$.projects[0].goalCompletion').warnings).toEqual([]);
    expect(findingsAt(filled, '$.projects[0].implementationSummary').warnings).toEqual([]);
  });
});
