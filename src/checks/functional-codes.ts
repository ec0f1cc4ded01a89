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
import type { FieldTerms } from '../schema/field-terms.js';
import { msg } from '../text/msg.js';

const CATALOG_FILE = 'data/catalog/functional-classification.json';

/** The level's word, in messages. */
const LEVEL_WORD: Record<CodeLevel, string> = { class: msg`类`, section: msg`款`, item: msg`项` };
const levelWord = (code: string): string => LEVEL_WORD[levelOf(code)];

/** The entry that names a code: its 类/款/项 name, and for a 项 the definition the 名词解释 prints. */
function addition(terms: FieldTerms, code: string, withDefinition: boolean): string {
  return terms.addRow(LIST, {
    code,
    name: msg`${levelWord(code)}级科目名称`,
    ...(withDefinition ? { definition: msg`指……的支出。` } : {}),
  });
}

const LIST = '$.functionalCodes';

export function checkFunctionalCodes(data: UnitYear, { names, terms }: CheckContext, { errors }: CheckResult): void {
  const seen = new Map<string, number>();
  data.functionalCodes.forEach((entry, i) => {
    const path = `${LIST}[${i}].code`;
    const previous = seen.get(entry.code);
    if (previous !== undefined)
      errors.push({
        path,
        message: msg`科目“${entry.code}”在${terms.field(LIST, ' functionalCodes ')}中重复列出（另见 ${terms.field(`${LIST}[${previous}]`)}）`,
      });
    seen.set(entry.code, i);
    if (entry.definition !== undefined && entry.code.length !== 7) {
      errors.push({
        path: `${LIST}[${i}].definition`,
        message: msg`名词解释只列“项”级科目；“${entry.code}”是${levelWord(entry.code)}级，其${terms.field(`${LIST}[${i}].definition`, ' definition ')}不会被使用，请删除`,
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
          message: msg`${subject}不在功能分类科目目录（${CATALOG_FILE}）中，数据中也没有给出名称；请${addition(terms, code, code.length === 7)}`,
        });
      }
      const name = names.name(item.code);
      if (name !== undefined && names.definition(item.code) === undefined) {
        const own = data.functionalCodes.findIndex((entry) => entry.code === item.code);
        const fill = terms.workbook
          ? own >= 0
            ? msg`请在${terms.field(`${LIST}[${own}].definition`)}中填写，如“指……的支出。”`
            : msg`请${terms.addRow(LIST, { code: item.code, name, definition: msg`指……的支出。` })}`
          : msg`请在 functionalCodes 中为它填写 definition，如 {"code": "${item.code}", "name": "${name}", "definition": "指……的支出。"}`;
        errors.push({ path: `${path}.code`, message: msg`科目“${item.code}”（${name}）没有名词解释；${fill}` });
      }
    });
  }
  data.accounts.generalBudget.classes.forEach((c, i) => {
    const path = `$.accounts.generalBudget.classes[${i}].code`;
    if (c.code.length !== 3) errors.push({ path, message: msg`“类”级科目编码应为3位，实际为“${c.code}”` });
    else if (names.name(c.code) === undefined) {
      errors.push({
        path,
        message: msg`类“${c.code}”不在功能分类科目目录（${CATALOG_FILE}）中，数据中也没有给出名称；请${addition(terms, c.code, false)}`,
      });
    }
  });
}
