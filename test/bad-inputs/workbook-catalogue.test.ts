/**
 * The catalogue of bad workbooks (workbook-cases.ts) through `npm run import` (run in this
 * process): each case is refused with exit code 1, writes nothing, and prints exactly the
 * errors it lists — each at its file, sheet and cell, with the message fragment, in Chinese.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main as importMain } from '../../src/import-cli.js';
import { UNIT, WORKBOOK_CASES } from './workbook-cases.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-bad-workbooks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the import command; returns its exit code and the error lines it printed (path：message). */
async function runImport(args: string[]): Promise<{ status: number; lines: string[] }> {
  const printed: string[] = [];
  const err = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void printed.push(a.join(' ')));
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    const status = await importMain(args);
    return { status, lines: printed.filter((l) => l.startsWith('    ')).map((l) => l.slice(4)) };
  } finally {
    err.mockRestore();
    log.mockRestore();
  }
}

describe('bad-workbook catalogue', () => {
  it('has every kind the issue lists, with unique names', () => {
    expect(new Set(WORKBOOK_CASES.map((c) => c.name)).size).toBe(WORKBOOK_CASES.length);
    for (const name of [
      'not-a-spreadsheet',
      'password-protected',
      'formula-without-value',
      'number-as-text',
      'thousands-separators',
      'amounts-in-yuan',
      'tables-in-yuan',
      'merged-header',
      'renamed-sheet',
      'missing-sheet',
      'size-50mb',
      'million-empty-rows',
      'zip-bomb',
    ]) {
      expect(WORKBOOK_CASES.map((c) => c.name)).toContain(name);
    }
  });

  it.each(WORKBOOK_CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const dir = join(scratch, name, 'data', '2023');
    mkdirSync(dir, { recursive: true });
    const main = await c.main();
    const file = join(dir, `${UNIT}.${main.ext}`);
    writeFileSync(file, main.bytes);
    for (const companion of c.companions?.() ?? []) writeFileSync(join(dir, `${UNIT}.${companion.suffix}.xlsx`), companion.bytes);
    const out = join(scratch, name, 'out');
    const run = await runImport([file, '--out', out]);
    expect(run.status).toBe(1);
    expect(existsSync(out) ? readdirSync(out, { recursive: true }) : []).toEqual([]);
    const paths = run.lines.map((l) => l.slice(0, l.indexOf('：')));
    expect(paths.sort(), run.lines.join('\n')).toEqual(c.expected.map((e) => e.path).sort());
    for (const want of c.expected) {
      expect(
        run.lines.some((l) => l.startsWith(`${want.path}：`) && l.includes(want.message)),
        `${want.path}：${want.message}\n${run.lines.join('\n')}`,
      ).toBe(true);
    }
    for (const line of run.lines) expect(line).toMatch(/\p{Script=Han}/u);
  });
});
