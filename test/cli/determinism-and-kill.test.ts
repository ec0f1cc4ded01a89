/**
 * Runs you can trust, end to end through the real generator: it is killed (SIGKILL to its
 * whole process group, its pid checked to be gone) at deterministic points while it
 * regenerates a unit that already has output (a small fixture unit: one document, a .docx
 * and a .pdf, cheap enough to run six times) — with the lock taken, halfway through the
 * staging folder, with the old folder set aside, with the new one swapped in. After each
 * kill every manifest.json under --out matches its files byte for byte, the unit's folder
 * holds one complete generation, and the next run (which takes over the killed run's lock
 * and puts right what it left) completes. The same data gives the same bytes in every
 * file, manifest included, whether or not runs were killed on the way.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killRun, runCli, startCli, waitForFile } from './run-cli.js';
import { listFiles, manifestMismatches } from '../support/output-tree.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-kill-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const UNIT = '示例区档案馆';
const UNIT_DATA = `test/fixtures/units/2023/${UNIT}.json`;
const out = join(scratch, 'out');
const unitDir = join(out, '2023', UNIT);
const pauseFile = join(scratch, 'paused');
// The new runs read a copy of the reference data: their manifests name another source path,
// which tells the two generations apart while every document keeps the same bytes.
const data = join(scratch, 'data');
const args = ['--data', data, '--out', out, '--jobs', '1'];
/** The unit generated once, uninterrupted, from its fixture file. */
const referenceDir = join(scratch, 'uninterrupted', '2023', UNIT);

const manifestSource = (dir: string): string =>
  (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { source: { path: string } }).source.path;
const workFolders = (): string[] => readdirSync(join(out, '2023')).filter((name) => name.startsWith('.'));

beforeAll(() => {
  const first = runCli(['--data', UNIT_DATA, '--out', join(scratch, 'uninterrupted'), '--jobs', '1']);
  expect(first.status, first.stderr).toBe(0);
  mkdirSync(join(data, '2023'), { recursive: true });
  copyFileSync(UNIT_DATA, join(data, '2023', `${UNIT}.json`));
  // The unit already has output: an earlier generation, from the fixture file itself.
  cpSync(referenceDir, unitDir, { recursive: true });
});

/** Runs the generator until it pauses at `point`, then kills its process group. */
async function killAt(point: string, extraArgs: string[] = []): Promise<{ stdout: string; stderr: string }> {
  const run = startCli([...args, ...extraArgs], { env: { FA_TEST_PAUSE_AT: point, FA_TEST_PAUSE_FILE: pauseFile } });
  await waitForFile(pauseFile, run);
  expect(Number(readFileSync(pauseFile, 'utf8'))).toBe(run.pid);
  await killRun(run);
  rmSync(pauseFile);
  expect(manifestMismatches(out)).toEqual([]);
  return run.output();
}

describe('a run killed while it regenerates a unit', () => {
  it('with the lock taken, before writing: the old generation stays, the lock is left behind', async () => {
    await killAt('locked');
    expect(manifestSource(unitDir)).toBe(UNIT_DATA);
    expect(existsSync(join(out, '.fa-lock'))).toBe(true);
  });

  it("halfway through its staging folder: the old generation is in place; the next run takes over the dead run's lock", async () => {
    // This run renders in the pool of worker threads (the others in one thread): the kill reaches them too.
    const { stderr } = await killAt('file:1', ['--jobs', '2']);
    expect(stderr).toMatch(/锁属于一个已终止的运行，已接管/);
    expect(manifestSource(unitDir)).toBe(UNIT_DATA);
    const [staging] = workFolders();
    expect(staging).toBe(`.fa-new.${UNIT}`);
    // One of the two files written, no manifest yet: a staging folder is never mistaken for output.
    expect(readdirSync(join(out, '2023', staging!))).toHaveLength(1);
  });

  it('with the old folder set aside: both generations are complete, under work names', async () => {
    const { stderr } = await killAt('aside');
    expect(stderr).toContain('已清理上次中断的运行留下的 1 个临时文件夹');
    expect(existsSync(unitDir)).toBe(false);
    expect(workFolders().sort()).toEqual([`.fa-new.${UNIT}`, `.fa-old.${UNIT}`]);
    expect(manifestSource(join(out, '2023', `.fa-old.${UNIT}`))).toBe(UNIT_DATA);
    expect(manifestSource(join(out, '2023', `.fa-new.${UNIT}`))).not.toBe(UNIT_DATA);
  });

  let swappedIn: Map<string, Buffer>;
  it('after the swap, before the old folder is deleted: the new generation is in place', async () => {
    const { stderr } = await killAt('swapped');
    expect(stderr).toContain(`已恢复上次中断时移开的旧文件：${unitDir}`);
    expect(manifestSource(unitDir)).not.toBe(UNIT_DATA);
    expect(workFolders()).toEqual([`.fa-old.${UNIT}`]);
    swappedIn = new Map(listFiles(unitDir).map((f) => [f, readFileSync(join(unitDir, f))]));
  });

  it('the next run completes, cleans up, and writes the same bytes, manifest included', () => {
    const run = runCli(args);
    expect(run.status, run.stderr).toBe(0);
    expect(manifestMismatches(out)).toEqual([]);
    expect(workFolders()).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['2023']);
    // Byte for byte what the killed run had swapped in (an identical second run), and every
    // document identical to the uninterrupted reference run's.
    const files = listFiles(unitDir);
    expect(files).toEqual([...swappedIn.keys()].sort());
    for (const f of files) expect(readFileSync(join(unitDir, f)).equals(swappedIn.get(f)!), f).toBe(true);
    expect(listFiles(referenceDir)).toEqual(files);
    for (const f of files.filter((name) => name !== 'manifest.json'))
      expect(readFileSync(join(unitDir, f)).equals(readFileSync(join(referenceDir, f))), f).toBe(true);
  });
});
