/**
 * The tables of single lines: the two 总表 (收入支出决算总表, 公开01 / Z01; 财政拨款收入支出决算
 * 总表, 公开04 / Z01_1), read as blocks side by side (收入 | 支出), each a 项目 column and its
 * figure columns, lines found by their words; and the 财政拨款“三公”经费支出决算表 (公开13), one
 * row of 预算数 and 决算数 under its headings. Takes a TableGrid; pushes figures, checks of the
 * printed totals, and problems. The line names and headings are the editions' (editions.ts).
 *
 * Note: unconfirmed layout assumptions — each block of a 总表 begins with a column headed 项目;
 * a 行次 column is skipped; of several figure columns (Z01: 年初预算数, 全年预算数, 决算数) the
 * 决算数 is read (docs/research/public-tables.md §3 公开01表 and §7 [CODE-Z01, CODE-JSP]; the names
 * [INF]); the 支出 lines that are not totals
 * are 功能分类 类 named without their codes and are checked against the 项 the data holds.
 */
import { loadCatalog } from '../../load-catalog.js';
import { normalizeLabel } from '../cells.js';
import type { TableGrid } from './grid.js';
import { placeIn, readMoney } from './functional-table.js';
import { tableVocabulary, type Headings } from './editions.js';
import { amountText, cents, sumAt, type Segment, type TableFigures } from './table-figures.js';
import { msg } from '../../../text/msg.js';

const headings = (): Headings => tableVocabulary().headings;
/** A line's name without its numbering (一、 （一） 1.). */
const lineLabel = (text: string) => normalizeLabel(text).replace(headings().numbering, '');
const isNumbered = (text: string) => headings().numbering.test(normalizeLabel(text));
const among = (words: readonly string[], text: string) => words.includes(text);

interface Block {
  label: number;
  figures: Map<string, number>;
}

/** Blocks begin at each column headed 项目; a block's figure columns are those up to the next block, 行次 excepted. */
function blocks(grid: TableGrid): Block[] {
  const { item, lineNumbers } = headings();
  const starts = grid.columnPaths.map((p, c) => (among(item, p[p.length - 1] ?? '') ? c : -1)).filter((c) => c >= 0);
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? grid.columnPaths.length;
    const figures = new Map<string, number>();
    for (let c = start + 1; c < end; c++) {
      const last = grid.columnPaths[c]?.[grid.columnPaths[c]!.length - 1];
      if (last && !among(lineNumbers, last) && !figures.has(last)) figures.set(last, c);
    }
    return { label: start, figures };
  });
}

let classCodes: Map<string, string> | undefined;
function classCodeByName(name: string, out: TableFigures): string | undefined {
  for (const [code, printed] of out.names) if (code.length === 3 && normalizeLabel(printed) === name) return code;
  if (!classCodes) {
    classCodes = new Map();
    for (const e of loadCatalog().entries) if (e.code.length === 3) classCodes.set(normalizeLabel(e.name), e.code);
  }
  return classCodes.get(name);
}

function byFunctionClassTotal(data: unknown, cls: string): number | undefined {
  const rows = (data as { accounts?: { byFunction?: { code: string; expenditure?: Record<string, number> }[] } }).accounts?.byFunction;
  if (!rows) return undefined;
  return (
    rows
      .filter((r) => r.code.startsWith(cls))
      .reduce((s, r) => s + Object.values(r.expenditure ?? {}).reduce((a, v) => a + cents(v), 0), 0) / 100
  );
}

function fundItemsClassTotal(data: unknown, fund: string, cls: string): number | undefined {
  const items = (data as { accounts?: Record<string, { items?: { code: string; actual?: number }[] }> }).accounts?.[fund]?.items;
  if (!items) return undefined;
  return items.filter((i) => i.code.startsWith(cls)).reduce((s, i) => s + cents(i.actual ?? 0), 0) / 100;
}

/** The field under `accounts` a line of the 收入支出决算总表 names (editions' summary), as a path. */
const summaryPath = (side: 'income' | 'expenditure', label: string): Segment[] | undefined => {
  const field = headings().summary[side].get(label);
  return field === undefined ? undefined : ['accounts', ...field.split('.')];
};

const FUND_KEYS = ['generalBudget', 'governmentFund', 'stateCapital'] as const;

function readSummary(grid: TableGrid, file: string, out: TableFigures, fiscal: boolean): void {
  const h = headings();
  const found = blocks(grid);
  if (found.length < 2) {
    out.error(placeIn(file, grid, grid.titleRow, 0, msg`表头`), msg`表头中找不到收入、支出两侧的“项目”列`);
    return;
  }
  const [left, right, ...more] = found as [Block, Block, ...Block[]];
  const amountCol = (b: Block) =>
    [...h.amount, ...h.total].map((word) => b.figures.get(word)).find((c) => c !== undefined) ?? [...b.figures.values()][0];
  for (const block of fiscal ? [left] : found) {
    const unread = [...block.figures.entries()].filter(([, c]) => c !== amountCol(block));
    if (unread.length > 0)
      out.note(
        placeIn(file, grid, grid.headerRows[grid.headerRows.length - 1] ?? grid.titleRow, unread[0]![1], msg`表头`),
        msg`列“${unread.map(([w]) => w).join('”“')}”不是本工具的数据（只读取决算数），未读取`,
      );
  }
  let afterOpening = false;
  const fundOf = (label: string): (typeof FUND_KEYS)[number] | undefined =>
    FUND_KEYS.find((key) => h.funds[key].some((word) => label === word || h.fundIncomeSuffix.some((suffix) => label === word + suffix)));
  const isFundLine = (r: number) =>
    FUND_KEYS.some((key) => h.funds[key].some((word) => lineLabel(grid.view.text(r, left.label)).startsWith(word)));
  // Note: where the form numbers its income lines (一、…) and not the 年初结转和结余 breakdown,
  // the numbering tells them apart whatever the order of the rows; otherwise their position does.
  const numberingDecides = grid.dataRows.some((r) => isFundLine(r) && isNumbered(grid.view.text(r, left.label)));
  for (const r of grid.dataRows) {
    // Income side.
    const l = lineLabel(grid.view.text(r, left.label));
    const lc = amountCol(left);
    if (l !== '' && !among(h.columnNumbers, l) && lc !== undefined) {
      const v = readMoney(grid, file, r, lc, `${l}`, out);
      const place = placeIn(file, grid, r, lc, l);
      let path: Segment[] | undefined;
      if (!fiscal) path = summaryPath('income', l);
      else {
        const fund = fundOf(l);
        if (among(h.fiscalSummary.opening, l)) {
          path = ['accounts', 'fiscalTotals', 'openingBalance'];
          afterOpening = true;
        } else if (fund) {
          const numbered = isNumbered(grid.view.text(r, left.label));
          const opening = numberingDecides ? !numbered : afterOpening;
          path = opening ? ['accounts', 'fiscalTotals', 'openingByFund', fund] : ['accounts', 'income', fund];
        } else if (among(h.fiscalSummary.grandTotal, l)) path = ['accounts', 'fiscalTotals', 'income'];
        else if (among(h.fiscalSummary.currentIncome, l) && v !== undefined) {
          out.expectations.push({
            value: v,
            place,
            what: msg`三项财政拨款收入之和`,
            expected: (data) => sumAt(data, ['accounts', 'income'], [...FUND_KEYS]),
          });
          path = undefined;
        }
      }
      if (v !== undefined && path) out.figures.push({ path, value: v, place });
      else if (v !== undefined && !(fiscal && among(h.fiscalSummary.currentIncome, l)) && cents(v) !== 0)
        out.error(place, msg`不认识的收入项目“${grid.view.text(r, left.label)}”，其金额无法归入数据`);
    }
    // Expenditure side: one block (公开01), or two (Z01: by 功能分类 类, and by nature).
    if (!fiscal) {
      for (const block of [right, ...more]) readExpenditureLine(grid, file, out, block, r, amountCol(block));
      continue;
    }
    const rText = grid.view.text(r, right.label);
    const rl = lineLabel(rText);
    if (rl === '' || among(h.columnNumbers, rl)) continue;
    // 财政拨款: 合计 and one column per budget.
    const column = (words: readonly string[]) => words.map((word) => right.figures.get(word)).find((c) => c !== undefined);
    const cols = {
      total: column(h.total),
      ...Object.fromEntries(FUND_KEYS.map((key) => [key, column(h.funds[key])])),
    } as Record<string, number | undefined>;
    const values: Record<string, number | undefined> = {};
    for (const [key, col] of Object.entries(cols))
      if (col !== undefined) values[key] = readMoney(grid, file, r, col, `${rl}·${grid.columnPaths[col]!.join('·')}`, out);
    const place = (key: string) => placeIn(file, grid, r, cols[key]!, `${rl}·${grid.columnPaths[cols[key]!]!.join('·')}`);
    const fundsSum = FUND_KEYS.reduce((s, k) => s + cents(values[k] ?? 0), 0);
    if (values.total !== undefined && FUND_KEYS.every((k) => values[k] !== undefined) && fundsSum !== cents(values.total)) {
      out.error(place('total'), msg`合计为${amountText(values.total)}，应等于三项财政拨款之和${amountText(fundsSum / 100)}`);
    }
    const put = (key: string, path: Segment[]) => {
      if (values[key] !== undefined) out.figures.push({ path, value: values[key], place: place(key) });
    };
    if (among(h.fiscalSummary.currentExpenditure, rl)) for (const k of FUND_KEYS) put(k, ['accounts', k, 'actual']);
    else if (among(h.fiscalSummary.closing, rl)) {
      put('total', ['accounts', 'fiscalTotals', 'closingBalance']);
      for (const k of FUND_KEYS) put(k, ['accounts', 'fiscalTotals', 'closingByFund', k]);
    } else if (among(h.fiscalSummary.grandTotal, rl)) put('total', ['accounts', 'fiscalTotals', 'expenditure']);
    else {
      const cls = classCodeByName(rl, out);
      if (!cls) {
        if (Object.values(values).some((v) => v !== undefined && cents(v) !== 0))
          out.error(place('total'), msg`不认识的支出项目“${rText}”（不是功能分类的“类”名称），其金额无法核对`);
        continue;
      }
      put('generalBudget', ['accounts', 'generalBudget', 'classes', { code: cls }, 'actual']);
      for (const k of FUND_KEYS.slice(1)) {
        const v = values[k];
        if (v !== undefined)
          out.expectations.push({
            value: v,
            place: place(k),
            what: msg`${k === 'governmentFund' ? '政府性基金' : '国有资本经营'}预算${cls}类各项支出之和`,
            expected: (data) => fundItemsClassTotal(data, k, cls),
          });
      }
    }
  }
}

/** One line of the 支出 side of the 收入支出决算总表: a total, a 支出 by nature, or a 功能分类 类. */
function readExpenditureLine(grid: TableGrid, file: string, out: TableFigures, block: Block, r: number, col: number | undefined): void {
  const text = grid.view.text(r, block.label);
  const label = lineLabel(text);
  if (label === '' || among(headings().columnNumbers, label) || col === undefined) return;
  const v = readMoney(grid, file, r, col, label, out);
  if (v === undefined) return;
  const place = placeIn(file, grid, r, col, label);
  const path = summaryPath('expenditure', label);
  if (path) {
    out.figures.push({ path, value: v, place });
    return;
  }
  const cls = classCodeByName(label, out);
  if (!cls) {
    if (cents(v) !== 0) out.error(place, msg`不认识的支出项目“${text}”（不是支出的性质，也不是功能分类的“类”名称），其金额无法归入或核对`);
    return;
  }
  out.expectations.push({
    value: v,
    place,
    what: msg`按功能分类列示的${cls}类各项支出之和`,
    expected: (data) => byFunctionClassTotal(data, cls),
  });
}

/** The columns of the “三公” table by the field under accounts.threePublic they fill. */
const THREE_PUBLIC_PATHS: Record<keyof Headings['threePublic'], string[]> = {
  total: ['total'],
  abroad: ['abroad'],
  vehicle: ['vehicle'],
  purchase: ['vehicle', 'purchase'],
  operation: ['vehicle', 'operation'],
  reception: ['reception'],
};

function readThreePublic(grid: TableGrid, file: string, out: TableFigures): void {
  const h = headings();
  const row = grid.dataRows.find((r) => !among(h.columnNumbers, normalizeLabel(grid.view.text(r, 0))));
  if (row === undefined) {
    out.error(placeIn(file, grid, grid.titleRow, 0, msg`数据行`), msg`表中没有数据行`);
    return;
  }
  const values = new Map<string, number>();
  for (const [column, path] of Object.entries(THREE_PUBLIC_PATHS) as [keyof Headings['threePublic'], string[]][]) {
    const levels = h.threePublic[column];
    const heading = levels.map((alternatives) => alternatives[0]!).join('·');
    for (const [measures, key] of [
      [h.budget, 'budget'],
      [h.actual, 'actual'],
    ] as const) {
      const has = (path: readonly string[], level: readonly string[]) => path.some((t) => level.includes(t));
      const last = (path: readonly string[]) => measures.includes(path[path.length - 1] ?? '');
      let col = grid.columnPaths.findIndex((p) => last(p) && levels.every((level) => has(p, level)));
      // A form without the 小计 heading prints the vehicle total right under its own heading.
      if (col < 0 && levels.length > 1 && levels.slice(1).every((level) => level.some((t) => h.subtotal.includes(t))))
        col = grid.columnPaths.findIndex((p) => p.length >= 2 && levels[0]!.includes(p[p.length - 2]!) && last(p));
      const what = `${heading}·${measures[0]}`;
      if (col < 0) {
        out.error(placeIn(file, grid, grid.titleRow, 0, msg`表头`), msg`表头中找不到“${what}”列`);
        continue;
      }
      const v = readMoney(grid, file, row, col, what, out);
      if (v === undefined) continue;
      values.set(`${path.join('.')}.${key}`, v);
      out.figures.push({ path: ['accounts', 'threePublic', ...path, key], value: v, place: placeIn(file, grid, row, col, what) });
    }
  }
  for (const key of ['budget', 'actual']) {
    const get = (p: string) => cents(values.get(`${p}.${key}`) ?? 0);
    const measure = key === 'budget' ? h.budget[0]! : h.actual[0]!;
    if (get('total') !== get('abroad') + get('vehicle') + get('reception'))
      out.error(
        placeIn(file, grid, row, 0, msg`合计·${measure}`),
        msg`合计应等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和（${amountText((get('abroad') + get('vehicle') + get('reception')) / 100)}）`,
      );
    if (get('vehicle') !== get('vehicle.purchase') + get('vehicle.operation'))
      out.error(
        placeIn(file, grid, row, 0, msg`公务用车购置及运行维护费·${measure}`),
        msg`小计应等于购置费与运行维护费之和（${amountText((get('vehicle.purchase') + get('vehicle.operation')) / 100)}）`,
      );
  }
}

export function readSummaryTable(grid: TableGrid, file: string, out: TableFigures): boolean {
  if (grid.kind === 'summary') readSummary(grid, file, out, false);
  else if (grid.kind === 'fiscalSummary') readSummary(grid, file, out, true);
  else if (grid.kind === 'threePublic') readThreePublic(grid, file, out);
  else return false;
  return true;
}
