/**
 * Finds the data files of a run: a single file; or, in a data folder, every
 * <year>/<unit>.json (or .xlsx/.xls fill-in workbook) and every such file directly in it (a flat folder: each file's own
 * `year` then decides its output folder). Other folders (the catalog) are skipped.
 * Takes the --data path; returns the sorted files, each with the year of the folder it
 * sits in, and the entries refused with a reason. Sharding splits the sorted list by
 * position (i-th of every n), so shards are disjoint, cover everything, and do not depend
 * on the machine that computes them.
 *
 * Symlinks are followed when they lead to a file (or, for a year folder, a folder) inside
 * the data folder, and refused with a message otherwise; none is skipped without a word.
 */
import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative } from 'node:path';
import type { Finding } from '../schema/format-issues.js';
import { isDataFileName } from '../load/data-file-name.js';
import { UsageError } from './command.js';
import { msg } from '../text/msg.js';

export interface DataFile {
  path: string;
  /** The year of the folder the file sits in (data/2023/x.json → 2023), if it sits in one. */
  folderYear: number | undefined;
}

export interface RefusedEntry {
  file: string;
  errors: Finding[];
}

export interface Discovered {
  files: DataFile[];
  refused: RefusedEntry[];
}

const YEAR = /^\d{4}$/;

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** What a symlink leads to, if inside `root` and of the wanted kind; else the reason to refuse it. */
async function followLink(
  root: string,
  link: string,
  want: 'file' | 'folder',
): Promise<{ ok: true; info: Stats } | { ok: false; reason: string }> {
  const target = await realpath(link).catch(() => undefined);
  if (target === undefined) return { ok: false, reason: msg`${link} 是符号链接，但它指向的位置不存在，未读取；请修正或删除该链接` };
  if (!within(root, target)) {
    return {
      ok: false,
      reason: msg`${link} 是指向数据目录之外（${target}）的符号链接，为安全起见未读取；请把文件复制到数据目录中，或让链接指向数据目录之内`,
    };
  }
  const info = await stat(target);
  if (want === 'file' ? !info.isFile() : !info.isDirectory()) {
    return { ok: false, reason: msg`${link} 是符号链接，指向的 ${target} 不是${want === 'file' ? '文件' : '文件夹'}，未读取` };
  }
  return { ok: true, info };
}

export function yearOfFolder(folder: string): number | undefined {
  const name = basename(folder);
  return YEAR.test(name) ? Number(name) : undefined;
}

async function scanFolder(
  root: string,
  folder: string,
  folderYear: number | undefined,
  found: Discovered,
  descend: boolean,
): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    const isData = isDataFileName(entry.name);
    const isYear = descend && YEAR.test(entry.name);
    if (!isData && !isYear) continue;
    let info: Stats | Dirent = entry;
    if (entry.isSymbolicLink()) {
      const followed = await followLink(root, path, isYear ? 'folder' : 'file');
      if (!followed.ok) {
        found.refused.push({ file: path, errors: [{ path: '$', message: followed.reason }] });
        continue;
      }
      info = followed.info;
    }
    if (isYear && info.isDirectory()) await scanFolder(root, path, Number(entry.name), found, false);
    else if (isData && info.isFile()) found.files.push({ path, folderYear });
  }
}

export async function discoverDataFiles(dataPath: string): Promise<Discovered> {
  const info = await lstat(dataPath).catch(() => undefined);
  if (!info) throw new UsageError(msg`数据路径不存在：${dataPath}`);
  const found: Discovered = { files: [], refused: [] };
  const target = info.isSymbolicLink() ? await stat(dataPath).catch(() => undefined) : info;
  if (!target) throw new UsageError(msg`数据路径 ${dataPath} 是符号链接，但它指向的位置不存在`);
  if (target.isFile()) {
    found.files.push({ path: dataPath, folderYear: yearOfFolder(join(dataPath, '..')) });
    return found;
  }
  const root = await realpath(dataPath);
  // A year folder given itself (--data data/2023) holds that year's files.
  const ownYear = yearOfFolder(root);
  await scanFolder(root, dataPath, ownYear, found, ownYear === undefined);
  // Note: a code-point sort, not localeCompare, so every machine orders (and shards) alike.
  const byCodePoint = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  found.files.sort((a, b) => byCodePoint(a.path, b.path));
  found.refused.sort((a, b) => byCodePoint(a.file, b.file));
  return found;
}

export function selectShard<T>(items: readonly T[], shard: { index: number; count: number } | undefined): T[] {
  if (!shard) return [...items];
  return items.filter((_, i) => i % shard.count === shard.index - 1);
}
