/**
 * --shard i/n splits a batch deterministically into disjoint parts that together cover
 * every unit: 24 units over three shards, through the CLI (--check, so nothing renders).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { renamed } from '../../bench/synthetic-units.js';
import { selectShard } from '../../src/cli/discover.js';
import { runCli } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'fa-shard-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('selectShard takes every n-th item from position i−1', () => {
  const items = Array.from({ length: 10 }, (_, i) => i);
  expect(selectShard(items, { index: 1, count: 3 })).toEqual([0, 3, 6, 9]);
  expect(selectShard(items, { index: 3, count: 3 })).toEqual([2, 5, 8]);
  expect(selectShard(items, undefined)).toEqual(items);
});

it('three shards of 24 units are disjoint and cover all 24', () => {
  const data = join(scratch, 'data');
  mkdirSync(join(data, '2023'), { recursive: true });
  // A small fixture unit (one document) under 24 names: quick to check.
  const reference = JSON.parse(readFileSync('test/fixtures/units/2023/示例区档案馆.json', 'utf8')) as unknown;
  const names = Array.from({ length: 24 }, (_, i) => `分片测试单位${String(i + 1).padStart(2, '0')}`);
  for (const name of names) writeFileSync(join(data, '2023', `${name}.json`), JSON.stringify(renamed(reference, name)));

  const shards = [1, 2, 3].map((index) => {
    const run = runCli(['--check', '--data', data, '--shard', `${index}/3`]);
    expect(run.status).toBe(0);
    return [...run.stdout.matchAll(/✓ .*?：(分片测试单位\d+) 2023年度 数据校验通过/g)].map((m) => m[1]!);
  });
  const all = shards.flat();
  expect(shards.map((s) => s.length)).toEqual([8, 8, 8]);
  expect(new Set(all).size).toBe(24);
  expect([...all].sort()).toEqual(names);
});
