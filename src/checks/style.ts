/**
 * A unit's style names only what the catalogue has (templates/catalogue/slots.json): each
 * choice it makes exists and takes one of its alternatives, each slot it names exists. Takes
 * the data and the CheckContext (the catalogue); pushes one error per unknown name, with its
 * JSON path and what the catalogue offers.
 */
import { msg } from '../text/msg.js';
import type { Check } from './check-context.js';

function listed(names: string[]): string {
  return names.map((n) => msg`“${n}”`).join(msg`、`);
}

export const checkStyle: Check = (data, context, result) => {
  const style = data.style;
  if (!style) return;
  const { choices, slots } = context.slotCatalogue;
  const seen = new Map<string, number>();
  const knownSlot = (slot: string, path: string): boolean => {
    if (Object.hasOwn(slots, slot)) return true;
    result.errors.push({ path, message: msg`没有名为“${slot}”的句位；句位见 templates/catalogue/slots.json 的 slots` });
    return false;
  };
  (style.choices ?? []).forEach((entry, i) => {
    const path = `$.style.choices[${i}]`;
    if (entry.slot !== undefined && !knownSlot(entry.slot, `${path}.slot`)) return;
    const known = choices[entry.choice];
    if (!known) {
      result.errors.push({
        path: `${path}.choice`,
        message: msg`没有名为“${entry.choice}”的写法选择；可选：${listed(Object.keys(choices).sort())}`,
      });
      return;
    }
    const alternatives = Object.keys(known.alternatives);
    if (!alternatives.includes(entry.alternative)) {
      result.errors.push({
        path: `${path}.alternative`,
        message: msg`“${known.title}”没有“${entry.alternative}”这种写法；可选：${listed(alternatives)}`,
      });
    }
    const key = `${entry.slot ?? ''}\u0000${entry.choice}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      result.errors.push({
        path,
        message: msg`与 $.style.choices[${earlier}] 重复：${entry.slot === undefined ? msg`全文` : msg`句位“${entry.slot}”`}的“${known.title}”只能选一次`,
      });
    }
    seen.set(key, i);
  });
  const ownSeen = new Map<string, number>();
  (style.sentences ?? []).forEach((entry, i) => {
    const path = `$.style.sentences[${i}]`;
    knownSlot(entry.slot, `${path}.slot`);
    const earlier = ownSeen.get(entry.slot);
    if (earlier !== undefined)
      result.errors.push({ path, message: msg`与 $.style.sentences[${earlier}] 重复：句位“${entry.slot}”只能有一个本单位的句子` });
    ownSeen.set(entry.slot, i);
  });
};
