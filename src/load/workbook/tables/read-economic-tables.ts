/**
 * The tables by 经济分类: the 明细表 whose rows are 功能分类 项 and whose columns are 经济分类
 * 类 (公开05、07、09; in the 财决 export Z08, Z08_1, Z08_2 with a 小计 and the 款 of each 类),
 * and the 基本支出决算明细表 (公开08) whose rows are 经济分类 类 and 款 in two panels, 人员经费 and
 * 公用经费. Takes a TableGrid; pushes the 经济分类 cells of each item (combined into its split
 * of 基本 and 项目支出 once every table is read), the 基本支出 by 款, and problems.
 *
 * Note: unconfirmed layout assumptions — a 经济分类 column is headed by its 类 name (or code
 * and name), a 财决 类 block by the 类 name over 小计 and its 款 names (docs/research/public-tables.md
 * §3 公开07表, §7: [INF] for the column set and the heading words); 309 and 310 share 款 names, so a
 * 款 is identified under its 类's heading, never by its name alone.
 */
import { loadEconomicCatalog } from '../../load-catalog.js';
import { normalizeLabel } from '../cells.js';
import type { TableGrid } from './grid.js';
import { tableVocabulary } from './editions.js';
import { placeIn, readFunctional, readMoney, type ColumnWanted } from './functional-table.js';
import { amountText, cents, type EconomicPart, type TableFigures } from './table-figures.js';
import { msg } from '../../../text/msg.js';

interface EconomicColumn {
  col: number;
  cls: string;
  /** A 款 column (the 财决 export); absent for a 类 (or 小计) column. */
  section?: string;
}

let catalogIndex: { classByName: Map<string, string>; sectionByName: Map<string, string> } | undefined;

function catalog() {
  if (catalogIndex) return catalogIndex;
  const classByName = new Map<string, string>();
  const sectionByName = new Map<string, string>();
  for (const e of loadEconomicCatalog().entries) {
    if (e.code.length === 3) classByName.set(normalizeLabel(e.name), e.code);
    else sectionByName.set(`${e.code.slice(0, 3)}|${normalizeLabel(e.name)}`, e.code);
  }
  catalogIndex = { classByName, sectionByName };
  return catalogIndex;
}

/** The 经济分类 columns of a 明细表: 类 columns, and 款 columns under a 类 heading. */
function economicColumns(grid: TableGrid): EconomicColumn[] {
  const { classByName, sectionByName } = catalog();
  const { subtotal, total } = tableVocabulary().headings;
  const columns: EconomicColumn[] = [];
  grid.columnPaths.forEach((path, col) => {
    let cls: string | undefined;
    let clsAt = -1;
    path.forEach((t, i) => {
      const coded = /^(\d{3})(?!\d)/.exec(t);
      const c = coded ? coded[1] : classByName.get(t);
      if (c && cls === undefined) {
        cls = c;
        clsAt = i;
      }
    });
    if (cls === undefined) return;
    const below = path.slice(clsAt + 1);
    if (below.length === 0 || below.every((t) => subtotal.includes(t) || total.includes(t))) {
      columns.push({ col, cls });
      return;
    }
    const last = below[below.length - 1]!;
    const coded = /^(\d{5})(?!\d)/.exec(last);
    const section = coded ? coded[1] : sectionByName.get(`${cls}|${last.replace(/^\d{5}/, '')}`);
    if (section) columns.push({ col, cls, section });
  });
  return columns;
}

const PART: Partial<Record<TableGrid['kind'], { part: EconomicPart; funds: 'all' | 'generalBudget' }>> = {
  fiscalDetail: { part: 'all', funds: 'all' },
  generalBudgetDetail: { part: 'all', funds: 'generalBudget' },
  generalBudgetProject: { part: 'project', funds: 'generalBudget' },
  basicDetail: { part: 'basic', funds: 'generalBudget' },
};

/** A 明细表 by 功能分类 项 × 经济分类. */
function readMatrix(grid: TableGrid, file: string, out: TableFigures): void {
  const { part, funds } = PART[grid.kind]!;
  const columns = economicColumns(grid);
  const wanted: ColumnWanted[] = [{ key: 'total', labels: tableVocabulary().headings.total }];
  const read = readFunctional(
    grid,
    file,
    wanted,
    out,
    columns.map((c) => c.col),
  );
  if (!read) return;
  out.kinds.add(`${funds}:${part}`);
  const classCols = columns.filter((c) => !c.section);
  const sectionCols = columns.filter((c) => c.section);
  const rows = [...(read.total ? [read.total] : []), ...read.rows];
  for (const row of rows) {
    const what = row.code ? `${row.code} ${row.name}` : msg`合计`;
    const byClass = new Map<string, { value: number; col: number }>();
    for (const c of classCols) {
      const v = readMoney(grid, file, row.row, c.col, `${what}·${grid.columnPaths[c.col]!.join('·')}`, out);
      if (v !== undefined) byClass.set(c.cls, { value: v, col: c.col });
    }
    const bySection = new Map<string, { value: number; col: number; cls: string }>();
    for (const c of sectionCols) {
      const v = readMoney(grid, file, row.row, c.col, `${what}·${grid.columnPaths[c.col]!.join('·')}`, out);
      if (v !== undefined) bySection.set(c.section!, { value: v, col: c.col, cls: c.cls });
    }
    // 类 (小计) = Σ its 款, where the 款 are printed; 合计 = Σ 类.
    for (const [cls, v] of byClass) {
      const sections = [...bySection.values()].filter((s) => s.cls === cls);
      const sum = sections.reduce((s, x) => s + cents(x.value), 0);
      if (sections.length > 0 && sum !== cents(v.value))
        out.error(
          placeIn(file, grid, row.row, v.col, `${what}·${cls}`),
          msg`小计为${amountText(v.value)}，应等于其下各款之和${amountText(sum / 100)}`,
        );
    }
    const total = row.values.get('total');
    const classSum = [...byClass.values()].reduce((s, x) => s + cents(x.value), 0);
    if (total && byClass.size > 0 && classSum !== cents(total.value))
      out.error(
        placeIn(file, grid, row.row, total.col, msg`${what}·合计`),
        msg`合计为${amountText(total.value)}，应等于各经济分类之和${amountText(classSum / 100)}`,
      );
    if (row.code.length === 7) {
      for (const [cls, v] of byClass) {
        if (cents(v.value) !== 0)
          out.economic.push({
            table: grid.title,
            part,
            funds,
            item: row.code,
            cls,
            value: v.value,
            place: placeIn(file, grid, row.row, v.col, `${what}·${grid.columnPaths[v.col]!.join('·')}`),
          });
      }
    }
    // The 财决 基本支出明细 (Z08_1): its 合计 row gives the 基本支出 by 款.
    if (!row.code && part === 'basic' && bySection.size > 0) {
      const economic = [...bySection.entries()].filter(([, v]) => cents(v.value) !== 0).map(([code, v]) => ({ code, amount: v.value }));
      out.figures.push({
        path: ['accounts', 'basicExpenditure', 'economic'],
        value: economic,
        place: placeIn(file, grid, row.row, sectionCols[0]!.col, msg`合计·按经济分类“款”`),
      });
      if (total)
        out.figures.push({
          path: ['accounts', 'basicExpenditure', 'actual'],
          value: total.value,
          place: placeIn(file, grid, row.row, total.col, msg`合计`),
        });
    }
  }
}

/** 公开08: two panels, each 经济分类科目编码 | 科目名称 | 决算数, with 人员经费合计 and 公用经费合计. */
function readPanels(grid: TableGrid, file: string, out: TableFigures): void {
  const h = tableVocabulary().headings;
  const panels: { code: number; amount: number }[] = [];
  grid.columnPaths.forEach((path, col) => {
    const last = path[path.length - 1] ?? '';
    if (h.codeEnding.some((ending) => last.endsWith(ending))) {
      const amount = grid.columnPaths.findIndex((p, c) => c > col && h.amount.includes(p[p.length - 1] ?? ''));
      if (amount > col) panels.push({ code: col, amount });
    }
  });
  if (panels.length === 0) {
    out.error(placeIn(file, grid, grid.titleRow, 0, msg`表头`), msg`表头中找不到“经济分类科目编码”与“决算数”列`);
    return;
  }
  const sections: { code: string; amount: number }[] = [];
  const classes: { code: string; amount: number; row: number; col: number }[] = [];
  const totals = new Map<string, { value: number; row: number; col: number }>();
  for (const r of grid.dataRows) {
    for (const panel of panels) {
      const label = normalizeLabel(grid.view.text(r, panel.code));
      if (label === '' || h.columnNumbers.includes(label)) continue;
      const amount = readMoney(grid, file, r, panel.amount, msg`${label}·决算数`, out);
      if (amount === undefined) continue;
      if (/^\d{5}$/.test(label)) sections.push({ code: label, amount });
      else if (/^\d{3}$/.test(label)) classes.push({ code: label, amount, row: r, col: panel.amount });
      else if (h.personnelTotal.includes(label)) totals.set('personnel', { value: amount, row: r, col: panel.amount });
      else if (h.publicCostsTotal.includes(label)) totals.set('publicCosts', { value: amount, row: r, col: panel.amount });
      else if (cents(amount) !== 0)
        out.error(
          placeIn(file, grid, r, panel.code, label),
          msg`此行有金额，但不是经济分类科目编码，也不是人员经费合计或公用经费合计，无法归入数据`,
        );
    }
  }
  for (const c of classes) {
    const sum = sections.filter((s) => s.code.startsWith(c.code)).reduce((s, x) => s + cents(x.amount), 0);
    if (sum !== cents(c.amount))
      out.error(
        placeIn(file, grid, c.row, c.col, msg`${c.code}·决算数`),
        msg`类合计为${amountText(c.amount)}，应等于其下各款之和${amountText(sum / 100)}`,
      );
  }
  const economic = sections.filter((s) => cents(s.amount) !== 0).sort((a, b) => (a.code < b.code ? -1 : 1));
  out.figures.push({
    path: ['accounts', 'basicExpenditure', 'economic'],
    value: economic,
    place: placeIn(file, grid, grid.dataRows[0] ?? grid.titleRow, panels[0]!.amount, msg`按经济分类“款”`),
  });
  for (const [key, label] of [
    ['personnel', h.personnelTotal[0]!],
    ['publicCosts', h.publicCostsTotal[0]!],
  ] as const) {
    const t = totals.get(key);
    if (t)
      out.figures.push({ path: ['accounts', 'basicExpenditure', key], value: t.value, place: placeIn(file, grid, t.row, t.col, label) });
  }
}

export function readEconomicTable(grid: TableGrid, file: string, out: TableFigures): boolean {
  if (!PART[grid.kind]) return false;
  // 公开08 has panels of 经济分类 rows; the 财决 Z08_1 of the same title has 功能分类 rows.
  const { economicCode } = tableVocabulary().headings;
  if (grid.kind === 'basicDetail' && grid.columnPaths.some((p) => economicCode.some((heading) => p[p.length - 1]?.endsWith(heading))))
    readPanels(grid, file, out);
  else readMatrix(grid, file, out);
  return true;
}
