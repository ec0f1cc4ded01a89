/**
 * A unit's style: how its documents word what its data says (ARCHITECTURE.md §4, "Slots").
 * Takes nothing; exports the zod schema of the data's `style` key and its types.
 *
 * - `choices`: one entry per choice of the catalogue (templates/catalogue/slots.json) and the
 *   alternative taken, for the whole document (`{"choice": "yearWord", "alternative": "年"}`)
 *   or for one sentence slot (with `"slot": "part2.totals"`), which wins over the former.
 * - `numbers`: the number conventions of the prose, per kind of number (tables always keep
 *   two decimals).
 * - `sentences`: a slot's own sentence, a template over the same view as the slot's, for
 *   a wording no variant of the catalogue gives. Every figure in it is still computed.
 * Note: lists of entries rather than nested objects, so that a workbook holds a style as two
 * plain tables (句位, 选择, 写法) and (句位, 句子), the same as the JSON.
 *
 * Names of slots, choices and alternatives are checked against the catalogue in the checks
 * stage (src/checks/style.ts), where the message can name them; here only their shape.
 * `npm run learn -- <published document> --data <file> --write` writes this key.
 */
import { z } from 'zod';
import { msg } from '../text/msg.js';
import { SHARE_POLICIES, type SharePolicy } from './share-policy.js';

const name = z.string().min(1).max(80);

const percentConvention = z.strictObject({
  decimals: z
    .union([z.literal(0), z.literal(1), z.literal(2)], { error: msg`小数位数应为 0、1 或 2` })
    .optional()
    .describe(msg`保留的小数位数：2（84.43%）、1（84.4%）或 0（84%）`),
  zeros: z
    .enum(['trim', 'keep'], { error: msg`末尾的0应为 trim（去掉）或 keep（保留）` })
    .optional()
    .describe(msg`末尾的0：trim 去掉（7.5%、100%），keep 保留（7.50%、100.00%）`),
  rounding: z
    .enum(['half-up', 'truncate'], { error: msg`舍入方式应为 half-up（四舍五入）或 truncate（截断）` })
    .optional()
    .describe(msg`舍入方式：half-up 四舍五入，truncate 截断（直接舍去多余的位数）`),
});

const amountConvention = z.strictObject({
  zeros: z
    .enum(['trim', 'keep'], { error: msg`末尾的0应为 trim（去掉）或 keep（保留）` })
    .optional()
    .describe(msg`叙述中金额末尾的0：trim 去掉（856.3万元），keep 保留（856.30万元）`),
  separator: z
    .enum(['none', 'comma'], { error: msg`千分位应为 none（不加）或 comma（逗号）` })
    .optional()
    .describe(msg`千分位：none 不加（1234.56万元），comma 加逗号（1,234.56万元）`),
});

const shareConvention = percentConvention.extend({
  policy: z
    .enum(SHARE_POLICIES, { error: msg`占比取舍方式应为 independent、last-absorbs 或 largest-remainder` })
    .optional()
    .describe(
      msg`占比的取舍：independent 各项各自按金额÷合计舍入（默认）；last-absorbs 凑足100%，由最后一个非零项吸收舍入差；largest-remainder 凑足100%，最大余额法`,
    ),
});

export const numberConventionsSchema = z
  .strictObject({
    amount: amountConvention.optional().describe(msg`叙述中的金额（万元）`),
    change: percentConvention.optional().describe(msg`增减幅（增长/下降的百分比）`),
    share: shareConvention.optional().describe(msg`占比（占…%）`),
    completion: percentConvention.optional().describe(msg`预算完成率（完成预算…%）`),
  })
  .describe(msg`叙述中的数字写法，按数字的种类分别设置；表格始终保留两位小数`);

const choiceEntry = z.strictObject({
  slot: name.optional().describe(msg`句位（如 part2.totals）；不填则为全文`),
  choice: name.describe(msg`选择名（如 yearWord）`),
  alternative: name.describe(msg`选用的写法（如 年）`),
});

const ownSentence = z.strictObject({
  slot: name.describe(msg`句位（如 part2.income）`),
  sentence: z.string().min(1).max(4000).describe(msg`本单位的句子：与模板相同的写法（如 {{wan income.total}}），其中的数字仍由计算得出`),
});

export const styleSchema = z
  .strictObject({
    choices: z
      .array(choiceEntry)
      .optional()
      .describe(
        msg`写法的选择，每条一项：{"choice": "yearWord", "alternative": "年"} 为全文，加 "slot": "part2.totals" 则只管这一句；选择与写法见 templates/catalogue/slots.json`,
      ),
    numbers: numberConventionsSchema.optional(),
    sentences: z.array(ownSentence).optional().describe(msg`某一句位的本单位写法，每个句位一条`),
    learnedFrom: z
      .strictObject({ document: z.string().max(500), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
      .optional()
      .describe(msg`由 npm run learn 写入：学习所用的已公开文档及其 SHA-256`),
  })
  .describe(msg`本单位的写法：使文档与往年公开的写法一致（npm run learn 可从往年的决算说明学得）`);

export type Style = z.output<typeof styleSchema>;
export type NumberConventions = z.output<typeof numberConventionsSchema>;
export type PercentConvention = z.output<typeof percentConvention>;
export type AmountConvention = z.output<typeof amountConvention>;
export type PercentKind = 'change' | 'share' | 'completion';
export const PERCENT_KINDS: readonly PercentKind[] = ['change', 'share', 'completion'];

/** The number conventions with every field decided (defaults filled in); what compute and the helpers read. */
export interface ResolvedNumbers {
  amount: Required<AmountConvention>;
  change: Required<PercentConvention>;
  share: Required<PercentConvention> & { policy: SharePolicy };
  completion: Required<PercentConvention>;
}

/** The conventions of a unit that sets none: the reference's prose (84.43%, 5.1万元), shares each on their own. */
export const DEFAULT_NUMBERS: ResolvedNumbers = {
  amount: { zeros: 'trim', separator: 'none' },
  change: { decimals: 2, zeros: 'trim', rounding: 'half-up' },
  share: { decimals: 2, zeros: 'trim', rounding: 'half-up', policy: 'independent' },
  completion: { decimals: 2, zeros: 'trim', rounding: 'half-up' },
};
