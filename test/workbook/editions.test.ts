/**
 * The edition files (data/editions, src/schema/table-edition.ts): the words the 公开表 and 财决
 * readers look for are data, checked when read, and every 附表 title a bundled pack writes is
 * one the readers recognise (a workbook this tool wrote reads back). Cheap: the loader only;
 * test/workbook/tables.test.ts reads whole workbooks with them.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableVocabulary, vocabularyOf } from '../../src/load/workbook/tables/editions.js';
import { packNames, resolvePack } from '../../src/merge/packs.js';
import { TABLE_KINDS } from '../../src/schema/table-edition.js';

/** A copy of the bundled editions, one file edited. */
function editedEditions(file: string, edit: (edition: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'fa-editions-'));
  cpSync('data/editions', dir, { recursive: true });
  const path = join(dir, file);
  const edition = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(edition);
  writeFileSync(path, JSON.stringify(edition));
  return dir;
}

describe('the bundled editions', () => {
  const words = tableVocabulary();

  it('name every kind of table the readers know', () => {
    const named = new Set<string>();
    for (const file of ['public-tables.json', 'caijue.json']) {
      const edition = JSON.parse(readFileSync(join('data/editions', file), 'utf8')) as { titles: Record<string, string[]> };
      for (const [kind, titles] of Object.entries(edition.titles))
        for (const title of titles) if (words.kindOfTitle(title) === kind) named.add(kind);
    }
    expect([...named].sort()).toEqual([...TABLE_KINDS].sort());
  });

  it.each(packNames().map((name) => [name]))('recognise every 附表 title the pack %s writes', (name) => {
    const pack = resolvePack(name);
    for (const id of pack.publicTables) {
      const title = pack.wording.publicTables.titles[id]!;
      // With the label and the unit and year this tool prints before a title in its workbook.
      const printed = `公开01表 示例县司法局2023年度${title}`;
      expect(words.kindOfTitle(printed) ?? words.unreadBecause(printed), `${name}: ${title}`).toBeDefined();
    }
  });

  it('tell the 财决 sheet code and suffix from the title', () => {
    expect(words.sheetCode('Z08_1 一般公共预算财政拨款基本支出决算明细表(财决08-')).toBe('Z08_1');
    expect(words.kindOfTitle('一般公共预算财政拨款基本支出决算明细表(财决08-1表)')).toBe('basicDetail');
    expect(words.sheetCode('公开01表')).toBeUndefined();
  });
});

describe('an edition file', () => {
  it('is where the readers take their words from', () => {
    const dir = editedEditions('public-tables.json', (edition) => {
      const titles = edition.titles as Record<string, string[]>;
      titles.summary = [...titles.summary!, '收支决算总表'];
    });
    expect(tableVocabulary().kindOfTitle('公开01表 收支决算总表')).toBeUndefined();
    expect(vocabularyOf(dir).kindOfTitle('公开01表 收支决算总表')).toBe('summary');
  });

  it('is refused with its path when a key is misspelt', () => {
    const dir = editedEditions('caijue.json', (edition) => {
      edition.titels = edition.titles;
    });
    expect(() => vocabularyOf(dir)).toThrow(/caijue\.json 有误[\s\S]*titels/);
  });

  it('may not give one title to two kinds of table', () => {
    const dir = editedEditions('caijue.json', (edition) => {
      (edition.titles as Record<string, string[]>).income = ['支出决算表'];
    });
    expect(() => vocabularyOf(dir)).toThrow(/支出决算表/);
  });
});
