/**
 * 第五部分 附表 and the public-tables workbook, on a fixture unit whose table detail is
 * complete (test/fixtures/tables/2023/示例区司法局.json: the reference's figures plus a
 * 政府性基金 彩票公益金 item of 40万元 with 10万元 carried forward, no 国有资本经营 money).
 * Checks, in both formats and the .xlsx: the 13 tables, listed in the 目录; the notes of the
 * two empty ones; and that every figure the prose states about a table is that table's
 * cell (the prose sentences below are written by hand from the fixture's numbers).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { narrative } from '../../src/compute/decimal.js';
import { generateUnit, prepareUnit } from '../../src/pipeline.js';
import { normalizeForSearch } from '../support/normalize.js';
import { searchTexts, type SearchTexts } from '../support/search-texts.js';
import { figuresOf, figuresOfCode, readSheets, type Row } from '../support/xlsx-sheets.js';
import { TABLE_TITLES_2020, TABLE_TITLES_FROM_2022 } from '../support/public-table-titles.js';
import { tocText } from '../../src/tree/toc.js';

const DATA = 'test/fixtures/tables/2023/示例区司法局.json';
let texts: SearchTexts = { docx: '', pdf: '' };
let sheets = new Map<string, Row[]>();

const TITLES = TABLE_TITLES_FROM_2022;

beforeAll(async () => {
  const outcome = await generateUnit(DATA, { formats: ['docx', 'pdf', 'xlsx'], checkOnly: false });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors, null, 2));
  const doc = outcome.documents.find((d) => d.kind === 'final-accounts')!;
  texts = await searchTexts(doc);
  const workbook = outcome.documents.find((d) => d.kind === 'public-tables');
  if (!workbook) throw new Error('no public-tables workbook');
  expect(workbook.files.map((f) => f.fileName)).toEqual(['示例区司法局2023年度决算公开表.xlsx']);
  sheets = readSheets(workbook.files[0]!.bytes);
});

const sheet = (n: number): Row[] => [...sheets.values()][n - 1]!;
const found = (format: 'docx' | 'pdf', sentence: string) => texts[format].includes(normalizeForSearch(sentence));
const prose = (n: number) => narrative(n.toFixed(2));

describe.each(['docx', 'pdf'] as const)('第五部分 附表 in the 部门决算说明 (%s)', (format) => {
  it('has the 13 tables, each listed in the 目录 and printed with its label', () => {
    expect(found(format, '第五部分 附表')).toBe(true);
    // The 目录 lists each table with its ordinal (一、…); its page prints the name alone, after the 目录.
    const last = TITLES[TITLES.length - 1]!;
    const tocEnd = texts[format].indexOf(normalizeForSearch(last)) + normalizeForSearch(last).length;
    for (const title of TITLES) {
      expect(texts[format].indexOf(normalizeForSearch(title)), title).toBeGreaterThanOrEqual(0);
      const name = title.replace(/^[一二三四五六七八九十]+、/, '');
      expect(texts[format].indexOf(normalizeForSearch(name), tocEnd), `${name} on its page`).toBeGreaterThan(tocEnd);
    }
    // In the .pdf the ordinal is in the 目录 only (the .docx holds it as hidden text, for Word's 目录).
    if (format === 'pdf') for (const title of TITLES) expect(texts.pdf.split(normalizeForSearch(title)).length - 1, title).toBe(1);
    expect(found(format, '公开13表')).toBe(true);
    expect(found(format, '部门：示例区司法局')).toBe(true);
    expect(found(format, '金额单位：万元')).toBe(true);
  });

  it('prints the notes of the two tables it has no money for', () => {
    expect(found(format, '说明：示例区司法局本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。')).toBe(true);
    expect(found(format, '说明：示例区司法局本年度没有国有资本经营预算财政拨款支出，故本表无数据。')).toBe(true);
  });

  it.each([
    // 1163.82 + 50 = 1213.82 本年收入合计; 893.92 + 309.9 = 1203.82 本年支出合计; + 10 carried = 1213.82; vs 1168.92: +44.9, 3.84%.
    '2023年度收、支总计均为1213.82万元。其中：本年收入合计1213.82万元，年初结转和结余0万元；本年支出合计1203.82万元，年末结转和结余10万元。与2022年度相比，收、支总计各增长44.9万元，增长3.84%。',
    // 1163.82/1213.82 = 95.88%; 50 takes the rest, 4.12%.
    '2023年度本年收入合计1213.82万元，其中：一般公共预算财政拨款收入1163.82万元，占95.88%；政府性基金预算财政拨款收入50万元，占4.12%；',
    // 893.92/1203.82 = 74.26%; 309.9 → 25.74%.
    '2023年度本年支出合计1203.82万元，其中：基本支出893.92万元，占74.26%；项目支出309.9万元，占25.74%；',
    '2023年度财政拨款收、支总计均为1213.82万元。其中：本年财政拨款收入合计1213.82万元，年初结转和结余0万元；本年财政拨款支出合计1203.82万元，年末结转和结余10万元。',
    // 40/45 = 88.89%.
    '1.其他支出（229）彩票公益金安排的支出（60）用于体育事业的彩票公益金支出（03）：支出决算为40万元，完成预算88.89%，决算数小于预算数的主要原因是部分健身器材年末未完成安装。',
  ])('states %s', (sentence) => {
    expect(found(format, sentence), sentence).toBe(true);
  });
});

describe('every figure the prose states about a table is that table’s cell (the workbook)', () => {
  it('has one sheet per table, named by its label and title', () => {
    expect([...sheets.keys()].length).toBe(13);
    expect([...sheets.keys()][0]).toBe('公开01表 收入支出决算总表');
    expect([...sheets.keys()][12]!.startsWith('公开13表')).toBe(true);
  });

  it('公开01表: 本年收入合计, 本年支出合计, the carry-overs and 总计 are the 一、二、三 figures', () => {
    const t = sheet(1);
    expect(figuresOf(t, '本年收入合计')).toEqual([1213.82, 1203.82]);
    expect(figuresOf(t, '年初结转和结余')).toEqual([0, 10]);
    expect(figuresOf(t, '总计')).toEqual([1213.82, 1213.82]);
    for (const format of ['docx', 'pdf'] as const) {
      expect(found(format, `本年收入合计${prose(1213.82)}万元`)).toBe(true);
      expect(found(format, `本年支出合计${prose(1203.82)}万元`)).toBe(true);
      expect(found(format, `收、支总计均为${prose(1213.82)}万元`)).toBe(true);
    }
  });

  it('公开03表: the 合计 row is 三’s 基本支出 and 项目支出', () => {
    const [total, basic, project] = figuresOf(sheet(3), '合计');
    expect([total, basic, project]).toEqual([1203.82, 893.92, 309.9]);
    for (const format of ['docx', 'pdf'] as const)
      expect(found(format, `基本支出${prose(basic!)}万元，占74.26%；项目支出${prose(project!)}万元`)).toBe(true);
  });

  it('公开04表: 总计 is 四’s 财政拨款收、支总计', () => {
    expect(figuresOf(sheet(4), '总计')[0]).toBe(1213.82);
    for (const format of ['docx', 'pdf'] as const) expect(found(format, '财政拨款收、支总计均为1213.82万元')).toBe(true);
  });

  it('公开06表: its 合计 and every 项 are 五（一）and 五（三）', () => {
    const t = sheet(6);
    const [total] = figuresOf(t, '合计');
    expect(total).toBe(1163.82);
    for (const format of ['docx', 'pdf'] as const) {
      expect(found(format, `一般公共预算财政拨款支出${prose(total!)}万元，占本年支出合计的96.68%`)).toBe(true);
      for (const code of ['2040601', '2040605', '2080505', '2210201']) {
        const [actual] = figuresOfCode(t, code);
        expect(found(format, `（${code.slice(-2)}）：支出决算为${prose(actual!)}万元`), code).toBe(true);
      }
    }
  });

  it('公开08表: 人员经费合计 and 公用经费合计 are 六’s', () => {
    const t = sheet(8);
    expect(figuresOf(t, '人员经费合计')).toEqual([789.57, 104.35]);
    for (const format of ['docx', 'pdf'] as const) {
      expect(found(format, '人员经费789.57万元')).toBe(true);
      expect(found(format, '公用经费104.35万元')).toBe(true);
    }
  });

  it('公开10表: 本年支出 is 八’s 政府性基金 spending, with 本年收入 and the carry-forward', () => {
    // Columns: 年初, 本年收入, 本年支出 合计/基本/项目, 年末.
    expect(figuresOfCode(sheet(10), '2296003')).toEqual([0, 50, 40, 0, 40, 10]);
    for (const format of ['docx', 'pdf'] as const) expect(found(format, '2023年度政府性基金预算财政拨款支出40万元。')).toBe(true);
  });

  it('公开13表: the 决算数 of 合计 and each item are 七’s', () => {
    // 预算数/决算数 pairs: 合计, 出国, 用车小计, 购置, 运行维护, 接待.
    const row = sheet(13).find((r) => r.filter((c) => typeof c === 'number').length === 12)!;
    expect(row.filter((c) => typeof c === 'number')).toEqual([4.63, 4.63, 0, 0, 3.41, 3.41, 0, 0, 3.41, 3.41, 1.22, 1.22]);
    for (const format of ['docx', 'pdf'] as const) {
      expect(found(format, '“三公”经费财政拨款支出决算为4.63万元')).toBe(true);
      expect(found(format, '公务用车购置及运行维护费支出3.41万元')).toBe(true);
      expect(found(format, '公务接待费支出1.22万元')).toBe(true);
    }
  });
});

describe('the reference, whose published document has no 附表 detail', () => {
  it('generates without 附表 and without a workbook, and says once per table which fields are missing', async () => {
    const outcome = await generateUnit('data/2023/遂宁市安居区司法局.json', { formats: ['xlsx'], checkOnly: false });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.documents.map((d) => d.kind)).not.toContain('public-tables');
    const tableWarnings = outcome.warnings.filter((w) => w.message.startsWith('附表“'));
    // The 国有资本经营 tables need no detail: the reference has no such money, so they are empty.
    expect(tableWarnings.length).toBe(9);
    expect(tableWarnings.map((w) => `附表“${/^附表“(.*)”缺少数据/.exec(w.message)![1]}”`)).toEqual([
      '附表“收入支出决算总表”',
      '附表“收入决算表”',
      '附表“支出决算表”',
      '附表“财政拨款支出决算明细表”',
      '附表“一般公共预算财政拨款支出决算表”',
      '附表“一般公共预算财政拨款支出决算明细表”',
      '附表“一般公共预算财政拨款基本支出决算明细表”',
      '附表“一般公共预算财政拨款项目支出决算表”',
      '附表“财政拨款“三公”经费支出决算表”',
    ]);
    expect(tableWarnings[0]!.message).toContain('按功能分类列示的各项收入和支出（$.accounts.byFunction）');
  });
});

describe('the 2020–2021 edition of the 附表 (sichuan-2020)', () => {
  it('lists its 14 tables in the 目录, 三公 in two tables and 表八 without 明细', async () => {
    const data = JSON.parse(readFileSync(DATA, 'utf8')) as Record<string, unknown>;
    const file = join(mkdtempSync(join(tmpdir(), 'fa-2020-tables-')), 'unit.json');
    writeFileSync(file, JSON.stringify({ ...data, pack: 'sichuan-2020' }));
    const prepared = await prepareUnit(file, { formats: ['pdf'], checkOnly: false });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
    const tocHeadings = prepared.documents[0]!.tree.blocks.flatMap((b) => (b.type === 'heading' && b.toc ? [tocText(b)] : []));
    const tables = tocHeadings.slice(tocHeadings.indexOf('第五部分 附表') + 1);
    expect(tables).toEqual(TABLE_TITLES_2020);
    expect(tocHeadings).toContain('七、“三公”经费财政拨款支出决算情况说明');
  });
});
