/**
 * Each 功能分类 item's split by 经济分类 类 into 基本支出 and 项目支出, as the data holds it
 * (`items[].economic`), from the 明细表 that print parts of it: all of it (公开07, Z08), its
 * 项目支出 (公开09, Z08_2), its 基本支出 (Z08_1); where only the whole is printed, the item's
 * 基本/项目 columns (公开06, 10, 11) decide it when one of them is 0. Takes the cells read;
 * returns figures, the checks of the 财政拨款支出决算明细表 (all funds) against the result, and
 * the cells it could not place (listed as warnings, never dropped).
 */
import type { Json } from '../../../workbook/values.js';
import {
  amountText,
  cents,
  type EconomicCell,
  type Expectation,
  type Figure,
  type ItemNature,
  type TableFigures,
} from './table-figures.js';
import { msg } from '../../../text/msg.js';

interface Split {
  cls: string;
  basic: number;
  project: number;
}

const byClass = (cells: EconomicCell[]) => {
  const m = new Map<string, number>();
  for (const c of cells) m.set(c.cls, (m.get(c.cls) ?? 0) + cents(c.value));
  return m;
};

function toEconomic(split: Split[]): Json {
  return split
    .filter((s) => s.basic !== 0 || s.project !== 0)
    .sort((a, b) => (a.cls < b.cls ? -1 : 1))
    .map((s) => ({ code: s.cls, basic: s.basic / 100, project: s.project / 100 }));
}

/** The split of one item from the parts printed for it; undefined (with notes) when they do not decide it. */
function splitOf(cells: EconomicCell[], has: Set<string>, nature: ItemNature | undefined, out: TableFigures): Split[] | undefined {
  const part = (p: EconomicCell['part']) => byClass(cells.filter((c) => c.part === p));
  const all = part('all');
  const basic = part('basic');
  const project = part('project');
  const classes = [...new Set(cells.map((c) => c.cls))];
  if (has.has('basic') && has.has('project')) {
    if (has.has('all')) {
      for (const cls of classes) {
        const want = (basic.get(cls) ?? 0) + (project.get(cls) ?? 0);
        const cell = cells.find((c) => c.part === 'all' && c.cls === cls);
        if ((all.get(cls) ?? 0) !== want)
          out.error(
            cell?.place ?? cells[0]!.place,
            msg`为${amountText((all.get(cls) ?? 0) / 100)}，应等于基本支出与项目支出明细表中该类之和${amountText(want / 100)}`,
          );
      }
    }
    return classes.map((cls) => ({ cls, basic: basic.get(cls) ?? 0, project: project.get(cls) ?? 0 }));
  }
  if (has.has('all') && (has.has('project') || has.has('basic'))) {
    const known = has.has('project') ? project : basic;
    return classes.map((cls) => {
      const rest = (all.get(cls) ?? 0) - (known.get(cls) ?? 0);
      if (rest < 0) {
        const cell = cells.find((c) => c.cls === cls && c.part !== 'all')!;
        out.error(
          cell.place,
          msg`该类${has.has('project') ? '项目' : '基本'}支出${amountText((known.get(cls) ?? 0) / 100)}大于该类全部支出${amountText((all.get(cls) ?? 0) / 100)}`,
        );
      }
      return has.has('project') ? { cls, basic: rest, project: known.get(cls) ?? 0 } : { cls, basic: known.get(cls) ?? 0, project: rest };
    });
  }
  const only = has.has('all') ? all : has.has('project') ? project : basic;
  const onlyPart = has.has('all') ? 'all' : has.has('project') ? 'project' : 'basic';
  if (nature && (cents(nature.project) === 0 || cents(nature.basic) === 0)) {
    const asBasic = cents(nature.project) === 0;
    if ((onlyPart === 'project' && asBasic) || (onlyPart === 'basic' && !asBasic)) {
      out.error(
        cells[0]!.place,
        msg`该科目在${onlyPart === 'project' ? '项目' : '基本'}支出明细表中有金额，但在支出决算表中其${onlyPart === 'project' ? '项目' : '基本'}支出为0（见 ${nature.place.where}）`,
      );
      return undefined;
    }
    return classes.map((cls) =>
      asBasic ? { cls, basic: only.get(cls) ?? 0, project: 0 } : { cls, basic: 0, project: only.get(cls) ?? 0 },
    );
  }
  for (const cell of cells) {
    out.note(
      cell.place,
      msg`按经济分类的支出无法拆分为基本支出和项目支出（该科目两者都有，而读到的表只给出其中一部分或合计）；此数未读入，请在填报工作簿中填写该科目的经济分类构成，或一并提供项目支出（或基本支出）明细表`,
    );
  }
  return undefined;
}

function itemsEconomic(data: Json, code: string, cls: string): number | undefined {
  const accounts = (
    data as { accounts?: Record<string, { items?: { code: string; economic?: { code: string; basic?: number; project?: number }[] }[] }> }
  ).accounts;
  let total = 0;
  let found = false;
  for (const fund of ['generalBudget', 'governmentFund', 'stateCapital']) {
    for (const item of accounts?.[fund]?.items ?? []) {
      if (item.code !== code) continue;
      if (!item.economic) return undefined;
      found = true;
      total += item.economic.filter((e) => e.code === cls).reduce((s, e) => s + cents(e.basic ?? 0) + cents(e.project ?? 0), 0);
    }
  }
  return found ? total / 100 : undefined;
}

export function deriveEconomic(out: TableFigures): { figures: Figure[]; expectations: Expectation[] } {
  const figures: Figure[] = [];
  const expectations: Expectation[] = [];
  const general = out.economic.filter((c) => c.funds === 'generalBudget');
  const has = new Set([...out.kinds].filter((k) => k.startsWith('generalBudget:')).map((k) => k.split(':')[1]!));
  const generalItems = [...new Set(general.map((c) => c.item))];
  for (const item of generalItems) {
    const cells = general.filter((c) => c.item === item);
    const nature = out.natures.find((n) => n.fund === 'generalBudget' && n.item === item);
    const split = splitOf(cells, has, nature, out);
    if (split)
      figures.push({
        path: ['accounts', 'generalBudget', 'items', { code: item }, 'economic'],
        value: toEconomic(split),
        place: cells[0]!.place,
      });
  }
  // 财政拨款支出决算明细表 (all funds): a 政府性基金 or 国有资本经营 item whose 基本 or 项目 is 0 is
  // placed; every cell is checked against the items' splits once the data is assembled.
  const allFunds = out.economic.filter((c) => c.funds === 'all');
  for (const item of [...new Set(allFunds.map((c) => c.item))]) {
    const cells = allFunds.filter((c) => c.item === item);
    const fundNatures = out.natures.filter((n) => n.item === item && n.fund !== 'generalBudget');
    if (
      fundNatures.length === 1 &&
      !generalItems.includes(item) &&
      !out.natures.some((n) => n.item === item && n.fund === 'generalBudget')
    ) {
      const nature = fundNatures[0]!;
      const split = splitOf(cells, new Set(['all']), nature, out);
      if (split)
        figures.push({
          path: ['accounts', nature.fund, 'items', { code: item }, 'economic'],
          value: toEconomic(split),
          place: cells[0]!.place,
        });
    }
    for (const cell of cells) {
      expectations.push({
        value: cell.value,
        place: cell.place,
        what: msg`各预算科目${item}在经济分类${cell.cls}类的支出之和`,
        expected: (data) => itemsEconomic(data, item, cell.cls),
      });
    }
  }
  return { figures, expectations };
}
