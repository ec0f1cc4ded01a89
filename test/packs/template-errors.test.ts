/**
 * A finance clerk's mistakes in a pack's templates are reported with the template file, the
 * line and what is wrong, not a stack trace — including a misspelt name on a branch this
 * unit's data does not take (the static check walks every branch before rendering).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/merge/template-error.js';
import { prepareBlocks, reference, scratch } from './pack-support.js';

let n = 0;

/** A pack extending sichuan-2023 with one partial replaced; returns its folder's parent. */
function packWith(partial: string, source: string): { dir: string; name: string } {
  n += 1;
  const name = `broken-${n}`;
  const root = join(scratch, `packs-${n}`);
  const dir = join(root, name);
  mkdirSync(join(dir, partial.split('/').slice(0, -1).join('/')), { recursive: true });
  writeFileSync(
    join(dir, 'pack.json'),
    JSON.stringify({
      name,
      title: '测试',
      province: '四川',
      years: { from: 2023 },
      levels: ['部门', '单位'],
      extends: 'sichuan-2023',
      sources: [],
    }),
  );
  writeFileSync(join(dir, `${partial}.hbs`), source);
  return { dir: root, name };
}

async function errorOf(partial: string, source: string): Promise<TemplateError> {
  const pack = packWith(partial, source);
  try {
    await prepareBlocks({ ...reference(), pack: pack.name }, [pack.dir]);
  } catch (err) {
    if (err instanceof TemplateError) return err;
    throw err;
  }
  throw new Error('expected a TemplateError');
}

describe('template errors name the file, the line and the problem', () => {
  it('a misspelt name on a branch this unit does not take', async () => {
    const err = await errorOf(
      'final-accounts/fund-budget',
      '<p>{{wan fund.actual}}万元。</p>\n{{#if fund.items.length}}\n<p>{{fund.itmes.length}}</p>\n{{/if}}\n',
    );
    expect(err.message).toMatch(/final-accounts\/fund-budget\.hbs 第3行/);
    expect(err.message).toContain('未知的名称“fund.itmes.length”');
    expect(err.message).not.toMatch(/at \w+ \(/); // no stack trace in the message
  });

  it('a partial that does not exist', async () => {
    const err = await errorOf('final-accounts/fund-budget', '<p>{{wan fund.actual}}万元。</p>\n{{> final-accounts/fund-itmes}}\n');
    expect(err.message).toMatch(/fund-budget\.hbs 第2行/);
    expect(err.message).toContain('引用的子模板“final-accounts/fund-itmes”不存在');
  });

  it('a helper that does not exist', async () => {
    const err = await errorOf('final-accounts/fund-budget', '<p>{{yuan fund.actual}}万元。</p>\n');
    expect(err.message).toMatch(/fund-budget\.hbs 第1行/);
    expect(err.message).toContain('未知的助手“yuan”');
  });

  it('a helper given the wrong argument', async () => {
    const err = await errorOf('final-accounts/fund-budget', '<p>{{name}}</p>\n<p>{{wan name}}万元。</p>\n');
    expect(err.message).toMatch(/fund-budget\.hbs 第2行/);
    expect(err.message).toContain('助手 wan 需要两位小数的定点数，收到“政府性基金预算财政拨款支出”');
  });

  it('a block left open (a syntax error)', async () => {
    const err = await errorOf('final-accounts/fund-budget', '<p>{{#if fund.actual}}{{wan fund.actual}}万元。</p>\n');
    expect(err.message).toMatch(/fund-budget\.hbs 第\d+行/);
    expect(err.message).toContain('语法错误');
  });
});
