/**
 * Each wording option, each value, on the reference unit: the sentence the option governs,
 * written by hand from the reference's figures (收、支总计 1163.82 against 1168.92: −5.1,
 * −0.44%; 住房保障 62.4 of 1163.82: 5.3616% → 5.36% on its own (the data's style, which keeps the source's 5.37%, is left out here); 公务接待 1.22 against 1.19: +0.03,
 * +2.52%; 机关运行经费 104.35 against 82.28: +22.07, +26.82%; 因公出国 budget 0).
 */
import { describe, expect, it } from 'vitest';
import { paragraphs, reference } from './pack-support.js';

/** The reference's figures under its pack and these older options, without its own style (its data's `style`). */
async function withOptions(options: Record<string, string>): Promise<string> {
  const { style: _own, ...data } = reference();
  return (await paragraphs({ ...data, options })).join('\n');
}

describe('wording options (set in the data; the pack may set them too)', () => {
  it.each([
    ['yearWord', '年', '2023年本年收入合计1163.82万元，其中：一般公共预算财政拨款收入1163.82万元，占100%；'],
    ['yearWord', '年', '与2022年相比，一般公共预算财政拨款支出下降5.1万元，下降0.44%。'],
    ['yearWord', '年度', '因公出国（境）支出决算与2022年度持平。'],
    ['changeWords', '增加/减少', '与2022年度相比，收、支总计各减少5.1万元，下降0.44%。'],
    ['changeWords', '增长/下降', '公务接待费支出决算比2022年度增长0.03万元，增长2.52%。'],
    ['zeroLines', 'omit', '2023年度本年收入合计1163.82万元，其中：一般公共预算财政拨款收入1163.82万元，占100%。'],
    ['zeroLines', 'omit', '2023年度本年支出合计1163.82万元，其中：基本支出893.92万元，占76.81%；项目支出269.9万元，占23.19%。'],
    ['zeroLines', 'list', '项目支出269.9万元，占23.19%；上缴上级支出0万元，占0%；经营支出0万元，占0%；对附属单位补助支出0万元，占0%。'],
    ['proseDecimals', 'two', '2023年度收、支总计均为1163.82万元。与2022年度相比，收、支总计各下降5.10万元，下降0.44%。'],
    ['proseDecimals', 'two', '卫生健康支出33.33万元，占2.86%；住房保障支出62.40万元，占5.36%。'],
    ['proseDecimals', 'trim', '卫生健康支出33.33万元，占2.86%；住房保障支出62.4万元，占5.36%。'],
    ['zeroBudget', '完成预算0%', '1.因公出国（境）经费支出0万元，完成预算0%。'],
    ['zeroBudget', '年初未安排预算', '1.因公出国（境）经费支出0万元，年初未安排预算。'],
    ['reasonLeadIn', '主要原因是', '与2022年度相比，收、支总计各下降5.1万元，下降0.44%。主要原因是单位厉行节约，缩减项目经费开支。'],
    ['reasonLeadIn', '主要变动原因是', '比2022年度增长22.07万元，增长26.82%。主要变动原因是人员的有关费用增加。'],
  ])('%s = %s', async (name, value, sentence) => {
    const text = await withOptions({ [name]: value });
    expect(text.includes(sentence), sentence).toBe(true);
  });

  it('leaves the reference its mixed wording, which its own style keeps', async () => {
    const text = (await paragraphs(reference())).join('\n');
    for (const sentence of [
      '与2022年度相比，收、支总计各下降5.1万元，下降0.44%。主要变动原因是单位厉行节约，缩减项目经费开支。',
      '公务接待费支出决算比2022年度增加0.03万元，增长2.52%。',
      '因公出国（境）支出决算与2022年持平。',
      '比2022年度增长22.07万元，增长26.82%。主要原因是人员的有关费用增加。',
    ]) {
      expect(text.includes(sentence), sentence).toBe(true);
    }
  });
});
