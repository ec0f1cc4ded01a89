/**
 * Deterministic stopping points for the tests that kill a run (test/cli/determinism-and-kill.test.ts,
 * test/cli/output-folder.test.ts):
 * with FA_TEST_PAUSE_AT=<point> and FA_TEST_PAUSE_FILE=<path> in the environment, the
 * writer creates <path> (holding its process id) when it reaches <point> and waits there
 * until <path> is removed. The test waits for the file, kills the run's process group (or
 * removes the file to let it go on). Without the variables, `pausePoint` does nothing.
 *
 * Points: `file:N` — the N-th file of the run has been written into a staging folder
 * (the manifest is counted as a file); `aside` — a unit's old folder has been renamed
 * aside and the new one is not yet in place; `swapped` — the new folder is in place and
 * the old one not yet deleted; `locked` — the output folder is locked, nothing written.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

let filesWritten = 0;

async function pause(point: string): Promise<void> {
  const wanted = process.env.FA_TEST_PAUSE_AT;
  const file = process.env.FA_TEST_PAUSE_FILE;
  if (!wanted || !file || wanted !== point) return;
  writeFileSync(file, String(process.pid));
  while (existsSync(file)) await sleep(20);
}

/** A file was written into a staging folder. */
export function pauseAfterFile(): Promise<void> {
  filesWritten += 1;
  return pause(`file:${filesWritten}`);
}

export function pausePoint(point: 'aside' | 'swapped' | 'locked'): Promise<void> {
  return pause(point);
}
