/**
 * Functional-classification codes (功能分类科目) of every spending line: items are 7-digit
 * 项; classes 3-digit 类; every 类, 款 and 项 a document names must have a name, from the
 * data (`functionalCodes`, an item's `name`) or the bundled catalog, and every 项 spent on
 * a definition for the 名词解释. A code named nowhere is an error that says exactly what to
 * add. Also checks `functionalCodes` itself (level by length, no code twice). Takes the
 * data and its FunctionalNames; pushes errors.
 */
import { levelOf, type CodeLevel } from '../compute/functional-names.js';
import type { UnitYear } from '../schema/unit-year.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

const CATALOG_FILE = 'data/catalog/functional-classification.json';

/** The level's word, in messages. */
const LEVEL_WORD: Record<CodeLevel, string> = { class: msg`类`, section: msg`款`, item: msg`项` };
const levelWord = (code: string): string => LEVEL_WORD[levelOf(code)];

function addition(code: string, withDefinition: boolean): string {
  const definition = withDefinition ? msg`, "definition": "指……的支出。"` : '';
  return msg`{"code": "${code}", "name": "${levelWord(code)}级科目名称"${definition}}`;
}

export function checkFunctionalCodes(data: UnitYear, { names }: CheckContext, { errors }: CheckResult): void {
  const seen = new Map<string, number>();
  data.functionalCodes.forEach((entry, i) => {
    const path = `$.functionalCodes[${i}].code`;
    const previous = seen.get(entry.code);
    if (previous !== undefined)
      errors.push({ path, message: msg`科目“${entry.code}”在 functionalCodes 中重复列出（另见 $.functionalCodes[${previous}]）` });
    seen.set(entry.code, i);
    if (entry.definition !== undefined && entry.code.length !== 7) {
      errors.push({
        path: `$.functionalCodes[${i}].definition`,
        message: msg`名词解释只列“项”级科目；“${entry.code}”是${levelWord(entry.code)}级，其 definition 不会被使用，请删除`,
      });
    }
  });

  const budgets = [
    ['generalBudget', data.accounts.generalBudget.items],
    ['governmentFund', data.accounts.governmentFund.items],
    ['stateCapital', data.accounts.stateCapital.items],
  ] as const;
  for (const [key, items] of budgets) {
    items.forEach((item, i) => {
      const path = `$.accounts.${key}.items[${i}]`;
      if (item.code.length !== 7) {
        errors.push({ path: `${path}.code`, message: msg`支出明细应使用7位“项”级科目编码，实际为“${item.code}”` });
        return;
      }
      for (const code of [item.code.slice(0, 3), item.code.slice(0, 5), item.code]) {
        if (names.name(code) !== undefined) continue;
        const subject = code === item.code ? msg`科目“${code}”` : msg`科目“${item.code}”所属的${levelWord(code)}“${code}”`;
        errors.push({
          path: `${path}.code`,
          message: msg`${subject}不在功能分类科目目录（${CATALOG_FILE}）中，数据中也没有给出名称；请在 functionalCodes 中加入 ${addition(code, code.length === 7)}`,
        });
      }
      if (names.name(item.code) !== undefined && names.definition(item.code) === undefined) {
        errors.push({
          path: `${path}.code`,
          message: msg`科目“${item.code}”（${names.name(item.code)}）没有名词解释；请在 functionalCodes 中为它填写 definition，如 {"code": "${item.code}", "name": "${names.name(item.code)}", "definition": "指……的支出。"}`,
        });
      }
    });
  }
  data.accounts.generalBudget.classes.forEach((c, i) => {
    const path = `$.accounts.generalBudget.classes[${i}].code`;
    if (c.code.length !== 3) errors.push({ path, message: msg`“类”级科目编码应为3位，实际为“${c.code}”` });
    else if (names.name(c.code) === undefined) {
      errors.push({
        path,
        message: msg`类“${c.code}”不在功能分类科目目录（${CATALOG_FILE}）中，数据中也没有给出名称；请在 functionalCodes 中加入 ${addition(c.code, false)}`,
      });
    }
  });
}
