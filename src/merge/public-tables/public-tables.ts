/**
 * Merge-side layout of 第五部分 附表: takes the computed figures of each table in the pack's
 * order, the pack's table words, the unit line and the empty-table notes; returns the
 * PublicTableViews that the document template and the .xlsx writer both consume. Numbers
 * come from compute only; every word from the pack.
 */
import type { PublicTableData } from '../../compute/public-tables/public-tables-data.js';
import type { PublicTableView } from '../../tables/public-table.js';
import { basicDetailGrid } from './layout-basic-detail.js';
import { functionalGrid, type FigureColumn, type Grid } from './layout-functional.js';
import { threePublicGrid } from './layout-three-public.js';
import { fiscalSummaryGrid, summaryGrid } from './layout-totals.js';
import { word, type TableWords } from './table-words.js';
import { msg } from '../../text/msg.js';

function columns(words: TableWords, keys: [string, string][], group?: string): FigureColumn[] {
  return keys.map(([key, wordKey]) => ({ key, heading: word(words, wordKey), ...(group ? { group } : {}) }));
}

function grid(table: PublicTableData, words: TableWords): Grid {
  switch (table.id) {
    case 'summary':
      return summaryGrid(table.data, words);
    case 'fiscalSummary':
      return fiscalSummaryGrid(table.data, words);
    case 'income':
      return functionalGrid(
        table.data,
        columns(words, [
          ['total', 'currentIncome'],
          ['fiscal', 'fiscalIncome'],
          ['superiorSubsidy', 'income.superiorSubsidy'],
          ['business', 'income.business'],
          ['operating', 'income.operating'],
          ['subordinateRemittance', 'income.subordinateRemittance'],
          ['other', 'income.other'],
        ]),
        words,
      );
    case 'expenditure':
      return functionalGrid(
        table.data,
        columns(words, [
          ['total', 'currentExpenditure'],
          ['basic', 'expenditure.basic'],
          ['project', 'expenditure.project'],
          ['remittanceToSuperior', 'expenditure.remittanceToSuperior'],
          ['operating', 'expenditure.operating'],
          ['subsidyToSubordinate', 'expenditure.subsidyToSubordinate'],
        ]),
        words,
      );
    case 'generalBudget':
    case 'stateCapitalExpenditure':
      return functionalGrid(
        table.data,
        columns(words, [
          ['total', 'total'],
          ['basic', 'expenditure.basic'],
          ['project', 'expenditure.project'],
        ]),
        words,
      );
    case 'governmentFund':
    case 'stateCapital':
      return functionalGrid(
        table.data,
        [
          ...columns(words, [
            ['opening', 'opening'],
            ['income', 'currentYearIncome'],
          ]),
          ...columns(
            words,
            [
              ['total', 'total'],
              ['basic', 'expenditure.basic'],
              ['project', 'expenditure.project'],
            ],
            word(words, 'currentYearExpenditure'),
          ),
          ...columns(words, [['closing', 'closing']]),
        ],
        words,
      );
    case 'fiscalDetail':
    case 'generalBudgetDetail':
    case 'generalBudgetProject':
      // Note: unconfirmed layout choice — 合计 then one column per 经济分类 类 with money in
      // this unit's table (no Sichuan grid of these three tables was found).
      return functionalGrid(
        table.data.rows,
        [{ key: 'total', heading: word(words, 'total') }, ...table.data.classes.map((c) => ({ key: c.code, heading: c.name }))],
        words,
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
  /** The empty-table note of a table, from the pack's template. */
  noteFor: (id: string) => string;
}

export function layoutPublicTables(tables: readonly PublicTableData[], words: TableWords, furniture: TableFurniture): PublicTableView[] {
  return tables.map((table, i) => {
    const g = grid(table, words);
    const title = words.titles[table.id];
    if (typeof title !== 'string') throw new Error(msg`模板包的 wording.json 缺少 publicTables.titles.${table.id}`);
    const width = g.columnWidths.reduce((a, b) => a + b, 0);
    return {
      id: table.id,
      number: i + 1,
      label: words.label.replace('{nn}', String(i + 1).padStart(2, '0')),
      title,
      unitLine: furniture.unitLine,
      amountUnitLine: words.amountUnit,
      ...g,
      note: table.empty ? furniture.noteFor(table.id) : undefined,
      // Note: unconfirmed layout choice — tables wider than a portrait page's 100 units go landscape.
      landscape: width > 100,
    };
  });
}
