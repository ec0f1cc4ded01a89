/**
 * --packs through the real generator: a folder of a bureau's own packs is searched first and
 * a data file can name a pack from it; a missing folder or a broken pack is said once, in
 * Chinese, with exit 64, before any data is read; a template typo is found by --check.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-cli-packs-'));

function pack(root: string, name: string, extendsName: string, files: Record<string, string> = {}): void {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'pack.json'),
    JSON.stringify({
      name,
      title: '测试',
      province: '四川',
      years: { from: 2023 },
      levels: ['部门', '单位'],
      extends: extendsName,
      sources: [],
    }),
  );
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

function unitUsing(packName: string): string {
  const data = JSON.parse(readFileSync('data/2023/遂宁市安居区司法局.json', 'utf8')) as Record<string, unknown>;
  const dir = join(scratch, `data-${packName}`, '2023');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '遂宁市安居区司法局.json'), JSON.stringify({ ...data, pack: packName }));
  return join(scratch, `data-${packName}`);
}

describe('--packs', () => {
  it('uses a pack from the folder that the data names', () => {
    const root = join(scratch, 'good');
    pack(root, 'county-2023', 'sichuan-2023');
    const run = runCli(['--check', '--packs', root, '--data', unitUsing('county-2023')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('数据校验通过');
  });

  it('refuses a missing folder and a broken pack with exit 64 before reading data', () => {
    const missing = runCli(['--check', '--packs', join(scratch, 'no-such-folder')]);
    expect(missing.status).toBe(64);
    expect(missing.stderr).toContain('--packs 指定的模板包目录不存在或不是文件夹');
    const root = join(scratch, 'broken');
    pack(root, 'orphan', 'sichuan-2099');
    const broken = runCli(['--check', '--packs', root]);
    expect(broken.status).toBe(64);
    expect(broken.stderr).toContain('没有名为“sichuan-2099”的模板包（模板包“orphan”的 extends）');
    expect(broken.stdout).not.toContain('校验 ');
  });

  it('--check finds a misspelt name in a pack’s template, with its file and line', () => {
    const root = join(scratch, 'typo');
    pack(root, 'typo-2023', 'sichuan-2023', { 'final-accounts/fund-budget.hbs': '<p>{{wan fund.actul}}万元。</p>\n' });
    const run = runCli(['--check', '--packs', root, '--data', unitUsing('typo-2023')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/fund-budget\.hbs 第1行.*未知的名称“fund\.actul”/);
  });
});
