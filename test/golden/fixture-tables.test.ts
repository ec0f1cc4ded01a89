/**
 * 第五部分 附表 of the fixture units of other kinds (test/fixtures/units/): a hospital with
 * 事业收入 and 经营收入 in the 2020—2021 edition of 14 tables, a 文化馆 with 财政拨款
 * carry-overs, a 部门 with a 政府性基金 item, and a 民政局 with 政府性基金 and 国有资本经营
 * money. Each unit is prepared once (prepareUnit) and its workbook rendered (.xlsx); only the
 * 2020 unit's 决算说明 is rendered too, as .docx, and read back (the others are checked on the
 * document tree both backends draw), so the file stays cheap. Checks: no 附表 warning; the
 * workbook's file name and sheets; the 目录 lists 第五部分 附表 and every table; a few cells
 * per unit against values worked out by hand from the data file (arithmetic in the comment
 * above each, never copied from the tool's output); the note of each table the unit has no
 * money for, in the workbook and in the document.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareUnit } from '../../src/pipeline.js';
import { renderDocument } from '../../src/render/render-document.js';
import { tocHeadings, tocText } from '../../src/tree/toc.js';
import { extractDocxText } from '../support/docx-text.js';
import { normalizeForSearch } from '../support/normalize.js';
import { figuresOf, figuresOfCode, readSheets, type Row } from '../support/xlsx-sheets.js';
import { TABLE_TITLES_2020, TABLE_TITLES_FROM_2022 } from '../support/public-table-titles.js';

interface Generated {
  warnings: string[];
  /** The 目录's entries after 第五部分 附表 (the tables), from the document tree. */
  tocAfterTables: string[] | undefined;
  workbookFiles: string[];
  sheets: Row[][];
  sheetNames: string[];
  /** The notes under the 决算说明's 附表 that say a table has no figures (说明：…). */
  notes: string[];
  /** The .docx text of the 决算说明, normalised for search (only for a unit read back). */
  docx: string | undefined;
}

async function generate(data: string, readBack: boolean): Promise<Generated> {
  const prepared = await prepareUnit(data, { formats: ['docx', 'xlsx'], checkOnly: false });
  if (!prepared.ok) throw new Error(`${data}: ${JSON.stringify(prepared.errors, null, 1)}`);
  const finalAccounts = prepared.documents.find((d) => d.kind === 'final-accounts')!;
  const toc = tocHeadings(finalAccounts.tree).map(tocText);
  const at = toc.indexOf('第五部分 附表');
  const tables = prepared.documents.find((d) => d.kind === 'public-tables');
  const workbook = tables ? (await renderDocument(tables, ['xlsx'])).document.files : [];
  const sheets = workbook[0] ? readSheets(workbook[0].bytes) : new Map<string, Row[]>();
  const blocks = finalAccounts.tree.blocks;
  const tablesAt = blocks.findIndex((b) => b.type === 'heading' && b.text === '第五部分 附表');
  const notes = blocks
    .slice(tablesAt)
    .flatMap((b) => (b.type === 'table' ? (b.notes ?? []) : []))
    .filter((text) => text.startsWith('说明：'));
  const docxFile = readBack ? (await renderDocument(finalAccounts, ['docx'])).document.files[0]! : undefined;
  return {
    warnings: prepared.warnings.map((w) => w.message),
    tocAfterTables: at < 0 ? undefined : toc.slice(at + 1),
    workbookFiles: workbook.map((f) => f.fileName),
    sheets: [...sheets.values()],
    sheetNames: [...sheets.keys()],
    notes: tablesAt < 0 ? [] : notes,
    docx: docxFile && normalizeForSearch(extractDocxText(docxFile.bytes).join('\n')),
  };
}

const TITLES_2022 = TABLE_TITLES_FROM_2022;

const TITLES_2020 = TABLE_TITLES_2020;

/** The empty-table notes (templates/catalogue/public-tables/empty-note.hbs and empty-subject.hbs). */
const note = (unit: string, subject: string) => `说明：${unit}本年度没有${subject}，故本表无数据。`;
const STATE_CAPITAL_BOTH = '国有资本经营预算财政拨款收入和支出';
const STATE_CAPITAL_SPENT = '国有资本经营预算财政拨款支出';
const FUND_BOTH = '政府性基金预算财政拨款收入和支出';

/** The texts of a sheet's cells (the note of an empty table is one of them). */
const textsOf = (rows: Row[]) => rows.flat().filter((c): c is string => typeof c === 'string');

/** The one row of a 三公 table with its twelve 预算数/决算数 figures. */
const threePublicRow = (rows: Row[]) =>
  rows.find((r) => r.filter((c) => typeof c === 'number').length === 12)!.filter((c) => typeof c === 'number');

interface UnitCase {
  data: string;
  unit: string;
  year: number;
  titles: string[];
  /** Sheet number (1-based) → the subject of its empty-table note. */
  empty: Record<number, string>;
  /** Render the 决算说明 as .docx and read it back. */
  readBack?: boolean;
}

const CASES: UnitCase[] = [
  {
    data: 'test/fixtures/units/2020/示例县妇幼保健院.json',
    unit: '示例县妇幼保健院',
    year: 2020,
    titles: TITLES_2020,
    // No 政府性基金 三公 (governmentFundPart all 0), no 国有资本经营 money.
    empty: { 12: '政府性基金预算财政拨款“三公”经费支出', 13: STATE_CAPITAL_BOTH, 14: STATE_CAPITAL_SPENT },
    readBack: true,
  },
  {
    data: 'test/fixtures/units/2022/示例区文化馆.json',
    unit: '示例区文化馆',
    year: 2022,
    titles: TITLES_2022,
    // governmentFund and stateCapital are 0 with no items.
    empty: { 10: FUND_BOTH, 11: STATE_CAPITAL_BOTH, 12: STATE_CAPITAL_SPENT },
  },
  {
    data: 'test/fixtures/units/2022/示例县文化广播电视和旅游局.json',
    unit: '示例县文化广播电视和旅游局',
    year: 2022,
    titles: TITLES_2022,
    empty: { 11: STATE_CAPITAL_BOTH, 12: STATE_CAPITAL_SPENT },
  },
  {
    data: 'test/fixtures/units/2023/示例市民政局.json',
    unit: '示例市民政局',
    year: 2023,
    titles: TITLES_2022,
    // Money in every budget: no table is empty.
    empty: {},
  },
];

const generated = new Map<string, Generated>();

beforeAll(async () => {
  for (const c of CASES) generated.set(c.data, await generate(c.data, c.readBack ?? false));
});

const unit = (data: string): Generated => generated.get(data)!;
const sheet = (data: string, n: number): Row[] => unit(data).sheets[n - 1]!;

describe.each(CASES.map((c) => [c.unit, c] as const))('%s: 第五部分 附表 and the workbook', (_name, c) => {
  it('warns about no 附表 (the detail is complete)', () => {
    expect(unit(c.data).warnings.filter((w) => w.startsWith('附表'))).toEqual([]);
  });

  it(`writes <单位><年度>年度决算公开表.xlsx with one sheet per table (${c.titles.length})`, () => {
    const g = unit(c.data);
    expect(g.workbookFiles).toEqual([`${c.unit}${c.year}年度决算公开表.xlsx`]);
    expect(g.sheets.length).toBe(c.titles.length);
    expect(g.sheetNames[0]).toBe('公开01表 收入支出决算总表');
    const last = c.titles[c.titles.length - 1]!.replace(/^[一二三四五六七八九十]+、/, '');
    expect(g.sheetNames[c.titles.length - 1]).toBe(`公开${c.titles.length}表 ${last}`);
  });

  it('lists 第五部分 附表 and every table in the 目录', () => {
    const g = unit(c.data);
    expect(g.tocAfterTables).toEqual(c.titles);
    if (!g.docx) return;
    // The .docx: 第五部分 附表 and each title once in the 目录 (with its page number), once as the heading.
    // Note: the text read back includes the title's ordinal, hidden on the page (see the heading handler).
    for (const title of ['第五部分 附表', ...c.titles]) {
      const first = g.docx.indexOf(normalizeForSearch(title));
      expect(first, title).toBeGreaterThanOrEqual(0);
      expect(g.docx.indexOf(normalizeForSearch(title), first + 1), `${title} in the 目录 and as its heading`).toBeGreaterThan(first);
    }
  });

  it('prints the note of each table the unit has no money for, and only those', () => {
    const g = unit(c.data);
    const expected = Object.keys(c.empty)
      .map(Number)
      .sort((a, b) => a - b)
      .map((n) => note(c.unit, c.empty[n]!));
    expect(g.notes).toEqual(expected);
    g.sheets.forEach((rows, i) => {
      const subject = c.empty[i + 1];
      const notes = textsOf(rows).filter((t) => t.startsWith('说明：'));
      expect(notes, g.sheetNames[i]).toEqual(subject ? [note(c.unit, subject)] : []);
    });
    for (const text of expected) if (g.docx) expect(g.docx.includes(normalizeForSearch(text)), `${text} in the .docx`).toBe(true);
  });
});

describe('示例县妇幼保健院 2020 (14 tables; 事业收入, 经营收入, carry-overs, 抗疫特别国债)', () => {
  const D = CASES[0]!.data;

  it('公开02表 收入决算表: the 合计 row and 妇幼保健机构', () => {
    // 合计: 本年收入合计 4621.53 (income.total); 财政拨款 1126.5 + 540 + 0 = 1666.5; 上级补助 0;
    // 事业收入 2856.37; 经营收入 95.2; 附属单位上缴 0; 其他 3.46.
    expect(figuresOf(sheet(D, 2), '合计')).toEqual([4621.53, 1666.5, 0, 2856.37, 95.2, 0, 3.46]);
    // 2100403 (byFunction): 627.04 + 2639.57 + 95.2 + 3.46 = 3365.27.
    expect(figuresOfCode(sheet(D, 2), '2100403')).toEqual([3365.27, 627.04, 0, 2639.57, 95.2, 0, 3.46]);
  });

  it('公开03表 支出决算表: 妇幼保健机构 with its 基本支出 and 经营支出', () => {
    // 2100403: basic 2663.68, project 826.13, operating 88.75; total 2663.68 + 826.13 + 88.75 = 3578.56.
    expect(figuresOfCode(sheet(D, 3), '2100403')).toEqual([3578.56, 2663.68, 826.13, 0, 88.75, 0]);
    // 合计: expenditure.total 4811.12 = basic 3012.44 + project 1709.93 + operating 88.75.
    expect(figuresOf(sheet(D, 3), '合计')).toEqual([4811.12, 3012.44, 1709.93, 0, 88.75, 0]);
  });

  it('公开04表 财政拨款收入支出决算总表: carry-overs and 总计 by budget', () => {
    // 年初 215.6 (all 一般公共预算) on the left; 年末 23.7 = 215.6 + 1126.5 − 1318.4, all 一般公共预算.
    expect(figuresOf(sheet(D, 4), '年初财政拨款结转和结余')).toEqual([215.6, 23.7, 23.7, 0, 0]);
    // 总计: 1882.1 both sides; 一般公共预算 column 1318.4 + 23.7 = 1342.1; 政府性基金 540 + 0.
    expect(figuresOf(sheet(D, 4), '总计')).toEqual([1882.1, 1882.1, 1342.1, 540, 0]);
  });

  it('公开06表: 妇幼保健机构’s 基本支出 is what the other 一般公共预算 items leave of 426.84', () => {
    // basic 426.84 − 88.36 (2080505) − 43.6 (2210201) = 294.88; project 842.64 − 294.88 = 547.76.
    expect(figuresOfCode(sheet(D, 6), '2100403')).toEqual([842.64, 294.88, 547.76]);
  });

  it('公开08表 基本支出决算表: 人员经费 and 公用经费', () => {
    // 301: 98.4 + 52.36 + 115.4 + 88.36 + 43.6 = 398.12; 302: 6.2 + 2.1 + 7.4 + 3.2 + 8.46 + 1.36 = 28.72.
    expect(figuresOf(sheet(D, 8), '人员经费合计')).toEqual([398.12, 28.72]);
  });

  it('公开10表 一般公共预算 三公 is all of 三公 (no 政府性基金 part); 公开12表 is empty', () => {
    // 预算数/决算数: 合计 11.5/10.6; 出国 0/0; 用车 9/8.46 = 购置 0/0 + 运行维护 9/8.46; 接待 2.5/2.14.
    expect(threePublicRow(sheet(D, 10))).toEqual([11.5, 10.6, 0, 0, 9, 8.46, 0, 0, 9, 8.46, 2.5, 2.14]);
    expect(threePublicRow(sheet(D, 12))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('公开11表 政府性基金: each 抗疫特别国债 项 with its 年初、年末 (none carried)', () => {
    // Columns: 年初, 本年收入, 本年支出 合计/基本/项目, 年末. 2340101: 0, 462.8 + 0 − 0, 462.8, 0, 462.8, 0.
    expect(figuresOfCode(sheet(D, 11), '2340101')).toEqual([0, 462.8, 462.8, 0, 462.8, 0]);
    // 合计: 本年收入 540 = income.governmentFund; 支出 462.8 + 77.2 = 540.
    expect(figuresOf(sheet(D, 11), '合计')).toEqual([0, 540, 540, 0, 540, 0]);
  });
});

describe('示例区文化馆 2022 (财政拨款 carry-overs, 其他收入)', () => {
  const D = CASES[1]!.data;

  it('公开02表 收入决算表: the 合计 row has no 事业收入', () => {
    // 本年收入合计 628.92 = 财政拨款 610.42 + 其他收入 18.5; 事业收入 0.
    expect(figuresOf(sheet(D, 2), '合计')).toEqual([628.92, 610.42, 0, 0, 0, 0, 18.5]);
  });

  it('公开03表 支出决算表: 行政运行’s 基本支出 includes the 0.15 spent from 其他收入', () => {
    // 一般公共预算 basic of 2070101: 402.2 − 43.52 − 18.65 − 24.6 − 29.4 = 286.03; plus the non-fiscal
    // basic 402.35 − 402.2 = 0.15 → 286.18. project 364.25 − 287.93 (群众文化) = 76.32. total 362.5.
    expect(figuresOfCode(sheet(D, 3), '2070101')).toEqual([362.5, 286.18, 76.32, 0, 0, 0]);
  });

  it('公开04表: 年初 156.33 and 年末 0.3, all 一般公共预算', () => {
    // 156.33 + 610.42 − 766.45 = 0.3.
    expect(figuresOf(sheet(D, 4), '年初财政拨款结转和结余')).toEqual([156.33, 0.3, 0.3, 0, 0]);
    // 总计: 610.42 + 156.33 = 766.75 = 766.45 + 0.3.
    expect(figuresOf(sheet(D, 4), '总计')).toEqual([766.75, 766.75, 766.75, 0, 0]);
  });

  it('公开08表: 人员经费 and 公用经费', () => {
    // 301: 110.4 + 62.15 + 82.34 + 43.52 + 18.65 + 24.6 + 29.4 = 371.06; 302: 8.6 + 1.2 + 6.4 + 4.2 + 3.5 + 2.25 + 4.99 = 31.14.
    expect(figuresOf(sheet(D, 8), '人员经费合计')).toEqual([371.06, 31.14]);
  });

  it('公开13表 三公: 决算数 5.68 against 5.93', () => {
    // 合计 5.93/5.68; 出国 0/0; 用车 2.5/2.25 = 购置 0/0 + 运行维护 2.5/2.25; 接待 3.43/3.43.
    expect(threePublicRow(sheet(D, 13))).toEqual([5.93, 5.68, 0, 0, 2.5, 2.25, 0, 0, 2.5, 2.25, 3.43, 3.43]);
  });
});

describe('示例县文化广播电视和旅游局 2022 (部门; 政府性基金; non-fiscal carry-overs)', () => {
  const D = CASES[2]!.data;

  it('公开02表 收入决算表: the 合计 row', () => {
    // 财政拨款 3712.45 + 85 = 3797.45; 其他收入 240.15; 本年收入合计 4037.6.
    expect(figuresOf(sheet(D, 2), '合计')).toEqual([4037.6, 3797.45, 0, 0, 0, 0, 240.15]);
  });

  it('公开03表 支出决算表: 群众文化’s 基本支出, fiscal and other', () => {
    // 一般公共预算 basic of 2070109: 1086.4 − 486.21 − 188.6 − 73.8 − 71.33 − 96.45 = 170.01; plus non-fiscal
    // basic 1108.62 − 1086.4 = 22.22 → 192.23. project 1630.76 − 170.01 = 1460.75, plus 152.13 from 其他收入 → 1612.88.
    // total 192.23 + 1612.88 = 1805.11.
    expect(figuresOfCode(sheet(D, 3), '2070109')).toEqual([1805.11, 192.23, 1612.88, 0, 0, 0]);
  });

  it('公开05表 财政拨款支出决算明细表: the 合计 by 经济分类', () => {
    // 301 = 人员经费 1005.14 (all basic); 302 = 66.1 + 15.16 + 152.3 + 1180.75 + 467 + 120 + 14 = 2015.31;
    // 310 = 280 + 412 + 85 = 777; 合计 1005.14 + 2015.31 + 777 = 3797.45.
    // The form's columns: 合计, 301, 302, 303, 307, 309, 310, 311, 312, 313 (0.00 where the unit has none).
    expect(figuresOf(sheet(D, 5), '合计')).toEqual([3797.45, 1005.14, 2015.31, 0, 0, 0, 777, 0, 0, 0]);
  });

  it('公开10表 政府性基金: 彩票公益金 with no carry-over', () => {
    // 2296003: 年初 0, 本年收入 85 (= income.governmentFund), 支出 85 all project, 年末 0.
    expect(figuresOfCode(sheet(D, 10), '2296003')).toEqual([0, 85, 85, 0, 85, 0]);
  });

  it('公开13表 三公', () => {
    // 合计 11.7/11.5; 出国 0/0; 用车 4.5/4.3 = 购置 0/0 + 运行维护 4.5/4.3; 接待 7.2/7.2.
    expect(threePublicRow(sheet(D, 13))).toEqual([11.7, 11.5, 0, 0, 4.5, 4.3, 0, 0, 4.5, 4.3, 7.2, 7.2]);
  });
});

describe('示例市民政局 2023 (政府性基金 and 国有资本经营)', () => {
  const D = CASES[3]!.data;

  it('公开02表 收入决算表: the 合计 row', () => {
    // 财政拨款 2456.18 + 1860 + 35 = 4351.18; 其他收入 12.4; 本年收入合计 4363.58.
    expect(figuresOf(sheet(D, 2), '合计')).toEqual([4363.58, 4351.18, 0, 0, 0, 0, 12.4]);
  });

  it('公开03表 支出决算表: 老年福利', () => {
    // basic 163.43 (1120.53 − 612.4 − 168.2 − 62.1 − 114.4); project 986.3 − 163.43 = 822.87, plus 6.2 from
    // 其他收入 → 829.07; total 163.43 + 829.07 = 992.5.
    expect(figuresOfCode(sheet(D, 3), '2081002')).toEqual([992.5, 163.43, 829.07, 0, 0, 0]);
  });

  it('公开04表: 本年支出 by budget', () => {
    // 总计 4351.18 both sides; columns 2456.18, 1860, 35 (no carry-overs).
    expect(figuresOf(sheet(D, 4), '总计')).toEqual([4351.18, 4351.18, 2456.18, 1860, 35]);
  });

  it('公开10表 政府性基金: a 彩票公益金 项, its 款 and the 合计', () => {
    // 2296002: 年初 0, 收入 326.5 + 0 − 0, 支出 326.5 all project, 年末 0.
    expect(figuresOfCode(sheet(D, 10), '2296002')).toEqual([0, 326.5, 326.5, 0, 326.5, 0]);
    // 22960: 326.5 + 133.5 = 460.
    expect(figuresOfCode(sheet(D, 10), '22960')).toEqual([0, 460, 460, 0, 460, 0]);
    // 合计: 326.5 + 133.5 + 1400 = 1860.
    expect(figuresOf(sheet(D, 10), '合计')).toEqual([0, 1860, 1860, 0, 1860, 0]);
  });

  it('公开11表 and 公开12表 国有资本经营: the one 项', () => {
    // 2230105: 年初 0, 收入 35, 支出 35 all project, 年末 0.
    expect(figuresOfCode(sheet(D, 11), '2230105')).toEqual([0, 35, 35, 0, 35, 0]);
    expect(figuresOf(sheet(D, 12), '合计')).toEqual([35, 0, 35]);
  });

  it('公开09表 项目支出: only 对个人和家庭的补助', () => {
    // 822.87 (老年福利) + 512.78 (其他城市生活救助) = 1335.65 = 2456.18 − 1120.53, all under 303; the
    // form's columns 合计, 301, 302, 303, 307, 309, 310, 311, 312, 313.
    expect(figuresOf(sheet(D, 9), '合计')).toEqual([1335.65, 0, 0, 1335.65, 0, 0, 0, 0, 0, 0]);
  });

  it('公开13表 三公', () => {
    // 合计 9.2/8.45; 出国 0/0; 用车 7.2/6.8 = 购置 0/0 + 运行维护 7.2/6.8; 接待 2/1.65.
    expect(threePublicRow(sheet(D, 13))).toEqual([9.2, 8.45, 0, 0, 7.2, 6.8, 0, 0, 7.2, 6.8, 2, 1.65]);
  });
});
