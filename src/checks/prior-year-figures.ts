/**
 * The figures the document compares with the prior year, in one table: for each, its label,
 * its value this year and the prior-year value this file states (with their JSON paths),
 * and the changeReasons key that explains it. Used by the prior-year check (against last
 * year's file) and the unexplained-change warning. Takes nothing; exports the table.
 */
import type { UnitYear } from '../schema/unit-year.js';
import { msg } from '../text/msg.js';

export type ReasonKey = keyof UnitYear['changeReasons'];

export interface PriorYearFigure {
  label: string;
  /** JSON path of this year's figure (also where last year's file holds its own). */
  currentPath: string;
  current: (data: UnitYear) => number;
  /** JSON path of the prior-year figure this file states. */
  priorPath: string;
  prior: (data: UnitYear) => number;
  reason: ReasonKey;
}

export const PRIOR_YEAR_FIGURES: readonly PriorYearFigure[] = [
  {
    label: msg`收入总计`,
    currentPath: '$.accounts.totals.income',
    current: (d) => d.accounts.totals.income,
    priorPath: '$.priorYear.totals.income',
    prior: (d) => d.priorYear.totals.income,
    reason: 'totals',
  },
  {
    label: msg`支出总计`,
    currentPath: '$.accounts.totals.expenditure',
    current: (d) => d.accounts.totals.expenditure,
    priorPath: '$.priorYear.totals.expenditure',
    prior: (d) => d.priorYear.totals.expenditure,
    reason: 'totals',
  },
  {
    label: msg`财政拨款收入总计`,
    currentPath: '$.accounts.fiscalTotals.income',
    current: (d) => d.accounts.fiscalTotals.income,
    priorPath: '$.priorYear.fiscalTotals.income',
    prior: (d) => d.priorYear.fiscalTotals.income,
    reason: 'fiscalTotals',
  },
  {
    label: msg`财政拨款支出总计`,
    currentPath: '$.accounts.fiscalTotals.expenditure',
    current: (d) => d.accounts.fiscalTotals.expenditure,
    priorPath: '$.priorYear.fiscalTotals.expenditure',
    prior: (d) => d.priorYear.fiscalTotals.expenditure,
    reason: 'fiscalTotals',
  },
  {
    label: msg`一般公共预算财政拨款支出`,
    currentPath: '$.accounts.generalBudget.actual',
    current: (d) => d.accounts.generalBudget.actual,
    priorPath: '$.priorYear.generalBudgetExpenditure',
    prior: (d) => d.priorYear.generalBudgetExpenditure,
    reason: 'generalBudgetExpenditure',
  },
  {
    label: msg`“三公”经费支出`,
    currentPath: '$.accounts.threePublic.total.actual',
    current: (d) => d.accounts.threePublic.total.actual,
    priorPath: '$.priorYear.threePublic.total',
    prior: (d) => d.priorYear.threePublic.total,
    reason: 'threePublic',
  },
  {
    label: msg`因公出国（境）费`,
    currentPath: '$.accounts.threePublic.abroad.actual',
    current: (d) => d.accounts.threePublic.abroad.actual,
    priorPath: '$.priorYear.threePublic.abroad',
    prior: (d) => d.priorYear.threePublic.abroad,
    reason: 'abroad',
  },
  {
    label: msg`公务用车购置及运行维护费`,
    currentPath: '$.accounts.threePublic.vehicle.actual',
    current: (d) => d.accounts.threePublic.vehicle.actual,
    priorPath: '$.priorYear.threePublic.vehicle',
    prior: (d) => d.priorYear.threePublic.vehicle,
    reason: 'vehicle',
  },
  {
    label: msg`公务接待费`,
    currentPath: '$.accounts.threePublic.reception.actual',
    current: (d) => d.accounts.threePublic.reception.actual,
    priorPath: '$.priorYear.threePublic.reception',
    prior: (d) => d.priorYear.threePublic.reception,
    reason: 'reception',
  },
  {
    label: msg`机关运行经费`,
    currentPath: '$.accounts.operatingCosts',
    current: (d) => d.accounts.operatingCosts,
    priorPath: '$.priorYear.operatingCosts',
    prior: (d) => d.priorYear.operatingCosts,
    reason: 'operatingCosts',
  },
];
