/**
 * The reference unit (data/2023/遂宁市安居区司法局.json) generated once per test run by
 * the real CLI (global-setup.ts). Takes nothing; `referenceOutput()` waits until that run
 * has ended and returns its output folder and unit folder, or throws with its errors;
 * `referenceDocuments()` reads the documents back through the manifest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { Manifest } from '../../src/cli/write-outputs.js';
import type { RenderedDocument } from '../../src/render/render-document.js';

import { REFERENCE_STATUS, REFERENCE_UNIT } from './reference-paths.js';

export { REFERENCE_DATA, REFERENCE_UNIT } from './reference-paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    referenceOut: string;
  }
}

export async function referenceOutput(timeoutMs = 240_000): Promise<{ out: string; unitDir: string }> {
  const out = inject('referenceOut');
  const status = join(out, REFERENCE_STATUS);
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(status)) {
    if (Date.now() > deadline) throw new Error(`the reference unit was not generated within ${timeoutMs} ms`);
    await sleep(50);
  }
  const { code, stderr } = JSON.parse(readFileSync(status, 'utf8')) as { code: number | null; stderr: string };
  if (code !== 0) throw new Error(`generating the reference unit failed (exit ${code}):\n${stderr}`);
  return { out, unitDir: join(out, '2023', REFERENCE_UNIT) };
}

export async function referenceDocuments(): Promise<RenderedDocument[]> {
  const { unitDir } = await referenceOutput();
  const manifest = JSON.parse(readFileSync(join(unitDir, 'manifest.json'), 'utf8')) as Manifest;
  return manifest.documents.map((doc) => ({
    kind: doc.kind,
    ...(doc.project ? { project: doc.project } : {}),
    title: doc.title,
    files: doc.files.map((f) => ({ format: f.format, fileName: f.path, bytes: new Uint8Array(readFileSync(join(unitDir, f.path))) })),
  }));
}
