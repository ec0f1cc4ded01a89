/**
 * Sentence slots and a unit's style (ARCHITECTURE.md §4, "Slots"): a choice made for one
 * slot changes that sentence alone, a whole-document choice changes every sentence that
 * makes it, a unit's own sentence replaces its slot with figures still computed, number
 * conventions apply per kind of number, and what the style names must exist. Expected
 * sentences are written by hand from the reference's figures.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareUnit } from '../../src/pipeline.js';
import { paragraphs, reference, scratch, type Data } from './pack-support.js';

/** The reference with more of a style: choices added after its own (later entries win), the rest replaced. */
function withStyle(style: Data): Data {
  const data = reference();
  const own = (data.style ?? {}) as Data;
  data.style = { ...own, ...style, choices: [...((own.choices as unknown[]) ?? []), ...((style.choices as unknown[]) ?? [])] };
  return data;
}

async function refusal(data: Data): Promise<{ path: string; message: string }[]> {
  const file = join(scratch, `refused-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(data));
  const prepared = await prepareUnit(file, { formats: ['pdf'], checkOnly: false });
  if (prepared.ok) throw new Error('expected the unit to be refused');
  return prepared.errors;
}

function differing(before: string[], after: string[]): [string, string][] {
  expect(after.length).toBe(before.length);
  return before.flatMap((text, i): [string, string][] => (text === after[i] ? [] : [[text, after[i]!]]));
}

describe('a choice made for one slot', () => {
  it('changes that sentence alone', async () => {
    const before = await paragraphs(reference());
    const after = await paragraphs(withStyle({ choices: [{ slot: 'part2.income', choice: 'yearWord', alternative: '年' }] }));
    const changed = differing(before, after);
    expect(changed).toHaveLength(1);
    expect(changed[0]![1]).toMatch(/^2023年本年收入合计1163\.82万元，其中：一般公共预算财政拨款收入1163\.82万元，占100%；/);
  });
});

describe('a choice made for the whole document', () => {
  it('changes every sentence that makes it, and a slot choice still wins over it', async () => {
    const after = await paragraphs(
      withStyle({
        choices: [
          { choice: 'changeWords', alternative: '增加/减少' },
          { slot: 'part2.fiscalTotals', choice: 'changeWords', alternative: '增长/下降' },
        ],
      }),
    );
    // 1163.82 − 1168.92 = −5.1; 5.1 ÷ 1168.92 = 0.436% → 0.44.
    expect(after).toContain(
      '2023年度收、支总计均为1163.82万元。与2022年度相比，收、支总计各减少5.1万元，下降0.44%。主要变动原因是单位厉行节约，缩减项目经费开支。',
    );
    expect(after).toContain(
      '2023年度财政拨款收、支总计均为1163.82万元。与2022年度相比，财政拨款收、支总计各下降5.1万元，下降0.44%。主要变动原因是单位厉行节约，缩减项目经费开支。',
    );
    expect(after).toContain(
      '2023年度一般公共预算财政拨款支出1163.82万元，占本年支出合计的100%。与2022年度相比，一般公共预算财政拨款支出减少5.1万元，下降0.44%。主要变动原因是单位厉行节约，缩减项目经费开支。',
    );
  });
});

describe("a unit's own sentence", () => {
  it('replaces its slot, with every figure computed', async () => {
    const after = await paragraphs(
      withStyle({
        sentences: [
          {
            slot: 'part2.expenditure',
            sentence: '{{year}}年本单位支出合计{{wan expenditure.total}}万元，其中基本支出{{wan expenditure.parts.0.amount}}万元。',
          },
        ],
      }),
    );
    // 本年支出合计 1163.82 = 基本支出 893.92 + 项目支出 269.9.
    expect(after).toContain('2023年本单位支出合计1163.82万元，其中基本支出893.92万元。');
  });

  it('prints markup in its text as text', async () => {
    const after = await paragraphs(
      withStyle({ sentences: [{ slot: 'part2.basic.total', sentence: '基本支出<b>{{wan basic.total}}</b>万元。' }] }),
    );
    expect(after).toContain('基本支出<b>893.92</b>万元。');
  });

  it('with a misspelt name, refuses the unit naming the data field, line and column', async () => {
    // 支(1)出(2){(3){(4)w(5)a(6)n(7) (8)e(9): the name starts in column 9.
    const errors = await refusal(withStyle({ sentences: [{ slot: 'part2.expenditure', sentence: '支出{{wan expenditure.totl}}万元。' }] }));
    expect(errors.map((e) => e.path)).toEqual(['$.style.sentences[0].sentence']);
    expect(errors[0]!.message).toContain('第1行第9列：未知的名称“expenditure.totl”');
  });

  it('that cannot be parsed, refuses the unit naming the data field', async () => {
    const errors = await refusal(withStyle({ sentences: [{ slot: 'part2.expenditure', sentence: '支出{{wan expenditure.total万元。' }] }));
    expect(errors.map((e) => e.path)).toEqual(['$.style.sentences[0].sentence']);
    expect(errors[0]!.message).toContain('无法解析');
  });
});

describe('number conventions per kind of number', () => {
  it('cut shares to one decimal by truncation, and mark thousands in amounts', async () => {
    const after = await paragraphs(
      withStyle({ numbers: { share: { decimals: 1, rounding: 'truncate', policy: 'independent' }, amount: { separator: 'comma' } } }),
    );
    // 982.66 ÷ 1163.82 = 84.434% → 84.4; 85.43 → 7.340% → 7.3; 33.33 → 2.863% → 2.8; 62.4 → 5.361% → 5.3.
    expect(after).toContain(
      '2023年度一般公共预算财政拨款支出1,163.82万元，主要用于以下方面：一般公共服务支出0万元，占0%；教育支出0万元，占0%；科学技术支出0万元，占0%；文化旅游体育与传媒支出0万元，占0%；公共安全支出982.66万元，占84.4%；社会保障和就业支出85.43万元，占7.3%；卫生健康支出33.33万元，占2.8%；住房保障支出62.4万元，占5.3%。',
    );
  });

  it('keep two decimals on percentages of change while amounts drop their zeros', async () => {
    const after = await paragraphs(withStyle({ numbers: { change: { zeros: 'keep' } } }));
    // 机关运行经费 104.35 against 82.28: +22.07, 22.07 ÷ 82.28 = 26.823% → 26.82.
    expect(after).toContain(
      '2023年度，遂宁市安居区司法局机关运行经费支出104.35万元，比2022年度增长22.07万元，增长26.82%。主要原因是人员的有关费用增加。',
    );
    // 5.1 ÷ 1168.92 = 0.436% → 0.44, kept; the amount 5.10 still prints 5.1.
    expect(after).toContain(
      '2023年度收、支总计均为1163.82万元。与2022年度相比，收、支总计各下降5.1万元，下降0.44%。主要变动原因是单位厉行节约，缩减项目经费开支。',
    );
  });
});

describe('what a style names must exist', () => {
  it('an unknown choice, alternative or slot is an error with its path and what exists', async () => {
    const errors = await refusal(
      withStyle({
        choices: [
          { choice: 'yearword', alternative: '年' },
          { choice: 'yearWord', alternative: '年份' },
          { slot: 'part2.nothing', choice: 'yearWord', alternative: '年' },
          { slot: 'part2.income', choice: 'yearWord', alternative: '年' },
          { slot: 'part2.income', choice: 'yearWord', alternative: '年度' },
        ],
        sentences: [{ slot: 'part9.x', sentence: '无' }],
      }),
    );
    // These follow the reference's own choices: entries n to n + 4.
    const n = ((reference().style as Data).choices as unknown[]).length;
    expect(errors.map((e) => e.path)).toEqual([
      `$.style.choices[${n}].choice`,
      `$.style.choices[${n + 1}].alternative`,
      `$.style.choices[${n + 2}].slot`,
      `$.style.choices[${n + 4}]`,
      '$.style.sentences[0].slot',
    ]);
    expect(errors[1]!.message).toBe('“年份后的用词”没有“年份”这种写法；可选：“年度”、“年”');
    expect(errors[3]!.message).toBe(`与 $.style.choices[${n + 3}] 重复：句位“part2.income”的“年份后的用词”只能选一次`);
  });
});

describe('facts a published 第一部分 states (issue 18 point 4)', () => {
  it('lists the internal offices by name when the data gives them, naming the unit as the slot chooses', async () => {
    const data = withStyle({ choices: [{ slot: 'part1.internalOffices', choice: 'unitName', alternative: 'short' }] });
    ((data.profile as Data).organisation as Data).internalOffices = ['办公室', '法制股', '社区矫正股'];
    expect(await paragraphs(data)).toContain('安居区司法局内设机构主要包括：办公室、法制股、社区矫正股。');
  });
});

describe('the province form’s instructions in a 绩效评价报告 (issue 19, reportGuidance)', () => {
  const instruction = '根据专项预算项目资金支持对象选择所属指标进行绩效分析。支持对象包括产业发展、民生保障、基础设施、行政运转等方面。';
  it('are printed where the unit’s style keeps them, as the reference does', async () => {
    expect(await paragraphs(reference())).toContain(instruction);
  });
  it('are left out by default: they speak to whoever fills the form in, not to the public', async () => {
    const data = reference();
    const style = data.style as Data;
    style.choices = (style.choices as Data[]).filter((c) => c.slot !== 'report.guidance');
    const text = await paragraphs(data);
    expect(text).not.toContain(instruction);
    expect(text).not.toContain('根据项目个性自行设定部分指标，反映该项指标执行完成情况。');
  });
});
