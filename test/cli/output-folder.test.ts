/**
 * The output folder, as a hostile or unlucky user leaves it (issue 13): a symlink at the
 * year or the unit folder, --out that is a file, a read-only file system, a disk that is
 * full before the run or fills up during it, a second run into the same folder. Each
 * through the real generator: one Chinese line naming the path and what to do, exit 2,
 * nothing written through the link and nothing temporary left behind; and, where it can
 * be known before rendering, reported before rendering (the reference data always gives
 * one 提示 while it is prepared, so its absence shows that no unit was prepared).
 *
 * The disk tests mount small tmpfs file systems, which needs root; without it they are
 * skipped and say why.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/output-tree.js';
import { runCli, startCli, waitForFile } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-outdir-'));
const mounted: string[] = [];
afterAll(() => {
  for (const point of mounted) spawnSync('umount', ['-l', point]);
  rmSync(scratch, { recursive: true, force: true });
});

const PREPARED_MARK = '提示';
/** A small fixture unit (one document): cheap to prepare, and the run that fills the disk renders it. */
const SMALL_UNIT = '示例区档案馆';
const SMALL_UNIT_DATA = `test/fixtures/units/2023/${SMALL_UNIT}.json`;

/** A small tmpfs at a new folder, or the reason it cannot be made. */
function mountTmpfs(name: string, options: string): { path: string } | { skip: string } {
  const path = join(scratch, name);
  mkdirSync(path);
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', path], { encoding: 'utf8' });
  if (result.status !== 0) return { skip: `cannot mount a tmpfs here (${(result.stderr || String(result.error)).trim()}); needs root` };
  mounted.push(path);
  return { path };
}

/** Why the disk tests are skipped, or undefined when a tmpfs can be mounted. */
const cannotMount = ((): string | undefined => {
  const probe = mountTmpfs('mount-probe', 'size=64k');
  return 'skip' in probe ? probe.skip : undefined;
})();
const skipNote = cannotMount ? `（skipped: ${cannotMount}）` : '';

describe('symlinks below --out', () => {
  it.each([
    ['the year folder', (out: string, elsewhere: string) => symlinkSync(elsewhere, join(out, '2023')), '2023'],
    [
      'the unit folder',
      (out: string, elsewhere: string) => {
        mkdirSync(join(out, '2023'));
        symlinkSync(elsewhere, join(out, '2023', SMALL_UNIT));
      },
      join('2023', SMALL_UNIT),
    ],
  ])('%s as a symlink is refused, before rendering, naming the link; nothing is written where it points', (_what, plant, linkRel) => {
    const base = mkdtempSync(join(scratch, 'link-'));
    const out = join(base, 'out');
    const elsewhere = join(base, 'elsewhere');
    mkdirSync(out);
    mkdirSync(elsewhere);
    plant(out, elsewhere);
    const run = runCli(['--data', SMALL_UNIT_DATA, '--out', out, '--jobs', '1']);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain(`${join(out, linkRel)} 是指向 ${elsewhere} 的符号链接`);
    expect(run.stderr).toContain('拒绝通过符号链接写入');
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(listFiles(out)).toEqual([]);
  });
});

describe('an output folder that cannot be written', () => {
  it('--out that is a file: exit 2 before rendering, one line naming it', () => {
    const file = join(scratch, 'not-a-folder');
    writeFileSync(file, 'x');
    const run = runCli(['--data', SMALL_UNIT_DATA, '--out', file, '--jobs', '1']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `✗ --out 指定的 ${file} 是一个文件，不是文件夹；请用 --out 指定一个文件夹（不存在时会自动创建）`,
    ]);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it.skipIf(cannotMount)(`a read-only file system: exit 2 before rendering, one line naming the folder${skipNote}`, () => {
    const mount = mountTmpfs('read-only', 'ro,size=1m');
    if ('skip' in mount) throw new Error(mount.skip);
    const out = join(mount.path, 'out');
    const run = runCli(['--data', SMALL_UNIT_DATA, '--out', out, '--jobs', '1']);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain(PREPARED_MARK);
    expect(run.stderr.trim().split('\n')).toEqual([`✗ ${out} 所在的文件系统是只读的，无法写入；请用 --out 换一个可写的文件夹`]);
  });

  it.skipIf(cannotMount)(`a disk already full: exit 2 before rendering, one line, nothing left behind${skipNote}`, () => {
    const mount = mountTmpfs('full', 'size=1m');
    if ('skip' in mount) throw new Error(mount.skip);
    const out = join(mount.path, 'out');
    mkdirSync(out);
    // Fill the disk to the last block (dd stops at ENOSPC).
    spawnSync('dd', ['if=/dev/zero', `of=${join(mount.path, 'filler')}`, 'bs=4k']);
    const run = runCli(['--data', SMALL_UNIT_DATA, '--out', out, '--jobs', '1']);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain(PREPARED_MARK);
    // The first write below --out (the lock's owner file or the probe) meets the full disk.
    expect(run.stderr).toMatch(
      new RegExp(`^✗ 磁盘空间不足，无法写入 ${out}/\\.fa-[^；]+；请清理该磁盘或用 --out 换一个空间足够的文件夹后重新运行`),
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(out)).toEqual([]);
  });

  it.skipIf(cannotMount)(`a disk that fills up while a unit is written: exit 2, one line, the staging folder removed${skipNote}`, () => {
    // 256 KiB holds the small unit's .docx (about 180 KB), not its .pdf (about 300 KB).
    const mount = mountTmpfs('fills-up', 'size=256k');
    if ('skip' in mount) throw new Error(mount.skip);
    const out = join(mount.path, 'out');
    const run = runCli(['--data', SMALL_UNIT_DATA, '--out', out, '--jobs', '1']);
    expect(run.status).toBe(2);
    const errorLines = run.stderr.split('\n').filter((line) => line.startsWith('✗'));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(
      new RegExp(`^✗ 磁盘空间不足，无法写入 ${join(out, '2023', `.fa-new.${SMALL_UNIT}`)}/.+\\.pdf；请清理该磁盘`),
    );
    expect(run.stdout).toContain('因输出文件夹无法写入而未生成 1 个');
    expect(listFiles(out)).toEqual([]);
    expect(readdirSync(join(out, '2023'))).toEqual([]);
  });
});

describe('two runs into one --out', () => {
  it('the second waits for the first, naming its process, and runs after it', async () => {
    const base = mkdtempSync(join(scratch, 'concurrent-'));
    const out = join(base, 'out');
    const pause = join(base, 'paused');
    // Note: both runs' only unit is refused, so neither renders; each still takes the lock
    // before it prepares a unit, which is all this test is about.
    const refused = join(base, 'data', '2023');
    mkdirSync(refused, { recursive: true });
    writeFileSync(join(refused, 'broken.json'), '{');
    const first = startCli(['--data', join(base, 'data'), '--out', out, '--jobs', '1'], {
      env: { FA_TEST_PAUSE_AT: 'locked', FA_TEST_PAUSE_FILE: pause },
    });
    await waitForFile(pause, first);
    const second = startCli(['--data', join(base, 'data'), '--out', out, '--jobs', '1']);
    let secondEnded = false;
    void second.exited.then(() => (secondEnded = true));
    const waiting = `输出文件夹 ${out} 正由另一次运行（进程 ${first.pid}，开始于 `;
    for (let i = 0; i < 3000 && !secondEnded && !second.output().stderr.includes(waiting); i++) await new Promise((r) => setTimeout(r, 20));
    expect(second.output().stderr).toContain(waiting);
    expect(secondEnded).toBe(false);
    rmSync(pause);
    expect(await first.exited).toBe(1);
    // It went on once the first had let go: its own unit is refused in its own words.
    expect(await second.exited).toBe(1);
    expect(second.output().stdout).toContain(`数据不合格：${join(refused, 'broken.json')}`);
    // Both released the lock; nothing else was left.
    expect(readdirSync(out)).toEqual([]);
  });
});
