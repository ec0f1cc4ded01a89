/**
 * `npm run generate`: finds the data files, prepares each unit in this thread, renders
 * its documents (in a pool of worker threads unless --jobs 1), writes the outputs and
 * reports per unit and in a summary. A refused unit does not stop the batch.
 * Exit codes: 0 all generated; 1 some input invalid; 2 rendering or writing failed;
 * 64 wrong usage.
 *
 * Note: the preparing half (zod, Handlebars, the checks) and the font parser are imported
 * only after the render pool has been started, so the workers load their modules on the
 * other core while this thread loads its own, instead of after it.
 */
import { relative } from 'node:path';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './cli/args.js';
import { discoverDataFiles, selectShard, yearOfPath } from './cli/discover.js';
import { createProgress, type ProgressReporter } from './cli/progress.js';
import { createRenderer, type Renderer } from './cli/renderer.js';
import { writeUnitOutputs } from './cli/write-outputs.js';
import type { PreparedUnit } from './pipeline.js';

const EXIT = { ok: 0, invalidInput: 1, failure: 2, usage: 64 } as const;

interface Tally {
  generated: number;
  refused: { file: string; errorCount: number }[];
  failed: string[];
  warnings: number;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} 秒`;
}

function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Renders and writes one prepared unit; reports its result. */
async function finishUnit(file: string, unit: Extract<PreparedUnit, { ok: true }>, options: CliOptions, renderer: Renderer, progress: ProgressReporter, tally: Tally, started: number): Promise<void> {
  try {
    const rendered = await Promise.all(unit.documents.map((doc) => renderer.render(doc, options.formats)));
    const documents = rendered.map((r) => r.document);
    const { dir } = await writeUnitOutputs(options.out, { name: unit.unit, year: unit.year, sourceFile: file, sourceBytes: unit.sourceBytes }, documents);
    const fileCount = documents.reduce((n, d) => n + d.files.length, 0);
    progress.line(`✓ ${unit.unit} ${unit.year}年度：${documents.length} 份文档、${fileCount} 个文件 → ${relative(process.cwd(), dir) || '.'}（${seconds(performance.now() - started)}）`);
    for (const doc of documents) progress.line(`    ${doc.title}（${doc.files.map((f) => f.format).join('、')}）`);
    tally.generated += 1;
  } catch (err) {
    tally.failed.push(file);
    progress.line(`✗ ${file}：生成或写入失败：${describeError(err)}`, 'err');
    if (process.env.DEBUG) console.error(err);
  } finally {
    progress.advance(unit.unit);
  }
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
  let files = await discoverDataFiles(options.data);
  if (options.year !== undefined) files = files.filter((f) => yearOfPath(f) === undefined || yearOfPath(f) === options.year);
  files = selectShard(files, options.shard);
  if (files.length === 0) {
    console.error(`没有找到数据文件（${options.data}）。数据文件应放在 <数据目录>/<年度>/<单位>.json。`);
    return EXIT.invalidInput;
  }
  const shardNote = options.shard ? `（分片 ${options.shard.index}/${options.shard.count}）` : '';
  console.log(`${options.checkOnly ? '校验' : '生成'} ${files.length} 个数据文件${shardNote}`);

  const tally: Tally = { generated: 0, refused: [], failed: [], warnings: 0 };
  const progress = createProgress(files.length);
  const renderer = createRenderer(options.checkOnly ? 1 : options.jobs, options.formats, fonts);
  const { prepareUnit } = await import('./pipeline.js');
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();

  try {
    for (const file of files) {
      const unitStarted = performance.now();
      let prepared: PreparedUnit;
      try {
        prepared = await prepareUnit(file, { formats: options.formats, checkOnly: options.checkOnly, warnChangePercent: options.warnChange, fonts });
      } catch (err) {
        tally.failed.push(file);
        progress.line(`✗ ${file}：处理失败：${describeError(err)}`, 'err');
        progress.advance(file);
        continue;
      }
      if (options.unit !== undefined && prepared.unit !== undefined && prepared.unit !== options.unit) {
        progress.advance(prepared.unit);
        continue;
      }
      for (const w of prepared.warnings) progress.line(`  提示 ${file} ${w.path}：${w.message}`, 'err');
      tally.warnings += prepared.warnings.length;
      if (!prepared.ok) {
        tally.refused.push({ file, errorCount: prepared.errors.length });
        progress.line(`✗ ${file}：${prepared.errors.length} 处错误，未生成任何文件`, 'err');
        for (const e of prepared.errors) progress.line(`    ${e.path}：${e.message}`, 'err');
        progress.advance(file);
        continue;
      }
      if (options.checkOnly) {
        progress.line(`✓ ${file}：${prepared.unit} ${prepared.year}年度 数据校验通过`);
        tally.generated += 1;
        progress.advance(prepared.unit);
        continue;
      }
      const task = finishUnit(file, prepared, options, renderer, progress, tally, unitStarted);
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      // Prepare ahead only a little: keeps every worker busy without holding many units in memory.
      while (inFlight.size > options.jobs) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await renderer.close();
    progress.done();
  }

  console.log('');
  console.log(`完成：共 ${files.length} 个数据文件，${options.checkOnly ? '校验通过' : '生成'} ${tally.generated} 个，数据不合格 ${tally.refused.length} 个，失败 ${tally.failed.length} 个，提示 ${tally.warnings} 条，用时 ${seconds(performance.now() - started)}。`);
  for (const r of tally.refused) console.log(`  数据不合格：${r.file}（${r.errorCount} 处错误）`);
  for (const f of tally.failed) console.log(`  失败：${f}`);
  if (tally.failed.length > 0) return EXIT.failure;
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
      console.error('运行 npm run generate -- --help 查看用法。');
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
    console.error(describeError(err));
    process.exitCode = EXIT.usage;
  }
}

await main();
