/**
 * Golden outputs: what each document of the reference unit and of every fixture unit says
 * and where its pages break, compared with the text committed under test/golden/outputs/
 * (one folder per unit, two files per document: `<name>.txt`, one line per paragraph or
 * table row; `<name>.pages.txt`, the page plan both formats follow; see
 * test/support/golden-text.ts). Any change to a template, a pack's words, compute or the
 * layout shows here as a diff of those files.
 *
 * When the change is meant: `npm run golden` (UPDATE=1) rewrites the files, and
 * `git diff test/golden/outputs` is the review of what every document now says.
 * The hand-written sentences of the other golden tests stay the check of the figures.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layOutPdf } from '../../src/render/pdf/lay-out.js';
import type { PreparedDocument } from '../../src/render/render-document.js';
import { documentText, pagesText } from '../support/golden-text.js';
import { preparedUnit, treeWithCharts } from '../support/prepared-units.js';
import { REFERENCE_DATA } from '../support/reference-paths.js';

const OUTPUTS = 'test/golden/outputs';
const UPDATE = process.env.UPDATE === '1';
const HOW_TO_UPDATE = 'if the change is meant, run `npm run golden` and review `git diff test/golden/outputs`';

function dataFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? dataFiles(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
    )
    .sort();
}

/** The reference and every fixture unit, each with the folder of its golden outputs. */
const UNITS: { data: string; folder: string }[] = [
  { data: REFERENCE_DATA, folder: join(OUTPUTS, 'reference') },
  ...['units', 'tables'].flatMap((group) =>
    dataFiles(join('test/fixtures', group)).map((data) => ({
      data,
      folder: join(OUTPUTS, group, relative(join('test/fixtures', group), data).replace(/\.json$/, '')),
    })),
  ),
];

/** A file name for a document: the 决算说明, or the project's report. */
const nameOf = (doc: PreparedDocument): string => (doc.kind === 'project-evaluation' ? `project-${doc.project ?? ''}` : doc.kind);

async function goldenFiles(data: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const doc of await preparedUnit(data)) {
    if (doc.workbook) continue; // the 附表 are tables of the 决算说明; the workbook holds the same tables
    const name = nameOf(doc);
    files.set(`${name}.txt`, documentText(doc));
    files.set(`${name}.pages.txt`, pagesText(layOutPdf(await treeWithCharts(doc))));
  }
  return files;
}

function readFolder(folder: string): Map<string, string> {
  if (!existsSync(folder)) return new Map();
  return new Map(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

describe.each(UNITS.map((unit) => [unit.data, unit] as const))('%s', (_data, unit) => {
  it('says and lays out what its golden outputs say', async () => {
    const actual = await goldenFiles(unit.data);
    if (UPDATE) {
      rmSync(unit.folder, { recursive: true, force: true });
      mkdirSync(unit.folder, { recursive: true });
      for (const [name, text] of actual) writeFileSync(join(unit.folder, name), text);
      return;
    }
    const committed = readFolder(unit.folder);
    expect([...committed.keys()].sort(), `the documents of ${unit.data} changed; ${HOW_TO_UPDATE}`).toEqual([...actual.keys()].sort());
    for (const [name, text] of actual) {
      expect.soft(text, `${join(unit.folder, name)} differs; ${HOW_TO_UPDATE}`).toBe(committed.get(name));
    }
  });
});

it('keeps no golden outputs of a unit that is gone', () => {
  const folders = UNITS.map((unit) => unit.folder);
  const unitFolders = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (!entry.isDirectory()) return [];
      const path = join(dir, entry.name);
      const holdsFiles = readdirSync(path, { withFileTypes: true }).some((e) => e.isFile());
      return holdsFiles ? [path] : unitFolders(path);
    });
  const stale = existsSync(OUTPUTS) ? unitFolders(OUTPUTS).filter((folder) => !folders.includes(folder)) : [];
  if (UPDATE) for (const folder of stale) rmSync(folder, { recursive: true });
  else expect(stale, HOW_TO_UPDATE).toEqual([]);
});
