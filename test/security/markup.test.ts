/**
 * Data never becomes markup (issue 4 §7): text fields holding `<b>`, `&amp;`, `{{x}}`,
 * `</p>` and a fact value with markup are printed literally in both the .docx and the
 * .pdf, generated through the pipeline (generateUnit, both formats).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateUnit } from '../../src/pipeline.js';
import type { RenderedFile } from '../../src/render/render-document.js';
import { extractDocxText } from '../support/docx-text.js';
import { normalizeForSearch } from '../support/normalize.js';
import { extractPdfText } from '../support/pdf-text.js';
import { readUnitYear } from '../support/unit-year-data.js';
import { REFERENCE_PATH } from '../bad-inputs/cases.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-markup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Each string goes into a field the 部门决算说明 prints; each must come out unchanged. */
const HOSTILE = {
  duty: '负责<b>加粗</b>标记与</p><p>段落标记的审查',
  entity: '负责&amp;实体与&lt;script&gt;的审查',
  template: '负责{{x}}与{{{unit.name}}}以及{{#each a}}的审查',
  fact: '<i>事实</i>&{{y}}',
};

let docxText = '';
let pdfText = '';

beforeAll(async () => {
  const data = readUnitYear(REFERENCE_PATH);
  data.profile.duties[0] = HOSTILE.duty;
  data.profile.duties[1] = HOSTILE.entity;
  data.profile.duties[2] = HOSTILE.template;
  data.facts!.标记事实 = HOSTILE.fact;
  data.profile.duties[3] = '事实：${标记事实}。';
  const dir = join(scratch, '2023');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, '遂宁市安居区司法局.json');
  writeFileSync(file, JSON.stringify(data, null, 2));
  const outcome = await generateUnit(file, { formats: ['docx', 'pdf'], checkOnly: false });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  const files: RenderedFile[] = outcome.documents.find((d) => d.kind === 'final-accounts')!.files;
  docxText = normalizeForSearch(extractDocxText(files.find((f) => f.format === 'docx')!.bytes).join('\n'));
  pdfText = normalizeForSearch((await extractPdfText(files.find((f) => f.format === 'pdf')!.bytes)).join('\n'));
}, 300_000);

describe('markup-like text is printed literally', () => {
  it.each(Object.entries({ ...HOSTILE, fact: `事实：${HOSTILE.fact}。` }))('%s in the .docx', (_name, text) => {
    expect(docxText).toContain(normalizeForSearch(text));
  });

  it.each(Object.entries({ ...HOSTILE, fact: `事实：${HOSTILE.fact}。` }))('%s in the .pdf', (_name, text) => {
    expect(pdfText).toContain(normalizeForSearch(text));
  });

  it('no bold run and no extra paragraph came from the data', () => {
    expect(docxText).not.toContain(normalizeForSearch('负责加粗标记'));
  });
});
