/**
 * Worker-thread entry of the render pool: takes one prepared document and the formats, or
 * a warm-up request; returns the rendered document (bytes per format) and its stage times.
 * Each worker loads the renderers once and uses the font bytes the main thread shared
 * (workerData.fontBytes), so the pool holds one copy of the fonts.
 */
import { workerData } from 'node:worker_threads';
import { renderDocument, warmUpRenderers, type OutputFormat, type PreparedDocument } from '../render/render-document.js';
import { useSharedFontBytes, type FontConfig } from '../fonts/font-files.js';

export type RenderTask =
  | { warmUp: true; formats: OutputFormat[]; fonts: Partial<FontConfig> }
  | { warmUp?: false; doc: PreparedDocument; formats: OutputFormat[]; fonts: Partial<FontConfig> };

const shared = (workerData as { fontBytes?: Record<string, SharedArrayBuffer> } | undefined)?.fontBytes;
if (shared) useSharedFontBytes(shared);

export default async function renderTask(task: RenderTask): Promise<Awaited<ReturnType<typeof renderDocument>> | null> {
  if (task.warmUp) {
    await warmUpRenderers(task.formats, task.fonts);
    return null;
  }
  return renderDocument(task.doc, task.formats, task.fonts);
}
