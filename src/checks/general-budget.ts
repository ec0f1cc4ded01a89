/**
 * 一般公共预算财政拨款支出决算表 and the two fund budgets: the total equals Σ 类 and Σ 项;
 * each 类 equals Σ its 项; the budget column equals Σ item budgets; codes are listed once
 * and every 项 belongs to a listed 类; a fund budget's spending equals Σ its items.
 * Takes the data; pushes errors.
 *
 * Note: the data holds no 款 subtotals (the documents compute them from the 项), so "per
 * 款" is checked as: every 项's 款 is in the catalog (functional-codes.ts) and under a
 * listed 类; there is no entered 款 figure that could disagree.
 */
import type { UnitYear } from '../schema/unit-year.js';
import type { Term } from './ties.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

export function checkGeneralBudget(data: UnitYear, { terms }: CheckContext, { errors, ties }: CheckResult): void {
  const gb = data.accounts.generalBudget;
  const base = '$.accounts.generalBudget';
  const total: Term = { path: `${base}.actual`, label: msg`一般公共预算财政拨款支出`, value: gb.actual };
  const classTerm = (c: { code: string; actual: number }, i: number): Term => ({
    path: `${base}.classes[${i}].actual`,
    label: msg`“${c.code}”类支出`,
    value: c.actual,
  });
  const itemTerm = (fund: string, item: { code: string; actual: number }, i: number): Term => ({
    path: `$.accounts.${fund}.items[${i}].actual`,
    label: msg`科目“${item.code}”的决算数`,
    value: item.actual,
  });
  ties.tie(total, gb.classes.map(classTerm), msg`各类支出之和`);
  ties.tie(
    total,
    gb.items.map((item, i) => itemTerm('generalBudget', item, i)),
    msg`各项支出之和`,
  );
  ties.tie(
    { path: `${base}.budget`, label: msg`一般公共预算财政拨款支出预算数`, value: gb.budget },
    gb.items.map((item, i) => ({ path: `${base}.items[${i}].budget`, label: msg`科目“${item.code}”的预算数`, value: item.budget })),
    msg`各项预算数之和`,
  );

  const seenClasses = new Set<string>();
  gb.classes.forEach((c, i) => {
    const path = `${base}.classes[${i}]`;
    if (seenClasses.has(c.code)) errors.push({ path: `${path}.code`, message: msg`类“${c.code}”重复列示` });
    seenClasses.add(c.code);
    const items = gb.items.flatMap((item, k) => (item.code.startsWith(c.code) ? [itemTerm('generalBudget', item, k)] : []));
    ties.tie(classTerm(c, i), items, msg`该类各项支出之和`);
  });

  const seenItems = new Set<string>();
  gb.items.forEach((item, i) => {
    const path = `${base}.items[${i}].code`;
    if (seenItems.has(item.code)) errors.push({ path, message: msg`科目“${item.code}”重复列示` });
    seenItems.add(item.code);
    if (!gb.classes.some((c) => item.code.startsWith(c.code))) {
      errors.push({
        path,
        message: msg`科目“${item.code}”所属的类“${item.code.slice(0, 3)}”未在${terms.field(`${base}.classes`, ' classes ')}中列示`,
      });
    }
  });

  for (const [key, label] of [
    ['governmentFund', msg`政府性基金预算财政拨款支出`],
    ['stateCapital', msg`国有资本经营预算财政拨款支出`],
  ] as const) {
    const fund = data.accounts[key];
    ties.tie(
      { path: `$.accounts.${key}.actual`, label, value: fund.actual },
      fund.items.map((item, i) => itemTerm(key, item, i)),
      msg`各项支出之和`,
    );
  }
}
