/**
 * Table-driven tests of the project scoring: 预算执行率, the 预算执行 score, grades from the
 * score bands, 调增/调减, indicator scores from 完成值, and the merged-cell row spans.
 * Rows marked "reference" carry the figures of the 2023 document.
 */
import { describe, expect, it } from 'vitest';
import { gradeFor } from '../../src/compute/grade.js';
import { indicatorScore } from '../../src/compute/indicator-score.js';
import { adjustment } from '../../src/compute/change.js';
import { executionRate, executionScore } from '../../src/compute/project-execution.js';
import { rowSpans } from '../../src/compute/row-spans.js';
import { QUALITATIVE_RESULTS, type Indicator } from '../../src/schema/unit-year.js';
import { QUALITATIVE_FRACTIONS } from '../../src/compute/scoring-config.js';

const line = (initial: number, adjusted: number, executed: number) => ({ initial, adjusted, executed });

describe('预算执行率 = 执行数 / 调整后预算数', () => {
  it.each([
    ['reference 案件代理', line(3, 2.4, 2.4), '100.00'],
    ['reference 安置帮教', line(5, 3.09, 3.09), '100.00'],
    ['partly spent', line(10, 10, 8.5), '85.00'],
    ['rounding half-up', line(0, 3, 2), '66.67'],
    ['above budget', line(1, 1, 1.2), '120.00'],
    ['zero denominator', line(0, 0, 0), null],
  ])('%s', (_name, fund, rate) => {
    expect(executionRate(fund)).toBe(rate);
  });
});

describe('预算执行 score = rate × weight, capped at the weight', () => {
  it.each([
    ['reference: 100% of 10', line(3, 2.4, 2.4), 10, '10'],
    ['85% of 10', line(10, 10, 8.5), 10, '8.5'],
    ['2/3 of 10, half-up', line(0, 3, 2), 10, '6.67'],
    ['capped above 100%', line(1, 1, 1.2), 10, '10'],
    ['zero denominator earns 0', line(0, 0, 0), 10, '0'],
    ['nothing spent', line(5, 5, 0), 10, '0'],
  ])('%s', (_name, fund, weight, score) => {
    expect(executionScore(fund, weight)).toBe(score);
  });
});

describe('grade from the score bands (≥90 优, ≥80 良, ≥60 中, otherwise 差; the pack names them)', () => {
  it.each([
    [100, 'excellent'], // the reference writes 良好 here (its contradiction #5)
    [90, 'excellent'],
    [89.99, 'good'],
    [80, 'good'],
    [79.99, 'fair'],
    [60, 'fair'],
    [59.99, 'poor'],
    [0, 'poor'],
  ])('%s points → %s', (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });

  it('takes other bands', () => {
    const bands = [
      { min: 85, grade: 'excellent' as const },
      { min: 0, grade: 'poor' as const },
    ];
    expect(gradeFor(85, bands)).toBe('excellent');
    expect(gradeFor(84.99, bands)).toBe('poor');
  });
});

describe('调增/调减 = 调整后 − 年初', () => {
  it.each([
    ['reference 案件代理 (调减)', 3, 2.4, 'down', '0.60'],
    ['reference 安置帮教 (调减)', 5, 3.09, 'down', '1.91'],
    ['reference 法律援助 (调减)', 5, 4.9, 'down', '0.10'],
    ['reference 普法宣传, no 年初预算 (调增)', 0, 14.94, 'up', '14.94'],
    ['increase (调增)', 2, 2.5, 'up', '0.50'],
    ['unchanged', 4, 4, 'flat', '0.00'],
  ])('%s', (_name, initial, adjusted, direction, amount) => {
    expect(adjustment(initial, adjusted)).toMatchObject({ direction, amount });
  });
});

const indicator = (operator: Indicator['operator'], target: string, actual: string | undefined, weight = 10): Indicator => ({
  level1: '产出指标',
  level2: '数量指标',
  name: '测试指标',
  operator,
  target,
  unit: '件',
  actual,
  weight,
  selfScore: weight,
});

describe('indicator score from 完成值', () => {
  it.each([
    ['≥ met', indicator('≥', '1726', '1800'), '10'],
    ['≥ met exactly', indicator('≥', '200', '200', 5), '5'],
    ['≥ missed: in proportion', indicator('≥', '200', '150', 5), '3.75'],
    ['≤ met', indicator('≤', '2', '1.5'), '10'],
    ['≤ missed: target / actual', indicator('≤', '2', '4'), '5'],
    ['≤ zero target missed', indicator('≤', '0', '1'), '0'],
    ['= met', indicator('=', '1', '1'), '10'],
    ['= missed by 10%', indicator('=', '2', '1.8'), '9'],
    ['= missed by more than the target', indicator('=', '1', '3'), '0'],
    ['percent sign accepted', indicator('≥', '95', '96%'), '10'],
    ['定性 优', indicator('定性', '优良', '优'), '10'],
    ['定性 良', indicator('定性', '优良', '良', 20), '16'],
    ['定性 中', indicator('定性', '优良', '中'), '6'],
    ['定性 低', indicator('定性', '优良', '低'), '4'],
    ['定性 差', indicator('定性', '优良', '差'), '2'],
  ])('%s', (_name, ind, score) => {
    expect(indicatorScore(ind)).toMatchObject({ kind: 'scored', score });
  });

  it('has nothing to compute without a 完成值', () => {
    expect(indicatorScore(indicator('≥', '1', undefined))).toEqual({ kind: 'not-given' });
  });

  it.each([
    ['unknown qualitative word', indicator('定性', '优良', '很好'), /优、良、中、低、差/],
    ['non-numeric actual', indicator('≥', '1', '一件'), /完成值“一件”不是数字/],
    ['non-numeric target', indicator('≥', '若干', '3'), /指标值“若干”不是数字/],
  ])('cannot score: %s', (_name, ind, reason) => {
    const result = indicatorScore(ind);
    expect(result.kind).toBe('unreadable');
    if (result.kind === 'unreadable') expect(result.reason).toMatch(reason);
  });

  it('takes other qualitative fractions, by rank', () => {
    expect(indicatorScore(indicator('定性', '优良', '良'), [1, 0.5])).toMatchObject({ score: '5' });
    // A word past the fractions given is not scored.
    expect(indicatorScore(indicator('定性', '优良', '中'), [1, 0.5])).toMatchObject({ kind: 'unreadable' });
  });

  it('has a fraction for every result word of the data format', () => {
    expect(QUALITATIVE_FRACTIONS).toHaveLength(QUALITATIVE_RESULTS.length);
  });
});

describe('row spans of merged 一级/二级 cells', () => {
  it.each([
    [
      'reference 案件代理 一级',
      [['产出'], ['产出'], ['产出'], ['效益'], ['效益'], ['满意度'], ['成本'], ['成本']],
      [3, 0, 0, 2, 0, 1, 2, 0],
    ],
    [
      'reference 案件代理 二级',
      [
        ['产出', '数量'],
        ['产出', '数量'],
        ['产出', '时效'],
        ['效益', '社会'],
        ['效益', '可持续'],
      ],
      [2, 0, 1, 1, 1],
    ],
    [
      'same 二级 under another 一级 starts a new cell',
      [
        ['A', '质量'],
        ['B', '质量'],
      ],
      [1, 1],
    ],
    ['single row', [['A']], [1]],
    ['no rows', [], []],
  ])('%s', (_name, groups, spans) => {
    expect(rowSpans(groups)).toEqual(spans);
  });
});
