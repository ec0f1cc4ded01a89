/** Year-on-year changes and budget completion, with the reference's figures. */
import { describe, expect, it } from 'vitest';
import { completion, yearOnYear } from '../../src/compute/change.js';
import { ratioPercent, toAmount } from '../../src/compute/decimal.js';

describe('yearOnYear', () => {
  it.each([
    ['收、支总计', 1163.82, 1168.92, 'down', '5.10', '0.44'],
    ['三公经费', 4.63, 5.54, 'down', '0.91', '16.43'],
    ['公务用车', 3.41, 4.35, 'down', '0.94', '21.61'],
    ['公务接待', 1.22, 1.19, 'up', '0.03', '2.52'],
    ['机关运行经费', 104.35, 82.28, 'up', '22.07', '26.82'],
    ['资产总值', 647.8, 637.15, 'up', '10.65', '1.67'],
    ['因公出国（境）', 0, 0, 'flat', '0.00', null],
    ['持平', 12.5, 12.5, 'flat', '0.00', '0.00'],
  ] as const)('%s', (_name, current, prior, direction, amount, percent) => {
    // Note: only numbers and a direction; the words (增长/下降, 增加/减少) are the templates'.
    const change = yearOnYear(current, prior);
    expect(change).toEqual({ direction, amount, percent, priorIsZero: prior === 0 });
  });

  it('has no percentage against a prior value of 0 and says so', () => {
    const change = yearOnYear(3, 0);
    expect(change.percent).toBeNull();
    expect(change.priorIsZero).toBe(true);
    expect(change.amount).toBe('3.00');
  });
});

describe('completion', () => {
  it.each([
    [1163.82, 1163.82, '100.00', 'equal'],
    [90, 100, '90.00', 'under'],
    [110.5, 100, '110.50', 'over'],
    [0, 0, null, 'equal'],
    [5, 0, null, 'over'],
  ] as const)('%s of %s', (actual, budget, rate, comparison) => {
    expect(completion(actual, budget)).toMatchObject({ rate, comparison });
  });
});

describe('exact decimal rounding (四舍五入, not binary toFixed)', () => {
  it.each([
    [1.005, '1.01'],
    [2.675, '2.68'],
    [0.125, '0.13'],
    [0.57, '0.57'],
  ])('toAmount(%s) = %s', (value, expected) => {
    expect(toAmount(value)).toBe(expected);
  });
  it('rounds a ratio half-up: 1/8 → 12.50, 1/3 → 33.33, 2/3 → 66.67', () => {
    expect(ratioPercent(1, 8)).toBe('12.50');
    expect(ratioPercent(1, 3)).toBe('33.33');
    expect(ratioPercent(2, 3)).toBe('66.67');
    expect(ratioPercent(0.00005, 1)).toBe('0.01');
    expect(ratioPercent(1, 0)).toBeNull();
  });
});
