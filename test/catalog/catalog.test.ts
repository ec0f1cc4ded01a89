/**
 * The bundled functional-classification catalog is sound: every entry cites a source that
 * the catalog lists, its level matches its code's length, one code's names do not overlap
 * in editions, and every 款 and 项 has its parent — except the few data/catalog/README.md
 * lists as flagged (a source prints them, none prints their parent).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/load-catalog.js';

const catalog = loadCatalog();
const readme = readFileSync('data/catalog/README.md', 'utf8');
const flaggedOrphans = [
  ...readme.slice(readme.indexOf('<!-- orphans:start -->'), readme.indexOf('<!-- orphans:end -->')).matchAll(/^- (\d+) /gm),
].map((m) => m[1]);

describe('functional-classification catalog', () => {
  it('cites a listed source for every entry and definition', () => {
    const ids = new Set(catalog.sources.map((s) => s.id));
    expect(ids.size).toBe(catalog.sources.length);
    for (const entry of catalog.entries) {
      expect(entry.sources.length, entry.code).toBeGreaterThan(0);
      for (const id of entry.sources) expect(ids.has(id), `${entry.code}: ${id}`).toBe(true);
      if (entry.definition !== undefined) expect(ids.has(entry.definitionSource ?? ''), `${entry.code} definition`).toBe(true);
    }
  });

  it('gives each code the level of its length', () => {
    const levelOf = { 3: '类', 5: '款', 7: '项' } as Record<number, string>;
    for (const entry of catalog.entries) expect(entry.level, entry.code).toBe(levelOf[entry.code.length]);
  });

  it('has no two names of one code for the same edition', () => {
    const byCode = new Map<string, typeof catalog.entries>();
    for (const e of catalog.entries) byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
    for (const [code, entries] of byCode) {
      const sorted = [...entries].sort((a, b) => a.editions.from - b.editions.from);
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i - 1]!.editions.to, `${code} editions overlap`).toBeDefined();
        expect(sorted[i - 1]!.editions.to!, `${code} editions overlap`).toBeLessThan(sorted[i]!.editions.from);
      }
    }
  });

  it('has the parent 类 and 款 of every entry, but for the flagged ones', () => {
    const codes = new Set(catalog.entries.map((e) => e.code));
    const orphans = catalog.entries.filter(
      (e) => (e.code.length > 3 && !codes.has(e.code.slice(0, 3))) || (e.code.length === 7 && !codes.has(e.code.slice(0, 5))),
    );
    expect(orphans.map((e) => e.code).sort()).toEqual([...flaggedOrphans].sort());
  });

  it('covers every code the reference unit spends on', () => {
    const data = JSON.parse(readFileSync('data/2023/遂宁市安居区司法局.json', 'utf8')) as {
      accounts: { generalBudget: { items: { code: string }[] } };
    };
    const codes = new Set(catalog.entries.map((e) => e.code));
    for (const { code } of data.accounts.generalBudget.items) {
      for (const c of [code.slice(0, 3), code.slice(0, 5), code]) expect(codes.has(c), c).toBe(true);
    }
  });
});
