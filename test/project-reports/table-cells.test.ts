/**
 * Cells of the 自评表 and of the 部门整体支出绩效评价指标体系 table as a careful reader sees
 * them (issue 20 point 6): every 得分 of one table with the same decimals; the 其他资金 line
 * blank whenever it has no money, as the form prints it; the 原因 cell carrying the data's
 * reason. Takes fixture units (changed in memory where a case needs it), prepares them
 * (load … parse, no rendering) and reads the tables row by row from the golden text.
 */
import { describe, expect, it } from 'vitest';
import { validateUnit } from '../../src/load/load-unit.js';
import { prepareLoadedUnit } from '../../src/pipeline.js';
import { documentText } from '../support/golden-text.js';
import { readUnitYear, type UnitYearInput } from '../support/unit-year-data.js';

const HOSPITAL = 'test/fixtures/units/2020/示例县妇幼保健院.json';
const AGRICULTURE = 'test/fixtures/units/2023/示例县农业农村局.json';

async function documentsOf(data: UnitYearInput): Promise<{ kind: string; lines: string[] }[]> {
  const loaded = validateUnit(new TextEncoder().encode(JSON.stringify(data)));
  const prepared = await prepareLoadedUnit('test.json', loaded, { formats: ['pdf'], checkOnly: false });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
  return prepared.documents.map((d) => ({ kind: d.kind, lines: documentText(d).split('\n') }));
}

/** The lines of the report of the project named `name` (the unit's only one when not given). */
async function projectLines(data: UnitYearInput, name?: string): Promise<string[]> {
  const project = (await documentsOf(data)).find(
    (d) => d.kind === 'project-evaluation' && (name === undefined || d.lines.some((l) => l.startsWith('| 项目名称 |') && l.includes(name))),
  );
  if (!project) throw new Error(`no report of ${name ?? 'a project'}`);
  return project.lines;
}

/** The cells of the table row that has a cell `first`, from that cell on (span marks dropped). */
function row(lines: string[], first: string): string[] {
  for (const line of lines) {
    if (!line.startsWith('| ')) continue;
    const cells = line
      .slice(2, -2)
      .split(' | ')
      .map((cell) => cell.replace(/^(\{[rc]\d+\})*/, ''));
    const at = cells.indexOf(first);
    if (at >= 0) return cells.slice(at);
  }
  throw new Error(`no row with a cell ${first}`);
}

describe('the 自评表 prints every 得分 with the same decimals', () => {
  it('the hospital: 27.9 beside 18.82 prints 27.90, the 预算执行 score 10.00, the 合计 92.95', async () => {
    const lines = await projectLines(readUnitYear(HOSPITAL));
    // 总额 row: 年初, 调整后, 执行数, 执行率, 权重, 得分 (the 预算执行 score: 36.4 / 36.4 × 10 = 10).
    expect(row(lines, '总额').slice(5, 7)).toEqual(['10', '10.00']);
    // Each indicator row ends with 权重, 得分, 未完成原因分析.
    expect(row(lines, '产前筛查人数').slice(-3, -1)).toEqual(['30', '27.90']);
    expect(row(lines, '产前筛查率').slice(-3, -1)).toEqual(['20', '18.82']);
    expect(row(lines, '出生缺陷发生率').slice(-3, -1)).toEqual(['20', '16.67']);
    expect(row(lines, '孕产妇满意度').slice(-3, -1)).toEqual(['20', '19.56']);
    // 10 + 27.9 + 18.82 + 16.67 + 19.56 = 92.95
    expect(row(lines, '合计').slice(1, 3)).toEqual(['100', '92.95']);
  });

  it('whole scores stay whole: 动物疫病强制免疫 prints 10, 30 … and 100', async () => {
    const lines = await projectLines(readUnitYear(AGRICULTURE), '动物疫病强制免疫');
    // 10 + 30 + 30 + 20 + 10 = 100
    expect(row(lines, '合计').slice(1, 3)).toEqual(['100', '100']);
  });

  it('the 指标体系 table: 18, 27.5 and 45 print 18.0, 27.5 and 45.0, the 合计 90.5', async () => {
    const final = (await documentsOf(readUnitYear(AGRICULTURE))).find((d) => d.kind === 'final-accounts')!;
    const table = final.lines.slice(final.lines.findIndex((l) => l.includes('| {r2}自评得分 |')));
    const scores = table
      .slice(2, 5)
      .map((line) => line.slice(2, -2).split(' | '))
      .map((cells) => cells[cells.length - 2]);
    expect(scores).toEqual(['18.0', '27.5', '45.0']);
    // 18 + 27.5 + 45 = 90.5
    expect(row(table, '合计').slice(1)).toEqual(['100', '', '', '90.5', '']);
  });
});

describe('the 其他资金 line', () => {
  const blank = ['其他资金', '', '', '', '', '/', '/'];

  it('is blank when the data leaves it out, as the form prints it', async () => {
    expect(row(await projectLines(readUnitYear(HOSPITAL)), '其他资金')).toEqual(blank);
  });

  it('is blank as well when the data gives it with no money (not 0.00 in one report and blank in the next)', async () => {
    const data = readUnitYear(HOSPITAL);
    data.projects[0]!.budget.other = { initial: 0, adjusted: 0, executed: 0 };
    const lines = await projectLines(data);
    expect(row(lines, '其他资金')).toEqual(blank);
    expect(row(lines, '单位资金')).toEqual(['单位资金', '0.00', '0.00', '0.00', '—', '/', '/']);
  });

  it('prints its figures when it has money', async () => {
    const data = readUnitYear(HOSPITAL);
    const budget = data.projects[0]!.budget;
    // 36.4 of 财政资金 becomes 35 of 财政资金 and 1.4 of 其他资金; the 总额 stays 36.4.
    budget.fiscal = { initial: 0, adjusted: 35, executed: 35 };
    budget.other = { initial: 0, adjusted: 1.4, executed: 1.4 };
    expect(row(await projectLines(data), '其他资金')).toEqual(['其他资金', '0.00', '1.40', '1.40', '100.00%', '/', '/']);
  });
});

describe('the 原因 cell', () => {
  it("prints the data's reason after the budget adjustment", async () => {
    const data = readUnitYear(AGRICULTURE);
    const project = data.projects.find((p) => p.name === '高标准农田建设管护')!;
    project.executionReason = '部分管护任务因汛期顺延至次年，资金相应结转。';
    const lines = await projectLines(data, '高标准农田建设管护');
    // 总额 row: …, 权重, 得分, 原因 (年初 80 = 调整后 80: no adjustment sentence).
    expect(row(lines, '总额').at(-1)).toBe('部分管护任务因汛期顺延至次年，资金相应结转。');
  });
});
