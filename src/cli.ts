/**
 * `npm run generate`: finds the data files, checks where each unit will be written, takes
 * the output folder for this run, prepares each unit in this thread, renders its
 * documents (in a pool of worker threads unless --jobs 1), writes each unit as one
 * transaction and reports per unit and in a summary. A refused unit does not stop the
 * batch; an output folder that cannot be written (disk full, read-only) does.
 * Exit codes: 0 all generated; 1 some input invalid; 2 rendering or writing failed, or an
 * unexpected error; 64 wrong usage (options, --fonts).
 *
 * Note: the preparing half (zod, Handlebars, the checks) and the font parser are imported
 * only after the render pool has been started, so the workers load their modules on the
 * other core while this thread loads its own, instead of after it.
 */
import { relative, resolve } from 'node:path';
import { HELP, parseCliArgs, type CliOptions } from './cli/args.js';
import { EXIT, UsageError } from './cli/command.js';
import { discoverDataFiles, selectShard } from './cli/discover.js';
import { OutputError } from './cli/output-errors.js';
import { checkUnitFolders, documentFileErrors, peekUnits, type PlannedUnit } from './cli/output-plan.js';
import { openOutputFolder, type OutputFolder } from './cli/output-folder.js';
import { createProgress, type ProgressReporter } from './cli/progress.js';
import { createRenderer, type Renderer } from './cli/renderer.js';
import { checkUnitTarget, writeUnitOutputs } from './cli/write-outputs.js';
import type { PreparedUnit } from './pipeline.js';
import type { Finding } from './schema/format-issues.js';
import { msg } from './text/msg.js';

interface Tally {
  generated: number;
  refused: { file: string; errorCount: number }[];
  failed: string[];
  /** Units not attempted because the output folder became unusable. */
  skipped: number;
  warnings: number;
  /** The first error that makes the output folder unusable; the run stops starting units. */
  fatal: OutputError | undefined;
}

function seconds(ms: number): string {
  return msg`${(ms / 1000).toFixed(1)} 秒`;
}

function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * A render failure in the users' words. Note: pdfmake cannot split a table row over two
 * pages and then fails with "otherArray.forEach is not a function"; the schema's size
 * limits (src/schema/primitives.ts) keep known data below that, this names it if it happens.
 */
function describeRenderError(err: unknown): string {
  const message = describeError(err);
  if (/otherArray\.forEach is not a function/.test(message))
    return msg`PDF 表格中有一行内容超过一页，无法排版；请缩短该行单元格中的文字（${message}）`;
  return message;
}

function refuse(file: string, errors: readonly Finding[], progress: ProgressReporter, tally: Tally): void {
  tally.refused.push({ file, errorCount: errors.length });
  progress.line(msg`✗ ${file}：${errors.length} 处错误，未生成任何文件`, 'err');
  for (const e of errors) progress.line(msg`    ${e.path}：${e.message}`, 'err');
}

/** Renders and writes one prepared unit; reports its result. */
async function finishUnit(
  file: string,
  unit: Extract<PreparedUnit, { ok: true }>,
  options: CliOptions,
  output: OutputFolder,
  renderer: Renderer,
  progress: ProgressReporter,
  tally: Tally,
  started: number,
): Promise<void> {
  try {
    await checkUnitTarget(output.root, unit.year, unit.unit);
    const rendered = await Promise.all(unit.documents.map((doc) => renderer.render(doc, options.formats)));
    if (tally.fatal) {
      tally.skipped += 1;
      return;
    }
    const documents = rendered.map((r) => r.document);
    const { dir } = await writeUnitOutputs(
      output.root,
      { name: unit.unit, year: unit.year, sourceFile: file, sourceBytes: unit.sourceBytes },
      documents,
    );
    const fileCount = documents.reduce((n, d) => n + d.files.length, 0);
    progress.line(
      msg`✓ ${unit.unit} ${unit.year}年度：${documents.length} 份文档、${fileCount} 个文件 → ${relative(process.cwd(), dir) || '.'}（${seconds(performance.now() - started)}）`,
    );
    for (const doc of documents) progress.line(msg`    ${doc.title}（${doc.files.map((f) => f.format).join('、')}）`);
    tally.generated += 1;
  } catch (err) {
    if (err instanceof OutputError && err.fatal) {
      // One line for the folder, not one per unit: later units are not attempted.
      if (!tally.fatal) progress.line(`✗ ${describeError(err)}`, 'err');
      tally.fatal ??= err;
      tally.skipped += 1;
      return;
    }
    tally.failed.push(file);
    progress.line(msg`✗ ${file}：生成或写入失败：${describeRenderError(err)}`, 'err');
    if (process.env.DEBUG) console.error(err);
  } finally {
    progress.advance(unit.unit);
  }
}

/** The units of this run: discovered, filtered by --year/--unit, sharded, their output folders checked. */
async function selectUnits(options: CliOptions): Promise<{ units: PlannedUnit[]; refused: { file: string; errors: Finding[] }[] }> {
  const found = await discoverDataFiles(options.data);
  let units = await peekUnits(found.files);
  // A file in a year folder belongs to that year; a flat file to the year it states.
  if (options.year !== undefined) units = units.filter((u) => (u.folderYear ?? u.year ?? options.year) === options.year);
  if (options.unit !== undefined) units = units.filter((u) => u.unitName === undefined || u.unitName === options.unit);
  units = selectShard(units, options.shard);
  checkUnitFolders(units, options.out);
  return { units, refused: found.refused };
}

async function run(options: CliOptions): Promise<number> {
  let fonts = {};
  if (options.fontsFile !== undefined) {
    try {
      const { loadFontConfig } = await import('./load/load-font-config.js');
      fonts = loadFontConfig(options.fontsFile);
    } catch (err) {
      console.error(describeError(err));
      return EXIT.usage;
    }
  }
  const packDirs = options.packDirs.map((dir) => resolve(dir));
  try {
    // A pack folder that is missing or a pack that is broken (pack.json, extends, a template
    // that does not parse) is a problem of the installation: said once, before any data.
    const { checkPacks } = await import('./merge/packs.js');
    checkPacks(packDirs);
  } catch (err) {
    console.error(describeError(err));
    return EXIT.usage;
  }
  const { units, refused: refusedEntries } = await selectUnits(options);
  if (units.length === 0 && refusedEntries.length === 0) {
    console.error(msg`没有找到数据文件（${options.data}）。数据文件应放在 <数据目录>/<年度>/<单位>.json 或直接放在数据目录中。`);
    return EXIT.invalidInput;
  }
  const total = units.length + refusedEntries.length;
  const shardNote = options.shard ? msg`（分片 ${options.shard.index}/${options.shard.count}）` : '';
  console.log(msg`${options.checkOnly ? '校验' : '生成'} ${total} 个数据文件${shardNote}`);

  // The output folder is checked (and held) before anything is rendered; --check writes nothing.
  let output: OutputFolder | undefined;
  if (!options.checkOnly) {
    try {
      output = await openOutputFolder(options.out, (line) => console.error(line));
    } catch (err) {
      if (!(err instanceof OutputError)) throw err;
      console.error(`✗ ${err.message}`);
      return EXIT.failure;
    }
  }

  const tally: Tally = { generated: 0, refused: [], failed: [], skipped: 0, warnings: 0, fatal: undefined };
  const progress = createProgress(total);
  const renderer = createRenderer(options.checkOnly ? 1 : options.jobs, options.formats, fonts);
  const { prepareUnit } = await import('./pipeline.js');
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();

  try {
    for (const entry of refusedEntries) {
      refuse(entry.file, entry.errors, progress, tally);
      progress.advance(entry.file);
    }
    for (const planned of units) {
      const file = planned.path;
      if (tally.fatal) {
        tally.skipped += 1;
        progress.advance(file);
        continue;
      }
      const unitStarted = performance.now();
      let prepared: PreparedUnit;
      try {
        prepared = await prepareUnit(file, {
          formats: options.formats,
          checkOnly: options.checkOnly,
          warnChangePercent: options.warnChange,
          fonts,
          packDirs,
        });
      } catch (err) {
        tally.failed.push(file);
        progress.line(msg`✗ ${file}：处理失败：${describeError(err)}`, 'err');
        if (process.env.DEBUG) console.error(err);
        progress.advance(file);
        continue;
      }
      if (options.unit !== undefined && prepared.unit !== undefined && prepared.unit !== options.unit) {
        progress.advance(prepared.unit);
        continue;
      }
      for (const w of prepared.warnings) progress.line(msg`  提示 ${file} ${w.path}：${w.message}`, 'err');
      tally.warnings += prepared.warnings.length;
      const errors = [...planned.errors, ...(prepared.ok ? documentFileErrors(prepared.documents, options.formats) : prepared.errors)];
      if (!prepared.ok || errors.length > 0) {
        refuse(file, errors, progress, tally);
        progress.advance(file);
        continue;
      }
      if (options.checkOnly) {
        progress.line(msg`✓ ${file}：${prepared.unit} ${prepared.year}年度 数据校验通过`);
        tally.generated += 1;
        progress.advance(prepared.unit);
        continue;
      }
      const task = finishUnit(file, prepared, options, output!, renderer, progress, tally, unitStarted);
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      // Prepare ahead only a little: keeps every worker busy without holding many units in memory.
      while (inFlight.size > options.jobs) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await renderer.close();
    progress.done();
    await output?.close();
  }

  console.log('');
  const skippedNote = tally.skipped > 0 ? msg`，因输出文件夹无法写入而未生成 ${tally.skipped} 个` : '';
  console.log(
    msg`完成：共 ${total} 个数据文件，${options.checkOnly ? '校验通过' : '生成'} ${tally.generated} 个，数据不合格 ${tally.refused.length} 个，失败 ${tally.failed.length} 个${skippedNote}，提示 ${tally.warnings} 条，用时 ${seconds(performance.now() - started)}。`,
  );
  for (const r of tally.refused) console.log(msg`  数据不合格：${r.file}（${r.errorCount} 处错误）`);
  for (const f of tally.failed) console.log(msg`  失败：${f}`);
  if (tally.fatal) console.log(msg`  输出文件夹无法写入：${tally.fatal.message}`);
  if (tally.failed.length > 0 || tally.fatal) return EXIT.failure;
  if (tally.refused.length > 0) return EXIT.invalidInput;
  return EXIT.ok;
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      console.error(msg`运行 npm run generate -- --help 查看用法。`);
      process.exitCode = EXIT.usage;
      return;
    }
    throw err;
  }
  if (options.help) {
    console.log(HELP);
    return;
  }
  try {
    process.exitCode = await run(options);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      process.exitCode = EXIT.usage;
      return;
    }
    // Not the user's usage: an unexpected failure of this tool or of the system (exit 2).
    console.error(msg`生成失败（意外错误）：${describeError(err)}`);
    if (process.env.DEBUG) console.error(err);
    process.exitCode = EXIT.failure;
  }
}

await main();
