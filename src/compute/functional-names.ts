/**
 * Names and 名词解释 definitions of functional-classification codes (类 3 digits, 款 5,
 * 项 7) for one unit and year. Takes the bundled catalog, the data's year, its own
 * `functionalCodes` and its items' `name`/`definition`; answers name(code) and
 * definition(code).
 *
 * Precedence: the data's own name for a code wins over the catalog's (a unit prints the
 * name of its edition); an item's own `name`/`definition` wins over `functionalCodes`.
 * Among catalog entries of one code, the one whose editions include the year wins; when
 * none does, the nearest edition (names rarely change, and the data can always override).
 */
import type { Catalog, CatalogEntry } from '../schema/catalog.js';
import type { UnitYear } from '../schema/unit-year.js';
import { msg } from '../text/msg.js';

export interface CodeName {
  code: string;
  name: string;
  /** The code as the label prints it: the 类 in full (204), a 款 or 项 by its last two digits (06). */
  shortCode: string;
}

/** 公共安全支出（204）司法（06）行政运行（01）, as parts; the template joins them. */
export interface ItemLabel {
  class: CodeName;
  section: CodeName;
  item: CodeName;
}

/** A functional code's level, as a category: 类 (3 digits), 款 (5) or 项 (7); the pack's wording names them. */
export type CodeLevel = 'class' | 'section' | 'item';

export function levelOf(code: string): CodeLevel {
  return code.length === 3 ? 'class' : code.length === 5 ? 'section' : 'item';
}

function editionDistance(entry: CatalogEntry, year: number): number {
  const { from, to } = entry.editions;
  if (year < from) return from - year;
  if (to !== undefined && year > to) return year - to;
  return 0;
}

/** The catalog grouped by code, built once per catalog. */
const indexCache = new WeakMap<Catalog, Map<string, CatalogEntry[]>>();

function catalogByCode(catalog: Catalog): Map<string, CatalogEntry[]> {
  const cached = indexCache.get(catalog);
  if (cached) return cached;
  const index = new Map<string, CatalogEntry[]>();
  for (const entry of catalog.entries) {
    const list = index.get(entry.code) ?? [];
    list.push(entry);
    index.set(entry.code, list);
  }
  indexCache.set(catalog, index);
  return index;
}

export class FunctionalNames {
  private readonly catalog: Map<string, CatalogEntry[]>;
  private readonly own = new Map<string, { name?: string | undefined; definition?: string | undefined }>();

  constructor(
    catalog: Catalog,
    private readonly year: number,
    data: Pick<UnitYear, 'functionalCodes' | 'accounts'>,
  ) {
    this.catalog = catalogByCode(catalog);
    for (const entry of data.functionalCodes) this.own.set(entry.code, { name: entry.name, definition: entry.definition });
    const a = data.accounts;
    for (const item of [...a.generalBudget.items, ...a.governmentFund.items, ...a.stateCapital.items]) {
      if (item.name === undefined && item.definition === undefined) continue;
      const known = this.own.get(item.code) ?? {};
      this.own.set(item.code, { name: item.name ?? known.name, definition: item.definition ?? known.definition });
    }
  }

  /** The catalog entry of a code for this year (covering edition, else the nearest). */
  catalogEntry(code: string): CatalogEntry | undefined {
    const entries = this.catalog.get(code);
    if (!entries || entries.length === 0) return undefined;
    return [...entries].sort(
      (a, b) => editionDistance(a, this.year) - editionDistance(b, this.year) || b.editions.from - a.editions.from,
    )[0];
  }

  name(code: string): string | undefined {
    return this.own.get(code)?.name ?? this.catalogEntry(code)?.name;
  }

  definition(code: string): string | undefined {
    return this.own.get(code)?.definition ?? this.catalogEntry(code)?.definition;
  }

  /** Whether the data itself names this code (functionalCodes or the item). */
  namedByData(code: string): boolean {
    return this.own.get(code)?.name !== undefined;
  }

  private codeName(code: string): CodeName {
    const name = this.name(code);
    if (name === undefined) throw new Error(msg`功能分类科目 ${code} 没有名称（checks 阶段应已拒绝）`);
    return { code, name, shortCode: code.length === 3 ? code : code.slice(-2) };
  }

  classOf(code: string): CodeName {
    return this.codeName(code.slice(0, 3));
  }

  itemLabel(code: string): ItemLabel {
    return { class: this.codeName(code.slice(0, 3)), section: this.codeName(code.slice(0, 5)), item: this.codeName(code) };
  }
}
