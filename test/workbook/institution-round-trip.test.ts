/**
 * The fields issue 20 added to the data format, through the fill-in workbook and back: the
 * unit's 单位性质 (profile.institution) on 基本情况 and a project's 预算执行原因
 * (executionReason) on its project sheet. Takes the hospital fixture with both filled in;
 * writes its workbook, reads it back and compares the data.
 */
import { describe, expect, it } from 'vitest';
import { validateWorkbookUnit } from '../../src/load/workbook/load-workbook-unit.js';
import { writeFillInWorkbook } from '../../src/workbook/write-fill-in.js';
import { readUnitYear } from '../support/unit-year-data.js';

describe('round trip of 单位性质 and 预算执行原因', () => {
  it('gives back the data it was written from', async () => {
    const { $schema: _schema, ...data } = readUnitYear('test/fixtures/units/2020/示例县妇幼保健院.json');
    data.profile.institution = { kind: '事业单位', publicWelfareClass: '公益二类', budgetLevel: '二级预算单位' };
    data.projects[0]!.executionReason = '部分筛查费用按实际筛查人数结算。';
    const workbook = await writeFillInWorkbook(data, { title: '测试', author: '测试', date: '2024-09-30' });
    const back = validateWorkbookUnit(workbook, 'x.xlsx');
    expect(back.ok ? [] : back.errors).toEqual([]);
    expect(back.ok && back.input).toStrictEqual(data);
  });
});
