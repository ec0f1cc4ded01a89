/**
 * Reading an output folder in the tests: every file under it, and whether each
 * manifest.json describes exactly the files beside it (same names, same bytes, same
 * SHA-256, no file more or less). Takes a folder; returns lists of paths or problems.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

interface ManifestShape {
  documents: { files: { path: string; sha256: string; bytes: number }[] }[];
}

/** Every way in which a manifest under `root` differs from the files beside it; [] when none. */
export function manifestMismatches(root: string): string[] {
  const problems: string[] = [];
  for (const manifestPath of listFiles(root).filter((f) => f.endsWith('manifest.json'))) {
    const dir = join(root, dirname(manifestPath));
    const manifest = JSON.parse(readFileSync(join(root, manifestPath), 'utf8')) as ManifestShape;
    const listed = manifest.documents.flatMap((d) => d.files);
    const present = readdirSync(dir)
      .filter((name) => name !== 'manifest.json')
      .sort();
    const names = listed.map((f) => f.path).sort();
    if (JSON.stringify(present) !== JSON.stringify(names))
      problems.push(`${manifestPath}: lists ${JSON.stringify(names)} but the folder holds ${JSON.stringify(present)}`);
    for (const file of listed) {
      const path = join(dir, file.path);
      if (!existsSync(path)) continue;
      const bytes = readFileSync(path);
      if (bytes.byteLength !== file.bytes)
        problems.push(`${manifestPath}: ${file.path} has ${bytes.byteLength} bytes, manifest says ${file.bytes}`);
      if (createHash('sha256').update(bytes).digest('hex') !== file.sha256)
        problems.push(`${manifestPath}: ${file.path} does not match its SHA-256`);
    }
  }
  return problems;
}
