/**
 * A unit's style names only what the catalogue has (templates/catalogue/slots.json): each
 * choice it makes exists and takes one of its alternatives, each slot it names exists. Takes
 * the data and the CheckContext (the catalogue); pushes one error per unknown name, with its
 * JSON path and what the catalogue offers.
 */
import type { SlotCatalogue } from '../schema/slot-catalogue.js';
import { msg } from '../text/msg.js';
import type { Check, CheckResult } from './check-context.js';

/** A JSON path segment: `.name`, or `["part2.totals"]` for a key that holds a dot. */
function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

function listed(names: string[]): string {
  return names.map((n) => msg`“${n}”`).join(msg`、`);
}

function checkChoices(catalogue: SlotCatalogue, choices: Record<string, string>, path: string, result: CheckResult): void {
  for (const [choice, alternative] of Object.entries(choices)) {
    const known = catalogue.choices[choice];
    if (!known) {
      result.errors.push({
        path: path + key(choice),
        message: msg`没有名为“${choice}”的写法选择；可选：${listed(Object.keys(catalogue.choices).sort())}`,
      });
      continue;
    }
    const alternatives = Object.keys(known.alternatives);
    if (!alternatives.includes(alternative)) {
      result.errors.push({
        path: path + key(choice),
        message: msg`“${known.title}”没有“${alternative}”这种写法；可选：${listed(alternatives)}`,
      });
    }
  }
}

function checkSlotName(catalogue: SlotCatalogue, slot: string, path: string, result: CheckResult): boolean {
  if (Object.hasOwn(catalogue.slots, slot)) return true;
  result.errors.push({ path, message: msg`没有名为“${slot}”的句位；句位见 templates/catalogue/slots.json 的 slots` });
  return false;
}

export const checkStyle: Check = (data, context, result) => {
  const style = data.style;
  if (!style) return;
  const catalogue = context.slotCatalogue;
  checkChoices(catalogue, style.voice ?? {}, '$.style.voice', result);
  for (const [slot, choices] of Object.entries(style.slots ?? {})) {
    const path = `$.style.slots${key(slot)}`;
    if (checkSlotName(catalogue, slot, path, result)) checkChoices(catalogue, choices, path, result);
  }
  for (const slot of Object.keys(style.sentences ?? {})) checkSlotName(catalogue, slot, `$.style.sentences${key(slot)}`, result);
};
