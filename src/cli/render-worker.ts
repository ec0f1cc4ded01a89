/**
 * Worker-thread entry of the render pool: takes one prepared document and the formats;
 * returns the rendered document (bytes per format) and its stage times. Each worker loads
 * the renderers and fonts once and keeps them for every document it is given.
 */
import { renderDocument, type OutputFormat, type PreparedDocument } from '../pipeline.js';

export interface RenderTask {
  doc: PreparedDocument;
  formats: OutputFormat[];
}

export default async function renderTask(task: RenderTask): ReturnType<typeof renderDocument> {
  return renderDocument(task.doc, task.formats);
}
