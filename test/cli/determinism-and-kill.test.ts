/**
 * Runs you can trust, end to end through the CLI: the same data gives the same bytes in
 * every file (manifest included), and a run killed with SIGKILL at any moment leaves only
 * complete files, which the next run completes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from './run-cli.js';

const DATA = 'data/2023/遂宁市安居区司法局.json';
const scratch = mkdtempSync(join(tmpdir(), 'fa-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

function assertComplete(path: string): void {
  const bytes = readFileSync(path);
  if (path.endsWith('.pdf')) {
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-8).toString('latin1')).toContain('%%EOF');
  } else if (path.endsWith('.docx')) {
    expect(() => unzipSync(bytes)).not.toThrow();
  } else if (path.endsWith('manifest.json')) {
    expect(() => JSON.parse(bytes.toString('utf8'))).not.toThrow();
  }
}

describe('the same data gives the same bytes', () => {
  it('two runs write identical files, manifest included', () => {
    const [a, b] = [join(scratch, 'a'), join(scratch, 'b')];
    expect(runCli(['--data', DATA, '--out', a]).status).toBe(0);
    expect(runCli(['--data', DATA, '--out', b]).status).toBe(0);
    const files = listFiles(a);
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(listFiles(b)).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });
});

describe('a killed run leaves no half-written file', () => {
  it.each([400, 1200, 2000, 2800])('SIGKILL after %i ms, then a repair run', async (delayMs) => {
    const out = join(scratch, `kill-${delayMs}`);
    const child = startCli(['--data', DATA, '--out', out]);
    // Note: listen before waiting; a run may end before the kill (a fast machine at 2800 ms),
    // and an 'exit' that has already passed would never be heard.
    const exited = new Promise((r) => child.once('exit', r));
    await new Promise((r) => setTimeout(r, delayMs));
    child.kill('SIGKILL');
    await exited;
    let files: string[] = [];
    try {
      files = listFiles(out);
    } catch {
      files = [];
    }
    // Whatever exists under its final name is complete; only .partial-* files may be cut.
    for (const f of files.filter((name) => !name.split('/').pop()!.startsWith('.partial-'))) assertComplete(join(out, f));

    expect(runCli(['--data', DATA, '--out', out]).status).toBe(0);
    const repaired = listFiles(out);
    expect(repaired.some((name) => name.includes('.partial-'))).toBe(false);
    const manifestPath = repaired.find((name) => name.endsWith('manifest.json'))!;
    const manifest = JSON.parse(readFileSync(join(out, manifestPath), 'utf8')) as { documents: { files: { path: string; bytes: number }[] }[] };
    const dir = join(out, manifestPath.replace(/manifest\.json$/, ''));
    for (const doc of manifest.documents) for (const file of doc.files) expect(readFileSync(join(dir, file.path)).byteLength).toBe(file.bytes);
  });
});
