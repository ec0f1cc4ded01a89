/**
 * `npm run generate`: finds the data files, runs the pipeline for each unit, writes the
 * outputs and prints one line per document and a summary. A refused unit does not stop
 * the batch. Exit codes: 0 all generated; 1 some input invalid; 2 rendering or writing
 * failed; 64 wrong usage.
 */
import { relative } from 'node:path';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './cli/args.js';
import { discoverDataFiles, selectShard, yearOfPath } from './cli/discover.js';
import { writeUnitOutputs } from './cli/write-outputs.js';
import { generateUnit } from './pipeline.js';

const EXIT = { ok: 0, invalidInput: 1, failure: 2, usage: 64 } as const;

interface Refusal {
  file: string;
  errorCount: number;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} 秒`;
}

async function run(options: CliOptions): Promise<number> {
  let files = await discoverDataFiles(options.data);
  if (options.year !== undefined) files = files.filter((f) => yearOfPath(f) === undefined || yearOfPath(f) === options.year);
  files = selectShard(files, options.shard);
  if (files.length === 0) {
    console.error(`没有找到数据文件（${options.data}）。数据文件应放在 <数据目录>/<年度>/<单位>.json。`);
    return EXIT.invalidInput;
  }
  const shardNote = options.shard ? `（分片 ${options.shard.index}/${options.shard.count}）` : '';
  console.log(`${options.checkOnly ? '校验' : '生成'} ${files.length} 个数据文件${shardNote}`);

  const refused: Refusal[] = [];
  const failed: string[] = [];
  let generated = 0;
  let warningCount = 0;
  const started = performance.now();

  for (const [i, file] of files.entries()) {
    const progress = `[${i + 1}/${files.length}]`;
    const unitStarted = performance.now();
    try {
      const outcome = await generateUnit(file, { formats: options.formats, checkOnly: options.checkOnly, warnChangePercent: options.warnChange });
      if (options.unit !== undefined && outcome.unit !== undefined && outcome.unit !== options.unit) continue;
      if (options.year !== undefined && outcome.year !== undefined && outcome.year !== options.year) continue;
      for (const w of outcome.warnings) console.warn(`  提示 ${file} ${w.path}：${w.message}`);
      warningCount += outcome.warnings.length;
      if (!outcome.ok) {
        refused.push({ file, errorCount: outcome.errors.length });
        console.error(`${progress} ✗ ${file}：${outcome.errors.length} 处错误，未生成任何文件`);
        for (const e of outcome.errors) console.error(`    ${e.path}：${e.message}`);
        continue;
      }
      if (options.checkOnly) {
        console.log(`${progress} ✓ ${file}：${outcome.unit} ${outcome.year}年度 数据校验通过`);
        generated += 1;
        continue;
      }
      const { dir } = await writeUnitOutputs(options.out, { name: outcome.unit, year: outcome.year, sourceFile: file, sourceBytes: outcome.sourceBytes }, outcome.documents);
      for (const doc of outcome.documents) {
        const formats = doc.files.map((f) => f.format).join('、');
        console.log(`${progress} ✓ ${doc.title}（${formats}）→ ${relative(process.cwd(), dir) || '.'}`);
      }
      console.log(`${progress}   用时 ${seconds(performance.now() - unitStarted)}`);
      generated += 1;
    } catch (err) {
      failed.push(file);
      console.error(`${progress} ✗ ${file}：生成或写入失败：${err instanceof Error ? err.message : String(err)}`);
      if (process.env.DEBUG) console.error(err);
    }
  }

  const total = performance.now() - started;
  console.log('');
  console.log(`完成：共 ${files.length} 个数据文件，${options.checkOnly ? '校验通过' : '生成'} ${generated} 个，数据不合格 ${refused.length} 个，失败 ${failed.length} 个，提示 ${warningCount} 条，用时 ${seconds(total)}。`);
  for (const r of refused) console.log(`  数据不合格：${r.file}（${r.errorCount} 处错误）`);
  for (const f of failed) console.log(`  失败：${f}`);
  if (failed.length > 0) return EXIT.failure;
  if (refused.length > 0) return EXIT.invalidInput;
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
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = EXIT.usage;
  }
}

await main();
