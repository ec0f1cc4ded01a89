/**
 * Finds the data files of a run: a single file, or every <year>/<unit>.json under a data
 * folder (the catalog and other folders are skipped). Takes the --data path and the
 * shard; returns the sorted file list. Sharding splits the sorted list by position
 * (i-th of every n), so shards are disjoint, cover everything, and do not depend on the
 * machine that computes them.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isDataFileName } from '../load/data-file-name.js';

export async function discoverDataFiles(dataPath: string): Promise<string[]> {
  const info = await stat(dataPath).catch(() => undefined);
  if (!info) throw new Error(`数据路径不存在：${dataPath}`);
  if (info.isFile()) return [dataPath];
  const files: string[] = [];
  const entries = await readdir(dataPath, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.isDirectory() && /^\d{4}$/.test(entry.name)) {
      const yearDir = join(dataPath, entry.name);
      for (const file of await readdir(yearDir, { withFileTypes: true })) {
        if (file.isFile() && isDataFileName(file.name)) files.push(join(yearDir, file.name));
      }
    } else if (entry.isFile() && isDataFileName(entry.name) && /^\d{4}$/.test(dataPath.split(/[\\/]/).filter(Boolean).pop() ?? '')) {
      files.push(join(dataPath, entry.name));
    }
  }
  // Note: a code-point sort, not localeCompare, so every machine orders (and shards) alike.
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function selectShard<T>(items: readonly T[], shard: { index: number; count: number } | undefined): T[] {
  if (!shard) return [...items];
  return items.filter((_, i) => i % shard.count === shard.index - 1);
}

/** The year folder a file sits in (data/2023/x.json → 2023), for --year filtering. */
export function yearOfPath(file: string): number | undefined {
  const parts = file.split(/[\\/]/);
  const folder = parts[parts.length - 2];
  return folder && /^\d{4}$/.test(folder) ? Number(folder) : undefined;
}
