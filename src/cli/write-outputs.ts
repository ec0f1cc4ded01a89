/**
 * Writes one unit's documents and its manifest.json (DESIGN §6). Takes the output root
 * and the rendered unit; returns the manifest. Each file is written to a temporary name
 * in its folder, flushed and renamed, and the manifest is written last, so a run killed
 * at any point leaves only complete files; leftover temporary files are removed by the
 * next run. Every path is checked to stay inside the output root.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { OutputFormat, RenderedDocument } from '../render/render-document.js';
import { safeSegment } from './safe-name.js';

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

const TEMP_MARK = '.partial-';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

async function writeAtomic(dir: string, name: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dir, `${TEMP_MARK}${process.pid}-${name}`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, join(dir, name));
}

/** Removes temporary files a killed run left behind in this unit's folder. */
async function removeLeftovers(dir: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    if (entry.startsWith(TEMP_MARK)) await rm(join(dir, entry), { force: true });
  }
}

/** The manifest's source path: relative to the working directory, with forward slashes. */
export function sourcePathForManifest(file: string): string {
  return relative(process.cwd(), resolve(file)).split(sep).join('/');
}

export function unitFolder(outRoot: string, year: number, unit: string): string {
  const root = resolve(outRoot);
  const dir = resolve(root, String(year), safeSegment(unit));
  if (!inside(root, dir)) throw new Error(`输出目录“${dir}”不在 --out 目录之内，已拒绝写入`);
  return dir;
}

export async function writeUnitOutputs(
  outRoot: string,
  unit: { name: string; year: number; sourceFile: string; sourceBytes: Uint8Array },
  documents: RenderedDocument[],
): Promise<{ dir: string; manifest: Manifest }> {
  const dir = unitFolder(outRoot, unit.year, unit.name);
  await mkdir(dir, { recursive: true });
  await removeLeftovers(dir);
  const manifest: Manifest = {
    unit: unit.name,
    year: unit.year,
    source: { path: sourcePathForManifest(unit.sourceFile), sha256: sha256(unit.sourceBytes) },
    documents: [],
  };
  for (const doc of documents) {
    const files: ManifestFile[] = [];
    for (const file of doc.files) {
      const name = safeSegment(file.fileName);
      if (!inside(dir, resolve(dir, name))) throw new Error(`文件名“${file.fileName}”不安全，已拒绝写入`);
      await writeAtomic(dir, name, file.bytes);
      files.push({ format: file.format, path: name, sha256: sha256(file.bytes), bytes: file.bytes.byteLength });
    }
    manifest.documents.push({ kind: doc.kind, ...(doc.project ? { project: doc.project } : {}), title: doc.title, files });
  }
  await writeAtomic(dir, 'manifest.json', new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
  return { dir, manifest };
}
