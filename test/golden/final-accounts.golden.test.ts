/**
 * Golden test of the 部门决算说明: takes the reference unit as the CLI generated it once for
 * the whole test run (test/support/reference-output.ts) and finds every figure-bearing sentence of the reference's 第二部分 and of 附件1's
 * budget paragraphs in the text of BOTH the .docx and the .pdf.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../support/normalize.js';
import { referenceDocuments } from '../support/reference-output.js';
import { searchTexts, type SearchTexts } from '../support/search-texts.js';
import { ATTACHMENT_ONE_BUDGET, PART_TWO } from './final-accounts-sentences.js';

let texts: SearchTexts = { docx: '', pdf: '' };

beforeAll(async () => {
  const doc = (await referenceDocuments()).find((d) => d.kind === 'final-accounts');
  if (!doc) throw new Error('no final-accounts document');
  texts = await searchTexts(doc);
});

/** A boolean assertion: on failure vitest prints the sentence, not the whole document. */
function expectSentence(format: 'docx' | 'pdf', sentence: string): void {
  expect(texts[format].includes(normalizeForSearch(sentence)), `${format} 中缺少：${sentence}`).toBe(true);
}

describe.each(['docx', 'pdf'] as const)('部门决算说明 (%s) carries the reference sentences', (format) => {
  it.each(PART_TWO.map((s) => [s]))('第二部分: %s', (sentence) => {
    expectSentence(format, sentence);
  });
  it.each(ATTACHMENT_ONE_BUDGET.map((s) => [s]))('附件1: %s', (sentence) => {
    expectSentence(format, sentence);
  });
  it('carries the seven chart captions', () => {
    for (const caption of [
      '图1：收、支决算总计变动情况图',
      '图2：收入决算结构图',
      '图3：支出决算结构图',
      '图4：财政拨款收、支决算总计变动情况',
      '图5：一般公共预算财政拨款支出决算变动情况',
      '图6：一般公共预算财政拨款支出决算结构',
      '图7：“三公”经费财政拨款支出结构',
    ]) {
      expectSentence(format, caption);
    }
  });
  it('never prints a computation artefact', () => {
    for (const bad of ['NaN', 'Infinity', 'undefined', 'null', '[object']) expect(texts[format].includes(bad), bad).toBe(false);
  });
});
