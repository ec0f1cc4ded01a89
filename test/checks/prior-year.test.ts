/**
 * The prior-year figures against the previous year's data file: checkPriorYear on data
 * made from the reference, and loadPreviousYear finding data/<year-1>/<same name>.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLoadedUnit } from '../../src/pipeline.js';
import { validateUnit } from '../../src/load/load-unit.js';
import { loadPreviousYear, previousYearPath } from '../../src/load/load-previous-year.js';
import type { UnitYear } from '../../src/schema/unit-year.js';
import { assetValue, CASES, referenceData, type Data } from '../bad-inputs/cases.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-prior-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const consistent = (): Data => {
  const make = CASES.find((c) => c.name === 'prior-year-asset-value')!.previousYear!;
  const prev = make(referenceData());
  assetValue(prev).current = 637.15;
  return prev;
};

/** Raw JSON through the schema, as the loader gives it (defaults filled in). */
function validated(data: unknown): UnitYear {
  const loaded = validateUnit(new TextEncoder().encode(JSON.stringify(data)));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.data;
}

describe('checkPriorYear', () => {
  it('accepts a previous year whose figures are this year’s priorYear', () => {
    const errors = checkLoadedUnit(validated(referenceData()), { previousYear: validated(consistent()) }).result.errors;
    expect(errors).toEqual([]);
  });

  it('refuses a previous-year file of another unit or year', () => {
    const other = { ...consistent(), year: 2021 };
    const errors = checkLoadedUnit(validated(referenceData()), { previousYear: validated(other) }).result.errors;
    expect(errors).toEqual([
      { path: '$.priorYear', message: '用于核对上年数的数据文件是“遂宁市安居区司法局”2021年度，应为“遂宁市安居区司法局”2022年度' },
    ]);
  });

  it('names each differing figure with both amounts', () => {
    const prev = consistent();
    prev.accounts.operatingCosts = 80;
    const errors = checkLoadedUnit(validated(referenceData()), { previousYear: validated(prev) }).result.errors;
    expect(errors).toEqual([
      {
        path: '$.priorYear.operatingCosts',
        message: '上年机关运行经费为82.28万元，应等于2022年度数据文件中的本年数（$.accounts.operatingCosts）80.00万元（相差2.28万元）',
      },
    ]);
  });
});

describe('loadPreviousYear', () => {
  it('finds data/<year-1>/<same name>.json only inside a year folder', () => {
    expect(previousYearPath(join('data', '2023', '某单位.json'), 2023)).toBe(join('data', '2022', '某单位.json'));
    expect(previousYearPath(join('elsewhere', '某单位.json'), 2023)).toBeUndefined();
  });

  it('returns nothing without a file, the data with a valid one, a warning with a broken one', async () => {
    const file = join(scratch, '2023', '某单位.json');
    expect(await loadPreviousYear(file, 2023)).toEqual({});
    mkdirSync(join(scratch, '2022'), { recursive: true });
    writeFileSync(join(scratch, '2022', '某单位.json'), JSON.stringify(consistent()));
    expect((await loadPreviousYear(file, 2023)).data?.year).toBe(2022);
    writeFileSync(join(scratch, '2022', '某单位.json'), '{');
    const broken = await loadPreviousYear(file, 2023);
    expect(broken.data).toBeUndefined();
    expect(broken.warning?.message).toMatch(/上年数据文件 .* 有 1 处错误，未能核对上年数/);
  });
});
