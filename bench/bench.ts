/**
 * `npm run bench`: how fast the tool is on this machine, against the usual alternative
 * (filling a Word template and converting it with LibreOffice). Takes options from argv
 * (--runs N, --batch N, --quick); prints a report and writes the figures as JSON to
 * out/bench/ (bench-<commit>.json and latest.json) so runs can be compared across commits.
 *
 * Measures:
 * - cold: `npm run generate` of the reference unit (all 12 files), a new process each run;
 * - warm: the same unit generated again and again in one process on one core, per stage;
 * - batch: synthetic units (the reference under other names, and a variant with three
 *   times the items and indicators) with --jobs 2: wall time, units per minute, peak memory;
 * - LibreOffice (when `soffice` is installed): converting the generated 部门决算说明.docx
 *   from a cold start, and all six .docx of the unit in one warm invocation; both ratios.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareUnit } from '../src/pipeline.js';
import { renderDocument } from '../src/render/render-document.js';
import { addTimes, type StageTimes } from '../src/stage-clock.js';
import type { Catalog } from '../src/schema/catalog.js';
import { renamed, tripled } from './synthetic-units.js';

const ROOT = resolve(import.meta.dirname, '..');
const REFERENCE = join(ROOT, 'data/2023/遂宁市安居区司法局.json');
const BENCH_DIR = join(ROOT, 'out/bench');
const WORK = join(BENCH_DIR, 'work');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    batch: { type: 'string', default: '24' },
    quick: { type: 'boolean', default: false },
  },
});
const RUNS = args.quick ? 1 : Number(args.runs);
const BATCH = args.quick ? 6 : Number(args.batch);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** The process and all its descendants (npm → sh → node), from /proc. */
function processTree(rootPid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Note: the command name in parentheses may contain spaces; fields follow the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(entry), Number(fields[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parentOf) if (parent === tree[i]) tree.push(pid);
  return tree;
}

function residentKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Runs a command, timing it; polls /proc for the peak resident memory of its process tree. */
async function timed(command: string, commandArgs: string[]): Promise<{ ms: number; peakMb: number; status: number | null }> {
  const started = performance.now();
  const child = spawn(command, commandArgs, { cwd: ROOT, stdio: 'ignore' });
  let peakKb = 0;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const total = processTree(child.pid).reduce((sum, pid) => sum + residentKb(pid), 0);
    peakKb = Math.max(peakKb, total);
  }, 50);
  const status = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(poll);
  return { ms: performance.now() - started, peakMb: peakKb / 1024, status };
}

function git(argsList: string[]): string {
  try {
    return execFileSync('git', argsList, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function cold(): Promise<{ runsMs: number[]; medianMs: number; peakMb: number }> {
  const runsMs: number[] = [];
  let peakMb = 0;
  for (let i = 0; i < RUNS; i++) {
    const out = join(WORK, `cold-${i}`);
    rmSync(out, { recursive: true, force: true });
    const run = await timed('npm', ['run', '--silent', 'generate', '--', '--data', REFERENCE, '--out', out]);
    if (run.status !== 0) throw new Error(`npm run generate failed (exit ${run.status})`);
    runsMs.push(run.ms);
    peakMb = Math.max(peakMb, run.peakMb);
  }
  return { runsMs, medianMs: median(runsMs), peakMb };
}

async function warm(): Promise<{ runsMs: number[]; medianMs: number; stages: StageTimes }> {
  const options = { formats: ['docx', 'pdf'] as const, checkOnly: false };
  const once = async (): Promise<{ ms: number; times: StageTimes }> => {
    const started = performance.now();
    const prepared = await prepareUnit(REFERENCE, { ...options, formats: [...options.formats] });
    if (!prepared.ok) throw new Error('reference unit refused');
    const times: StageTimes = { ...prepared.times };
    for (const doc of prepared.documents) addTimes(times, (await renderDocument(doc, [...options.formats])).times);
    return { ms: performance.now() - started, times };
  };
  await once(); // warm-up: modules, fonts, templates
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once());
  const stages: StageTimes = {};
  for (const stage of Object.keys(runs[0]!.times)) stages[stage] = median(runs.map((r) => r.times[stage] ?? 0));
  const runsMs = runs.map((r) => r.ms);
  return { runsMs, medianMs: median(runsMs), stages };
}

function writeSyntheticBatch(dir: string, count: number, heavy: boolean): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '2023'), { recursive: true });
  const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as unknown;
  const catalog = JSON.parse(readFileSync(join(ROOT, 'data/catalog/functional-classification.json'), 'utf8')) as Catalog;
  for (let i = 1; i <= count; i++) {
    const name = `基准测试单位${String(i).padStart(3, '0')}`;
    const data = heavy ? tripled(reference, name, catalog) : renamed(reference, name);
    writeFileSync(join(dir, '2023', `${name}.json`), JSON.stringify(data));
  }
}

async function batch(count: number, heavy: boolean): Promise<{ units: number; ms: number; unitsPerMinute: number; peakMb: number }> {
  const data = join(WORK, heavy ? 'batch-heavy-data' : 'batch-data');
  const out = join(WORK, heavy ? 'batch-heavy-out' : 'batch-out');
  writeSyntheticBatch(data, count, heavy);
  rmSync(out, { recursive: true, force: true });
  // As a scheduled job runs it: through npm, with the node options package.json gives.
  const run = await timed('npm', ['run', '--silent', 'generate', '--', '--data', data, '--out', out, '--jobs', '2']);
  if (run.status !== 0) throw new Error(`batch run failed (exit ${run.status})`);
  return { units: count, ms: run.ms, unitsPerMinute: (count / run.ms) * 60_000, peakMb: run.peakMb };
}

async function libreOffice(): Promise<{ version: string; coldMs: number; warmSixMs: number } | null> {
  const found = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (found.status !== 0) return null;
  const unitDir = join(WORK, 'cold-0', '2023', '遂宁市安居区司法局');
  const docx = readdirSync(unitDir)
    .filter((f) => f.endsWith('.docx'))
    .map((f) => join(unitDir, f));
  const finalAccounts = docx.find((f) => f.endsWith('部门决算说明.docx'))!;
  const coldRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A new user profile each time: a truly cold start, as a scheduled job on a fresh machine.
    const profile = join(WORK, `lo-profile-cold-${i}`);
    rmSync(profile, { recursive: true, force: true });
    const run = await timed('soffice', [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(WORK, `lo-cold-${i}`),
      finalAccounts,
    ]);
    if (run.status !== 0) throw new Error('LibreOffice conversion failed');
    coldRuns.push(run.ms);
  }
  const profile = join(WORK, 'lo-profile-warm');
  await timed('soffice', [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    join(WORK, 'lo-warmup'),
    finalAccounts,
  ]);
  const warmRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await timed('soffice', [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(WORK, `lo-warm-${i}`),
      ...docx,
    ]);
    warmRuns.push(run.ms);
  }
  return { version: found.stdout.trim(), coldMs: median(coldRuns), warmSixMs: median(warmRuns) };
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  console.log('构建 dist/（npm run build）…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });

  console.log(`冷启动：npm run generate（参考单位，12 个文件）× ${RUNS}…`);
  const coldResult = await cold();
  console.log(`热运行：同一进程、单核 × ${RUNS}…`);
  const warmResult = await warm();
  console.log(`批量：${BATCH} 个单位，--jobs 2…`);
  const batchResult = await batch(BATCH, false);
  const heavyCount = Math.max(2, Math.round(BATCH / 4));
  console.log(`批量（三倍科目与指标）：${heavyCount} 个单位，--jobs 2…`);
  const heavyResult = await batch(heavyCount, true);
  console.log('LibreOffice 对照…');
  const lo = await libreOffice();

  const report = {
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: git(['status', '--porcelain']) !== '',
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    cold: coldResult,
    warm: warmResult,
    batch: batchResult,
    batchHeavy: heavyResult,
    libreOffice: lo,
    ratios: lo ? { coldVsLibreOffice: lo.coldMs / coldResult.medianMs, warmVsLibreOffice: lo.warmSixMs / warmResult.medianMs } : null,
    targets: {
      cold: 'npm run generate (12 files) ≥ 1.5× faster than LibreOffice cold conversion of 部门决算说明.docx',
      warm: 'one core, 12 files from data ≥ 2× faster than LibreOffice converting the six .docx in one warm invocation',
      batch: '≥ 100 units per minute with --jobs 2, peak memory ≤ 500 MB',
    },
  };

  console.log('');
  console.log(
    `机器：${report.machine.cpus} 核 ${report.machine.cpuModel}，${report.machine.memoryGb} GiB，Node ${report.machine.node}；提交 ${report.commit}${report.dirty ? '（有未提交修改）' : ''}`,
  );
  console.log(
    `冷启动  npm run generate：中位数 ${sec(coldResult.medianMs)}（${coldResult.runsMs.map(sec).join('、')}），峰值内存 ${coldResult.peakMb.toFixed(0)} MB`,
  );
  console.log(`热运行  单核 12 个文件：中位数 ${sec(warmResult.medianMs)}`);
  console.log(
    `        各阶段：${Object.entries(warmResult.stages)
      .map(([k, v]) => `${k} ${Math.round(v)} ms`)
      .join('，')}`,
  );
  console.log(
    `批量    ${batchResult.units} 个单位：${sec(batchResult.ms)}，${batchResult.unitsPerMinute.toFixed(0)} 个/分钟，峰值内存 ${batchResult.peakMb.toFixed(0)} MB`,
  );
  console.log(
    `批量    三倍科目与指标 ${heavyResult.units} 个单位：${sec(heavyResult.ms)}，${heavyResult.unitsPerMinute.toFixed(0)} 个/分钟，峰值内存 ${heavyResult.peakMb.toFixed(0)} MB`,
  );
  if (lo && report.ratios) {
    console.log(`LibreOffice（${lo.version}）：冷启动转换部门决算说明 ${sec(lo.coldMs)}；一次热调用转换六份 ${sec(lo.warmSixMs)}`);
    console.log(
      `倍数    冷启动 ${report.ratios.coldVsLibreOffice.toFixed(2)}×（目标 ≥ 1.5×）；热运行 ${report.ratios.warmVsLibreOffice.toFixed(2)}×（目标 ≥ 2×）`,
    );
  } else {
    console.log('LibreOffice：未安装 soffice，跳过对照（apt-get install -y libreoffice-writer-nogui）');
  }
  console.log(
    `批量目标：${batchResult.unitsPerMinute >= 100 ? '达到' : '未达到'} 100 个/分钟；内存目标：${batchResult.peakMb <= 500 ? '达到' : '未达到'} ≤ 500 MB`,
  );

  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(BENCH_DIR, `bench-${report.commit}.json`), json);
  writeFileSync(join(BENCH_DIR, 'latest.json'), json);
  console.log(`\n结果已写入 ${join('out/bench', `bench-${report.commit}.json`)}`);
}

await main();
