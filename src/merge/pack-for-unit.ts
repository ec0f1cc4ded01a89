/**
 * Which pack a unit's documents are written with: the one its data names (`pack`, or the
 * old name `templateSet`), else the default for its year and level. Takes the data and
 * the pack folders; returns the pack's name with the data errors (an unknown pack, a pack
 * not written for the unit's level) and warnings (a pack written for other years, the old
 * field name) it gives rise to, each with its JSON path.
 */
import type { Finding } from '../checks/finding.js';
import type { UnitYear } from '../schema/unit-year.js';
import { defaultPack, discoverPacks } from './packs.js';
import { msg } from '../text/msg.js';

export interface PackForUnit {
  name: string | undefined;
  errors: Finding[];
  warnings: Finding[];
}

export function packForUnit(data: Pick<UnitYear, 'pack' | 'templateSet' | 'year' | 'level'>, roots?: readonly string[]): PackForUnit {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const packs = discoverPacks(roots);
  const valid = [...packs.keys()].sort().join(msg`、`);
  if (data.pack !== undefined && data.templateSet !== undefined) {
    errors.push({ path: '$.templateSet', message: msg`pack 与 templateSet（旧名称）不能同时填写；请删除 templateSet` });
    return { name: undefined, errors, warnings };
  }
  const named = data.pack ?? data.templateSet;
  const path = data.pack !== undefined ? '$.pack' : '$.templateSet';
  if (data.templateSet !== undefined) warnings.push({ path, message: msg`templateSet 已更名为 pack，请改写为 "pack"` });
  if (named === undefined) {
    const choice = defaultPack(data.year, data.level, roots);
    if (choice.nearestFor) {
      warnings.push({
        path: '$.year',
        message: msg`没有专为${data.year}年度${data.level}决算编写的模板包，已选用年度最接近的“${choice.name}”；可在 pack 中指定（可用的模板包：${valid}）`,
      });
    }
    return { name: choice.name, errors, warnings };
  }
  const pack = packs.get(named);
  if (!pack) {
    errors.push({ path, message: msg`没有名为“${named}”的模板包；可用的模板包：${valid}` });
    return { name: undefined, errors, warnings };
  }
  const m = pack.manifest;
  if (!m.levels.includes(data.level)) {
    const fitting = [...packs.values()]
      .filter((p) => p.manifest.levels.includes(data.level))
      .map((p) => p.manifest.name)
      .sort();
    errors.push({
      path,
      message: msg`模板包“${named}”不适用于${data.level}决算（适用于：${m.levels.join('、')}）；适用于${data.level}决算的模板包：${fitting.join('、')}`,
    });
  }
  if (data.year < m.years.from || (m.years.to !== undefined && data.year > m.years.to)) {
    const span = m.years.to === undefined ? msg`${m.years.from}年度起` : msg`${m.years.from}—${m.years.to}年度`;
    warnings.push({ path, message: msg`模板包“${named}”适用于${span}，本数据为${data.year}年度；请确认写法是否适用` });
  }
  return { name: named, errors, warnings };
}
