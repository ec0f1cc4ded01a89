/**
 * The fill-in workbook (issue "Excel in" §1–2): its layout places every field of the data
 * format exactly once; data → workbook → data gives the same data for the reference, the
 * detailed test unit and every fixture unit; a workbook of the reference prepares the same
 * documents as its JSON; `npm run import` writes the data
 * back as JSON; and the errors of a filled workbook name the sheet, the cell and the field.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main as importMain } from '../../src/import-cli.js';
import { validateWorkbookUnit } from '../../src/load/workbook/load-workbook-unit.js';
import { prepareUnit } from '../../src/pipeline.js';
import { leafPatterns } from '../../src/schema/field-info.js';
import { FIXED_SHEETS, projectSheet } from '../../src/workbook/layout/layout.js';
import type { Path } from '../../src/workbook/layout/types.js';
import { writeFillInWorkbook } from '../../src/workbook/write-fill-in.js';
import { readUnitYear } from '../support/unit-year-data.js';
import { unitDataFiles } from './data-files.js';
import { detailedUnit, REFERENCE_FILE } from './detailed-unit.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-fill-in-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const workbookOf = (data: Record<string, unknown>) => writeFillInWorkbook(data, { title: '测试', author: '测试', date: '2024-09-30' });

function withoutSchemaRef(data: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, ...rest } = data;
  return rest;
}

describe('layout', () => {
  it('places every leaf of the data format exactly once', () => {
    const pattern = (path: Path) =>
      path
        .map((k, i) => (typeof k === 'number' ? '[]' : `${i === 0 ? '' : '.'}${k}`))
        .join('')
        .replace(/\.\[\]/g, '[]');
    const placed: string[] = [];
    for (const sheet of [...FIXED_SHEETS, projectSheet(0, '')]) {
      for (const block of sheet.blocks) {
        if (block.kind === 'form') {
          for (const row of block.rows) for (const cell of row.cells) if (cell) placed.push(pattern(row.repeats ? [...cell, 0] : cell));
        } else if (block.record) placed.push(`${pattern(block.path)}{}`);
        else {
          for (const c of block.columns) placed.push(pattern([...block.path, 0, ...c.path]));
          for (const c of block.spread?.columns ?? []) placed.push(pattern([...block.path, 0, ...block.spread!.path, 0, ...c.path]));
        }
      }
    }
    const leaves = leafPatterns().filter((p) => p !== '$schema');
    expect([...placed].sort()).toEqual([...leaves].sort());
  });
});

describe('the workbook written', () => {
  it('does not depend on the clock: same data, same bytes, the date from the properties', async () => {
    const data = { year: 2024, unit: { name: '示例单位' } };
    const first = await workbookOf(data);
    vi.useFakeTimers({ now: new Date('2031-07-15T08:30:00Z'), toFake: ['Date'] });
    try {
      expect(Buffer.from(await workbookOf(data)).equals(Buffer.from(first))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    const core = strFromU8(unzipSync(first)['docProps/core.xml']!);
    expect(core).toContain('2024-09-30T00:00:00Z');
    expect(core).not.toMatch(/20(2[5-9]|3\d)-/);
  });
});

describe('round trip data → workbook → data', () => {
  const files = unitDataFiles();
  it('runs over the reference (and the fixture units present)', () => {
    expect(files).toContain(REFERENCE_FILE);
  });

  it.each(files.map((f) => [f.slice(f.indexOf('/data/') >= 0 ? f.indexOf('/data/') + 1 : f.indexOf('/test/') + 1), f]))(
    '%s',
    async (_name, file) => {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const back = validateWorkbookUnit(await workbookOf(withoutSchemaRef(data)), 'x.xlsx');
      expect(back.ok ? [] : back.errors).toEqual([]);
      expect(back.ok && back.input).toStrictEqual(withoutSchemaRef(data));
    },
  );

  it('the detailed unit, with every 附表 detail field', async () => {
    const data = withoutSchemaRef(detailedUnit());
    const back = validateWorkbookUnit(await workbookOf(data), 'x.xlsx');
    expect(back.ok ? [] : back.errors).toEqual([]);
    expect(back.ok && back.input).toStrictEqual(data);
  });
});

describe('a unit kept in a workbook', () => {
  it('prepares the same documents as the same unit kept in JSON (the reference)', async () => {
    const reference = JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')) as Record<string, unknown>;
    const dir = join(scratch, 'same', '2023');
    mkdirSync(dir, { recursive: true });
    const workbook = join(dir, '遂宁市安居区司法局.xlsx');
    writeFileSync(workbook, await workbookOf(withoutSchemaRef(reference)));
    const options = { formats: ['docx' as const, 'pdf' as const, 'xlsx' as const], checkOnly: false };
    const fromJson = await prepareUnit(REFERENCE_FILE, options);
    const fromWorkbook = await prepareUnit(workbook, options);
    expect(fromJson.ok && fromWorkbook.ok).toBe(true);
    if (!fromJson.ok || !fromWorkbook.ok) return;
    expect(fromWorkbook.documents.length).toBe(6);
    expect(fromWorkbook.documents).toStrictEqual(fromJson.documents);
    // Each warning names its cell in the workbook, e.g. 项目2's 全年执行数 of 合计 (the 普法宣传 note).
    expect(fromWorkbook.warnings.map((w) => w.path)).toContain("'项目2 普法宣传'!D31");
    expect(fromJson.warnings.map((w) => w.path)).toContain('$.projects[1].budget.total.executed');
    expect(fromWorkbook.warnings).toHaveLength(fromJson.warnings.length);
  });

  it('npm run import writes the same data as JSON, with "$schema", and will not overwrite it unasked', async () => {
    const dir = join(scratch, 'import', '2023');
    mkdirSync(dir, { recursive: true });
    const workbook = join(dir, '遂宁市安居区司法局.xlsx');
    const reference = JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')) as Record<string, unknown>;
    writeFileSync(workbook, await workbookOf(withoutSchemaRef(reference)));
    const out = join(scratch, 'import-out');
    const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
    const errs = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await importMain([workbook, '--out', out])).toBe(0);
      const written = readFileSync(join(out, '2023', '遂宁市安居区司法局.json'), 'utf8');
      expect(JSON.parse(written)).toStrictEqual(reference);
      expect(written).toMatch(/^\{\n {2}"\$schema": "\.\.\/\.\.\/schema\/unit-year\.schema\.json",\n {2}"pack"/);
      expect(await importMain([workbook, '--out', out])).toBe(1);
      expect(errs.mock.calls.flat().join('\n')).toContain('已存在；如确要覆盖，请加 --force');
    } finally {
      logs.mockRestore();
      errs.mockRestore();
    }
  });
});

describe('errors of a filled workbook', () => {
  /** The reference's workbook with some cells changed (sheet, address, new cell). */
  async function edited(edits: [string, string, XLSX.CellObject | undefined][]): Promise<Uint8Array> {
    const reference = withoutSchemaRef(readUnitYear(REFERENCE_FILE));
    const wb = XLSX.read(await workbookOf(reference), { type: 'buffer' });
    for (const [sheet, at, cell] of edits) {
      if (cell) wb.Sheets[sheet]![at] = cell;
      else delete wb.Sheets[sheet]![at];
    }
    return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
  }

  it('name the sheet, the cell and the field, in Chinese', async () => {
    // 三公明细: C31 is 公务接待费·决算数 (row 31), C35 国内公务接待·批次; 收入支出!C11 is 本年收入合计.
    const result = validateWorkbookUnit(
      await edited([
        ['三公明细', 'C31', { t: 'n', v: 1.234 }],
        ['三公明细', 'C35', undefined],
        ['收入支出', 'C11', { t: 's', v: '1163.82' }],
      ]),
      '测试.xlsx',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The message speaks of the cell; the JSON path is kept beside it (field), for --json output and JSON users.
    expect(result.errors).toEqual(
      expect.arrayContaining([
        {
          path: '三公明细!C31',
          message: '【公务接待费·决算数】金额最多保留两位小数（万元）（实际值：1.234）',
          field: '$.accounts.threePublic.reception.actual',
        },
        {
          path: '三公明细!C35',
          message: '【国内公务接待·批次】必填，尚未填写',
          field: '$.accounts.threePublic.reception.domestic.batches',
        },
        {
          path: '收入支出!C11',
          message:
            '【收入·本年收入合计】数字存成了文字（“1163.82”）；Excel 的求和会漏掉这样的单元格。请把单元格设为“数值”格式后重新输入 1163.82',
          field: '$.accounts.income.total',
        },
      ]),
    );
    expect(result.errors).toHaveLength(3);
  });
});
