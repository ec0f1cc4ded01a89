/**
 * “三公”经费: the total equals 因公出国（境）+ 公务用车购置及运行维护 + 公务接待 (actual and
 * budget, this year and the prior year's figures); 公务用车 = 购置 + 运行维护; 运行维护 = 保险
 * + 油费 + 维修 + 其他; 购置 = Σ vehicle kinds; 公务接待 = 国内 + 外事. Also warns when money
 * and activity disagree (spending with no trips, trips with no spending). Takes the data;
 * pushes errors and warnings.
 */
import { dec, toAmount } from '../compute/decimal.js';
import type { UnitYear } from '../schema/unit-year.js';
import type { Finding } from './finding.js';
import type { Term } from './ties.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

const base = '$.accounts.threePublic';

export function checkThreePublic(data: UnitYear, _context: CheckContext, { errors, warnings, ties }: CheckResult): void {
  const tp = data.accounts.threePublic;
  const term = (path: string, label: string, value: number): Term => ({ path: `${base}.${path}`, label, value });
  const abroad = term('abroad.actual', msg`因公出国（境）费`, tp.abroad.actual);
  const vehicle = term('vehicle.actual', msg`公务用车购置及运行维护费`, tp.vehicle.actual);
  const reception = term('reception.actual', msg`公务接待费`, tp.reception.actual);
  ties.tie(
    term('total.actual', msg`“三公”经费支出`, tp.total.actual),
    [abroad, vehicle, reception],
    msg`因公出国（境）费、公务用车购置及运行维护费、公务接待费之和`,
  );
  ties.tie(
    term('total.budget', msg`“三公”经费预算`, tp.total.budget),
    [
      term('abroad.budget', msg`因公出国（境）费预算`, tp.abroad.budget),
      term('vehicle.budget', msg`公务用车购置及运行维护费预算`, tp.vehicle.budget),
      term('reception.budget', msg`公务接待费预算`, tp.reception.budget),
    ],
    msg`三项预算之和`,
  );
  const op = tp.vehicle.operation;
  const pu = tp.vehicle.purchase;
  const operation = term('vehicle.operation.actual', msg`公务用车运行维护费`, op.actual);
  const purchase = term('vehicle.purchase.actual', msg`公务用车购置费`, pu.actual);
  ties.tie(vehicle, [purchase, operation], msg`购置费与运行维护费之和`);
  ties.tie(
    operation,
    [
      term('vehicle.operation.insurance', msg`保险费`, op.insurance),
      term('vehicle.operation.fuel', msg`油费`, op.fuel),
      term('vehicle.operation.repair', msg`维修费`, op.repair),
      term('vehicle.operation.other', msg`其他（过路过桥费等）`, op.other ?? 0),
    ],
    msg`保险费、油费、维修费及其他之和`,
  );
  ties.tie(
    purchase,
    [
      term('vehicle.purchase.sedan.amount', msg`购置轿车金额`, pu.sedan.amount),
      term('vehicle.purchase.suv.amount', msg`购置越野车金额`, pu.suv.amount),
      term('vehicle.purchase.bus.amount', msg`购置载客汽车金额`, pu.bus.amount),
    ],
    msg`轿车、越野车、载客汽车购置金额之和`,
  );
  ties.tie(
    reception,
    [
      term('reception.domestic.actual', msg`国内公务接待费`, tp.reception.domestic.actual),
      term('reception.foreign.actual', msg`外事接待费`, tp.reception.foreign.actual),
    ],
    msg`国内公务接待与外事接待之和`,
  );
  const p = data.priorYear.threePublic;
  const prior = (key: 'total' | 'abroad' | 'vehicle' | 'reception', label: string): Term => ({
    path: `$.priorYear.threePublic.${key}`,
    label,
    value: p[key],
  });
  ties.tie(
    prior('total', msg`上年“三公”经费`),
    [
      prior('abroad', msg`上年因公出国（境）费`),
      prior('vehicle', msg`上年公务用车购置及运行维护费`),
      prior('reception', msg`上年公务接待费`),
    ],
    msg`上年三项之和`,
  );

  for (const [kind, label] of [
    ['sedan', msg`轿车`],
    ['suv', msg`越野车`],
    ['bus', msg`载客汽车`],
  ] as const) {
    const line = pu[kind];
    if (line.count === 0 && !dec(line.amount).isZero()) {
      errors.push({
        path: `${base}.vehicle.purchase.${kind}.count`,
        message: msg`购置${label}金额为${toAmount(line.amount)}万元，但购置数量为0辆`,
      });
    }
  }
  activityMatchesMoney(warnings, `${base}.abroad`, msg`因公出国（境）费`, tp.abroad.actual, [
    ['groups', msg`团组`, tp.abroad.groups],
    ['people', msg`人数`, tp.abroad.people],
  ]);
  activityMatchesMoney(warnings, `${base}.reception.domestic`, msg`国内公务接待费`, tp.reception.domestic.actual, [
    ['batches', msg`批次`, tp.reception.domestic.batches],
    ['people', msg`人次`, tp.reception.domestic.people],
  ]);
  activityMatchesMoney(warnings, `${base}.reception.foreign`, msg`外事接待费`, tp.reception.foreign.actual, [
    ['batches', msg`批次`, tp.reception.foreign.batches],
    ['people', msg`人次`, tp.reception.foreign.people],
  ]);
}

/** Spending without any activity, or activity without spending, is worth a reviewer's look. */
function activityMatchesMoney(warnings: Finding[], path: string, what: string, actual: number, counts: [string, string, number][]): void {
  const spent = !dec(actual).isZero();
  for (const [key, label, n] of counts) {
    if (spent && n === 0) warnings.push({ path: `${path}.${key}`, message: msg`${what}为${toAmount(actual)}万元，但${label}为0，请核对` });
    if (!spent && n > 0) warnings.push({ path: `${path}.${key}`, message: msg`${what}为0万元，但${label}为${n}，请核对` });
  }
}
