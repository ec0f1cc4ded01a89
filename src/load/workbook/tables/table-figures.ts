/**
 * What the readers of the 公开表 and 财决 tables hand on: figures with the data path they
 * belong at (array elements picked by code), checks of figures the data does not hold
 * (printed totals, 类 lines of the 总表) against the data once it is assembled, the 经济分类
 * cells of the 明细表 (combined into each item's split later), and every problem met, with
 * its file, sheet and cell. Takes nothing; exports the types, the accumulator and the sums
 * in hundredths (cents, sumAt) the readers share.
 */
import type { Finding } from '../../../schema/format-issues.js';
import { getAt, type Json } from '../../../workbook/values.js';
import type { Place } from '../collector.js';
import { msg } from '../../../text/msg.js';

/** A key of a data path; `{ code }` picks the element of an array whose code it is (appended when absent). */
export type Segment = string | { code: string };

export interface Figure {
  path: Segment[];
  value: Json;
  place: Place;
}

/** A printed figure the data holds no field for, to be compared with what the assembled data gives. */
export interface Expectation {
  value: number;
  place: Place;
  /** From the assembled data (JSON before defaults); undefined when the data cannot tell. */
  expected: (data: Json) => number | undefined;
  /** What the expected figure is, in words, e.g. 按功能分类列示的公共安全支出之和. */
  what: string;
}

export type EconomicPart = 'all' | 'basic' | 'project';

/** One cell of a 功能分类 × 经济分类 table: an item's spending in one 经济分类 类. */
export interface EconomicCell {
  table: string;
  part: EconomicPart;
  /** All funds (财政拨款支出决算明细表) or 一般公共预算 only. */
  funds: 'all' | 'generalBudget';
  item: string;
  cls: string;
  value: number;
  place: Place;
}

/** An item's 基本支出 and 项目支出 as a table with both columns prints them. */
export interface ItemNature {
  fund: 'generalBudget' | 'governmentFund' | 'stateCapital';
  item: string;
  basic: number;
  project: number;
  place: Place;
}

export class TableFigures {
  readonly figures: Figure[] = [];
  readonly expectations: Expectation[] = [];
  readonly economic: EconomicCell[] = [];
  readonly natures: ItemNature[] = [];
  readonly errors: Finding[] = [];
  /** Read but not placed or checked: reported as warnings. */
  readonly notes: Finding[] = [];
  /** Names of 功能分类 codes as the tables print them (for the 总表's 类 lines). */
  readonly names = new Map<string, string>();
  /** Which 明细表 parts were read (e.g. "generalBudget:project"), so a missing row means 0. */
  readonly kinds = new Set<string>();
  /** The unit each table names (部门：…, 编制单位：…). */
  readonly unitNames: { text: string; place: Place }[] = [];

  error(place: Place, message: string): void {
    this.errors.push({ path: place.where, message: msg`【${place.label}】${message}` });
  }

  note(place: Place, message: string): void {
    this.notes.push({ path: place.where, message: msg`【${place.label}】${message}` });
  }
}

/** Amounts compared in hundredths (两位小数), never as floats. */
export const cents = (n: number): number => Math.round(n * 100);
export const amountText = (n: number): string => (cents(n) / 100).toFixed(2);

/** Σ of the numbers at `keys` of the object at `base`, in hundredths; undefined unless every one is a number. */
export function sumAt(data: Json, base: readonly string[], keys: readonly string[]): number | undefined {
  let total = 0;
  for (const key of keys) {
    const v = getAt(data, [...base, key]);
    if (typeof v !== 'number') return undefined;
    total += cents(v);
  }
  return total / 100;
}
