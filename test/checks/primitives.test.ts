/**
 * The primitives refuse what JSON can smuggle in (NaN, ±Infinity from 1e400, -0 is fine)
 * and word a missing field and a wrong type in Chinese; the --warn-change option parses.
 */
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';
import { amount, count, percentage, points } from '../../src/schema/primitives.js';
import { formatIssues, installChineseLocale } from '../../src/schema/format-issues.js';
import { z } from 'zod';

installChineseLocale();

describe('numbers that are not figures', () => {
  it.each([NaN, Infinity, -Infinity])('%s is refused by every numeric primitive', (value) => {
    for (const schema of [amount, count, points, percentage]) expect(schema.safeParse(value).success).toBe(false);
  });

  it('says what was found for Infinity (not "null", as JSON.stringify would)', () => {
    const schema = z.strictObject({ a: amount });
    const result = schema.safeParse({ a: Infinity });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(formatIssues(result.error.issues, { a: Infinity })).toEqual([
        { path: '$.a', message: '应为数字（万元），实际为超出范围的数字（实际值：Infinity）' },
      ]);
  });

  it('accepts 0, -0 and two decimals', () => {
    for (const value of [0, -0, 0.57, 1163.82, 10_000_000]) expect(amount.safeParse(value).success).toBe(true);
  });
});

describe('--warn-change', () => {
  it('defaults to 30 and takes a percentage', () => {
    expect(parseCliArgs([]).warnChange).toBe(30);
    expect(parseCliArgs(['--warn-change', '12.5']).warnChange).toBe(12.5);
  });

  it.each(['abc', '-5', '30%', '1e2', '2000', ''])('refuses %j as wrong usage', (value) => {
    expect(() => parseCliArgs(['--warn-change', value])).toThrow(UsageError);
  });
});
