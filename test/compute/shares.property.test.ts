/**
 * Property tests of the share rounding: over random parts (amounts in 万元 with two
 * decimals, zeros and tiny parts included), the shares of either policy add up to exactly
 * 100.00, none is negative, zero parts get 0.00, and each share is within 0.01 × (number of
 * parts) of the exact share. Includes the case that once made the last share negative
 * (9995 and ten parts of 0.5 under last-absorbs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, sum } from '../../src/compute/decimal.js';
import { shares, type SharePolicy } from '../../src/compute/shares.js';

/** An amount in 万元 with at most two decimals, as the schema allows (0 to 10,000,000). */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000_000 }).map((cents) => cents / 100),
  fc.integer({ min: 0, max: 200 }).map((cents) => cents / 100),
  fc.constant(0),
);
const parts = fc.array(amount, { minLength: 1, maxLength: 40 }).filter((list) => list.some((p) => p > 0));

function holds(list: number[], policy: SharePolicy): void {
  const result = shares(list, policy);
  expect(result.every((s) => s !== null)).toBe(true);
  const values = result.map((s) => dec(s!));
  expect(sum(values).toFixed(2)).toBe('100.00');
  for (const [i, v] of values.entries()) {
    expect(v.isNegative(), `share ${i} of ${JSON.stringify(list)} is ${v.toFixed(2)}`).toBe(false);
    if (list[i] === 0) expect(v.toFixed(2)).toBe('0.00');
    const exact = dec(list[i]!).div(sum(list)).times(100);
    expect(
      v
        .minus(exact)
        .abs()
        .lessThanOrEqualTo(0.01 * list.length + 0.005),
    ).toBe(true);
  }
}

describe.each(['last-absorbs', 'largest-remainder'] as const)('shares (%s) over random parts', (policy) => {
  it('add up to exactly 100.00, none negative, zeros stay zero', () => {
    fc.assert(
      fc.property(parts, (list) => holds(list, policy)),
      { numRuns: 500 },
    );
  });

  it('hold for many tiny parts beside a large one (the last part cannot absorb the rounding)', () => {
    holds([9995, ...Array.from({ length: 10 }, () => 0.5)], policy);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 1_000, max: 100_000 }), (n, big) =>
        holds([big, ...Array.from({ length: n }, () => 0.01)], policy),
      ),
      { numRuns: 100 },
    );
  });
});

describe('shares (independent) over random parts', () => {
  it('are each the part ÷ total × 100, rounded half up to two decimals, whatever the sum', () => {
    fc.assert(
      fc.property(parts, (list) => {
        const total = sum(list);
        const result = shares(list, 'independent');
        for (const [i, share] of result.entries()) {
          const exact = dec(list[i]!).div(total).times(100);
          // Half up by hand: add half a hundredth and cut (the parts are never negative).
          const byHand = exact.plus('0.005').times(100).floor().div(100).toFixed(2);
          expect(share).toBe(byHand);
        }
      }),
      { numRuns: 500 },
    );
  });
});
