/**
 * The words the readers of a unit's 公开表 and 财决 workbooks look for, from the edition files
 * (data/editions/*.json, src/schema/table-edition.ts), read and checked once per process.
 * Takes nothing (or another folder of editions, for a test); returns a TableVocabulary: the
 * kind of table a title names, the tables recognised but not read, the page furniture
 * (labels, unit and 金额单位 lines, notes, the 财决 sheet code) and the headings and row
 * names of every edition, all normalised as the readers compare them (normalizeLabel).
 *
 * Every edition is taken at once: a unit's workbook says nothing of its edition but its
 * titles, and the 财决 export shares titles with the 公开表 (Z03 收入决算表 = 公开02表), so
 * each reader tells the variants apart by their headings, never by the sheet name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssues, installChineseLocale } from '../../../schema/format-issues.js';
import {
  tableEditionSchema,
  type ColumnHeading,
  type TableEdition,
  type TableHeadings,
  type TableKind,
} from '../../../schema/table-edition.js';
import { normalizeLabel } from '../cells.js';
import { msg } from '../../../text/msg.js';

export type { TableKind };

const EDITIONS_DIR = fileURLToPath(new URL('../../../../data/editions/', import.meta.url));

/** A figure column the readers want, its words normalised. */
export interface ColumnWanted {
  key: string;
  /** Header words of the column's own (lowest) header cell, any of them. */
  labels: readonly string[];
  /** A header word that must stand above it (本年支出 over 合计). */
  under?: string;
  /** Not every variant of the table has this column. */
  optional?: boolean;
}

type Columns = TableHeadings['columns'];

/** The headings of every edition, normalised; lists are alternatives. */
export interface Headings {
  total: string[];
  columnNumbers: string[];
  lineNumbers: string[];
  item: string[];
  subtotal: string[];
  codeLevels: [string, string, string];
  codeEnding: string[];
  subjectName: string[];
  amount: string[];
  budget: string[];
  actual: string[];
  economicCode: string[];
  personnelTotal: string[];
  publicCostsTotal: string[];
  funds: Record<'generalBudget' | 'governmentFund' | 'stateCapital', string[]>;
  fundIncomeSuffix: string[];
  /** The figure columns of each family of 功能分类 tables, in the order the edition lists them. */
  columns: { [family in keyof Columns]: ColumnWanted[] };
  /** 收入支出决算总表: a line's name → the field under `accounts` (a dotted path). */
  summary: { income: Map<string, string>; expenditure: Map<string, string> };
  fiscalSummary: Record<'opening' | 'closing' | 'currentIncome' | 'currentExpenditure' | 'grandTotal', string[]>;
  /** The “三公” table's columns: the header words from the top, each level's alternatives. */
  threePublic: Record<keyof TableHeadings['threePublic'], string[][]>;
  numbering: RegExp;
  unitAndYear: RegExp;
}

export interface TableVocabulary {
  kindOfTitle(text: string): TableKind | undefined;
  /** Why a table with this title is not read, when an edition lists it so. */
  unreadBecause(text: string): string | undefined;
  /** A whole cell that is a table's label (公开01表, 财决08-1表), not a header. */
  isLabel(text: string): boolean;
  /** The 财决 sheet code at the start of a sheet name (Z08_1), if it has one. */
  sheetCode(sheetName: string): string | undefined;
  /** 编制单位：XX and the like, on a line made NFKC without spaces: the unit's name in group 2. */
  unitLine: RegExp;
  /** 金额单位：万元 and the like: the unit in group 1. */
  amountLine: RegExp;
  /** The 万元 of the amount line (all figures are read as 万元). */
  tenThousandYuan: string[];
  note: RegExp;
  headings: Headings;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternatives of a regular expression, longest first (单位 must not win over 金额单位). */
const anyOf = (words: readonly string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
const normalised = (words: readonly string[]): string[] => [...new Set(words.map(normalizeLabel))];

function readEditions(dir: string): TableEdition[] {
  installChineseLocale();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
      const result = tableEditionSchema.safeParse(raw);
      if (!result.success) {
        const lines = formatIssues(result.error.issues, raw).map((e) => msg`  ${e.path}：${e.message}`);
        throw new Error(msg`报表版本文件 ${file} 有误：\n${lines.join('\n')}`);
      }
      if (`${result.data.name}.json` !== name) throw new Error(msg`报表版本文件 ${file} 的 name 应与文件名相同`);
      return result.data;
    });
}

function wanted(key: string, heading: ColumnHeading): ColumnWanted {
  if (Array.isArray(heading)) return { key, labels: normalised(heading) };
  return { key, labels: normalised(heading.labels), under: normalizeLabel(heading.under) };
}

function columnsOf(columns: Columns): Headings['columns'] {
  const family = (entries: Record<string, ColumnHeading>): ColumnWanted[] => Object.entries(entries).map(([key, h]) => wanted(key, h));
  return {
    income: family(columns.income),
    expenditure: family(columns.expenditure),
    split: family(columns.split),
    flow: family(columns.flow),
  };
}

function headingsOf(h: TableHeadings): Headings {
  const lines = (record: Record<string, string>) => new Map(Object.entries(record).map(([line, path]) => [normalizeLabel(line), path]));
  return {
    total: normalised(h.total),
    columnNumbers: normalised(h.columnNumbers),
    lineNumbers: normalised(h.lineNumbers),
    item: normalised(h.item),
    subtotal: normalised(h.subtotal),
    codeLevels: h.codeLevels.map(normalizeLabel) as [string, string, string],
    codeEnding: normalised(h.codeEnding),
    subjectName: normalised(h.subjectName),
    amount: normalised(h.amount),
    budget: normalised(h.budget),
    actual: normalised(h.actual),
    economicCode: normalised(h.economicCode),
    personnelTotal: normalised(h.personnelTotal),
    publicCostsTotal: normalised(h.publicCostsTotal),
    funds: {
      generalBudget: normalised(h.funds.generalBudget),
      governmentFund: normalised(h.funds.governmentFund),
      stateCapital: normalised(h.funds.stateCapital),
    },
    fundIncomeSuffix: normalised(h.fundIncomeSuffix),
    columns: columnsOf(h.columns),
    summary: { income: lines(h.summary.income), expenditure: lines(h.summary.expenditure) },
    fiscalSummary: {
      opening: normalised(h.fiscalSummary.opening),
      closing: normalised(h.fiscalSummary.closing),
      currentIncome: normalised(h.fiscalSummary.currentIncome),
      currentExpenditure: normalised(h.fiscalSummary.currentExpenditure),
      grandTotal: normalised(h.fiscalSummary.grandTotal),
    },
    threePublic: Object.fromEntries(
      Object.entries(h.threePublic).map(([key, levels]) => [key, levels.map(normalised)]),
    ) as Headings['threePublic'],
    numbering: new RegExp(h.numbering, 'u'),
    unitAndYear: new RegExp(h.unitAndYear, 'u'),
  };
}

/** The editions of `dir` as the readers use them. */
export function vocabularyOf(dir: string): TableVocabulary {
  const editions = readEditions(dir);
  const withHeadings = editions.filter((e) => e.headings);
  // Note: one edition states the headings (the 公开表); the 财决 export is read with them
  // (docs/research/public-tables.md §7, [INF]). Two would need merging rules, none is known.
  if (withHeadings.length !== 1) throw new Error(msg`报表版本文件中应恰有一个写出表头（headings），实有 ${withHeadings.length} 个`);
  const byTitle = new Map<string, TableKind>();
  for (const edition of editions) {
    for (const [kind, titles] of Object.entries(edition.titles) as [TableKind, string[]][]) {
      for (const title of titles) {
        const key = normalizeLabel(title);
        const known = byTitle.get(key);
        if (known !== undefined && known !== kind) throw new Error(msg`表名“${title}”在报表版本文件中属于两类表：${known}、${kind}`);
        byTitle.set(key, kind);
      }
    }
  }
  const unread = new Map(
    editions.flatMap((e) => (e.unread ?? []).flatMap((u) => u.titles.map((t) => [normalizeLabel(t), u.why] as const))),
  );
  const furniture = editions.map((e) => e.furniture);
  const labels = furniture.flatMap((f) => f.labels);
  const label = new RegExp(`^(${labels.join('|')})$`, 'iu');
  const prefix = new RegExp(`^(${labels.join('|')})`, 'iu');
  const suffixes = furniture.flatMap((f) => f.titleSuffix ?? []);
  const suffix = suffixes.length > 0 ? new RegExp(`(${suffixes.join('|')})`, 'iu') : undefined;
  const codes = furniture.flatMap((f) => (f.sheetCode ? [f.sheetCode] : []));
  const sheetCode = codes.length > 0 ? new RegExp(codes.map((c) => `(?:${c})`).join('|'), 'iu') : undefined;
  const units = furniture.flatMap((f) => [...f.amountUnits.tenThousandYuan, ...f.amountUnits.other]);
  const headings = headingsOf(withHeadings[0]!.headings!);

  const stripped = (text: string): string => {
    let t = normalizeLabel(text).replace(prefix, '');
    if (suffix) t = t.replace(suffix, '');
    return t.replace(headings.unitAndYear, '');
  };
  return {
    kindOfTitle: (text) => byTitle.get(normalizeLabel(text)) ?? byTitle.get(stripped(text)),
    unreadBecause: (text) => unread.get(stripped(text)),
    isLabel: (text) => label.test(normalizeLabel(text)),
    sheetCode: (name) => (sheetCode ? (sheetCode.exec(name)?.[0].trim().toUpperCase() ?? undefined) : undefined),
    // Note: the lines are matched after NFKC, which makes a full-width colon half-width.
    unitLine: new RegExp(`^(${anyOf(furniture.flatMap((f) => f.unitLine).map(escape))}):(.+)$`, 'u'),
    amountLine: new RegExp(`(?:${anyOf(furniture.flatMap((f) => f.amountLine).map(escape))}):?(${anyOf(units.map(escape))})$`, 'u'),
    tenThousandYuan: [...new Set(furniture.flatMap((f) => f.amountUnits.tenThousandYuan))],
    note: new RegExp(`^(${anyOf(furniture.flatMap((f) => f.notes).map(escape))}):`, 'u'),
    headings,
  };
}

let bundled: TableVocabulary | undefined;

/** The bundled editions (data/editions), read once per process. */
export function tableVocabulary(): TableVocabulary {
  bundled ??= vocabularyOf(EDITIONS_DIR);
  return bundled;
}
