/**
 * Opens the output folder of a run before anything is rendered: resolves --out once
 * (the path every later write is checked against), makes it if missing, refuses a path
 * that is a file, takes the run lock, proves the folder writable with a small probe file
 * (a read-only or full disk is reported here, not after minutes of rendering), and puts
 * right what a killed run left. Takes --out and a function to print with; returns the
 * resolved root and `close` (releases the lock), or throws an OutputError.
 */
import { mkdir, realpath, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describeWriteError, OutputError } from './output-errors.js';
import { lockOutputFolder } from './output-lock.js';
import { writeNewFile } from './no-follow.js';
import { pausePoint } from './test-pause.js';
import { PROBE_PREFIX, recoverInterruptedRuns } from './write-outputs.js';
import { msg } from '../text/msg.js';

export interface OutputFolder {
  /** The real path of --out; every unit folder is checked to lie below it. */
  root: string;
  close(): Promise<void>;
}

/** Enough to catch a full disk before rendering; a unit's files are about 2 MB. */
const PROBE_BYTES = 64 * 1024;

async function resolveRoot(out: string): Promise<string> {
  const path = resolve(out);
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw describeWriteError(err, path);
  });
  if (info && !info.isDirectory()) {
    throw new OutputError(msg`--out 指定的 ${path} 是一个文件，不是文件夹；请用 --out 指定一个文件夹（不存在时会自动创建）`, true);
  }
  if (!info) await makeFolders(path);
  return realpath(path);
}

/**
 * Makes `path` and its missing parents one by one. Note: `mkdir(…, { recursive: true })`
 * reported ENOENT, not EROFS, for a folder on a read-only file system; one level at a time
 * each mkdir reports its own error.
 */
async function makeFolders(path: string): Promise<void> {
  const parent = dirname(path);
  if (
    parent !== path &&
    !(await stat(parent).then(
      () => true,
      () => false,
    ))
  )
    await makeFolders(parent);
  await mkdir(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw describeWriteError(err, path);
  });
}

async function probeWritable(root: string): Promise<void> {
  const probe = join(root, `${PROBE_PREFIX}${process.pid}`);
  try {
    await writeNewFile(probe, new Uint8Array(PROBE_BYTES));
  } finally {
    await rm(probe, { force: true });
  }
}

export async function openOutputFolder(out: string, say: (line: string) => void): Promise<OutputFolder> {
  const root = await resolveRoot(out);
  const release = await lockOutputFolder(root, say);
  try {
    await probeWritable(root);
    const { restored, removed } = await recoverInterruptedRuns(root).catch((err: unknown) => {
      throw describeWriteError(err, root);
    });
    for (const path of restored) say(msg`已恢复上次中断时移开的旧文件：${path}`);
    if (removed.length > 0) say(msg`已清理上次中断的运行留下的 ${removed.length} 个临时文件夹`);
    await pausePoint('locked');
  } catch (err) {
    await release();
    throw err;
  }
  return { root, close: release };
}
