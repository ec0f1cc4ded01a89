/**
 * Puts the figures read from 公开表 and 财决 workbooks into a unit's data (a fill-in
 * workbook's or a JSON file's): a figure the data lacks is added, with its cell as its place;
 * a figure the data (or another table) already gives must agree, or the unit is refused
 * with both places named. Then checks the printed figures the data holds no field for, and
 * the unit named on the tables. Takes the Collector of the unit's data and the figures;
 * pushes errors into the Collector and returns the warnings (figures read but not placed).
 */
import { jsonPath, type Finding } from '../../../schema/format-issues.js';
import type { Json } from '../../../workbook/values.js';
import type { Collector, Place } from '../collector.js';
import { deriveEconomic } from './derive-economic.js';
import { amountText, cents, type Figure, type TableFigures } from './table-figures.js';
import { msg } from '../../../text/msg.js';

type Node = Record<string | number, Json>;

/** Lists compared as sets of non-zero entries by code (the order and explicit zeros carry no figure). */
function canonical(value: Json): Json {
  if (!Array.isArray(value)) return typeof value === 'number' ? cents(value) : value;
  return value
    .map((e) => Object.fromEntries(Object.entries(e as Node).map(([k, v]) => [k, typeof v === 'number' ? cents(v) : v])))
    .filter((e) => Object.entries(e).some(([k, v]) => k !== 'code' && v !== 0))
    .sort((a, b) => (String(a.code) < String(b.code) ? -1 : 1));
}

const shown = (value: Json): string => (typeof value === 'number' ? amountText(value) : JSON.stringify(value).slice(0, 120));

function scaleHint(a: Json, b: Json): string {
  if (typeof a !== 'number' || typeof b !== 'number' || a === 0 || b === 0) return '';
  const ratio = Math.abs(a / b);
  const tenThousandfold = (ratio > 5000 && ratio < 20000) || (ratio > 1 / 20000 && ratio < 1 / 5000);
  return tenThousandfold ? msg`（相差约一万倍：其中一方可能以元而不是万元填列）` : '';
}

/**
 * Resolves a figure's path in the data, creating objects and, for `{ code }`, the element with
 * that code; returns the path and the object (or list) that holds its last key.
 */
function resolve(out: Collector, figure: Figure): { path: (string | number)[]; parent: Node } {
  const path: (string | number)[] = [];
  let node = out.data as Node;
  let parent = node;
  figure.path.forEach((segment, i) => {
    const last = i === figure.path.length - 1;
    parent = node;
    if (typeof segment === 'string') {
      path.push(segment);
      if (!last) {
        if (node[segment] === undefined || node[segment] === null || typeof node[segment] !== 'object')
          node[segment] = typeof figure.path[i + 1] === 'string' ? {} : [];
        node = node[segment] as Node;
      }
      return;
    }
    const list = node as unknown as Json[];
    let index = list.findIndex((e) => (e as Node | undefined)?.code === segment.code);
    if (index < 0) {
      index = list.length;
      list.push({ code: segment.code });
      out.places.set(jsonPath([...path, index]), figure.place);
      out.places.set(jsonPath([...path, index, 'code']), figure.place);
    }
    path.push(index);
    node = list[index] as Node;
  });
  return { path, parent };
}

function merge(out: Collector, figure: Figure, mainFile: string): void {
  const { path, parent } = resolve(out, figure);
  const existing = parent[path[path.length - 1]!];
  const at = jsonPath(path);
  if (existing === undefined) {
    out.set(path, figure.value, figure.place);
    return;
  }
  if (JSON.stringify(canonical(existing)) === JSON.stringify(canonical(figure.value))) return;
  const other: Place | undefined = out.places.get(at);
  const there = other ? msg`${other.where}（${other.label}）` : msg`${mainFile} 的 ${at} `;
  out.errors.push({
    path: figure.place.where,
    message: msg`【${figure.place.label}】为 ${shown(figure.value)}，而 ${there}为 ${shown(existing)}，二者不一致${scaleHint(figure.value, existing)}；同一数字只能有一个，请核对后改正其中一处`,
    field: at,
  });
  out.refusedPaths.add(at);
}

/** A 收入决算表 without its 支出决算表 (or the reverse) would leave half of each byFunction row to default to 0. */
function checkByFunctionHalves(out: Collector, tables: TableFigures): void {
  const rows = ((out.data.accounts as Node | undefined)?.byFunction as Node[] | undefined) ?? [];
  const fromTables = new Set(tables.figures.filter((f) => f.path[1] === 'byFunction').map((f) => (f.path[2] as { code: string }).code));
  rows.forEach((row, i) => {
    if (!fromTables.has(String(row.code))) return;
    for (const [half, other] of [
      ['income', msg`支出决算表`],
      ['expenditure', msg`收入决算表`],
    ] as const) {
      if (row[half] === undefined) {
        const place = out.places.get(jsonPath(['accounts', 'byFunction', i])) ?? { where: '$', label: String(row.code) };
        out.errors.push({
          path: place.where,
          message: msg`【${place.label}】科目 ${String(row.code)} 只在一张表中出现：还需要${other}（或在填报工作簿“收支明细（附表用）”中填写）中的这一行，否则它的${half === 'income' ? '收入' : '支出'}会被当作0`,
          field: `$.accounts.byFunction[${i}].${half}`,
        });
      }
    }
  });
}

export function mergeTableFigures(out: Collector, tables: TableFigures, mainFile: string): Finding[] {
  const derived = deriveEconomic(tables);
  out.errors.push(...tables.errors);
  const warnings = [...tables.notes];
  for (const figure of [...tables.figures, ...derived.figures]) merge(out, figure, mainFile);
  checkByFunctionHalves(out, tables);
  for (const e of [...tables.expectations, ...derived.expectations]) {
    const expected = e.expected(out.data);
    if (expected === undefined)
      warnings.push({
        path: e.place.where,
        message: msg`【${e.place.label}】${amountText(e.value)} 未能核对：数据中没有${e.what}所需的明细`,
      });
    else if (cents(expected) !== cents(e.value))
      out.errors.push({
        path: e.place.where,
        message: msg`【${e.place.label}】为 ${amountText(e.value)}，而按数据${e.what}为 ${amountText(expected)}，二者不一致${scaleHint(e.value, expected)}`,
      });
  }
  const unit = (out.data.unit as Node | undefined)?.name;
  for (const named of tables.unitNames) {
    if (typeof unit === 'string' && named.text !== unit && !named.text.includes(unit)) {
      out.errors.push({
        path: named.place.where,
        message: msg`【${named.place.label}】表上的单位是“${named.text}”，与数据中的单位“${unit}”不同；请确认附带的报表属于本单位`,
      });
    }
  }
  return warnings;
}
