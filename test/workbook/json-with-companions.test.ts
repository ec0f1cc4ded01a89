/**
 * A JSON data file with a 公开表 or 财决 workbook beside it is held to the same rules as one
 * without: its bytes must be UTF-8. (The loader once decoded such a file a second time,
 * leniently, and merged the companions into text with U+FFFD where the bytes were broken.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { loadUnit } from '../../src/load/load-unit.js';
import { detailedUnit } from './detailed-unit.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-json-companions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const UNIT = '示例县司法局';
const NOT_UTF8 = [{ path: '$', message: '文件不是有效的 UTF-8 编码，请以 UTF-8 保存' }];

/** The detailed unit as JSON whose unit name holds a byte that is no UTF-8 (GBK 的 first byte). */
function brokenUtf8(): Uint8Array {
  const text = JSON.stringify(detailedUnit()).replace(`"${UNIT}"`, `"${UNIT}\u0001"`);
  const bytes = new TextEncoder().encode(text);
  const at = bytes.indexOf(0x01);
  bytes[at] = 0xb5;
  return bytes;
}

function companion(): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['说明']]), 'Sheet1');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

describe('a JSON data file with companion workbooks', () => {
  it('is refused when it is not UTF-8, as it is without them', async () => {
    const dir = join(scratch, 'gbk', '2023');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${UNIT}.json`);
    writeFileSync(file, brokenUtf8());
    const alone = await loadUnit(file);
    expect(alone.ok ? [] : alone.errors).toEqual(NOT_UTF8);
    writeFileSync(join(dir, `${UNIT}.公开表.xlsx`), companion());
    const withCompanion = await loadUnit(file);
    expect(withCompanion.ok ? [] : withCompanion.errors).toEqual(NOT_UTF8);
  });
});
