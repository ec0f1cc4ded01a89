/**
 * A synthetic export of the 部门决算 software (no real one is available), laid out as
 * docs/research/public-tables.md §7 describes the 财决 sheets: names `Znn 标题(财决nn表)` cut to 31
 * characters, the title in row 1, the table code in row 2, `编制单位：…` in A3 and the 金额单位
 * at the right, header rows 4–7, a 栏次 row, the 合计 row right above the first 科目 row, the
 * 功能分类 code whole in A with A:C merged, the name in D, figures from E, and "—" in cells
 * that do not apply. Every figure is made from the detailed test unit's data; the 款 of each
 * item's 基本支出 are allotted in order so that they add up both ways. Takes the unit's data
 * (read as the tool reads it: through the schema, defaults filled in); returns the workbook's bytes.
 */
import * as XLSX from '@e965/xlsx';
import { FunctionalNames } from '../../src/compute/functional-names.js';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { unitYearSchema, type UnitYearInput } from '../../src/schema/unit-year.js';

type Cell = string | number | null;

interface Built {
  rows: Cell[][];
  merges: XLSX.Range[];
}

const range = (r1: number, c1: number, r2: number, c2: number): XLSX.Range => ({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } });
const cents = (n: number) => Math.round(n * 100);

/** A 功能分类 sheet: header paths of the figure columns (top to bottom), 合计 and 科目 rows. */
function functionalSheet(
  title: string,
  code: string,
  unit: string,
  headers: string[][],
  total: Cell[],
  rows: { code: string; name: string; values: Cell[] }[],
): Built {
  const width = 4 + headers.length;
  const rowsOut: Cell[][] = [];
  const merges: XLSX.Range[] = [range(0, 0, 0, width - 1), range(3, 0, 6, 2), range(3, 3, 6, 3), range(7, 0, 7, 3), range(8, 0, 8, 2)];
  rowsOut[0] = [title];
  rowsOut[1] = [];
  rowsOut[1][width - 1] = code;
  rowsOut[2] = [`编制单位：${unit}`];
  rowsOut[2][width - 1] = '金额单位：万元';
  for (let r = 3; r <= 6; r++) rowsOut[r] = [];
  rowsOut[3]![0] = '支出功能分类科目编码';
  rowsOut[3]![3] = '科目名称';
  // One level: rows 4–7 merged. Two levels: the group over rows 4–5 (merged across its columns), the leaf over rows 6–7.
  headers.forEach((path, j) => {
    const c = 4 + j;
    if (path.length === 1) {
      rowsOut[3]![c] = path[0]!;
      merges.push(range(3, c, 6, c));
      return;
    }
    const group = merges.find((m) => m.s.r === 3 && m.e.r === 4 && m.e.c === c - 1 && rowsOut[3]![m.s.c] === path[0]);
    if (group) group.e.c = c;
    else {
      rowsOut[3]![c] = path[0]!;
      merges.push(range(3, c, 4, c));
    }
    rowsOut[5]![c] = path[1]!;
    merges.push(range(5, c, 6, c));
  });
  rowsOut[7] = ['栏次', null, null, null, ...headers.map((_, j) => j + 1)];
  rowsOut[8] = ['合计', null, null, null, ...total];
  rows.forEach((row, i) => {
    rowsOut[9 + i] = [row.code, null, null, row.name, ...row.values];
    merges.push(range(9 + i, 0, 9 + i, 2));
  });
  return { rows: rowsOut, merges };
}

function toSheet(built: Built): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(built.rows.map((r) => r ?? []));
  ws['!merges'] = built.merges.filter((m) => m.s.r !== m.e.r || m.s.c !== m.e.c);
  return ws;
}

/** Allots each item's amount over the 款 in order, so items and 款 both add up. */
function allot(items: { code: string; amount: number }[], sections: { code: string; amount: number }[]): Map<string, Map<string, number>> {
  const left = sections.map((s) => ({ code: s.code, cents: cents(s.amount) }));
  const out = new Map<string, Map<string, number>>();
  for (const item of items) {
    let need = cents(item.amount);
    const row = new Map<string, number>();
    for (const s of left) {
      if (need === 0) break;
      const take = Math.min(need, s.cents);
      if (take > 0) row.set(s.code, (row.get(s.code) ?? 0) + take / 100);
      s.cents -= take;
      need -= take;
    }
    out.set(item.code, row);
  }
  return out;
}

/** A 附表 detail the export is made from: the detailed unit has it; without it there is nothing to export. */
function detail<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`caijueExport: the unit has no ${what}`);
  return value;
}

export function caijueExport(input: UnitYearInput): Uint8Array {
  const data = unitYearSchema.parse(input);
  const unit = data.unit.name;
  const names = new FunctionalNames(loadCatalog(), data.year, data);
  const byFunction = detail(data.accounts.byFunction, 'accounts.byFunction');
  const codes = [...new Set(byFunction.flatMap((r) => [r.code.slice(0, 3), r.code.slice(0, 5), r.code]))].sort();
  const sumOver = (code: string, pick: (r: (typeof byFunction)[number]) => number) =>
    byFunction.filter((r) => r.code.startsWith(code)).reduce((s, r) => s + cents(pick(r)), 0) / 100;
  const lines = (columns: ((r: (typeof byFunction)[number]) => number)[], dashes: boolean[]) =>
    codes.map((code) => ({
      code,
      name: names.name(code)!,
      values: columns.map((pick, j) => (dashes[j] && sumOver(code, pick) === 0 ? '—' : sumOver(code, pick))),
    }));
  const wb = XLSX.utils.book_new();
  const add = (name: string, built: Built) => XLSX.utils.book_append_sheet(wb, toSheet(built), name.slice(0, 31));

  // Z01: three blocks of 项目 | 行次 | 年初预算数 | 全年预算数 | 决算数.
  const a = data.accounts;
  const income: [string, number][] = [
    ['一、一般公共预算财政拨款收入', a.income.generalBudget],
    ['二、政府性基金预算财政拨款收入', a.income.governmentFund],
    ['三、国有资本经营预算财政拨款收入', a.income.stateCapital],
    ['四、上级补助收入', a.income.superiorSubsidy],
    ['五、事业收入', a.income.business],
    ['六、经营收入', a.income.operating],
    ['七、附属单位上缴收入', a.income.subordinateRemittance],
    ['八、其他收入', a.income.other],
    ['本年收入合计', a.income.total],
    ['使用非财政拨款结余（含专用结余）', a.totals.nonFiscalBalanceUsed],
    ['年初结转和结余', a.totals.openingBalance],
    ['总计', a.totals.income],
  ];
  const classes = codes.filter((c) => c.length === 3);
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八'];
  const functional: [string, number][] = [
    ...classes.map((c, i): [string, number] => [
      `${numerals[i]}、${names.name(c)}`,
      sumOver(c, (r) => Object.values(r.expenditure).reduce((s, v) => s + v, 0)),
    ]),
    ['本年支出合计', a.expenditure.total],
    ['结余分配', a.totals.balanceAllocation],
    ['年末结转和结余', a.totals.closingBalance],
    ['总计', a.totals.expenditure],
  ];
  const nature: [string, number][] = [
    ['基本支出', a.expenditure.basic],
    ['项目支出', a.expenditure.project],
    ['上缴上级支出', a.expenditure.remittanceToSuperior],
    ['经营支出', a.expenditure.operating],
    ['对附属单位补助支出', a.expenditure.subsidyToSubordinate],
    ['本年支出合计', a.expenditure.total],
  ];
  const z01: Cell[][] = [
    ['收入支出决算总表'],
    [null, null, null, null, null, null, null, null, null, null, null, null, null, null, '财决01表'],
    [`编制单位：${unit}`, null, null, null, null, null, null, null, null, null, null, null, null, null, '金额单位：万元'],
    ['收入', null, null, null, null, '支出', null, null, null, null, '支出', null, null, null, null],
  ];
  z01.push(Array.from({ length: 3 }, () => ['项目', '行次', '年初预算数', '全年预算数', '决算数']).flat());
  z01.push(Array.from({ length: 3 }, () => ['栏次', null, 1, 2, 3]).flat());
  const height = Math.max(income.length, functional.length, nature.length);
  for (let i = 0; i < height; i++) {
    const block = (list: [string, number][], offset: number): Cell[] =>
      list[i] ? [list[i]![0], offset + i + 1, '—', '—', list[i]![1]] : [null, null, null, null, null];
    z01.push([...block(income, 0), ...block(functional, 20), ...block(nature, 40)]);
  }
  add('Z01 收入支出决算总表(财决01表)', {
    rows: z01,
    merges: [range(0, 0, 0, 14), range(3, 0, 3, 4), range(3, 5, 3, 9), range(3, 10, 3, 14)],
  });

  // Z03 and Z04: by 功能分类, all funds.
  const incomeKeys = ['fiscal', 'superiorSubsidy', 'business', 'operating', 'subordinateRemittance', 'other'] as const;
  const incomeCols = [
    (r: (typeof byFunction)[number]) => incomeKeys.reduce((s, k) => s + r.income[k], 0),
    ...incomeKeys.map((k) => (r: (typeof byFunction)[number]) => r.income[k]),
  ];
  const incomeRows = lines(incomeCols, [false, false, true, true, true, true, true]);
  add(
    'Z03 收入决算表(财决03表)',
    functionalSheet(
      '收入决算表',
      '财决03表',
      unit,
      [['本年收入合计'], ['财政拨款收入'], ['上级补助收入'], ['事业收入'], ['经营收入'], ['附属单位上缴收入'], ['其他收入']],
      incomeCols.map((pick) => byFunction.reduce((s, r) => s + cents(pick(r)), 0) / 100),
      incomeRows,
    ),
  );
  const expKeys = ['basic', 'project', 'remittanceToSuperior', 'operating', 'subsidyToSubordinate'] as const;
  const expCols = [
    (r: (typeof byFunction)[number]) => expKeys.reduce((s, k) => s + r.expenditure[k], 0),
    ...expKeys.map((k) => (r: (typeof byFunction)[number]) => r.expenditure[k]),
  ];
  add(
    'Z04 支出决算表(财决04表)',
    functionalSheet(
      '支出决算表',
      '财决04表',
      unit,
      [['本年支出合计'], ['基本支出'], ['项目支出'], ['上缴上级支出'], ['经营支出'], ['对附属单位补助支出']],
      expCols.map((pick) => byFunction.reduce((s, r) => s + cents(pick(r)), 0) / 100),
      lines(expCols, [false, false, false, true, true, true]),
    ),
  );

  // Z07: 一般公共预算 by 功能分类 with carry-overs (none here).
  const items = a.generalBudget.items.map((i) => ({
    code: i.code,
    actual: i.actual,
    economic: detail(i.economic, `economic split of ${i.code}`),
  }));
  const itemSum = (code: string, pick: (i: (typeof items)[number]) => number) =>
    items.filter((i) => i.code.startsWith(code)).reduce((s, i) => s + cents(pick(i)), 0) / 100;
  const basicOf = (i: (typeof items)[number]) => i.economic.reduce((s, e) => s + e.basic, 0);
  const projectOf = (i: (typeof items)[number]) => i.economic.reduce((s, e) => s + e.project, 0);
  const gbCodes = [...new Set(items.flatMap((i) => [i.code.slice(0, 3), i.code.slice(0, 5), i.code]))].sort();
  add(
    'Z07 一般公共预算财政拨款收入支出决算表(财决07表)',
    functionalSheet(
      '一般公共预算财政拨款收入支出决算表',
      '财决07表',
      unit,
      [['年初结转和结余'], ['本年收入'], ['本年支出', '合计'], ['本年支出', '基本支出'], ['本年支出', '项目支出'], ['年末结转和结余']],
      [0, a.generalBudget.actual, a.generalBudget.actual, itemSum('', basicOf), itemSum('', projectOf), 0],
      gbCodes.map((code) => ({
        code,
        name: names.name(code)!,
        values: [
          '—',
          itemSum(code, (i) => i.actual),
          itemSum(code, (i) => i.actual),
          itemSum(code, basicOf),
          itemSum(code, projectOf),
          '—',
        ],
      })),
    ),
  );

  // Z08_1 and Z08_2: 一般公共预算 基本 / 项目支出 by 功能分类 × 经济分类 (小计 and 款 of each 类).
  const sections = detail(a.basicExpenditure.economic, 'accounts.basicExpenditure.economic');
  const classesOf = (list: { code: string }[]) => [...new Set(list.map((s) => s.code.slice(0, 3)))].sort();
  const economicNames: Record<string, string> = {
    '301': '工资福利支出',
    '302': '商品和服务支出',
    '30101': '基本工资',
    '30102': '津贴补贴',
    '30107': '绩效工资',
    '30108': '机关事业单位基本养老保险缴费',
    '30112': '其他社会保障缴费',
    '30113': '住房公积金',
    '30201': '办公费',
    '30211': '差旅费',
    '30229': '福利费',
    '30299': '其他商品和服务支出',
  };
  const matrix = (title: string, code: string, part: 'basic' | 'project', sectionList: { code: string; amount: number }[]) => {
    const allotted = new Map<string, Map<string, number>>();
    for (const cls of classesOf(sectionList)) {
      const perItem = items
        .map((i) => ({ code: i.code, amount: i.economic.filter((e) => e.code === cls).reduce((s, e) => s + e[part], 0) }))
        .filter((x) => x.amount !== 0);
      for (const [item, row] of allot(
        perItem,
        sectionList.filter((s) => s.code.startsWith(cls)),
      ))
        allotted.set(item, new Map([...(allotted.get(item) ?? []), ...row]));
    }
    const headers: string[][] = [['合计']];
    const value: ((item: string) => number)[] = [
      (item) => [...(allotted.get(item)?.values() ?? [])].reduce((s, v) => s + cents(v), 0) / 100,
    ];
    for (const cls of classesOf(sectionList)) {
      headers.push([economicNames[cls]!, '小计']);
      value.push((item) => [...(allotted.get(item) ?? [])].filter(([s]) => s.startsWith(cls)).reduce((s, [, v]) => s + cents(v), 0) / 100);
      for (const s of sectionList.filter((x) => x.code.startsWith(cls))) {
        headers.push([economicNames[cls]!, economicNames[s.code]!]);
        value.push((item) => allotted.get(item)?.get(s.code) ?? 0);
      }
    }
    const used = [...allotted.keys()];
    const rowCodes = [...new Set(used.flatMap((c) => [c.slice(0, 3), c.slice(0, 5), c]))].sort();
    const at = (code: string, j: number) => used.filter((u) => u.startsWith(code)).reduce((s, u) => s + cents(value[j]!(u)), 0) / 100;
    add(
      `${code === '财决08-1表' ? 'Z08_1' : 'Z08_2'} ${title}(${code})`,
      functionalSheet(
        title,
        code,
        unit,
        headers,
        headers.map((_, j) => at('', j)),
        rowCodes.map((c) => ({ code: c, name: names.name(c)!, values: headers.map((_, j) => at(c, j)) })),
      ),
    );
  };
  matrix('一般公共预算财政拨款基本支出决算明细表', '财决08-1表', 'basic', sections);
  const projectTotal = items.reduce((s, i) => s + cents(projectOf(i)), 0) / 100;
  matrix('一般公共预算财政拨款项目支出决算明细表', '财决08-2表', 'project', [{ code: '30299', amount: projectTotal }]);

  // Sheets this tool does not read: listed, not silently skipped.
  add('Z05 支出决算明细表(财决05表)', {
    rows: [['支出决算明细表'], [], [`编制单位：${unit}`], ['科目编码', '科目名称', '合计'], ['合计', null, a.expenditure.total]],
    merges: [],
  });
  add('F01 预算支出相关信息表(财决附01表)', {
    rows: [
      ['预算支出相关信息表'],
      [],
      [`编制单位：${unit}`],
      ['项目', '预算数', '决算数'],
      ['“三公”经费', a.threePublic.total.budget, a.threePublic.total.actual],
    ],
    merges: [],
  });
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}
