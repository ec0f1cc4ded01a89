/**
 * A pack's wording.json is checked against its schema (src/schema/wording.ts) when the pack
 * is resolved: a misspelt key, a word of the wrong type, a key the whole chain leaves out and
 * a 附表 without a title are each a PackError naming the file and the JSON path, before any
 * document is merged. Cheap: resolvePack only, no unit is prepared.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS_DIR, completeWording, PackError, resolvePack } from '../../src/merge/packs.js';
import { scratch } from './pack-support.js';

let n = 0;

/** A pack folder holding one pack with this pack.json (name and sources filled in) and wording.json. */
function packWith(manifest: Record<string, unknown>, wording: unknown): { roots: string[]; name: string } {
  n += 1;
  const name = `wording-${n}`;
  const root = join(scratch, `wording-packs-${n}`);
  mkdirSync(join(root, name), { recursive: true });
  const pack = { name, title: '测试', province: '四川', years: { from: 2023 }, levels: ['部门'], sources: [], ...manifest };
  writeFileSync(join(root, name, 'pack.json'), JSON.stringify(pack));
  writeFileSync(join(root, name, 'wording.json'), JSON.stringify(wording));
  if (!('extends' in manifest)) writeFileSync(join(root, name, 'glossary.json'), JSON.stringify({ before: [], after: [] }));
  return { roots: [root, BUNDLED_PACKS_DIR], name };
}

function packError(manifest: Record<string, unknown>, wording: unknown): string {
  const { roots, name } = packWith(manifest, wording);
  try {
    resolvePack(name, roots);
  } catch (err) {
    expect(err).toBeInstanceOf(PackError);
    return (err as Error).message;
  }
  throw new Error('the pack was accepted');
}

describe('wording.json', () => {
  it('is accepted with only the keys that differ from the parent', () => {
    const { roots, name } = packWith({ extends: 'sichuan-2023' }, { grades: { excellent: '优秀' } });
    const pack = resolvePack(name, roots);
    expect(pack.wording.grades).toMatchObject({ excellent: '优秀', good: '良' });
  });

  it('refuses a misspelt key, naming the file and the path', () => {
    const message = packError({ extends: 'sichuan-2023' }, { grades: { excelent: '优秀' } });
    expect(message).toContain(join(`wording-${n}`, 'wording.json'));
    expect(message).toMatch(/\$\.grades.*excelent/);
  });

  it('refuses a word that is not text', () => {
    const message = packError({ extends: 'sichuan-2023' }, { charts: { fig1: { categories: '收入总计' } } });
    expect(message).toContain('$.charts.fig1.categories');
  });

  // Note: every chain stands on the catalogue (templates/catalogue/wording.json), so a pack
  // cannot leave a key out; what these guard is the merged wording itself (a catalogue edit).
  it('refuses a merged wording that leaves a key out', () => {
    const bundled = resolvePack('sichuan-2023').wording as Record<string, unknown>;
    const { charts: _charts, ...withoutCharts } = bundled;
    const error = (() => {
      try {
        completeWording('测试', [], withoutCharts, []);
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PackError);
    expect((error as Error).message).toContain('合并后不完整');
    expect((error as Error).message).toContain('$.charts');
  });

  it('refuses a 附表 the pack lists without a title', () => {
    const bundled = resolvePack('sichuan-2023').wording;
    const { titles: _titles, ...publicTables } = bundled.publicTables;
    expect(() =>
      completeWording('测试', [], { ...bundled, publicTables: { ...publicTables, titles: { summary: '总表' } } }, ['summary', 'income']),
    ).toThrow(/\$\.publicTables\.titles\.income/);
  });
});
