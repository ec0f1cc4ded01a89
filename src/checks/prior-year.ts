/**
 * The prior-year figures of this year's file against the previous year's data file, when
 * one exists (data/<year-1>/<same name>.json): each figure under `priorYear` must equal
 * the current-year figure of that file, and the asset value's `prior` its `current`.
 * Takes this year's data and the previous year's (already validated); pushes errors.
 * Loading the file is the load stage's job (src/load/load-previous-year.ts).
 */
import type { UnitYear } from '../schema/unit-year.js';
import { PRIOR_YEAR_FIGURES } from './prior-year-figures.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { tieAmount } from './finding.js';
import { msg } from '../text/msg.js';

interface Pair {
  /** JSON path under this year's `priorYear` (or elsewhere) */
  path: string;
  label: string;
  stated: number;
  /** JSON path of the same figure in the previous year's file */
  sourcePath: string;
  source: number;
}

function assetValue(data: UnitYear): { current: number; prior: number; index: number } | undefined {
  const sections = data.departmentEvaluation?.overallAnalysis ?? [];
  const index = sections.findIndex((s) => s.assetValue !== undefined);
  const value = sections[index]?.assetValue;
  return value ? { current: value.current, prior: value.prior, index } : undefined;
}

export function checkPriorYear(data: UnitYear, { previousYear: previous }: CheckContext, { errors }: CheckResult): void {
  if (!previous) return;
  const prevYear = previous.year;
  if (prevYear !== data.year - 1 || previous.unit.name !== data.unit.name) {
    errors.push({
      path: '$.priorYear',
      message: msg`用于核对上年数的数据文件是“${previous.unit.name}”${prevYear}年度，应为“${data.unit.name}”${data.year - 1}年度`,
    });
    return;
  }
  const pairs: Pair[] = PRIOR_YEAR_FIGURES.map((f) => ({
    path: f.priorPath,
    label: msg`上年${f.label}`,
    stated: f.prior(data),
    sourcePath: f.currentPath,
    source: f.current(previous),
  }));
  const assets = assetValue(data);
  const prevAssets = assetValue(previous);
  if (assets && prevAssets) {
    pairs.push({
      path: `$.departmentEvaluation.overallAnalysis[${assets.index}].assetValue.prior`,
      label: msg`上年资产总值`,
      stated: assets.prior,
      sourcePath: `$.departmentEvaluation.overallAnalysis[${prevAssets.index}].assetValue.current`,
      source: prevAssets.current,
    });
  }
  for (const pair of pairs) {
    tieAmount(errors, pair.path, pair.label, pair.stated, [pair.source], msg`${prevYear}年度数据文件中的本年数（${pair.sourcePath}）`);
  }
}
