/**
 * Nothing is ever written outside --out, whatever a unit name contains (issue 4 §5):
 * `../`, `/`, `\`, reserved Windows names, dots, control characters and very long names,
 * through unitFolder/writeUnitOutputs directly and through the CLI.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unitFolder, writeUnitOutputs } from '../../src/cli/write-outputs.js';
import { runCli } from '../cli/run-cli.js';
import { REFERENCE_PATH } from '../bad-inputs/cases.js';
import { readUnitYear } from '../support/unit-year-data.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-names-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const HOSTILE_NAMES = [
  '../../逃逸',
  '../..',
  '..',
  '.',
  '/etc/passwd',
  '..\\..\\windows\\system32',
  'a/../../../b',
  'CON',
  'con.txt',
  'NUL',
  'LPT1',
  '单位\u0000名',
  ' 。. ',
  '单'.repeat(300),
  'x'.repeat(1000),
];

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !rel.includes(':');
}

describe('unitFolder', () => {
  it.each(HOSTILE_NAMES.map((n) => [JSON.stringify(n).slice(0, 40), n]))('%s stays inside --out or is refused', (_label, name) => {
    const root = join(scratch, 'direct');
    let dir: string | undefined;
    try {
      dir = unitFolder(root, 2023, name);
    } catch (err) {
      expect((err as Error).message).toMatch(/\p{Script=Han}/u);
      return;
    }
    expect(isInside(root, dir)).toBe(true);
    expect(relative(join(root, '2023'), dir).split(/[\\/]/)).toHaveLength(1);
    expect(dir).not.toMatch(/[\\/](CON|NUL|LPT1|con\.txt)$/);
  });
});

describe('writeUnitOutputs', () => {
  it('writes every hostile name (and hostile file names) inside --out only', async () => {
    const base = join(scratch, 'writes');
    const root = join(base, 'out');
    mkdirSync(root, { recursive: true });
    for (const name of HOSTILE_NAMES) {
      const doc = {
        kind: 'final-accounts' as const,
        title: name,
        files: [{ format: 'pdf' as const, fileName: `${name}.pdf`, bytes: new Uint8Array([37, 80, 68, 70]) }],
      };
      await writeUnitOutputs(root, { name, year: 2023, sourceFile: REFERENCE_PATH, sourceBytes: new Uint8Array() }, [doc]).catch(
        (err: Error) => {
          expect(err.message).toMatch(/\p{Script=Han}/u);
        },
      );
    }
    expect(readdirSync(base)).toEqual(['out']);
    for (const file of allFiles(root)) expect(isInside(root, file)).toBe(true);
    expect(existsSync(join(scratch, '逃逸'))).toBe(false);
  });
});

describe('CLI with a unit name full of ../', () => {
  it('writes the unit inside --out and nowhere else', () => {
    const base = join(scratch, 'cli');
    const data = join(base, 'data', '2023');
    mkdirSync(data, { recursive: true });
    // A small fixture unit (one document) under a hostile name.
    const reference = readUnitYear('test/fixtures/units/2023/示例区档案馆.json');
    reference.unit.name = '../../../逃逸/../../CON';
    writeFileSync(join(data, 'hostile.json'), JSON.stringify(reference));
    const out = join(base, 'out');
    const run = runCli(['--data', join(base, 'data'), '--out', out, '--format', 'pdf', '--jobs', '1']);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(base).sort()).toEqual(['data', 'out']);
    const files = allFiles(out);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) expect(isInside(out, file)).toBe(true);
    expect(readdirSync(join(out, '2023'))).toHaveLength(1);
    expect(existsSync(join(scratch, '逃逸'))).toBe(false);
  });
});
