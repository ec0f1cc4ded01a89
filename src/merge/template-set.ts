/**
 * Fixed wording of a template set that is data-shaped rather than markup: the 名词解释
 * terms that every unit's document carries (templates/<set>/glossary.json). Takes the
 * set name; returns the terms placed before and after the unit's functional items.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryWording } from '../compute/final-accounts-view.js';
import { TEMPLATES_ROOT } from './merge.js';

const cache = new Map<string, GlossaryWording>();

export function loadGlossaryWording(templateSet: string): GlossaryWording {
  const cached = cache.get(templateSet);
  if (cached) return cached;
  if (!/^[a-z0-9-]+$/.test(templateSet)) throw new Error(`模板组名称无效：${templateSet}`);
  const raw = JSON.parse(readFileSync(join(TEMPLATES_ROOT, templateSet, 'glossary.json'), 'utf8')) as GlossaryWording;
  cache.set(templateSet, { before: raw.before, after: raw.after });
  return cache.get(templateSet)!;
}
