/**
 * Runs the generator in a child process exactly as `npm run generate` does
 * (`node --no-concurrent-recompilation bin/generate.mjs`, which runs the compiled dist/ in
 * that same process; test/support/global-setup.ts makes dist/ fresh first). Returns its
 * exit code and output; `startCli` starts it in its own process group, so a test can kill
 * the generator itself (and only it) and check that its process is gone.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = ['--no-concurrent-recompilation', 'bin/generate.mjs'];

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
}

export function runCli(args: string[], options: CliOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [...ENTRY, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface StartedCli {
  child: ChildProcess;
  pid: number;
  /** Resolves with the exit code (null when killed) once the process has ended. */
  exited: Promise<number | null>;
  output(): { stdout: string; stderr: string };
}

export function startCli(args: string[], options: CliOptions = {}): StartedCli {
  // Note: detached makes the child the leader of a new process group, so killing the
  // group (-pid) reaches the generator and anything it started, and nothing else.
  const child = spawn(process.execPath, [...ENTRY, ...args], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  // Note: listen at once; an 'exit' that has already passed would never be heard.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  if (child.pid === undefined) throw new Error('the generator did not start');
  return { child, pid: child.pid, exited, output: () => ({ stdout, stderr }) };
}

export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** SIGKILLs the run's whole process group and waits until its process is gone. */
export async function killRun(run: StartedCli): Promise<void> {
  process.kill(-run.pid, 'SIGKILL');
  await run.exited;
  for (let i = 0; i < 100 && processExists(run.pid); i++) await sleep(10);
  if (processExists(run.pid)) throw new Error(`process ${run.pid} is still there after SIGKILL`);
}

/** Waits for `path` to appear (a pause point reached), failing if the run ends first. */
export async function waitForFile(path: string, run: StartedCli, timeoutMs = 120_000): Promise<void> {
  let ended = false;
  void run.exited.then(() => (ended = true));
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (ended) throw new Error(`the run ended before ${path} appeared:\n${run.output().stderr}\n${run.output().stdout}`);
    if (Date.now() > deadline) throw new Error(`${path} did not appear within ${timeoutMs} ms`);
    await sleep(20);
  }
}
