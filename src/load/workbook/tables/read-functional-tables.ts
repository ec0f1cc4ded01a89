/**
 * The 公开表 and 财决 tables whose rows are 功能分类 项, read into figures of the data:
 * 收入决算表 / 支出决算表 (公开02、03; Z03、Z04) → accounts.byFunction and the 收入、支出 lines;
 * 一般公共预算财政拨款支出决算表 (公开06) and its 财决 form with carry-overs (Z07) →
 * generalBudget items, classes and totals; the 政府性基金 and 国有资本经营 tables (公开10–12) →
 * their items with 年初/年末结转和结余. Each row's own identity (合计 = 基本 + 项目, 年初 + 收入
 * − 支出 = 年末) is checked here. Takes a TableGrid; pushes figures and problems.
 *
 * Note: unconfirmed layout assumptions — Z03/Z04/Z07 carry the same column headings as the
 * 公开表 they feed (docs/research/public-tables.md §7, [INF]; the editions' headings, editions.ts);
 * Z07's 本年收入 of the 合计 row is the 一般公共预算财政拨款收入.
 */
import type { TableGrid } from './grid.js';
import { tableVocabulary } from './editions.js';
import { placeIn, readFunctional, rowFigurePlace, type ColumnWanted, type FunctionalRead, type FunctionalRow } from './functional-table.js';
import { amountText, cents, sumAt, type Segment, type TableFigures } from './table-figures.js';
import { msg } from '../../../text/msg.js';

type Fund = 'generalBudget' | 'governmentFund' | 'stateCapital';

/** The figure columns of a family of tables (their words are the editions', editions.ts). */
const columns = (family: 'income' | 'expenditure' | 'split' | 'flow') => tableVocabulary().headings.columns[family];
const keys = (wanted: readonly ColumnWanted[], ...except: string[]) => wanted.map((c) => c.key).filter((k) => !except.includes(k));

const value = (row: FunctionalRow, key: string): number | undefined => row.values.get(key)?.value;

function figure(out: TableFigures, file: string, grid: TableGrid, row: FunctionalRow, key: string, path: Segment[]): void {
  const v = row.values.get(key);
  if (!v) return;
  out.figures.push({
    path,
    value: v.value,
    place: placeIn(
      file,
      grid,
      row.row,
      v.col,
      msg`${row.code || '合计'}${row.name && row.code ? ` ${row.name}` : ''}·${grid.columnPaths[v.col]!.join('·')}`,
    ),
  });
}

/** A row's figures must satisfy `total = Σ parts` (or, with minus, total = a + b − c). */
function identity(
  out: TableFigures,
  file: string,
  grid: TableGrid,
  read: FunctionalRead,
  total: string,
  plus: string[],
  minus: string[] = [],
  what: string,
): void {
  for (const row of [...(read.total ? [read.total] : []), ...read.rows]) {
    const t = value(row, total);
    if (t === undefined) continue;
    const sum = plus.reduce((s, k) => s + cents(value(row, k) ?? 0), 0) - minus.reduce((s, k) => s + cents(value(row, k) ?? 0), 0);
    if (sum !== cents(t)) {
      const col = row.values.get(total)!.col;
      out.error(rowFigurePlace(file, grid, row, col), msg`为${amountText(t)}，应等于${what}${amountText(sum / 100)}`);
    }
  }
}

const items = (read: FunctionalRead) => read.rows.filter((r) => r.code.length === 7);

function readIncome(grid: TableGrid, file: string, out: TableFigures): void {
  const wanted = columns('income');
  const read = readFunctional(grid, file, wanted, out);
  if (!read) return;
  const sources = keys(wanted, 'total');
  identity(out, file, grid, read, 'total', sources, [], msg`各项收入之和`);
  for (const row of items(read))
    for (const key of sources) figure(out, file, grid, row, key, ['accounts', 'byFunction', { code: row.code }, 'income', key]);
  if (!read.total) return;
  figure(out, file, grid, read.total, 'total', ['accounts', 'income', 'total']);
  // Note: 财政拨款收入 of the 合计 row is the sum of the data's three fund lines, checked below.
  for (const key of keys(wanted, 'total', 'fiscal')) figure(out, file, grid, read.total, key, ['accounts', 'income', key]);
  const fiscal = read.total.values.get('fiscal');
  if (fiscal) {
    out.expectations.push({
      value: fiscal.value,
      place: placeIn(file, grid, read.total.row, fiscal.col, msg`合计·财政拨款收入`),
      what: msg`一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入之和`,
      expected: (data) => sumAt(data, ['accounts', 'income'], ['generalBudget', 'governmentFund', 'stateCapital']),
    });
  }
}

function readExpenditure(grid: TableGrid, file: string, out: TableFigures): void {
  const wanted = columns('expenditure');
  const read = readFunctional(grid, file, wanted, out);
  if (!read) return;
  const natures = keys(wanted, 'total');
  identity(out, file, grid, read, 'total', natures, [], msg`各项支出之和`);
  for (const row of items(read))
    for (const key of natures) figure(out, file, grid, row, key, ['accounts', 'byFunction', { code: row.code }, 'expenditure', key]);
  if (read.total) for (const key of keys(wanted)) figure(out, file, grid, read.total, key, ['accounts', 'expenditure', key]);
}

function readFund(grid: TableGrid, file: string, fund: Fund, out: TableFigures, flow: boolean): void {
  const read = readFunctional(grid, file, columns(flow ? 'flow' : 'split'), out);
  if (!read) return;
  identity(out, file, grid, read, 'total', ['basic', 'project'], [], msg`基本支出与项目支出之和`);
  if (flow) identity(out, file, grid, read, 'closing', ['opening', 'income'], ['total'], msg`年初结转和结余 + 本年收入 − 本年支出`);
  for (const row of items(read)) {
    figure(out, file, grid, row, 'total', ['accounts', fund, 'items', { code: row.code }, 'actual']);
    if (flow && (fund !== 'generalBudget' || cents(value(row, 'opening') ?? 0) !== 0))
      figure(out, file, grid, row, 'opening', ['accounts', fund, 'items', { code: row.code }, 'opening']);
    if (flow && (fund !== 'generalBudget' || cents(value(row, 'closing') ?? 0) !== 0))
      figure(out, file, grid, row, 'closing', ['accounts', fund, 'items', { code: row.code }, 'closing']);
    const basic = value(row, 'basic');
    const project = value(row, 'project');
    if (basic !== undefined && project !== undefined)
      out.natures.push({
        fund,
        item: row.code,
        basic,
        project,
        place: placeIn(file, grid, row.row, read.columns.get('basic')!, msg`${row.code} ${row.name}·基本支出`),
      });
  }
  if (fund === 'generalBudget')
    for (const row of read.rows.filter((r) => r.code.length === 3))
      figure(out, file, grid, row, 'total', ['accounts', 'generalBudget', 'classes', { code: row.code }, 'actual']);
  if (!read.total) return;
  figure(out, file, grid, read.total, 'total', ['accounts', fund, 'actual']);
  if (fund === 'generalBudget') figure(out, file, grid, read.total, 'basic', ['accounts', 'basicExpenditure', 'actual']);
  if (flow) {
    figure(out, file, grid, read.total, 'income', ['accounts', 'income', fund]);
    figure(out, file, grid, read.total, 'opening', ['accounts', 'fiscalTotals', 'openingByFund', fund]);
    figure(out, file, grid, read.total, 'closing', ['accounts', 'fiscalTotals', 'closingByFund', fund]);
  }
}

const READERS: Partial<Record<TableGrid['kind'], (grid: TableGrid, file: string, out: TableFigures) => void>> = {
  income: readIncome,
  expenditure: readExpenditure,
  generalBudget: (grid, file, out) => readFund(grid, file, 'generalBudget', out, false),
  generalBudgetFlow: (grid, file, out) => readFund(grid, file, 'generalBudget', out, true),
  governmentFund: (grid, file, out) => readFund(grid, file, 'governmentFund', out, true),
  stateCapital: (grid, file, out) => readFund(grid, file, 'stateCapital', out, true),
  stateCapitalExpenditure: (grid, file, out) => readFund(grid, file, 'stateCapital', out, false),
};

export function readFunctionalTable(grid: TableGrid, file: string, out: TableFigures): boolean {
  const read = READERS[grid.kind];
  read?.(grid, file, out);
  return read !== undefined;
}
