/**
 * A pack made by a clerk: a folder that extends sichuan-2023 and changes one sentence of one
 * partial. The documents then differ from the default pack's in exactly that sentence.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockText, prepareBlocks, reference, scratch } from './pack-support.js';

describe('a throwaway pack that extends sichuan-2023', () => {
  it('changes exactly the sentence it overrides', async () => {
    const packs = join(scratch, 'my-packs');
    const dir = join(packs, 'my-county-2023');
    mkdirSync(join(dir, 'final-accounts'), { recursive: true });
    writeFileSync(
      join(dir, 'pack.json'),
      JSON.stringify({
        name: 'my-county-2023',
        title: '某县写法',
        province: '四川',
        years: { from: 2023 },
        levels: ['部门'],
        extends: 'sichuan-2023',
        sources: [{ title: '某县2022年度部门决算说明', citation: '（测试）' }],
      }),
    );
    // The clerk copies part2-accounts.hbs and rewords the lead of 五（二）.
    cpSync('templates/catalogue/final-accounts/part2-accounts.hbs', join(dir, 'final-accounts/part2-accounts.hbs'));
    const file = join(dir, 'final-accounts/part2-accounts.hbs');
    const source = readFileSync(file, 'utf8');
    expect(source).toContain('主要用于以下方面：');
    writeFileSync(file, source.replace('主要用于以下方面：', '具体用于：'));

    const data = reference();
    const before = (await prepareBlocks(data)).map((blocks) => blocks.map(blockText));
    const after = (await prepareBlocks({ ...data, pack: 'my-county-2023' }, [packs])).map((blocks) => blocks.map(blockText));

    expect(after.length).toBe(before.length);
    const changed: [string, string][] = [];
    before.forEach((doc, d) => {
      expect(after[d]!.length).toBe(doc.length);
      doc.forEach((text, i) => {
        if (text !== after[d]![i]) changed.push([text, after[d]![i]!]);
      });
    });
    expect(changed).toEqual([
      [
        '2023年度一般公共预算财政拨款支出1163.82万元，主要用于以下方面：一般公共服务支出0万元，占0%；教育支出0万元，占0%；科学技术支出0万元，占0%；文化旅游体育与传媒支出0万元，占0%；公共安全支出982.66万元，占84.43%；社会保障和就业支出85.43万元，占7.34%；卫生健康支出33.33万元，占2.86%；住房保障支出62.4万元，占5.37%。',
        '2023年度一般公共预算财政拨款支出1163.82万元，具体用于：一般公共服务支出0万元，占0%；教育支出0万元，占0%；科学技术支出0万元，占0%；文化旅游体育与传媒支出0万元，占0%；公共安全支出982.66万元，占84.43%；社会保障和就业支出85.43万元，占7.34%；卫生健康支出33.33万元，占2.86%；住房保障支出62.4万元，占5.37%。',
      ],
    ]);
  });
});
