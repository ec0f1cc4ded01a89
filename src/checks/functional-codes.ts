/**
 * Functional-classification codes (功能分类科目) of every spending line: 项 codes of 7
 * digits whose 类 and 款 are in the catalog, 类 codes of 3 digits, names and definitions
 * for codes the catalog lacks. Takes the data and the catalog index; pushes errors.
 */
import type { CatalogEntry } from '../schema/catalog.js';
import type { UnitYear } from '../schema/unit-year.js';
import type { Finding } from './finding.js';

export function checkFunctionalCodes(data: UnitYear, index: Map<string, CatalogEntry>, errors: Finding[]): void {
  const budgets = [
    ['generalBudget', data.accounts.generalBudget.items],
    ['governmentFund', data.accounts.governmentFund.items],
    ['stateCapital', data.accounts.stateCapital.items],
  ] as const;
  for (const [key, items] of budgets) {
    items.forEach((item, i) => {
      const path = `$.accounts.${key}.items[${i}]`;
      if (item.code.length !== 7) {
        errors.push({ path: `${path}.code`, message: `支出明细应使用7位“项”级科目编码，实际为“${item.code}”` });
        return;
      }
      const missingLevel = ([[item.code.slice(0, 3), '类'], [item.code.slice(0, 5), '款']] as const).find(([code]) => !index.has(code));
      if (missingLevel) {
        const [code, level] = missingLevel;
        errors.push({ path: `${path}.code`, message: `科目“${item.code}”所属的${level}“${code}”不在功能分类科目目录中（data/catalog/functional-classification.json）` });
        return;
      }
      const known = index.get(item.code);
      if (!known && !item.name) errors.push({ path: `${path}.code`, message: `功能分类科目“${item.code}”不在科目目录中；如为新增科目，请同时填写 name 和 definition` });
      if (!known?.definition && !item.definition) errors.push({ path: `${path}.definition`, message: `科目“${item.code}”在目录中没有名词解释，请填写 definition` });
    });
  }
  data.accounts.generalBudget.classes.forEach((c, i) => {
    const path = `$.accounts.generalBudget.classes[${i}].code`;
    if (c.code.length !== 3) errors.push({ path, message: `“类”级科目编码应为3位，实际为“${c.code}”` });
    else if (!index.has(c.code)) errors.push({ path, message: `功能分类科目“${c.code}”不在科目目录中（data/catalog/functional-classification.json）` });
  });
}
