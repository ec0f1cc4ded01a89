/**
 * The schema's size limits for table cells (src/schema/primitives.ts) are limits the PDF
 * can render: every limited field at its maximum length at once — Chinese characters, the
 * widest common ones — passes the schema and renders both documents whose tables hold
 * them (the 部门决算说明 with the 部门整体支出绩效评价指标 table, and the first project's
 * report with its 自评表); one character more is refused with the field's path.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { prepareUnit } from '../../src/pipeline.js';
import { renderDocument } from '../../src/render/render-document.js';
import { validateUnit } from '../../src/load/load-unit.js';
import { referenceData, type Data } from './cases.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-limits-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const chinese = (n: number): string => '甲乙丙丁戊己庚辛壬癸'.repeat(Math.ceil(n / 10)).slice(0, n);

/** The first indicator of the 部门整体支出绩效评价指标 table, and of the first project (the reference has both). */
const departmentIndicator = (d: Data) => d.departmentIndicators!.indicators[0]!;
const projectIndicator = (d: Data) => d.projects[0]!.indicators[0]!;

/** Each limited field, where it is, and its limit in characters (written from the limits, by hand). */
const LIMITED: { path: string; set: (d: Data, s: string) => void; max: number }[] = [
  { path: '$.departmentIndicators.indicators[0].level2', set: (d, s) => (departmentIndicator(d).level2 = s), max: 35 },
  { path: '$.departmentIndicators.indicators[0].name', set: (d, s) => (departmentIndicator(d).name = s), max: 35 },
  { path: '$.departmentIndicators.indicators[0].note', set: (d, s) => (departmentIndicator(d).note = s), max: 35 },
  { path: '$.departmentIndicators.indicators[0].explanation', set: (d, s) => (departmentIndicator(d).explanation = s), max: 150 },
  { path: '$.departmentIndicators.indicators[0].scoringRule', set: (d, s) => (departmentIndicator(d).scoringRule = s), max: 450 },
  { path: '$.projects[0].indicators[0].level2', set: (d, s) => (projectIndicator(d).level2 = s), max: 35 },
  { path: '$.projects[0].indicators[0].target', set: (d, s) => (projectIndicator(d).target = s), max: 35 },
  { path: '$.projects[0].indicators[0].unit', set: (d, s) => (projectIndicator(d).unit = s), max: 35 },
  { path: '$.projects[0].indicators[0].actual', set: (d, s) => (projectIndicator(d).actual = s), max: 35 },
  { path: '$.projects[0].indicators[0].name', set: (d, s) => (projectIndicator(d).name = s), max: 150 },
  { path: '$.projects[0].indicators[0].shortfallReason', set: (d, s) => (projectIndicator(d).shortfallReason = s), max: 150 },
];

it('every limited cell at its maximum renders in the PDF', async () => {
  const data = referenceData();
  for (const field of LIMITED) field.set(data, chinese(field.max));
  const file = join(scratch, 'at-limits.json');
  writeFileSync(file, JSON.stringify(data));
  const prepared = await prepareUnit(file, { formats: ['pdf'], checkOnly: false });
  expect(prepared.ok ? [] : prepared.errors).toEqual([]);
  if (!prepared.ok) return;
  const holding = prepared.documents.filter((d) => d.kind === 'final-accounts' || d.project === data.projects[0]!.name);
  expect(holding).toHaveLength(2);
  for (const doc of holding) {
    const { document } = await renderDocument(doc, ['pdf']);
    expect(Buffer.from(document.files[0]!.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  }
});

it.each(LIMITED.map((f) => [f.path, f] as const))('%s: one character over the limit is refused there', (_path, field) => {
  const data = referenceData();
  field.set(data, chinese(field.max + 1));
  const loaded = validateUnit(new TextEncoder().encode(JSON.stringify(data)));
  expect(loaded.ok).toBe(false);
  if (loaded.ok) return;
  expect(loaded.errors.map((e) => e.path)).toEqual([field.path]);
  expect(loaded.errors[0]!.message).toContain(`文字过长（${field.max + 1}字）`);
  expect(loaded.errors[0]!.message).toContain(`最多${field.max}字`);
});
