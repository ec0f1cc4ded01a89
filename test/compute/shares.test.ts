/** Shares of one total: the default (each share on its own), the reference's figures under its sum-to-100 policy, and the edge cases. */
import { describe, expect, it } from 'vitest';
import { shares } from '../../src/compute/shares.js';

describe('shares (default: each its own amount ÷ total, rounded half up)', () => {
  it.each([
    // 148.14 ÷ 3476.66 = 4.2609% → 4.26 (issue 20: last-absorbs printed 4.25).
    ['a reviewer recomputes each share', [2500, 828.52, 148.14], ['71.91', '23.83', '4.26']],
    // 1 ÷ 3 = 33.333…% each: the list adds up to 99.99%, and no share is bent to hide it.
    ['thirds add up to 99.99', [1, 1, 1], ['33.33', '33.33', '33.33']],
    // 1 ÷ 8 = 12.5% exactly; 7 ÷ 8 = 87.5%.
    ['a half-up tie', [1, 7], ['12.50', '87.50']],
    // 62.4 ÷ 1163.82 = 5.3616% → 5.36 (the reference's source prints 5.37 under last-absorbs).
    ['the reference 类 on their own', [0, 982.66, 85.43, 33.33, 62.4], ['0.00', '84.43', '7.34', '2.86', '5.36']],
  ] as const)('%s', (_name, parts, expected) => {
    expect(shares([...parts])).toEqual(expected);
    expect(shares([...parts], 'independent')).toEqual(expected);
  });

  it('gives no share when the total is zero, and refuses negative parts', () => {
    expect(shares([0, 0])).toEqual([null, null]);
    expect(() => shares([5, -1])).toThrow();
  });
});

describe('shares (last non-zero part absorbs the rounding, the reference policy)', () => {
  it.each([
    [
      '图6 一般公共预算财政拨款支出结构',
      [0, 0, 0, 0, 982.66, 85.43, 33.33, 62.4],
      ['0.00', '0.00', '0.00', '0.00', '84.43', '7.34', '2.86', '5.37'],
    ],
    ['图3 支出结构', [893.92, 269.9, 0, 0, 0], ['76.81', '23.19', '0.00', '0.00', '0.00']],
    ['图7 三公结构', [0, 3.41, 1.22], ['0.00', '73.65', '26.35']],
    [
      '图2 收入结构, trailing zero parts keep 0%',
      [1163.82, 0, 0, 0, 0, 0, 0, 0],
      ['100.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00'],
    ],
    ['thirds', [1, 1, 1], ['33.33', '33.33', '33.34']],
    ['a half-up tie: 1/8 = 12.5%', [1, 7], ['12.50', '87.50']],
  ] as const)('%s', (_name, parts, expected) => {
    const result = shares([...parts], 'last-absorbs');
    expect(result).toEqual(expected);
    expect(result.reduce((acc, p) => acc + Number(p), 0).toFixed(2)).toBe('100.00');
  });

  it('gives no share at all when the total is zero', () => {
    expect(shares([0, 0, 0], 'last-absorbs')).toEqual([null, null, null]);
  });

  it('refuses negative parts', () => {
    expect(() => shares([5, -1], 'last-absorbs')).toThrow();
  });
});

describe('shares (largest remainder)', () => {
  it.each([
    [
      [1, 1, 1],
      ['33.34', '33.33', '33.33'],
    ],
    [
      [982.66, 85.43, 33.33, 62.4],
      ['84.44', '7.34', '2.86', '5.36'],
    ],
    [
      [0, 2, 0, 1],
      ['0.00', '66.67', '0.00', '33.33'],
    ],
  ] as const)('%j', (parts, expected) => {
    const result = shares([...parts], 'largest-remainder');
    expect(result).toEqual(expected);
    expect(result.reduce((acc, p) => acc + Number(p), 0).toFixed(2)).toBe('100.00');
  });
});

describe('shares never go negative', () => {
  it('falls back to largest remainder when the last part would absorb more than it has', () => {
    // 9995 of 10000 is 99.95%; each 0.5 is 0.005%, which rounds half-up to 0.01 — nine of them
    // would leave the last −0.04%. Largest remainder: the five missing hundredths go to the
    // first five tiny parts (equal remainders, earlier first).
    const tiny = Array.from({ length: 10 }, () => 0.5);
    const expected = ['99.95', '0.01', '0.01', '0.01', '0.01', '0.01', '0.00', '0.00', '0.00', '0.00', '0.00'];
    expect(shares([9995, ...tiny], 'last-absorbs')).toEqual(expected);
    expect(shares([9995, ...tiny], 'largest-remainder')).toEqual(expected);
  });
});
