/**
 * Helpers for the pack tests: prepare a unit (load … parse) from a mutated copy of the
 * reference data, optionally with extra pack folders, and read its paragraphs as text.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareUnit } from '../../src/pipeline.js';
import type { Block } from '../../src/tree/types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;

export const scratch = mkdtempSync(join(tmpdir(), 'fa-packs-'));

export const reference = (): Data => JSON.parse(readFileSync('data/2023/遂宁市安居区司法局.json', 'utf8')) as Data;

let counter = 0;

export async function prepareBlocks(data: Data, packDirs: string[] = []): Promise<Block[][]> {
  const file = join(scratch, `unit-${(counter += 1)}.json`);
  writeFileSync(file, JSON.stringify(data));
  const prepared = await prepareUnit(file, { formats: ['pdf'], checkOnly: false, packDirs });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors, null, 1));
  return prepared.documents.map((d) => d.tree.blocks);
}

export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return block.runs.map((r) => r.text).join('');
    case 'heading':
      return block.text;
    case 'figure':
      return block.caption;
    case 'title':
      return [block.text, block.subtitle ?? ''].join('');
    case 'table':
      return block.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join('')).join('|')).join('\n');
    default:
      return block.type;
  }
}

export async function paragraphs(data: Data, packDirs: string[] = []): Promise<string[]> {
  const [finalAccounts] = await prepareBlocks(data, packDirs);
  return finalAccounts!.map(blockText);
}
