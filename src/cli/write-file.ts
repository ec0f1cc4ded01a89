/**
 * Writes one output file of `npm run workbook` or `npm run import` whole or not at all: to a
 * temporary name in the same folder, flushed, then renamed. Refuses to replace an existing
 * file unless asked (a filled-in workbook overwritten by a blank one is a day's work lost).
 * Takes the path, the bytes and whether to replace; returns nothing or throws in Chinese.
 */
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { msg } from '../text/msg.js';

export class ExistsError extends Error {}

export async function writeFileWhole(path: string, bytes: Uint8Array, replace: boolean): Promise<void> {
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists && !replace) throw new ExistsError(msg`${path} 已存在；如确要覆盖，请加 --force`);
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
