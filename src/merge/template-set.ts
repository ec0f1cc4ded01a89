/**
 * Fixed wording of a template set that is data-shaped rather than markup: the 名词解释
 * terms that every unit's document carries (templates/<set>/glossary.json). Takes the
 * set name; returns the terms placed before and after the unit's functional items.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryWording } from '../compute/final-accounts-view.js';
import { templateSetDir } from './merge.js';

const cache = new Map<string, GlossaryWording>();

export function loadGlossaryWording(templateSet: string): GlossaryWording {
  const cached = cache.get(templateSet);
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(join(templateSetDir(templateSet), 'glossary.json'), 'utf8')) as GlossaryWording;
  const wording = { before: raw.before, after: raw.after };
  cache.set(templateSet, wording);
  return wording;
}
