/**
 * Once per `vitest run`, before the test files: compiles src/ to dist/ when dist/ is
 * older than any source file (the CLI tests run the compiled generator, as users do), and
 * starts generating the reference unit into a temporary folder, in the background, so the
 * tests that read it (reference-output.ts) share one generation instead of one each.
 * Provides that folder as `referenceOut`; removes it at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../cli/run-cli.js';
import { REFERENCE_DATA, REFERENCE_STATUS } from './reference-paths.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfStale(): void {
  let built = -1;
  try {
    built = statSync(join(PROJECT_ROOT, 'dist', 'cli.js')).mtimeMs;
  } catch {
    // not built yet
  }
  if (built >= newestMtime(join(PROJECT_ROOT, 'src'))) return;
  const result = spawnSync(process.execPath, ['bin/build.mjs'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

export default function setup(project: TestProject): () => void {
  buildIfStale();
  const out = mkdtempSync(join(tmpdir(), 'fa-reference-'));
  const child = spawn(
    process.execPath,
    ['--no-concurrent-recompilation', 'bin/generate.mjs', '--data', REFERENCE_DATA, '--out', out, '--jobs', '1'],
    {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let tornDown = false;
  child.on('close', (code) => {
    if (!tornDown) writeFileSync(join(out, REFERENCE_STATUS), JSON.stringify({ code, stderr }));
  });
  project.provide('referenceOut', out);
  return () => {
    tornDown = true;
    child.kill('SIGKILL');
    rmSync(out, { recursive: true, force: true });
  };
}
