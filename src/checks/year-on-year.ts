/**
 * Warns when a figure the document compares with the prior year changed by more than a
 * threshold (default 30%) and `changeReasons` gives no reason: the sentence would then
 * state a large change without explaining it. Takes the data and the threshold in percent;
 * pushes warnings naming the figure, both years' amounts and the change.
 */
import { yearOnYear } from '../compute/change.js';
import { dec, toAmount } from '../compute/decimal.js';
import type { UnitYear } from '../schema/unit-year.js';
import { PRIOR_YEAR_FIGURES } from './prior-year-figures.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

export const DEFAULT_WARN_CHANGE_PERCENT = 30;

export function warnUnexplainedChanges(
  data: UnitYear,
  { warnChangePercent: thresholdPercent }: CheckContext,
  { warnings }: CheckResult,
): void {
  for (const { label, current: currentOf, prior: priorOf, reason } of PRIOR_YEAR_FIGURES) {
    const figure = { label, reason, current: currentOf(data), prior: priorOf(data) };
    if (data.changeReasons[figure.reason] !== undefined) continue;
    // The change as the document states it (compute's yearOnYear): the threshold is
    // compared with the rounded percentage that is printed, here and in the sentence.
    const change = yearOnYear(figure.current, figure.prior);
    if (change.direction === 'flat') continue;
    const years = msg`${data.year - 1}年度${toAmount(dec(figure.prior))}万元，${data.year}年度${toAmount(dec(figure.current))}万元`;
    const fix = msg`请在 changeReasons.${figure.reason} 中说明变动原因`;
    const path = `$.changeReasons.${figure.reason}`;
    // Note: against a prior of 0 there is no percentage (ARCHITECTURE.md §3); any new spending counts as a large change.
    if (change.percent === null) {
      warnings.push({ path, message: msg`${figure.label}由0变为${toAmount(dec(figure.current))}万元（${years}），${fix}` });
      continue;
    }
    if (dec(change.percent).greaterThan(thresholdPercent)) {
      const direction = change.direction === 'up' ? msg`增长` : msg`下降`;
      warnings.push({ path, message: msg`${figure.label}${direction}${change.percent}%（${years}），超过${thresholdPercent}%，${fix}` });
    }
  }
}
