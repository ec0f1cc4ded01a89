/**
 * Where documents are rendered: in this thread (--jobs 1: no worker start-up cost) or in a
 * pool of worker threads (piscina), one document per task, so the documents of one unit
 * and of many units spread over the cores. Takes the job count; returns render/close.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { renderDocument, type OutputFormat, type PreparedDocument } from '../pipeline.js';
import type { RenderTask } from './render-worker.js';

export interface Renderer {
  render(doc: PreparedDocument, formats: OutputFormat[]): ReturnType<typeof renderDocument>;
  close(): Promise<void>;
}

export function createRenderer(jobs: number): Renderer {
  if (jobs <= 1) return { render: renderDocument, close: async () => {} };
  // Note: run from source (tsx) this module is .ts, and the worker needs tsx registered
  // inside it (render-worker-source.mjs); compiled (dist/) the worker is plain .js.
  const workerFile = import.meta.url.endsWith('.ts') ? './render-worker-source.mjs' : './render-worker.js';
  const pool = new Piscina<RenderTask, Awaited<ReturnType<typeof renderDocument>>>({
    filename: fileURLToPath(new URL(workerFile, import.meta.url)),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
  });
  return {
    render: (doc, formats) => pool.run({ doc, formats }),
    close: () => pool.destroy(),
  };
}
