/**
 * The prepare half for the prose properties: takes a unit's data (a fixture file, the
 * reference or a synthetic unit) and runs load → checks → compute → merge → parse in memory;
 * returns each document's tree and prose (the 部门决算说明 and the project reports; the
 * public tables' workbook has no prose), or throws with the errors that refused the unit.
 * Optionally renders them (.pdf and .docx) for the rendered-text comparisons.
 */
import { validateUnit } from '../../src/load/load-unit.js';
import { prepareLoadedUnit } from '../../src/pipeline.js';
import type { PreparedDocument } from '../../src/render/render-document.js';
import { renderDocument } from '../../src/render/render-document.js';
import type { UnitYearInput } from '../support/unit-year-data.js';
import { proseFromDocx, proseFromPdf, proseFromTree, type ProseBlock } from '../support/prose-text.js';

export interface ProseDocument {
  /** The document's title, e.g. 示例县图书馆2023年度单位决算说明. */
  title: string;
  kind: PreparedDocument['kind'];
  prepared: PreparedDocument;
  blocks: ProseBlock[];
}

/**
 * `name` stands for the data file's path in messages; it is not read (so no previous year's
 * file is looked for: a synthetic unit has none).
 */
export async function prepareProse(data: UnitYearInput, name: string): Promise<ProseDocument[]> {
  const loaded = validateUnit(new TextEncoder().encode(JSON.stringify(data)));
  const prepared = await prepareLoadedUnit(name, loaded, { formats: ['pdf', 'docx'], checkOnly: false });
  if (!prepared.ok) throw new Error(`${name} was refused: ${JSON.stringify(prepared.errors.slice(0, 5), null, 1)}`);
  return prepared.documents
    .filter((d) => d.kind !== 'public-tables')
    .map((d) => ({ title: d.title, kind: d.kind, prepared: d, blocks: proseFromTree(d.tree) }));
}

/** The same document's prose as its .docx and its .pdf print it. */
export async function renderedProse(document: ProseDocument): Promise<{ docx: ProseBlock[]; pdf: ProseBlock[] }> {
  const { document: rendered } = await renderDocument(document.prepared, ['pdf', 'docx']);
  const file = (format: 'pdf' | 'docx') => {
    const found = rendered.files.find((f) => f.format === format);
    if (!found) throw new Error(`no .${format} for ${document.title}`);
    return found.bytes;
  };
  return { docx: proseFromDocx(file('docx')), pdf: await proseFromPdf(file('pdf')) };
}
