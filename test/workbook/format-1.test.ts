/**
 * Workbooks kept from year to year: a fill-in workbook written by the first version of
 * `npm run workbook` (格式版本 1, settings and 文字选项 on 基本情况, no 高级设置 sheet) is
 * still read, and gives exactly the data it was written from. The fixture was written by
 * src/workbook/write-fill-in.ts at commit 088cef7 (SheetJS writer) from the JSON beside it:
 * the reference with every 附表 detail field (test/workbook/detailed-unit.ts), a pack, a
 * share policy and all six wording options, the fields the later layout moved.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateWorkbookUnit } from '../../src/load/workbook/load-workbook-unit.js';

const DIR = fileURLToPath(new URL('../fixtures/workbook-format-1/', import.meta.url));

describe('a workbook of format version 1', () => {
  it('reads back the data it was written from, settings and wording options included', () => {
    const expected = JSON.parse(readFileSync(`${DIR}示例县司法局.json`, 'utf8')) as Record<string, unknown>;
    const read = validateWorkbookUnit(readFileSync(`${DIR}示例县司法局.xlsx`), '示例县司法局.xlsx');
    expect(read.ok ? [] : read.errors).toEqual([]);
    expect(read.ok && read.input).toStrictEqual(expected);
    // Read with a note that says so, and how to get the new layout.
    expect(read.ok && read.warnings?.map((w) => `${w.path}：${w.message}`)).toContainEqual(
      expect.stringContaining('填报说明!B2：这是格式版本 1 的填报工作簿'),
    );
    expect(expected).toMatchObject({ pack: 'sichuan-2023', sharePolicy: 'largest-remainder', options: { zeroLines: 'omit' } });
  });
});
