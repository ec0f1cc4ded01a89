/**
 * Warns when spending exceeds its budget (一般公共预算财政拨款支出 and each item, each “三公”
 * part and their total), and when actual and budget differ with no reason given for the
 * sentence 决算数小于/大于预算数的主要原因是…. Not refusals: a budget can be exceeded with a
 * mid-year adjustment the data does not hold. Takes the data; pushes warnings.
 */
import { completion } from '../compute/change.js';
import type { UnitYear } from '../schema/unit-year.js';
import type { FieldTerms } from '../schema/field-terms.js';
import type { Finding } from './finding.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

/** Warns when actual > budget; when `reason` is given as a key, also when they differ without one. */
function compare(
  terms: FieldTerms,
  warnings: Finding[],
  path: string,
  label: string,
  line: { actual: number; budget: number; reason?: string | undefined },
  reasonPath?: string,
): void {
  const c = completion(line.actual, line.budget);
  if (c.comparison === 'over') {
    const rate = c.rate === null ? msg`预算数为0` : msg`完成预算${c.rate}%`;
    const ask = line.reason === undefined ? msg`，请核对或说明原因` : msg`，请核对`;
    warnings.push({ path, message: msg`${label}决算数${c.actual}万元超过预算数${c.budget}万元（超出${c.difference}万元，${rate}）${ask}` });
  }
  if (reasonPath !== undefined && c.comparison !== 'equal' && line.reason === undefined) {
    warnings.push({
      path: reasonPath,
      message: msg`${label}决算数${c.actual}万元${c.comparison === 'over' ? '大于' : '小于'}预算数${c.budget}万元，请在${terms.field(reasonPath, ' reason ')}中说明主要原因`,
    });
  }
}

export function warnOverBudget(data: UnitYear, { terms }: CheckContext, { warnings }: CheckResult): void {
  const gb = data.accounts.generalBudget;
  compare(terms, warnings, '$.accounts.generalBudget.actual', msg`一般公共预算财政拨款支出`, gb, '$.accounts.generalBudget.reason');
  gb.items.forEach((item, i) => {
    const path = `$.accounts.generalBudget.items[${i}]`;
    compare(terms, warnings, `${path}.actual`, msg`科目“${item.code}”`, item, `${path}.reason`);
  });
  const tp = data.accounts.threePublic;
  const base = '$.accounts.threePublic';
  compare(terms, warnings, `${base}.total.actual`, msg`“三公”经费`, tp.total, `${base}.total.reason`);
  compare(terms, warnings, `${base}.abroad.actual`, msg`因公出国（境）费`, tp.abroad);
  compare(terms, warnings, `${base}.vehicle.actual`, msg`公务用车购置及运行维护费`, tp.vehicle);
  compare(terms, warnings, `${base}.reception.actual`, msg`公务接待费`, tp.reception);
}
