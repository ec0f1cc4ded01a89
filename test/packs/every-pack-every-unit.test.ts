/**
 * Every pack renders every unit we have (the reference and the fixture units) without a
 * template problem: before rendering, each name every template uses — on every branch,
 * taken or not — is resolved against that unit's view (src/merge/template-check.ts), so a
 * typo anywhere in any pack fails here. Also: every template of a pack is reachable from its
 * two document templates (no dead files a clerk would edit in vain).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { packNames, resolvePack } from '../../src/merge/packs.js';
import { prepareUnit } from '../../src/pipeline.js';
import { scratch } from './pack-support.js';

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') && /\/\d{4}\//.test(path) ? [path] : [];
  });
}

const units = [...jsonFiles('data').filter((f) => !f.includes('catalog')), ...jsonFiles('test/fixtures/units')];
const packs = packNames();

describe('every pack with every unit', () => {
  it('has units and packs to check', () => {
    expect(units.length).toBeGreaterThan(0);
    expect(packs).toEqual(expect.arrayContaining(['sichuan-2020', 'sichuan-2022', 'sichuan-2023']));
  });

  it.each(packs)('%s: every unit prepares without a template problem', async (pack) => {
    for (const unit of units) {
      const data = JSON.parse(readFileSync(unit, 'utf8')) as Record<string, unknown>;
      const file = join(scratch, `${pack}-${units.indexOf(unit)}.json`);
      writeFileSync(file, JSON.stringify({ ...data, pack }));
      // Note: checkOnly still merges and parses every document (so --check finds template errors).
      const prepared = await prepareUnit(file, { formats: ['pdf'], checkOnly: true });
      expect(prepared.ok ? [] : prepared.errors, unit).toEqual([]);
    }
  });

  it.each(packs)('%s: every template is reachable from the documents', (name) => {
    const pack = resolvePack(name);
    const reached = new Set<string>();
    const visit = (template: string) => {
      if (reached.has(template)) return;
      reached.add(template);
      const file = pack.templates.get(template) ?? pack.qualifiedTemplates.get(template);
      if (!file) throw new Error(`${template} is referenced but does not exist`);
      const walk = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        const n = node as { type?: string; name?: { original?: string }; [k: string]: unknown };
        if (n.type === 'PartialStatement' && n.name?.original) visit(n.name.original);
        for (const value of Object.values(n)) if (value && typeof value === 'object') walk(value);
      };
      walk(Handlebars.parse(readFileSync(file.file, 'utf8')));
    };
    for (const root of [
      'final-accounts/document',
      'final-accounts/title',
      'final-accounts/subject',
      'project-report/document',
      'project-report/title',
      'project-report/subject',
      'public-tables/title',
      'public-tables/subject',
      'public-tables/unit-line',
      'public-tables/empty-note',
      'public-tables/form-note',
    ])
      visit(root);
    const unreached = [...pack.templates.keys()].filter((t) => !reached.has(t));
    expect(unreached).toEqual([]);
  });
});
