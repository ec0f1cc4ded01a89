/**
 * Merge-side layout of 第五部分 附表: takes the computed figures of each table in the pack's
 * order, the edition's form description (TableWords: the pack's wording.json `publicTables`),
 * the unit line and the notes' templates; returns the PublicTableViews that the document
 * template and the .xlsx writer both consume, so the three formats print the same form.
 * Numbers come from compute only; every word from the pack.
 */
import type { PublicTableData } from '../../compute/public-tables/public-tables-data.js';
import type { PublicTableView } from '../../tables/public-table.js';
import type { PublicTableId } from '../../tables/table-ids.js';
import { basicDetailGrid } from './layout-basic-detail.js';
import { functionalGrid, type ColumnWidths, type Grid } from './layout-functional.js';
import { threePublicGrid } from './layout-three-public.js';
import { fiscalSummaryGrid, summaryGrid } from './layout-totals.js';
import { columnsOf, formOf, type TableWords } from './table-words.js';
import { msg } from '../../text/msg.js';

/**
 * Relative widths of the code, name and money columns (see layout-functional). Note: the code
 * columns are wider than Noto's digits need: LibreOffice without Times New Roman draws the
 * .docx's digits in DejaVu Serif, a seventh wider.
 */
const WIDTHS: ColumnWidths = { code: [6, 8, 11], name: 22, money: 10 };
/**
 * The 经济分类 明细表 have ten money columns: narrower code and name columns, at 小五 (the
 * form's size), on a landscape page: as narrow as Noto's (and Times New Roman's) digits allow.
 */
const ECONOMIC_WIDTHS: ColumnWidths = { code: [5, 7, 9], name: 16, money: 10 };

function grid(table: PublicTableData, words: TableWords): Grid {
  const fixed = (id: PublicTableId) => ({ kind: 'fixed' as const, id });
  switch (table.id) {
    case 'summary':
      return summaryGrid(table.data, words);
    case 'fiscalSummary':
      return fiscalSummaryGrid(table.data, words);
    case 'income':
    case 'expenditure':
    case 'generalBudget':
    case 'stateCapitalExpenditure':
    case 'governmentFund':
    case 'stateCapital':
      return functionalGrid(table.data, columnsOf(words, table.id), fixed(table.id), words, WIDTHS);
    case 'fiscalDetail':
    case 'generalBudgetDetail':
    case 'generalBudgetProject':
      return functionalGrid(
        table.data.rows,
        columnsOf(words, table.id),
        { kind: 'byClass', extra: table.data.classes },
        words,
        ECONOMIC_WIDTHS,
      );
    case 'basicDetail':
      return basicDetailGrid(table.data, words);
    case 'threePublic':
    case 'threePublicGeneral':
    case 'threePublicFund':
      return threePublicGrid(table.data, words);
  }
}

export interface TableFurniture {
  unitLine: string;
  /** The 注 line under a table, from the pack's template, given the form's subject (本年度…). */
  formNote: (subject: string) => string;
  /** The note of a table without figures, from the pack's template. */
  emptyNote: (id: string) => string;
}

export function layoutPublicTables(tables: readonly PublicTableData[], words: TableWords, furniture: TableFurniture): PublicTableView[] {
  return tables.map((table, i) => {
    const form = formOf(words, table.id);
    const g = grid(table, words);
    const title = words.titles[table.id];
    if (typeof title !== 'string') throw new Error(msg`模板包的 wording.json 缺少 publicTables.titles.${table.id}`);
    const ordinal = words.numerals[i];
    if (ordinal === undefined) throw new Error(msg`模板包的 wording.json 中 publicTables.numerals 不够 ${i + 1} 个`);
    return {
      id: table.id,
      number: i + 1,
      label: words.label.replace('{nn}', String(i + 1).padStart(2, '0')),
      title,
      ordinal,
      unitLine: furniture.unitLine,
      amountUnitLine: words.amountUnit,
      ...g,
      notes: [...(form.note === undefined ? [] : [furniture.formNote(form.note)]), ...(table.empty ? [furniture.emptyNote(table.id)] : [])],
      orientation: form.orientation,
      size: form.size ?? 'small',
      onePage: form.onePage === true,
    };
  });
}
