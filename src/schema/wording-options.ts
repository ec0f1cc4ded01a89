/**
 * The wording options: conventions in which real 决算说明 differ without the numbers
 * differing (ARCHITECTURE.md, "Template packs"). A pack sets them in its pack.json; a
 * unit's data may override each one in `options`, so that it can match what it published
 * last year. Takes nothing; exports the zod schema and the resolved type.
 *
 * An option that is printed (the year word, the change words, the zero-budget wording,
 * the reason lead-in) takes the words themselves as its value and is read by templates
 * only. An option that changes behaviour (zero lines, prose decimals) takes a code and is
 * also handed to compute as a plain value. An option left unset keeps each template
 * sentence's own wording, which is how the default pack reproduces the reference (which
 * writes 2023年度 in one sentence and 比2022年 in another).
 */
import { z } from 'zod';
import { msg } from '../text/msg.js';

const choice = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: msg`${what}应为 ${values.map((v) => `"${v}"`).join('、')} 之一` });

export const wordingOptionsSchema = z
  .strictObject({
    yearWord: choice([msg`年度`, msg`年`], msg`年份用词`)
      .optional()
      .describe(msg`年份后的用词：“年度”（2023年度）或“年”（2023年）；不设则各句沿用模板原有写法`),
    changeWords: choice([msg`增长/下降`, msg`增加/减少`], msg`增减额用词`)
      .optional()
      .describe(msg`增减额的用词：“增长/下降”（下降5.1万元，下降0.44%）或“增加/减少”（减少5.1万元，下降0.44%）；增减幅始终用增长/下降；不设则各句沿用模板原有写法`),
    zeroLines: choice(['list', 'omit'], msg`零值项目列示方式`)
      .optional()
      .describe(msg`收入、支出等构成中金额为0的项目：list 逐项列出（事业收入0万元，占0%），omit 不列出`),
    proseDecimals: choice(['trim', 'two'], msg`叙述中的小数位数`)
      .optional()
      .describe(msg`叙述中的金额和百分比：trim 去掉末尾的0（856.3万元、7.5%），two 保留两位小数（856.30万元、7.50%）；表格始终保留两位`),
    zeroBudget: choice([msg`年初未安排预算`, msg`完成预算0%`], msg`预算数为0时的写法`)
      .optional()
      .describe(msg`预算数为0时完成率的写法：“年初未安排预算”或“完成预算0%”`),
    reasonLeadIn: choice([msg`主要原因是`, msg`主要变动原因是`], msg`原因引导语`)
      .optional()
      .describe(msg`说明变动原因的引导语：“主要原因是”或“主要变动原因是”；不设则各句沿用模板原有写法`),
  })
  .describe(msg`文字选项：覆盖模板包的默认写法，使文档与本单位往年公开的写法一致`);

export type WordingOptions = z.output<typeof wordingOptionsSchema>;
export type WordingOptionName = keyof WordingOptions;
export const WORDING_OPTION_NAMES = Object.keys(wordingOptionsSchema.shape) as WordingOptionName[];
