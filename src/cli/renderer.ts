/**
 * Where documents are rendered: in this thread (--jobs 1: no worker start-up cost) or in a
 * pool of worker threads (piscina), one document per task, so the documents of one unit
 * and of many units spread over the cores. Takes the job count, the formats the run makes
 * (the warm-up renders those) and the fonts; returns render/close.
 * The pool starts warming up (renderers, fonts, a small sample document) as soon as it is made,
 * while the main thread reads and prepares the first unit.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { renderDocument, type OutputFormat, type PreparedDocument } from '../render/render-document.js';
import { defaultFontConfig, useSharedFontBytes, type FontConfig } from '../fonts/font-files.js';
import type { RenderTask } from './render-worker.js';
import { msg } from '../text/msg.js';

type Rendered = Awaited<ReturnType<typeof renderDocument>>;

export interface Renderer {
  render(doc: PreparedDocument, formats: OutputFormat[]): Promise<Rendered>;
  close(): Promise<void>;
}

/**
 * The font files, read once into memory every worker can see without a copy.
 * Note: each file is read straight into its SharedArrayBuffer; reading it into a Buffer
 * first and copying held every font twice (70 MB more) until the Buffer was collected.
 */
function sharedFontBytes(fonts: Partial<FontConfig>): Record<string, SharedArrayBuffer> {
  const shared: Record<string, SharedArrayBuffer> = {};
  for (const path of new Set(Object.values({ ...defaultFontConfig(), ...fonts }))) {
    const fd = openSync(path, 'r');
    try {
      const buffer = new SharedArrayBuffer(fstatSync(fd).size);
      const bytes = new Uint8Array(buffer);
      for (let at = 0; at < bytes.length;) {
        const read = readSync(fd, bytes, at, bytes.length - at, at);
        if (read === 0) throw new Error(msg`字体文件读取不完整：${path}`);
        at += read;
      }
      shared[path] = buffer;
    } finally {
      closeSync(fd);
    }
  }
  return shared;
}

export function createRenderer(jobs: number, formats: readonly OutputFormat[], fonts: Partial<FontConfig> = {}): Renderer {
  if (jobs <= 1) return { render: (doc, formats) => renderDocument(doc, formats, fonts), close: async () => {} };
  // Note: run from source (tsx) this module is .ts, and the worker needs tsx registered
  // inside it (render-worker-source.mjs); compiled (dist/) the worker is plain .js.
  const workerFile = import.meta.url.endsWith('.ts') ? './render-worker-source.mjs' : './render-worker.js';
  const fontBytes = sharedFontBytes(fonts);
  // The main thread checks glyph coverage with the same bytes.
  useSharedFontBytes(fontBytes);
  const pool = new Piscina<RenderTask, Rendered | null>({
    filename: fileURLToPath(new URL(workerFile, import.meta.url)),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    workerData: { fontBytes },
    // Note: a render makes many short-lived objects while its document tree lives on; with
    // V8's default young generation a worker spent about a sixth of its time in scavenges.
    // 96 MB (32 MB semi-spaces) halves their number: a 24-unit batch on 2 cores went from
    // 14.9 s to 14.1 s (median of 3) for about 40 MB more at the peak; 144 MB gained nothing more.
    resourceLimits: { maxYoungGenerationSizeMb: 96 },
  });
  // One warm-up per worker; a failure here shows again, with its message, on the first real task.
  const warmUps = Array.from({ length: jobs }, () => pool.run({ warmUp: true, formats: [...formats], fonts }).catch(() => null));
  return {
    render: async (doc, formats) => {
      const rendered = await pool.run({ doc, formats, fonts });
      if (!rendered) throw new Error(msg`渲染线程没有返回结果`);
      return rendered;
    },
    close: async () => {
      await Promise.all(warmUps);
      await pool.destroy();
    },
  };
}
