/**
 * Reads the slot catalogue, `templates/catalogue/slots.json` (its format: src/schema/slot-catalogue.ts),
 * once per process. Takes nothing; returns the validated SlotCatalogue, or throws PackError
 * naming the file and every problem (a broken catalogue is an installation problem).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJson } from '../load/parse-json.js';
import { formatIssues, installChineseLocale } from '../schema/format-issues.js';
import { slotCatalogueSchema, type SlotCatalogue } from '../schema/slot-catalogue.js';
import { msg } from '../text/msg.js';
import { CATALOGUE_DIR, PackError } from './packs.js';

export const SLOT_CATALOGUE_FILE = join(CATALOGUE_DIR, 'slots.json');

let cached: SlotCatalogue | undefined;

export function loadSlotCatalogue(): SlotCatalogue {
  if (cached) return cached;
  installChineseLocale();
  const parsed = parseJson(readFileSync(SLOT_CATALOGUE_FILE, 'utf8'));
  if (!parsed.ok)
    throw new PackError(msg`句位目录 ${SLOT_CATALOGUE_FILE} 不是有效的 JSON：${parsed.errors.map((e) => e.message).join('；')}`);
  const result = slotCatalogueSchema.safeParse(parsed.value);
  if (!result.success) {
    const lines = formatIssues(result.error.issues, parsed.value).map((e) => msg`  ${e.path}：${e.message}`);
    throw new PackError(msg`句位目录 ${SLOT_CATALOGUE_FILE} 有误：\n${lines.join('\n')}`);
  }
  cached = result.data;
  return cached;
}
