/**
 * The careful-reader properties on sentences written by hand: each passes what a careful
 * person writes and fails the fault it is about, so neither can pass or fail whatever the
 * documents say. Figures are worked out in the comments.
 */
import { describe, expect, it } from 'vitest';
import { checkProse, type PropertyId } from '../support/prose-properties.js';
import type { ProseBlock } from '../support/prose-text.js';
import { syntheticUnit } from '../support/synthetic-unit.js';
import type { UnitYearInput } from '../support/unit-year-data.js';

const p = (text: string): ProseBlock => ({ kind: 'paragraph', text });
const h = (level: 0 | 1 | 2 | 3, text: string): ProseBlock => ({ kind: 'heading', level, text });

function findings(property: PropertyId, blocks: ProseBlock[], data?: UnitYearInput): string[] {
  return checkProse(blocks, data ? { data } : {}, [property]).map((f) => f.detail);
}

/** A valid unit to hang the figures a sentence does not state on. */
function unitWith(edit: (d: UnitYearInput) => void): UnitYearInput {
  const data = syntheticUnit(1);
  edit(data);
  return data;
}

describe('(a) shares', () => {
  // 2804.12 ÷ 3476.66 = 80.655%, 512.4 ÷ 3476.66 = 14.738%, 12 ÷ 3476.66 = 0.345%, 148.14 ÷ 3476.66 = 4.261%.
  const school = (last: string) =>
    `2024年度本年支出合计3476.66万元，其中：基本支出2804.12万元，占80.66%；项目支出512.4万元，占14.74%；上缴上级支出12万元，占0.35%；经营支出0万元，占0%；对附属单位补助支出148.14万元，占${last}%。`;

  it('passes each share rounded on its own', () => expect(findings('shares', [p(school('4.26'))])).toEqual([]));

  it('fails a share moved so the list adds up to 100', () => {
    expect(findings('shares', [p(school('4.25'))])).toEqual([
      '148.14 ÷ 3476.66 (the figure at the head of the sentence) = 4.26%, printed 4.25%',
    ]);
  });

  it('reads a share printed without trailing zeros as two decimals', () => {
    // 43 ÷ 1000 = 4.30% prints "4.3"; 42.7 ÷ 1000 = 4.27% does not.
    expect(findings('shares', [p('本年收入合计1000万元，其中：其他收入43万元，占4.3%；事业收入957万元，占95.7%。')])).toEqual([]);
    expect(findings('shares', [p('本年收入合计1000万元，其中：其他收入42.7万元，占4.3%；事业收入957.3万元，占95.73%。')])).toEqual([
      '42.7 ÷ 1000 (the figure at the head of the sentence) = 4.27%, printed 4.3%',
    ]);
  });

  it('finds a named total elsewhere in the document, else in the data', () => {
    // 286.45 ÷ 300 = 95.483%.
    const share = p('2023年度一般公共预算财政拨款支出286.45万元，占本年支出合计的95.48%。');
    expect(findings('shares', [p('2023年度本年支出合计300万元，其中：基本支出300万元，占100%。'), share])).toEqual([]);
    expect(
      findings(
        'shares',
        [share],
        unitWith((d) => (d.accounts.expenditure.total = 300)),
      ),
    ).toEqual([]);
    expect(
      findings(
        'shares',
        [share],
        unitWith((d) => (d.accounts.expenditure.total = 290)),
      ),
    ).toEqual(['286.45 ÷ 290 (本年支出合计 from the data) = 98.78%, printed 95.48%']);
    expect(findings('shares', [share])).toEqual(['286.45万元，占95.48%: no total found in the sentence, the document or the data']);
  });

  it('takes the “三公” total from the data, which its sentence does not state', () => {
    // 21.7 ÷ 40.48 = 53.607%, 7.88 ÷ 40.48 = 19.466%, 10.9 ÷ 40.48 = 26.927%.
    const sentence = (last: string) =>
      p(
        `2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算21.7万元，占53.61%；公务用车购置及运行维护费支出决算7.88万元，占19.47%；公务接待费支出决算10.9万元，占${last}%。具体情况如下：`,
      );
    const data = unitWith((d) => (d.accounts.threePublic.total.actual = 40.48));
    expect(findings('shares', [sentence('26.93')], data)).toEqual([]);
    expect(findings('shares', [sentence('26.92')], data)).toEqual(['10.9 ÷ 40.48 (the total from the data) = 26.93%, printed 26.92%']);
  });

  it('leaves alone a unit whose data chose a sum-to-100 policy', () => {
    expect(
      findings(
        'shares',
        [p(school('4.25'))],
        unitWith((d) => (d.sharePolicy = 'last-absorbs')),
      ),
    ).toEqual([]);
  });
});

describe('(b) marks', () => {
  it('passes clean text', () => expect(findings('marks', [p('主要用于接待上级检查等。公用经费10万元，主要包括：办公费等。')])).toEqual([]));

  it.each([
    ['主要原因是人员调动。。', 'two clause marks in a row: "。。"'],
    ['主要原因是人员调动，。', 'two clause marks in a row: "，。"'],
    ['主要原因是人员调动；。', 'two clause marks in a row: "；。"'],
    ['部门整体支出绩效良好。，自评得分90分。', 'two clause marks in a row: "。，"'],
    ['使用2.4万元。（其中：预算支出2.4万元）。', 'a bracket opening after a full stop: "。（"'],
    ['主要包括：办公费。等。', 'a mark before 等 (a text ending in punctuation): "。等"'],
    ['其中国内公务接待支出0万元。主要用于无等。', '"无" where things are listed: "主要用于无"'],
    ['人员经费0万元，主要包括：无等。', '"无" where things are listed: "包括：无"'],
  ])('fails %s', (text, detail) => expect(findings('marks', [p(text)])).toEqual([detail]));

  it('does not take a word beginning with 无 for "无"', () => expect(findings('marks', [p('主要包括：无线网络设备等。')])).toEqual([]));
});

describe('(c) repeats', () => {
  it('fails a clause of 8 characters or more twice in a paragraph', () => {
    const text = '因公出国（境）费支出决算0万元，“三公”经费总额为0，不计算占比；公务接待费支出决算0万元，“三公”经费总额为0，不计算占比。';
    expect(findings('repeats', [p(text)])).toEqual(['the clause "“三公”经费总额为0" 2 times']);
  });

  it('passes short clauses repeated ("占0%")', () =>
    expect(findings('repeats', [p('事业收入0万元，占0%；经营收入0万元，占0%。')])).toEqual([]));

  it('fails a paragraph printed under two headings', () => {
    const blocks = [
      h(1, '一、部门职责'),
      p('1.负责全区档案资料的接收和保管。'),
      h(2, '（二）机构职能'),
      p('1.负责全区档案资料的接收和保管。'),
    ];
    expect(findings('repeats', blocks)).toEqual(['the paragraph is printed under "一、部门职责" and again under "（二）机构职能"']);
  });

  it('passes the fixed paragraphs of several reports, each under its own copy of the heading', () => {
    const report = [h(1, '二、评价实施'), h(2, '（一）评价目的'), p('反映项目实施是否偏离目标，并总结经验。')];
    expect(findings('repeats', [...report, ...report])).toEqual([]);
  });

  it('passes the notes of the 附表, one under each table', () => {
    const note = p('说明：本单位本年度没有政府性基金预算财政拨款支出，故本表无数据。');
    expect(
      findings('repeats', [
        h(0, '第五部分 附表'),
        h(1, '十、政府性基金预算财政拨款收入支出决算表'),
        note,
        h(1, '十二、国有资本经营预算财政拨款支出决算表'),
        note,
      ]),
    ).toEqual([]);
  });
});

describe('(d) numbering', () => {
  it('passes lists from 1 without gaps, restarting under each heading', () => {
    const blocks = [
      h(0, '第一部分 单位概况'),
      h(1, '一、主要职责'),
      p('1.甲。'),
      p('2.乙。'),
      h(1, '二、机构设置'),
      h(2, '（一）人员'),
      p('1.丙。'),
      h(2, '（二）机构'),
      h(0, '第二部分 情况说明'),
      h(1, '一、收支'),
    ];
    expect(findings('numbering', blocks)).toEqual([]);
  });

  it('fails a list starting at 2', () => {
    const blocks = [h(2, '（一）通用指标绩效分析'), p('2.项目管理。甲。'), p('3.项目实施。乙。')];
    expect(findings('numbering', blocks)).toEqual(['1. numbered 2 as the first of its list, expected 1']);
  });

  it('fails a gap in （一）（二）…', () => {
    const blocks = [h(1, '一、评价实施'), h(2, '（一）评价目的'), h(2, '（四）评价方法')];
    expect(findings('numbering', blocks)).toEqual(['（一） numbered 4 after "（一）评价目的…", expected 2']);
  });

  it('keeps a list across un-numbered paragraphs in it', () =>
    expect(findings('numbering', [h(2, '（一）具体情况'), p('1.甲。'), p('其中：乙。'), p('2.丙。')])).toEqual([]));
});

describe('(e) voice', () => {
  it('passes one year word, and dates, points in time and the accounts’ name beside it', () => {
    const blocks = [
      h(0, '第二部分 2023年度部门决算情况说明'),
      p('2023年收、支总计均为100万元。与2022年相比持平。'),
      p('截至2023年12月31日，共有车辆0辆。截至2023年末，人员编制10个。已纳入2023年度部门决算编制范围。'),
    ];
    expect(findings('voice', blocks)).toEqual([]);
  });

  it('fails 年 in one sentence and 年度 in another', () => {
    expect(findings('voice', [p('2023年度收、支总计均为100万元。'), p('因公出国（境）支出决算与2022年持平。')])).toEqual([
      'two year words in one document: "2023年度" and "2022年"',
    ]);
  });

  it('counts 年 before 年初', () => {
    expect(findings('voice', [p('2023年度收、支总计均为100万元。'), p('2023年年初预算收入100万元。')])).toEqual([
      'two year words in one document: "2023年度" and "2023年"',
    ]);
  });

  it('fails 增加/减少 beside 增长/下降 for amounts, but not for rates', () => {
    expect(findings('voice', [p('收、支总计各下降5.1万元，下降0.44%。'), p('公务接待费比上年下降0.5万元，下降10%。')])).toEqual([]);
    expect(findings('voice', [p('收、支总计各下降5.1万元，下降0.44%。'), p('公务接待费比上年增加0.03万元，增长2.52%。')])).toEqual([
      'two change words for amounts in one document: "下降5.1万元" and "增加0.03万元"',
    ]);
  });
});

describe('(f) zero budgets', () => {
  // The 三公 lines as the data gives them: 因公出国 and 公务用车 with budgets of 0, 公务接待 and the
  // total with a budget of 5 and nothing spent (0 ÷ 5 = 0%); no other line of the unit spends 0.
  const data = unitWith((d) => {
    const tp = d.accounts.threePublic;
    Object.assign(tp.total, { actual: 0, budget: 5 });
    Object.assign(tp.abroad, { actual: 0, budget: 0 });
    Object.assign(tp.vehicle, { actual: 0, budget: 0 });
    Object.assign(tp.reception, { actual: 0, budget: 5 });
    d.accounts.generalBudget = { ...d.accounts.generalBudget, actual: 10, budget: 10 };
    d.accounts.generalBudget.items = d.accounts.generalBudget.items.slice(0, 1).map((i) => ({ ...i, actual: 10, budget: 10 }));
    d.accounts.governmentFund.items = [];
    d.accounts.stateCapital.items = [];
    d.projects = [];
    delete d.departmentEvaluation;
  });
  const total = '“三公”经费财政拨款支出决算为0万元，完成预算0%。';
  const reception = '3.公务接待费支出0万元，完成预算0%。';

  it('passes a rate over a budget, 0% of one included', () => {
    expect(findings('zeroBudget', [p(total), p(reception)], data)).toEqual([]);
  });

  it('fails a rate where the budget is 0', () => {
    // Three rates of 0% on nothing spent, two lines with a budget: one rate stands over a budget of 0.
    expect(findings('zeroBudget', [p(total), p('1.因公出国（境）经费支出0万元，完成预算0%。'), p(reception)], data)).toEqual([
      '"0万元，完成预算0%": a completion rate where the budget is 0',
    ]);
  });

  it('fails a rate over a budget of 0 on money spent', () => {
    const spent = unitWith((d) => Object.assign(d.accounts.threePublic.abroad, { actual: 3.5, budget: 0 }));
    expect(findings('zeroBudget', [p('1.因公出国（境）经费支出3.5万元，完成预算0%。')], spent)).toEqual([
      '"3.5万元，完成预算0%": a completion rate where the budget is 0',
    ]);
  });

  it('fails two decimals on a zero beside a rate of 0', () => {
    expect(findings('zeroBudget', [p('1.因公出国（境）经费支出0.00万元，完成预算0%。')])).toEqual([
      '"0.00万元，完成预算0%": two decimals on a zero beside a rate of 0',
    ]);
  });
});

describe('(g) zero lists', () => {
  it('fails a zero listed with its zero parts', () => {
    expect(findings('zeroLists', [p('全年按规定更新购置公务用车0辆，其中：轿车0辆、金额0万元，越野车0辆、金额0万元。')])).toHaveLength(1);
    expect(
      findings('zeroLists', [p('示例局下属二级预算单位0个，其中行政单位0个，参照公务员法管理的事业单位0个，其他事业单位0个。')]),
    ).toHaveLength(1);
    expect(findings('zeroLists', [p('公务用车运行维护费支出0万元。其中公务用车保险费0万元，油费0万元，维修费0万元。')])).toHaveLength(1);
  });

  it('passes a list under a figure that is not zero, and one sentence saying there is none', () => {
    expect(findings('zeroLists', [p('共有公务用车2辆，其中：轿车0辆、越野车1辆、载客汽车1辆。本单位无公务用车购置。')])).toEqual([]);
  });
});

describe('(h) zero shares', () => {
  it('fails "总额为0，不计算占比" more than once in a paragraph', () => {
    const text = '因公出国（境）费支出决算0万元，“三公”经费总额为0，不计算占比；公务接待费支出决算0万元，“三公”经费总额为0，不计算占比。';
    expect(findings('zeroShares', [p(text)])).toEqual(['"总额为0，不计算占比" 2 times']);
  });

  it('passes it said once', () => expect(findings('zeroShares', [p('本年“三公”经费支出为0，不计算各项占比。')])).toEqual([]));
});
