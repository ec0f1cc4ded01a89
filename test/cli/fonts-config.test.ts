/**
 * --fonts: an office's own TrueType files replace the bundled ones role by role, in the
 * render workers and in the glyph check; a broken configuration, or a .ttf that is not a
 * font, is a usage error (64) named before any data is read.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-fonts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const sansRegular = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

it('draws the body text with the configured font', () => {
  const config = join(scratch, 'fonts.json');
  writeFileSync(config, JSON.stringify({ body: sansRegular }));
  const out = join(scratch, 'out');
  // A small fixture unit (one document); --jobs 2, so the fonts reach the render workers.
  const run = runCli([
    '--data',
    'test/fixtures/units/2023/示例区档案馆.json',
    '--out',
    out,
    '--format',
    'pdf',
    '--fonts',
    config,
    '--jobs',
    '2',
  ]);
  expect(run.status, run.stderr).toBe(0);
  const dir = join(out, '2023', '示例区档案馆');
  const pdf = readFileSync(
    join(
      dir,
      readdirSync(dir).find((f) => f.endsWith('单位决算说明.pdf'))!,
    ),
  ).toString('latin1');
  expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
  expect(pdf).not.toMatch(/NotoSerifSC-Regular/);
});

it('refuses a broken configuration with exit code 64 and says what is wrong', () => {
  const config = join(scratch, 'bad.json');
  writeFileSync(config, JSON.stringify({ body: 'missing/仿宋.ttf', heading3: 'x.ttf' }));
  const run = runCli(['--check', '--fonts', config, '--jobs', '1']);
  expect(run.status).toBe(64);
  expect(run.stderr).toContain('$.heading3：未知字段');
  const missing = join(scratch, 'missing.json');
  writeFileSync(missing, JSON.stringify({ body: 'missing/仿宋.ttf' }));
  const second = runCli(['--check', '--fonts', missing]);
  expect(second.status).toBe(64);
  expect(second.stderr).toContain('字体文件不存在');
});

it('names a .ttf that is not a font, with exit 64, before reading any data', () => {
  const notAFont = join(scratch, '仿宋.ttf');
  writeFileSync(notAFont, 'this is a text file, not a font');
  const cut = join(scratch, '黑体.ttf');
  writeFileSync(cut, readFileSync(sansRegular).subarray(0, 2000));
  const config = join(scratch, 'not-a-font.json');
  writeFileSync(config, JSON.stringify({ body: '仿宋.ttf', heading1: '黑体.ttf' }));
  // --data names nothing that exists: had any data been read first, that would be the error.
  const run = runCli(['--fonts', config, '--data', join(scratch, 'no-such-data'), '--out', join(scratch, 'no-out')]);
  expect(run.status).toBe(64);
  expect(run.stderr).toContain(`$.body：${notAFont} 不是有效的 TrueType 字体文件（无法识别的文件格式）`);
  expect(run.stderr).toContain(`$.heading1：${cut} 字体文件已损坏或不完整`);
  expect(run.stderr).not.toContain('数据路径不存在');
  expect(existsSync(join(scratch, 'no-out'))).toBe(false);
});
