/**
 * `npm run learn` (issue 18 point 5): a unit's style learned from its published 决算说明.
 * - The reference: its published text (docs/reference/) and its data without its style give a
 *   style that reproduces the document at least as well as the style written by hand in its data,
 *   with the per-sentence choices its source shows.
 * - Each published document of test/fixtures/published/: the learned style reproduces at least
 *   what the pack's defaults do; its own sentences hold no figure of the document; given to
 *   another unit, none of the document's figures appears in that unit's 决算说明.
 * - Bad input: refused with a Chinese message, nothing learned.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnFromFiles, main as learnMain, type Learned } from '../../src/learn-cli.js';
import { matchedIn } from '../../src/learn/learn.js';
import { publishedText } from '../../src/learn/published.js';
import { prepareUnit } from '../../src/pipeline.js';
import { readDocumentText } from '../../src/read/document-text.js';
import { NUMBER } from '../../src/read/canonical.js';
import type { Block } from '../../src/tree/types.js';
import { loadUnit } from '../../src/load/load-unit.js';
import { writeFillInWorkbook } from '../../src/workbook/write-fill-in.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-learn-'));
const REFERENCE_TEXT = 'docs/reference/000_cbcf39354c9835b0.txt';
const REFERENCE_DATA = 'data/2023/遂宁市安居区司法局.json';

function blockText(block: Block): string {
  if (block.type === 'paragraph') return block.runs.map((r) => r.text).join('');
  return block.type === 'heading' || block.type === 'title' ? block.text : '';
}

async function finalAccountsParagraphs(file: string): Promise<string[]> {
  const prepared = await prepareUnit(file, { formats: [], checkOnly: false });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
  return prepared.documents.find((d) => d.kind === 'final-accounts')!.tree.blocks.map(blockText);
}

function writeJson(name: string, value: unknown): string {
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

async function learned(document: string, data: string): Promise<Learned> {
  const result = await learnFromFiles(document, data);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.learned;
}

describe('learning the reference from its published text', () => {
  let report: Learned['report'];
  let byHand: number;
  beforeAll(async () => {
    const { style: _hand, ...withoutStyle } = JSON.parse(readFileSync(REFERENCE_DATA, 'utf8')) as Record<string, unknown>;
    report = (await learned(REFERENCE_TEXT, writeJson('reference-without-style.json', withoutStyle))).report;
    const text = publishedText(await readDocumentText(REFERENCE_TEXT));
    byHand = matchedIn(text, await finalAccountsParagraphs(REFERENCE_DATA), false).size;
  }, 60_000);

  it('reproduces more than the pack alone, and at least what the style written by hand does', () => {
    expect(report.matchedAfter).toBeGreaterThan(report.matchedBefore);
    expect(report.matchedAfter).toBeGreaterThanOrEqual(byHand);
  });

  it('finds the choices its source shows sentence by sentence, and its sum-to-100 shares', () => {
    const choices = (report.style.choices ?? []).map((c) => `${c.slot ?? '*'} ${c.choice}=${c.alternative}`);
    // Source: "因公出国（境）支出决算与2022年持平。" (年) beside "2023年度…与2022年度相比" (年度);
    // "公务接待费支出决算比2022年度增加0.03万元" (增加) beside "各下降5.1万元" (下降);
    // 住房保障支出 5.37% where 62.4 ÷ 1163.82 is 5.36%: the last part absorbs the rounding.
    expect(choices).toEqual(
      expect.arrayContaining([
        'part2.threePublic.abroad yearWord=年',
        'part2.threePublic.vehicle yearWord=年',
        'part2.threePublic.reception changeWords=增加/减少',
      ]),
    );
    expect(report.style.numbers?.share?.policy).toBe('last-absorbs');
  });
});

const CORPUS = 'test/fixtures/published';
const corpus = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => {
    const dir = join(CORPUS, e.name);
    const year = readdirSync(join(dir, 'data'))[0]!;
    const file = readdirSync(join(dir, 'data', year))[0]!;
    return { name: e.name, document: join(dir, 'document.txt'), data: join(dir, 'data', year, file) };
  });

/** A figure of a document worth looking for elsewhere: with decimals, not a year. */
function figures(text: string): Set<string> {
  return new Set([...text.matchAll(NUMBER)].map((m) => m[0]).filter((n) => /\.\d/.test(n) && Number(n) >= 1));
}

describe.each(corpus)('the published document $name', ({ document, data }) => {
  let result: Learned;
  beforeAll(async () => {
    result = await learned(document, data);
  }, 60_000);

  it('is reproduced at least as well by its learned style as by the pack alone', () => {
    const { matchedBefore, matchedAfter, total } = result.report;
    console.log(`${document}: ${total} sentences; pack ${matchedBefore}, learned ${matchedAfter}`);
    expect(matchedAfter).toBeGreaterThanOrEqual(matchedBefore);
  });

  it('writes no figure of the document into its own sentences', () => {
    for (const own of result.report.ownSentences) expect(own.sentence.replace(/\{\{[^}]*\}\}/g, '')).not.toMatch(/\d/);
  });

  it('given to another unit, prints none of the document\u2019s figures', async () => {
    const other = JSON.parse(readFileSync('test/fixtures/units/2023/示例区档案馆.json', 'utf8')) as Record<string, unknown>;
    const withoutStyle = writeJson('other-plain.json', other);
    const plain = (await finalAccountsParagraphs(withoutStyle)).join('\n');
    const file = writeJson('other-styled.json', { ...other, style: result.report.style });
    const prepared = await prepareUnit(file, { formats: [], checkOnly: false });
    // A style may name a slot's own sentence over fields another unit's view lacks: refused, and so prints nothing.
    if (!prepared.ok) return;
    const styled = prepared.documents
      .find((d) => d.kind === 'final-accounts')!
      .tree.blocks.map(blockText)
      .join('\n');
    const source = readFileSync(document, 'utf8');
    const leaked = [...figures(source)].filter((f) => styled.includes(f) && !plain.includes(f));
    expect(leaked).toEqual([]);
  });
});

describe('what learn refuses', () => {
  async function refusal(document: string, data = REFERENCE_DATA): Promise<string> {
    const result = await learnFromFiles(document, data);
    if (result.ok) throw new Error('learned from a document it should refuse');
    return result.errors.join('\n');
  }

  it('a text that is not a 决算说明', async () => {
    const file = join(scratch, 'notice.txt');
    writeFileSync(file, '关于做好2024年春节放假安排的通知\n各科室：根据国务院办公厅通知，现将放假安排通知如下。');
    expect(await refusal(file)).toContain('看起来不是决算说明');
  });

  it('an encrypted .docx (or an old .doc renamed)', async () => {
    const file = join(scratch, 'locked.docx');
    writeFileSync(file, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(await refusal(file)).toContain('加密');
  });

  it('a PDF without a text layer', async () => {
    const file = join(scratch, 'scan.pdf');
    // One empty A4 page: what a scan's text layer holds.
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    ];
    let pdf = '%PDF-1.4\n';
    const offsets: number[] = [];
    objects.forEach((o, i) => {
      offsets.push(pdf.length);
      pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    });
    const xref = pdf.length;
    pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    writeFileSync(file, pdf);
    expect(await refusal(file)).toContain('没有文字层');
  });

  it('a file of another kind', async () => {
    const file = join(scratch, 'old.doc');
    writeFileSync(file, 'x');
    expect(await refusal(file)).toContain('另存为 .docx');
  });

  it('reads a .docx with tracked changes as it would print, and says so', async () => {
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:r><w:t>2023年度收、支总计均为</w:t></w:r><w:del><w:r><w:delText>9999</w:delText></w:r></w:del><w:ins><w:r><w:t>1163.82</w:t></w:r></w:ins><w:r><w:t>万元。</w:t></w:r></w:p>' +
      '</w:body></w:document>';
    const file = join(scratch, 'tracked.docx');
    writeFileSync(file, zipSync({ 'word/document.xml': strToU8(xml) }));
    const read = await readDocumentText(file);
    expect(read.paragraphs.map((p) => p.text)).toEqual(['2023年度收、支总计均为1163.82万元。']);
    expect(read.notes.join('')).toContain('修订');
  });
});

/** The archive's own 二、收入 sentence, worded with 年 instead of 年度 (hand-written from its data: 286.45 = 286.45 + 0 …). */
function archivePublished(): string {
  const doc = join(scratch, 'archive-published.txt');
  // The archive's own 二、收入 sentence, worded with 年 instead of 年度 (hand-written from its data: 286.45 = 286.45 + 0 …).
  writeFileSync(
    doc,
    '2023年本年收入合计286.45万元，其中：一般公共预算财政拨款收入286.45万元，占100%；政府性基金预算财政拨款收入0万元，占0%；国有资本经营预算财政拨款收入0万元，占0%；上级补助收入0万元，占0%；事业收入0万元，占0%；经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入0万元，占0%。\n“三公”经费与本年支出合计一般公共预算财政拨款\n',
  );
  return doc;
}

const ARCHIVE = 'test/fixtures/units/2023/示例区档案馆.json';
const ARCHIVE_STYLE = { choices: [{ slot: 'part2.income', choice: 'yearWord', alternative: '年' }] };

async function quietly(argv: string[]): Promise<number> {
  const log = console.log;
  console.log = () => {};
  return learnMain(argv).finally(() => (console.log = log));
}

describe('npm run learn --write', () => {
  it('changes the style key of the data file and nothing else', async () => {
    const original = readFileSync(ARCHIVE, 'utf8');
    const file = join(scratch, 'archive.json');
    writeFileSync(file, original);
    const doc = archivePublished();
    expect(await quietly([doc, '--data', file, '--write'])).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const { style, ...rest } = written;
    expect(rest).toEqual(JSON.parse(original));
    expect(style).toEqual(ARCHIVE_STYLE);
    // Every line of the original is still there, byte for byte, before the new key (the last
    // value's line gains the comma that separates it from "style").
    const before = original.split('\n');
    const after = readFileSync(file, 'utf8').split('\n');
    expect(after.slice(0, before.length - 3)).toEqual(before.slice(0, -3));
    expect(after[before.length - 3]).toBe(`${before[before.length - 3]},`);
  });

  it('writes a workbook\u2019s sheet 写法, and the workbook then gives the style back', async () => {
    const file = join(scratch, '示例区档案馆.xlsx');
    writeFileSync(
      file,
      await writeFillInWorkbook(JSON.parse(readFileSync(ARCHIVE, 'utf8')), { title: '测试', author: '测试', date: '2024-09-05' }),
    );
    expect(await quietly([archivePublished(), '--data', file, '--write'])).toBe(0);
    const loaded = await loadUnit(file);
    expect(loaded.ok && loaded.data.style).toEqual(ARCHIVE_STYLE);
  });
});
