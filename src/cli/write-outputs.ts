/**
 * Writes one unit's documents and its manifest.json (ARCHITECTURE.md §1) as one transaction. Takes
 * the resolved output root and the rendered unit; returns the folder and the manifest.
 *
 * Every file goes into a fresh staging folder beside the unit's folder
 * (`<year>/.fa-new.<unit>`), the manifest last; then the old folder is renamed aside
 * (`.fa-old.<unit>`), the staging folder renamed in, and the old one deleted. A reader, or
 * a run killed at any point, finds the complete old set or the complete new set, never a
 * mix, and `manifest.json` describes exactly the files beside it. What a killed run left
 * is put right by the next run (recoverInterruptedRuns). Nothing is written through a
 * symlink (no-follow.ts) or outside the root.
 */
import { createHash } from 'node:crypto';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { OutputFormat, RenderedDocument } from '../render/render-document.js';
import { describeWriteError } from './output-errors.js';
import { assertFolderOrAbsent, assertNoLinkBetween, ensureFolder, entryAt, syncFolder, writeNewFile } from './no-follow.js';
import { OWNER_NAME } from './output-lock.js';
import { MAX_NAME_BYTES, safeSegment } from './safe-name.js';
import { pauseAfterFile, pausePoint } from './test-pause.js';
import { msg } from '../text/msg.js';

export interface ManifestFile {
  format: OutputFormat;
  path: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  unit: string;
  year: number;
  source: { path: string; sha256: string };
  documents: { kind: RenderedDocument['kind']; project?: string; title: string; files: ManifestFile[] }[];
}

/** The probe file a run writes into --out before rendering (output-folder.ts). */
export const PROBE_PREFIX = '.fa-probe-';
/** Prefixes of the work folders beside the unit folders; a unit folder never starts with a dot (safeSegment). */
export const STAGING_PREFIX = '.fa-new.';
export const ASIDE_PREFIX = '.fa-old.';
/** A unit folder's name leaves room for the work-folder prefix within the file-system limit. */
export const MAX_UNIT_FOLDER_BYTES = MAX_NAME_BYTES - Buffer.byteLength(ASIDE_PREFIX);

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The manifest's source path: relative to the working directory, with forward slashes. */
export function sourcePathForManifest(file: string): string {
  return relative(process.cwd(), resolve(file)).split(sep).join('/');
}

export function unitFolder(outRoot: string, year: number, unit: string): string {
  const root = resolve(outRoot);
  const dir = resolve(root, String(year), safeSegment(unit, MAX_UNIT_FOLDER_BYTES));
  if (!inside(root, dir)) throw new Error(msg`输出目录“${dir}”不在 --out 目录之内，已拒绝写入`);
  return dir;
}

/** Removes a work folder; it holds only files this tool wrote (rm never follows links inside). */
const removeFolder = (path: string): Promise<void> => rm(path, { recursive: true, force: true });

async function writeStaging(staging: string, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  for (const file of files) {
    const path = join(staging, file.name);
    if (!inside(staging, path)) throw new Error(msg`文件名“${file.name}”不安全，已拒绝写入`);
    await writeNewFile(path, file.bytes);
    await pauseAfterFile();
  }
  await syncFolder(staging);
}

/** Puts the complete staging folder in place of `target`: old aside, new in, old deleted. */
async function swapIn(yearDir: string, staging: string, target: string, aside: string): Promise<void> {
  const hadOld = await assertFolderOrAbsent(target);
  if (hadOld) {
    await removeFolder(aside);
    await rename(target, aside).catch((err: unknown) => {
      throw describeWriteError(err, target);
    });
    await pausePoint('aside');
  }
  try {
    await rename(staging, target);
  } catch (err) {
    if (hadOld) await rename(aside, target).catch(() => undefined);
    throw describeWriteError(err, target);
  }
  await syncFolder(yearDir);
  await pausePoint('swapped');
  if (hadOld) await removeFolder(aside);
}

/** Refuses, before anything is rendered, a unit whose year or unit folder is a symlink or a file. */
export async function checkUnitTarget(outRoot: string, year: number, unit: string): Promise<void> {
  const root = resolve(outRoot);
  if (await assertFolderOrAbsent(join(root, String(year)))) await assertFolderOrAbsent(unitFolder(root, year, unit));
}

export async function writeUnitOutputs(
  outRoot: string,
  unit: { name: string; year: number; sourceFile: string; sourceBytes: Uint8Array },
  documents: RenderedDocument[],
): Promise<{ dir: string; manifest: Manifest }> {
  const root = resolve(outRoot);
  const dir = unitFolder(root, unit.year, unit.name);
  const folderName = basename(dir);
  const manifest: Manifest = {
    unit: unit.name,
    year: unit.year,
    source: { path: sourcePathForManifest(unit.sourceFile), sha256: sha256(unit.sourceBytes) },
    documents: [],
  };
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const doc of documents) {
    const entries: ManifestFile[] = [];
    for (const file of doc.files) {
      const name = safeSegment(file.fileName);
      if (files.some((f) => f.name === name)) throw new Error(msg`两份文档的文件名相同（${name}），已拒绝写入`);
      files.push({ name, bytes: file.bytes });
      entries.push({ format: file.format, path: name, sha256: sha256(file.bytes), bytes: file.bytes.byteLength });
    }
    manifest.documents.push({ kind: doc.kind, ...(doc.project ? { project: doc.project } : {}), title: doc.title, files: entries });
  }
  files.push({ name: 'manifest.json', bytes: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) });

  const yearDir = await ensureFolder(root, [String(unit.year)]);
  const staging = join(yearDir, `${STAGING_PREFIX}${folderName}`);
  const aside = join(yearDir, `${ASIDE_PREFIX}${folderName}`);
  // A staging folder left here was left by a killed run (the lock keeps out live ones).
  if ((await entryAt(staging)) !== undefined) await removeFolder(staging);
  try {
    await ensureFolder(yearDir, [`${STAGING_PREFIX}${folderName}`]);
    await assertNoLinkBetween(root, staging);
    await writeStaging(staging, files);
    await assertNoLinkBetween(root, staging);
    await swapIn(yearDir, staging, dir, aside);
  } catch (err) {
    await removeFolder(staging).catch(() => undefined);
    throw describeWriteError(err, staging);
  }
  return { dir, manifest };
}

/**
 * Puts right what killed runs left under the root (call with the lock held): a staging
 * folder is deleted (its run never swapped it in); an old folder set aside is moved back
 * when its unit has no folder (the run died between the two renames), else deleted; a
 * probe file or an unfinished owner file of another run is deleted.
 * Takes the resolved root; returns the paths it restored and removed.
 */
export async function recoverInterruptedRuns(root: string): Promise<{ restored: string[]; removed: string[] }> {
  const restored: string[] = [];
  const removed: string[] = [];
  const yearDirs: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.isDirectory() && /^\d{4}$/.test(entry.name)) yearDirs.push(join(root, entry.name));
    // The probe and the owner file's temporary copy of a run killed while it opened the folder.
    const leftover = entry.name.startsWith(PROBE_PREFIX) || entry.name.startsWith(`${OWNER_NAME}.`);
    if (leftover && entry.isFile() && !entry.name.endsWith(`-${process.pid}`) && !entry.name.endsWith(`.${process.pid}`)) {
      await rm(join(root, entry.name), { force: true });
    }
  }
  for (const yearDir of yearDirs) {
    for (const entry of await readdir(yearDir, { withFileTypes: true })) {
      const path = join(yearDir, entry.name);
      if (entry.name.startsWith(STAGING_PREFIX)) {
        await removeFolder(path);
        removed.push(path);
      } else if (entry.name.startsWith(ASIDE_PREFIX) && entry.isDirectory()) {
        const target = join(yearDir, entry.name.slice(ASIDE_PREFIX.length));
        if ((await entryAt(target)) === undefined) {
          await rename(path, target);
          restored.push(target);
        } else {
          await removeFolder(path);
          removed.push(path);
        }
      }
    }
  }
  return { restored, removed };
}
