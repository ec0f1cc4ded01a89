/**
 * Units prepared once per test worker and shared by every test file that runs in it
 * (vitest.config.ts: isolate is off, so test files of a worker share this module). Takes a
 * data file; `preparedUnit` returns its prepared documents (load … parse, refusing the unit
 * throws with its errors), `treeWithCharts` a document's tree with its charts drawn, as the
 * render stage draws them before laying it out.
 */
import { renderCharts } from '../../src/charts/render-chart.js';
import { prepareUnit } from '../../src/pipeline.js';
import type { PreparedDocument } from '../../src/render/render-document.js';
import type { DocumentTree } from '../../src/tree/types.js';

const units = new Map<string, Promise<PreparedDocument[]>>();
const trees = new WeakMap<PreparedDocument, Promise<DocumentTree>>();

async function prepare(file: string): Promise<PreparedDocument[]> {
  const prepared = await prepareUnit(file, { formats: ['docx', 'pdf', 'xlsx'], checkOnly: false });
  if (!prepared.ok) throw new Error(`${file} was refused:\n${JSON.stringify(prepared.errors, null, 1)}`);
  return prepared.documents;
}

export function preparedUnit(file: string): Promise<PreparedDocument[]> {
  let documents = units.get(file);
  if (!documents) units.set(file, (documents = prepare(file)));
  return documents;
}

export function treeWithCharts(doc: PreparedDocument): Promise<DocumentTree> {
  let tree = trees.get(doc);
  if (!tree)
    trees.set(
      doc,
      (tree = doc.charts.length === 0 ? Promise.resolve(doc.tree) : renderCharts(doc.charts).then((images) => ({ ...doc.tree, images }))),
    );
  return tree;
}
