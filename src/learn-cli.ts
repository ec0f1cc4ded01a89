/**
 * `npm run learn -- <已公开的决算说明> --data <数据文件> [--write] [--to <数据文件>]`: finds the
 * wording and number conventions with which a unit published its 决算说明 (src/learn/learn.ts)
 * and, with --write, stores them in the data file under its `style` key so that a plain
 * `npm run generate` writes the same way. Takes the command line; returns the exit code: 0
 * learned (and written), 1 the document or the data cannot be used (nothing written), 2 a
 * failure, 64 wrong usage.
 *
 * Writing touches the `style` key only (jsonc-parser's edit keeps every other byte of the
 * file), and only when the data still validates with it; the file is replaced whole
 * (src/cli/write-file.ts). A document of another year than the data teaches wording only (its
 * figures cannot be compared), and the run says so.
 */
import { readFile } from 'node:fs/promises';
import { EXIT, parseArgsOrUsage, runCommand, UsageError } from './cli/command.js';
import { writeFileWhole } from './cli/write-file.js';
import { learnStyle, type LearnReport } from './learn/learn.js';
import { publishedText, type PublishedText } from './learn/published.js';
import { loadUnit, validateUnit } from './load/load-unit.js';
import { setStyleKey } from './load/set-style-key.js';
import { rewriteFillInSheet } from './workbook/write-fill-in.js';
import { STYLE_SHEET } from './workbook/layout/layout.js';
import { packNames } from './merge/packs.js';
import { loadSlotCatalogue } from './merge/slot-catalogue.js';
import type { SlotRecorder } from './merge/slots.js';
import { finalAccountsViewUnder, prepareLoadedUnit } from './pipeline.js';
import { describeLocation, DocumentError, readDocumentText } from './read/document-text.js';
import { canonical } from './read/canonical.js';
import type { UnitYear } from './schema/unit-year.js';
import { msg } from './text/msg.js';
import type { Block } from './tree/types.js';

const HELP = msg`用法：npm run learn -- <已公开的决算说明> --data <数据文件> [--write] [--to <数据文件>] [--json]

让文档与往年公开的写法一致：读取本单位已公开的决算说明（.docx、.pdf，或从网页复制的 .txt），
逐句找出它用的写法（如“2023年”还是“2023年度”、“增加”还是“增长”、百分比保留几位小数、是否
四舍五入），以及与模板都不相同的句子，写成本单位的写法（数据文件的 style）。数字仍由数据计算，
不会抄写文档中的任何数字。

选项：
  --data <文件>  与该文档同一年度的本单位数据文件（.json 或填报工作簿），用于核对数字
  --write        把学得的写法写入数据文件：JSON 只改 style 一项，其余内容不变；
                 填报工作簿写入其“写法”工作表
  --to <文件>    写入另一个数据文件（如今年的数据），默认写入 --data 的文件
  --json         以 JSON 输出学得的写法和报告
  -h, --help     显示本帮助

示例：
  npm run learn -- 2023年度部门决算说明.pdf --data data/2023/遂宁市安居区司法局.json
  npm run learn -- 2023年度部门决算说明.docx --data data/2023/本单位.json --write --to data/2024/本单位.json
`;

interface Options {
  document: string;
  data: string;
  write: boolean;
  to: string | undefined;
  json: boolean;
  help: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseArgsOrUsage({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      write: { type: 'boolean', default: false },
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (!values.help) {
    if (positionals.length !== 1) throw new UsageError(msg`请给出一份已公开的决算说明（.docx、.pdf 或 .txt）`);
    if (values.data === undefined) throw new UsageError(msg`请用 --data 给出本单位的数据文件`);
    if (values.to !== undefined && !values.write) throw new UsageError(msg`--to 须与 --write 一起使用`);
  }
  return {
    document: positionals[0] ?? '',
    data: values.data ?? '',
    write: values.write,
    to: values.to,
    json: values.json,
    help: values.help,
  };
}

/** Words of a 决算说明 a document must hold to be one. */
// text: vocabulary (words read in a document, never written)
const FINAL_ACCOUNTS_WORDS = ['收入支出决算总体情况', '本年收入合计', '本年支出合计', '三公', '一般公共预算财政拨款'];

function blockText(block: Block): string {
  if (block.type === 'paragraph') return block.runs.map((r) => r.text).join('');
  if (block.type === 'heading' || block.type === 'title') return block.text;
  return '';
}

/** The year a document says it is of: the year most often followed by 年度 in its text. */
function documentYear(text: PublishedText): number | undefined {
  const counts = new Map<number, number>();
  for (const p of text.paragraphs.slice(0, 40))
    for (const m of p.text.matchAll(/(20\d\d)年度/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function printReport(report: LearnReport, documentFile: string): void {
  const share = (n: number) => (report.total === 0 ? '—' : `${Math.round((n / report.total) * 1000) / 10}%`);
  console.log(msg`已读取 ${documentFile}：${report.total} 句叙述`);
  console.log(
    msg`  模板包默认写法可复现 ${report.matchedBefore} 句（${share(report.matchedBefore)}）；学得的写法可复现 ${report.matchedAfter} 句（${share(report.matchedAfter)}）${report.byWording ? msg`（按文字比较，数字未核对）` : ''}`,
  );
  const numbers = report.style.numbers;
  if (numbers) console.log(msg`  数字写法：${JSON.stringify(numbers)}`);
  for (const c of report.style.choices ?? [])
    console.log(msg`  写法：${c.slot === undefined ? msg`全文` : msg`句位 ${c.slot}`} ${c.choice} = ${c.alternative}`);
  for (const s of report.ownSentences) console.log(msg`  本单位的句子：句位 ${s.slot}：${s.sentence}`);
  for (const f of report.ownSentenceFailures)
    console.log(msg`  句位 ${f.slot} 的原文中，数字“${f.figure}”与数据算出的任何数都不相符，未写成本单位的句子`);
  for (const n of report.unmatchedNumbers) console.log(msg`  百分比 ${n.printed}% 不符合任何取舍方式（可能是原文计算有误）：${n.sentence}`);
  if (report.unplaced.length > 0) console.log(msg`  未能复现的句子（${report.unplaced.length} 句）：`);
  for (const u of report.unplaced) {
    const nearest = u.nearest ? msg`；最接近句位 ${u.nearest.slot}` : '';
    console.log(msg`    ${describeLocation(u.where)}${nearest}：${u.sentence}`);
  }
}

/**
 * Writes the style into a data file: a JSON file's style key only (every other byte kept), or
 * a workbook's sheet 写法; either only when the unit still validates with it.
 */
async function writeStyle(target: string, style: LearnReport['style']): Promise<void> {
  let written: Uint8Array;
  if (/\.json$/i.test(target)) {
    written = new TextEncoder().encode(setStyleKey(await readFile(target, 'utf8'), style));
  } else {
    const loaded = await loadUnit(target);
    if (!loaded.ok) throw new Error(msg`工作簿 ${target} 未通过校验，未写入写法`);
    const input = { ...((loaded.input ?? loaded.data) as Record<string, unknown>), style };
    written = await rewriteFillInSheet(new Uint8Array(await readFile(target)), STYLE_SHEET, input, packNames());
  }
  const check = /\.json$/i.test(target) ? validateUnit(written) : await loadWorkbookBytes(target, written);
  if (!check.ok)
    throw new Error(msg`写入写法后数据不再通过校验，未写入：${check.errors.map((e) => msg`${e.path}：${e.message}`).join(msg`；`)}`);
  await writeFileWhole(target, written, true);
}

/** A workbook's bytes read as its data, as if it were the file (for the check before writing). */
async function loadWorkbookBytes(file: string, bytes: Uint8Array) {
  const { loadWorkbookUnit } = await import('./load/workbook/load-workbook-unit.js');
  return loadWorkbookUnit(file, bytes, []);
}

export interface Learned {
  report: LearnReport;
  /** What the reader should know (tracked changes, another year, another unit). */
  notes: string[];
  data: UnitYear;
}

/**
 * Learns a unit's style from a published document and its data file (the command's work, for
 * the tests too). Returns the report, or the refusal (a message; nothing learned).
 */
export async function learnFromFiles(
  documentFile: string,
  dataFile: string,
): Promise<{ ok: true; learned: Learned } | { ok: false; errors: string[] }> {
  let text: PublishedText;
  const notes: string[] = [];
  try {
    const document = await readDocumentText(documentFile);
    text = publishedText(document);
    notes.push(...document.notes);
  } catch (err) {
    if (!(err instanceof DocumentError)) throw err;
    return { ok: false, errors: [err.message] };
  }
  const all = text.paragraphs.map((p) => p.text).join('');
  if (FINAL_ACCOUNTS_WORDS.filter((w) => all.includes(w)).length < 2) {
    return { ok: false, errors: [msg`${documentFile} 看起来不是决算说明（没有“本年收入合计”“三公”等决算说明中的文字），未学习`] };
  }
  const loaded = await loadUnit(dataFile);
  if (!loaded.ok)
    return {
      ok: false,
      errors: [
        msg`数据文件 ${dataFile} 有 ${loaded.errors.length} 处错误，请先改正：`,
        ...loaded.errors.map((e) => msg`    ${e.path}：${e.message}`),
      ],
    };
  const data = loaded.data;
  const year = documentYear(text);
  const byWording = year !== undefined && year !== data.year;
  if (byWording) notes.push(msg`文档是 ${year} 年度的，数据是 ${data.year} 年度的：只学文字写法，数字无法核对`);
  if (![data.unit.name, data.unit.shortName].some((name) => all.includes(canonical(name)))) {
    notes.push(msg`文档中没有出现单位名称“${data.unit.name}”或简称“${data.unit.shortName}”：请确认这是本单位的文档`);
  }
  const paragraphs = async (unit: UnitYear, recorder?: SlotRecorder) => {
    const prepared = await prepareLoadedUnit(
      dataFile,
      { ok: true, data: unit, sourceBytes: loaded.sourceBytes },
      {
        formats: [],
        checkOnly: false,
        ...(recorder ? { recorder } : {}),
      },
    );
    if (!prepared.ok) throw new Error(prepared.errors.map((e) => msg`${e.path}：${e.message}`).join(msg`；`));
    const document = prepared.documents.find((d) => d.kind === 'final-accounts');
    return (document?.tree.blocks ?? []).map(blockText).filter((t) => t !== '');
  };
  const report = await learnStyle(
    text,
    data,
    loadSlotCatalogue(),
    { viewUnder: (unit, numbers) => finalAccountsViewUnder(unit, numbers), paragraphs },
    { byWording },
  );
  return { ok: true, learned: { report, notes, data } };
}

async function run(options: Options): Promise<number> {
  const result = await learnFromFiles(options.document, options.data);
  if (!result.ok) {
    for (const e of result.errors) console.error(e.startsWith('    ') ? e : `✗ ${e}`);
    return EXIT.invalidInput;
  }
  const { report, notes } = result.learned;
  for (const note of notes) console.error(msg`  提示：${note}`);
  if (options.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report, options.document);
  if (options.write) {
    const target = options.to ?? options.data;
    await writeStyle(target, report.style);
    console.log(
      /\.json$/i.test(target) ? msg`✓ 已把写法写入 ${target}（只改了 style 一项）` : msg`✓ 已把写法写入 ${target} 的“${STYLE_SHEET}”工作表`,
    );
  }
  return EXIT.ok;
}

/** Runs the command with its arguments; returns the exit code. */
export function main(argv: readonly string[]): Promise<number> {
  return runCommand({ name: 'learn', help: HELP, parse: parseOptions, run }, argv);
}
