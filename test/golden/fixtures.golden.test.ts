/**
 * Golden test of the fixture units (test/fixtures/units/<year>/<unit>.json, issue 9 §6):
 * each unit is generated once through the whole pipeline (generateUnit, .docx and .pdf),
 * and every sentence written by hand in test/fixtures/expected/<slug>.ts is looked for in
 * the text of BOTH formats: the 部门决算说明 (or 单位决算说明) and each project's
 * 专项预算项目绩效评价报告. A sentence the tool is known to write wrongly is an `it.fails`
 * test naming the bug, so it turns red the day the bug is fixed and the mark must go.
 * A cheap test runs every fixture through --check-level preparation with zero errors.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateUnit, prepareUnit } from '../../src/pipeline.js';
import { FIXTURES } from '../fixtures/expected/index.js';
import type { FixtureExpectation } from '../fixtures/expected/types.js';
import { normalizeForSearch } from '../support/normalize.js';
import { searchTexts, type SearchTexts } from '../support/search-texts.js';

const FORMATS = ['docx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];
type Texts = SearchTexts;

interface UnitTexts {
  title: string;
  finalAccounts: Texts;
  /** The 决算说明 up to its 第五部分 附表 (all of it when it has none): where `absent` is looked for. */
  beforeTables: Texts;
  projects: Map<string, Texts>;
}

/**
 * The text before the 第五部分 附表 heading (its last occurrence: the first is the 目录's).
 * The 附表 print every column heading even when the line is zero (收入决算表 always has a
 * 上级补助收入 column), so what the prose leaves out is looked for in the prose only.
 */
function beforeTables(texts: Texts): Texts {
  const cut = (text: string) => {
    const at = text.lastIndexOf(normalizeForSearch('第五部分 附表'));
    return at < 0 ? text : text.slice(0, at);
  };
  return { docx: cut(texts.docx), pdf: cut(texts.pdf) };
}

async function unitTexts(fixture: FixtureExpectation): Promise<UnitTexts> {
  const outcome = await generateUnit(fixture.data, { formats: [...FORMATS], checkOnly: false });
  if (!outcome.ok) throw new Error(`${fixture.data}: ${JSON.stringify(outcome.errors, null, 1)}`);
  const finalAccounts = outcome.documents.find((d) => d.kind === 'final-accounts');
  if (!finalAccounts) throw new Error(`${fixture.data}: no final-accounts document`);
  const projects = new Map<string, Texts>();
  for (const doc of outcome.documents.filter((d) => d.kind === 'project-evaluation')) {
    projects.set(doc.project ?? '', await searchTexts(doc));
  }
  const texts = await searchTexts(finalAccounts);
  return { title: finalAccounts.title, finalAccounts: texts, beforeTables: beforeTables(texts), projects };
}

const generated = new Map<string, UnitTexts>();
let generationSeconds = 0;

beforeAll(async () => {
  const started = performance.now();
  // Note: generation is CPU-bound in this thread, so running the units together saves only
  // the waits (file reads, pdfjs); they are still started together so one slow unit does
  // not hold the others back.
  const all = await Promise.all(FIXTURES.map(async (fixture) => [fixture.data, await unitTexts(fixture)] as const));
  for (const [data, texts] of all) generated.set(data, texts);
  generationSeconds = (performance.now() - started) / 1000;
  console.info(`fixtures: ${FIXTURES.length} units generated and read in ${generationSeconds.toFixed(1)} s`);
});

function has(texts: Texts, format: Format, sentence: string): boolean {
  return texts[format].includes(normalizeForSearch(sentence));
}

describe('fixture data', () => {
  it('every data file under test/fixtures/units has expected sentences', () => {
    const root = 'test/fixtures/units';
    const files = readdirSync(root).flatMap((year) => readdirSync(join(root, year)).map((name) => join(root, year, name)));
    expect(files.sort()).toEqual(FIXTURES.map((f) => f.data).sort());
  });

  it.each(FIXTURES.map((f) => [f.data]))('%s passes --check with zero errors', async (data) => {
    const prepared = await prepareUnit(data, { formats: [...FORMATS], checkOnly: true });
    expect(prepared.ok ? [] : prepared.errors).toEqual([]);
  });
});

describe.each(FIXTURES.map((f) => [f.title, f] as const))('%s', (_title, fixture) => {
  const unit = (): UnitTexts => {
    const texts = generated.get(fixture.data);
    if (!texts) throw new Error(`${fixture.data} was not generated`);
    return texts;
  };

  it('has the expected title', () => {
    expect(unit().title).toBe(fixture.title);
    for (const format of FORMATS) expect(has(unit().finalAccounts, format, fixture.title), `${format}: ${fixture.title}`).toBe(true);
  });

  it('has one report per expected project', () => {
    expect([...unit().projects.keys()].sort()).toEqual(Object.keys(fixture.projects).sort());
  });

  describe.each(FORMATS)('%s', (format) => {
    it.each(fixture.finalAccounts.map((s) => [s]))('决算说明: %s', (sentence) => {
      expect(has(unit().finalAccounts, format, sentence), `${format} 中缺少：${sentence}`).toBe(true);
    });

    for (const [project, sentences] of Object.entries(fixture.projects)) {
      it.each(sentences.map((s) => [s]))(`项目报告（${project}）: %s`, (sentence) => {
        const texts = unit().projects.get(project);
        expect(texts, `没有项目“${project}”的报告`).toBeDefined();
        expect(has(texts!, format, sentence), `${format} 中缺少：${sentence}`).toBe(true);
      });
    }

    for (const { sentence, bug } of fixture.knownBugs) {
      it.fails(`known tool bug — ${bug}: ${sentence}`, () => {
        expect(has(unit().finalAccounts, format, sentence)).toBe(true);
      });
    }

    if (fixture.absent?.length) {
      it.each(fixture.absent.map((s) => [s]))('决算说明 leaves out: %s', (text) => {
        expect(has(unit().beforeTables, format, text), `${format} 中不应有：${text}`).toBe(false);
      });
    }

    it('prints no computation artefact', () => {
      const documents = [unit().finalAccounts, ...unit().projects.values()];
      for (const texts of documents) {
        for (const bad of ['NaN', 'Infinity', 'undefined', 'null', '[object']) expect(texts[format].includes(bad), bad).toBe(false);
      }
    });
  });
});
