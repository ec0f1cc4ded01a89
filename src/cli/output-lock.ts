/**
 * One run at a time per output folder. Takes the resolved --out folder and a function to
 * print with; waits until no other run holds the folder, then returns the release
 * function. The lock is proper-lockfile's (a `.fa-lock` folder whose time stamp the holder
 * refreshes); beside it `.fa-lock-owner.json` says which process holds it, so a waiting
 * run can name it.
 *
 * A lock left by a killed run is taken over: at once when its owner file shows a process
 * of this machine that no longer exists, otherwise when its time stamp is older than
 * STALE_MS (proper-lockfile's own rule, which also covers other machines on a shared disk).
 */
import { hostname } from 'node:os';
import { readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import { describeWriteError } from './output-errors.js';
import { writeNewFile } from './no-follow.js';
import { msg } from '../text/msg.js';

export const LOCK_NAME = '.fa-lock';
export const OWNER_NAME = '.fa-lock-owner.json';

/**
 * Note: the holder refreshes the time stamp every STALE_MS / 2 from a timer; with --jobs 1
 * the main thread renders, and a 71-page document on a busy 2-core machine has blocked it
 * for several seconds, so the threshold is generous. A killed holder is detected by its
 * process id long before this.
 */
const STALE_MS = 30_000;
const RETRY_MS = 250;

interface Owner {
  pid: number;
  host: string;
  started: string;
}

async function readOwner(root: string): Promise<{ owner: Owner; writtenMs: number } | undefined> {
  const path = join(root, OWNER_NAME);
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    const owner = JSON.parse(text) as Owner;
    return typeof owner.pid === 'number' ? { owner, writtenMs: info.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes the lock of a killed process of this machine; true when it did.
 * Note: the owner file must be younger than the lock folder, or it belongs to an earlier
 * holder (the current one may not have written its own yet); and the folder must still be
 * the one examined (same birth time) just before it is removed, so two waiting runs cannot
 * both take over, one removing the other's fresh lock.
 */
async function takeOverFromKilledRun(root: string): Promise<boolean> {
  const lockPath = join(root, LOCK_NAME);
  const found = await readOwner(root);
  const before = await stat(lockPath).catch(() => undefined);
  if (!found || !before || before.birthtimeMs === 0) return false;
  if (found.owner.host !== hostname() || found.owner.pid === process.pid || !processGone(found.owner.pid)) return false;
  if (found.writtenMs < before.birthtimeMs) return false;
  const now = await stat(lockPath).catch(() => undefined);
  if (!now || now.birthtimeMs !== before.birthtimeMs || now.ino !== before.ino) return false;
  await rmdir(lockPath).catch(() => undefined);
  return true;
}

function describeOwner(found: { owner: Owner } | undefined): string {
  if (!found) return msg`另一次运行`;
  const { pid, host, started } = found.owner;
  return msg`另一次运行（进程 ${pid}${host === hostname() ? '' : `，主机 ${host}`}，开始于 ${started}）`;
}

async function tryLock(root: string): Promise<(() => Promise<void>) | undefined> {
  try {
    return await lockfile.lock(root, {
      lockfilePath: join(root, LOCK_NAME),
      realpath: false,
      stale: STALE_MS,
      onCompromised: (err) => {
        console.error(
          msg`输出文件夹 ${root} 的锁被移除或被另一次运行接管（${err.message}）；为免两次运行同时写入，本次运行中止。请确认没有其他运行后重新运行`,
        );
        process.exit(2);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') return undefined;
    throw describeWriteError(err, join(root, LOCK_NAME));
  }
}

export async function lockOutputFolder(root: string, say: (line: string) => void): Promise<() => Promise<void>> {
  let release = await tryLock(root);
  let told = false;
  while (!release) {
    if (await takeOverFromKilledRun(root)) {
      say(msg`输出文件夹 ${root} 的锁属于一个已终止的运行，已接管`);
    } else {
      if (!told) say(msg`输出文件夹 ${root} 正由${describeOwner(await readOwner(root))}写入，等待它结束……`);
      told = true;
      await sleep(RETRY_MS);
    }
    release = await tryLock(root);
  }
  const owner: Owner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const temp = join(root, `${OWNER_NAME}.${process.pid}`);
  await rm(temp, { force: true });
  try {
    await writeNewFile(temp, new TextEncoder().encode(`${JSON.stringify(owner)}\n`));
    await rename(temp, join(root, OWNER_NAME));
  } catch (err) {
    await rm(temp, { force: true });
    await release();
    throw describeWriteError(err, join(root, OWNER_NAME));
  }
  return async () => {
    const found = await readOwner(root);
    if (found?.owner.pid === process.pid && found.owner.host === owner.host) await rm(join(root, OWNER_NAME), { force: true });
    await release();
  };
}
