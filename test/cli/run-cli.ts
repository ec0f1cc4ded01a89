/** Runs `src/cli.ts` in a child process, as a user would; returns its exit code and output. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): CliRun {
  const result = spawnSync(process.execPath, [TSX, 'src/cli.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 300_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function startCli(args: string[]): ChildProcess {
  return spawn(process.execPath, [TSX, 'src/cli.ts', ...args], { cwd: PROJECT_ROOT, stdio: 'ignore' });
}
