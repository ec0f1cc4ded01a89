/**
 * The catalogue of bad inputs (cases.ts) through load + checks: each case gives exactly
 * the errors it lists, each at its exact JSON path with the message fragment; and the
 * unmodified reference gives none.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CASES, SITUATIONS } from './cases.js';
import { runCase } from './run-case.js';

describe('bad-input catalogue', () => {
  it('has at least 35 cases with unique names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(35);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it('the reference itself has no errors', () => {
    expect(runCase({ name: 'reference', what: 'unchanged', expected: [] })).toEqual([]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const errors = runCase(c);
    expect(errors.map((e) => e.path).sort()).toEqual(c.expected.map((e) => e.path).sort());
    for (const want of c.expected) {
      const atPath = errors.filter((e) => e.path === want.path).map((e) => e.message);
      expect(
        atPath.some((m) => m.includes(want.message)),
        `${want.path}: ${JSON.stringify(atPath)} should contain ${want.message}`,
      ).toBe(true);
    }
    // Every message is Chinese (the users' language).
    for (const e of errors) expect(e.message).toMatch(/\p{Script=Han}/u);
  });
});

describe('bad situations (tested through the CLI)', () => {
  it.each(SITUATIONS.map((s) => [s.name, s] as const))('%s is asserted in its test file', (_name, s) => {
    const source = readFileSync(s.test, 'utf8');
    expect(source, `${s.test} should assert “${s.message}”`).toContain(s.message);
    expect(s.message).toMatch(/\p{Script=Han}/u);
  });
});
