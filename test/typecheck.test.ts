/**
 * The TypeScript type check of the whole project (src, test, bench), as part of the test
 * run: `tsc --noEmit` in a child process, so it runs beside the other test files instead
 * of before all of them. Fails with tsc's messages.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from './cli/run-cli.js';

it('tsc --noEmit finds no type errors', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', '.'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  expect(`${result.stdout}${result.stderr}`).toBe('');
  expect(result.status).toBe(0);
});
