/**
 * Notes for the reviewer where two correct figures will make a reader ask (the
 * reference's case #9): a project whose name is the name of a functional item it is
 * probably paid from, with a different amount. The item usually holds more than the
 * project, so this is a warning, never an error; a project that spent more than its
 * item is worded more strongly. Takes the data and the names of its codes; pushes warnings.
 */
import { dec, toAmount } from '../compute/decimal.js';
import type { UnitYear } from '../schema/unit-year.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

export function noteProjectsAgainstItems(data: UnitYear, { names, terms }: CheckContext, { warnings }: CheckResult): void {
  const items = data.accounts.generalBudget.items.map((item, i) => ({ item, i, name: names.name(item.code) }));
  data.projects.forEach((project, p) => {
    const match = items.find((entry) => entry.name === project.name);
    if (!match) return;
    const spent = dec(project.budget.total.executed);
    const itemActual = dec(match.item.actual);
    if (spent.equals(itemActual)) return;
    const figures = msg`项目“${project.name}”支出${toAmount(spent)}万元，同名功能分类科目${match.item.code}“${match.name}”（${terms.field(`$.accounts.generalBudget.items[${match.i}]`, `accounts.generalBudget.items[${match.i}]`)}）支出${toAmount(itemActual)}万元`;
    const message = spent.greaterThan(itemActual)
      ? msg`${figures}：项目支出大于同名科目支出，请核对项目资金是否列在其他科目`
      : msg`${figures}：科目通常包含项目以外的支出，二者不同不是错误，但读者可能会问，请确认`;
    warnings.push({ path: `$.projects[${p}].budget.total.executed`, message });
  });
}
