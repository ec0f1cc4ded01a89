/**
 * File-system steps that never follow a symlink, for everything written below --out.
 * Takes absolute paths (already inside the resolved output root); returns nothing, or
 * throws an OutputError naming the link. Folders are checked with lstat, component by
 * component; files are created with O_EXCL | O_NOFOLLOW, so a link (or any file) that
 * appears at a new file's name is refused instead of written through.
 *
 * Note: Node has no openat(), so a folder swapped for a symlink between the lstat and the
 * write could still redirect it; `assertNoLinkBetween` re-checks with realpath after
 * a folder is made and before it is swapped in, which leaves only that tiny window.
 */
import { constants } from 'node:fs';
import { lstat, mkdir, open, readlink, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describeWriteError, OutputError, symlinkRefused } from './output-errors.js';
import { msg } from '../text/msg.js';

const code = (err: unknown): string | undefined => (err as NodeJS.ErrnoException).code;

/** The entry at `path` without following it, or undefined when there is none. */
export async function entryAt(path: string): Promise<import('node:fs').Stats | undefined> {
  try {
    return await lstat(path);
  } catch (err) {
    if (code(err) === 'ENOENT') return undefined;
    throw describeWriteError(err, path);
  }
}

/** Refuses `path` if it is a symlink or something other than a folder; true when it exists. */
export async function assertFolderOrAbsent(path: string): Promise<boolean> {
  const info = await entryAt(path);
  if (!info) return false;
  if (info.isSymbolicLink()) throw symlinkRefused(path, await readlink(path).catch(() => '?'));
  if (!info.isDirectory()) throw new OutputError(msg`${path} 是一个文件而不是文件夹，无法在其中写入；请删除或改名该文件后重新运行`, false);
  return true;
}

/**
 * The folder `root/segments…`, made where missing, every component checked with lstat:
 * a symlink or a file on the way is refused. Takes the resolved root; returns the path.
 */
export async function ensureFolder(root: string, segments: readonly string[]): Promise<string> {
  let path = root;
  for (const segment of segments) {
    path = join(path, segment);
    if (await assertFolderOrAbsent(path)) continue;
    try {
      await mkdir(path);
    } catch (err) {
      // Made meanwhile by someone else: check what it is.
      if (code(err) !== 'EEXIST') throw describeWriteError(err, path);
      await assertFolderOrAbsent(path);
    }
  }
  return path;
}

/** Refuses when the real path of `path` is not `path` itself (a link somewhere above it). */
export async function assertNoLinkBetween(root: string, path: string): Promise<void> {
  const real = await realpath(path).catch((err: unknown) => {
    throw describeWriteError(err, path);
  });
  if (real !== path) {
    const rel = relative(root, path).split(sep);
    throw new OutputError(
      msg`${path} 的上级文件夹中有符号链接（实际位置 ${real}，在 ${rel[0] ?? '.'} 之下）；为防止写到 --out 之外，拒绝写入。请删除该链接后重新运行`,
      false,
    );
  }
}

/** Writes a new file: refuses an existing name or a link there; flushed to disk before it returns. */
export async function writeNewFile(path: string, bytes: Uint8Array): Promise<void> {
  let handle;
  try {
    handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  } catch (err) {
    if (code(err) === 'EEXIST') {
      const info = await entryAt(path);
      if (info?.isSymbolicLink()) throw symlinkRefused(path, await readlink(path).catch(() => '?'));
    }
    throw describeWriteError(err, path);
  }
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (err) {
    throw describeWriteError(err, path);
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries (new names, renames) to disk. */
export async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
