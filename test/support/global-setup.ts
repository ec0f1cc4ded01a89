/**
 * Once per `vitest run`, before the test files: compiles src/ to dist/ when dist/ is older
 * than any source file (the CLI tests run the compiled generator, as users do), and makes
 * the empty folder where the reference unit is generated for the tests that read it
 * (reference-output.ts): the first of them to ask starts the generation, once for the whole
 * run, and a run that does not ask never generates it. Provides that folder as
 * `referenceOut`; at the end stops a generation still running and removes the folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../cli/run-cli.js';
import { REFERENCE_PID, REFERENCE_STATUS } from './reference-paths.js';

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
  project.provide('referenceOut', out);
  return () => {
    const pid = join(out, REFERENCE_PID);
    if (existsSync(pid) && !existsSync(join(out, REFERENCE_STATUS))) {
      try {
        process.kill(Number(readFileSync(pid, 'utf8')), 'SIGKILL');
      } catch {
        // it ended meanwhile
      }
    }
    rmSync(out, { recursive: true, force: true });
  };
}
