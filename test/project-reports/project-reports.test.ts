/**
 * Golden tests of the five 专项预算项目绩效评价报告 and their 自评表, in BOTH formats: the unit
 * is generated once for the whole test run by the CLI (test/support/reference-output.ts), the text of every .pdf and .docx extracted, and
 * each report must carry its own budget sentences, its 评价结论 with the computed grade, and
 * its 自评表 labels and figures as the reference prints them. The 部门决算说明 must carry
 * 附件1's tables and 附件2's reports.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderedDocument } from '../../src/render/render-document.js';
import { extractDocxText } from '../support/docx-text.js';
import { normalizeForSearch } from '../support/normalize.js';
import { extractPdfText } from '../support/pdf-text.js';
import { referenceDocuments } from '../support/reference-output.js';
import { containsWrapped, documentLines, linesFrom } from './document-text.js';

const UNIT = '遂宁市安居区司法局';
const SELF_EVALUATION_CAPTION = '部门预算项目支出绩效自评表（2023年度）';

interface ExpectedProject {
  name: string;
  /** The project's fund as the reference names it: 案件代理经费, but 社区矫正办公经费 (not 经费经费). */
  fund: string;
  /** Sentences of the report that carry the project's figures (reference wording). */
  sentences: string[];
  /** The 自评表's 总额 and 财政资金 rows, cell after cell. */
  budgetRows: string[];
  indicators: string[];
}

/** Figures from the reference (附件1's 自评表 and 附件2); the grade is ours (contradiction #5). */
const PROJECTS: ExpectedProject[] = [
  {
    name: '案件代理',
    fund: '案件代理经费',
    sentences: [
      '年初预算安排3万元，使用2.4万元。（其中：预算支出2.4万元，年终调减预算0.6万元)',
      '项目资金到位2.4万元，支出2.4万元，项目资金执行率为100%',
    ],
    budgetRows: ['总额3.002.402.40100.00%1010', '其中：财政资金3.002.402.40100.00%//'],
    indicators: [
      '代理非诉案件（包括行政复议、仲裁、重大决策专项法律意见书等）',
      '代理重大行政案件、民商事诉讼案件',
      '解决案件期限',
      '最大程度减少政府经济损失',
      '降低政府败诉率；提高政府依法行政、依法执法水平',
      '群众满意度',
      '诉讼案件根据四川省发展和改革委员会 四川省司法厅关于规范律师法律服务收费管理有关问题的通知（川发改价格〔2018〕93号），酌情支出/件',
      '非诉案件代理费/件',
    ],
  },
  {
    name: '普法宣传',
    fund: '普法宣传经费',
    sentences: ['预算安排14.94万元，使用14.94万元', '项目资金到位14.94万元，支出14.94万元，项目资金执行率为100%'],
    budgetRows: ['总额0.0014.9414.94100.00%1010', '其中：财政资金0.0014.9414.94100.00%//'],
    indicators: ['累计发放法律宣传资料', '项目完成结点', '开展“八五”普法', '群众满意度'],
  },
  {
    name: '安置帮教',
    fund: '安置帮教经费',
    sentences: [
      '年初预算安排5万元，使用3.09万元。（其中：预算支出3.09万元，年终调减预算1.91万元)',
      '项目资金到位3.09万元，支出3.09万元，项目资金执行率为100%',
    ],
    budgetRows: ['总额5.003.093.09100.00%1010', '其中：财政资金5.003.093.09100.00%//'],
    indicators: [
      '安置、帮教刑释人员',
      '刑释解矫人员安置帮教率',
      '刑释解矫人员重新犯罪率',
      '促进社会稳定，刑释解矫人员顺利融入社会率',
      '刑释解矫人员满意率',
      '安置帮教走访费用',
    ],
  },
  {
    name: '社区矫正办公经费',
    fund: '社区矫正办公经费',
    sentences: ['预算安排37.88万元，使用37.88万元', '项目资金到位37.88万元，支出37.88万元，项目资金执行率为100%'],
    budgetRows: ['总额0.0037.8837.88100.00%1010', '其中：财政资金0.0037.8837.88100.00%//'],
    indicators: ['重新犯罪率', '促进社会稳定', '群众满意度'],
  },
  {
    name: '法律援助',
    fund: '法律援助经费',
    sentences: [
      '年初预算安排5万元，使用4.9万元。（其中：预算支出4.9万元，年终调减预算0.1万元)',
      '项目资金到位4.9万元，支出4.9万元，项目资金执行率为100%',
    ],
    budgetRows: ['总额5.004.904.90100.00%1010', '其中：财政资金5.004.904.90100.00%//'],
    indicators: [
      '法律援助人次',
      '法律援助案件',
      '法律援助败诉率',
      '法律援助案件质量投诉',
      '营造应援尽援法制氛围',
      '为群众挽回经济损失，维护群众合法权益',
      '保障和改善民生服务',
      '群众满意度',
      '援助案件补贴',
    ],
  },
];

const TABLE_LABELS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '完成值',
  '权重',
  '得分',
  '预算执行率',
  '预算执行情况（10分）',
  '绩效指标（90分）',
];

type Format = 'pdf' | 'docx';
const FORMATS: Format[] = ['pdf', 'docx'];

/** Normalised lines per document title and format. */
const texts = new Map<string, Record<Format, string[]>>();
let documents: RenderedDocument[] = [];

async function linesOf(document: RenderedDocument): Promise<Record<Format, string[]>> {
  const file = (format: Format) => {
    const found = document.files.find((f) => f.format === format);
    if (!found) throw new Error(`${document.title} 没有 ${format}`);
    return found.bytes;
  };
  return {
    pdf: documentLines(await extractPdfText(file('pdf'))),
    docx: documentLines(extractDocxText(file('docx'))),
  };
}

beforeAll(async () => {
  documents = await referenceDocuments();
  for (const document of documents) texts.set(document.title, await linesOf(document));
});

const reportTitle = (name: string) => `${UNIT}2023年度专项预算项目绩效评价报告（${name}）`;
const finalAccountsTitle = `${UNIT}2023年度部门决算说明`;

/**
 * A .docx gives one line per paragraph and per table cell, in reading order, so a phrase or
 * a table row is found in the joined text; a PDF is read line by line across the page, so a
 * wrapped cell is searched piece by piece.
 */
function contains(format: Format, text: string[], phrase: string): boolean {
  return format === 'docx' ? text.join('').includes(normalizeForSearch(phrase)) : containsWrapped(text, phrase);
}

function lines(title: string, format: Format): string[] {
  const found = texts.get(title);
  if (!found) throw new Error(`没有生成“${title}”`);
  return found[format];
}

describe('the documents of the unit', () => {
  it('are the 部门决算说明 and one report per project, named as ARCHITECTURE.md §1 says', () => {
    expect(documents.map((d) => [d.kind, d.project, d.title])).toEqual([
      ['final-accounts', undefined, finalAccountsTitle],
      ...PROJECTS.map((p) => ['project-evaluation', p.name, reportTitle(p.name)]),
    ]);
    for (const document of documents) {
      expect(document.files.map((f) => f.fileName).sort()).toEqual([`${document.title}.docx`, `${document.title}.pdf`]);
    }
  });
});

describe.each(FORMATS)('each 专项预算项目绩效评价报告 (%s)', (format) => {
  describe.each(PROJECTS)('$name', (project) => {
    it('carries its budget sentences', () => {
      const text = lines(reportTitle(project.name), format);
      for (const sentence of project.sentences) expect(contains(format, text, sentence), sentence).toBe(true);
    });

    it('concludes with the computed grade and score (优 at 100 points, not the reference’s 良好)', () => {
      const text = lines(reportTitle(project.name), format);
      const conclusion = `经${UNIT}认真自评，${project.fund}支出绩效评为“优”。绩效目标明确，资金落实到位，管理体系完善，司法行政工作成效显现。自评得分100分。`;
      expect(contains(format, text, conclusion)).toBe(true);
      expect(text.join('')).not.toContain('评为“良好”');
    });

    it('is followed by its 自评表 with the labels, figures and every indicator', () => {
      const table = linesFrom(lines(reportTitle(project.name), format), SELF_EVALUATION_CAPTION);
      for (const label of TABLE_LABELS) expect(contains(format, table, label), label).toBe(true);
      for (const row of project.budgetRows) expect(contains(format, table, row), row).toBe(true);
      // The search is not so loose that a wrong figure passes.
      expect(contains(format, table, project.budgetRows[0]!.replace('100.00%', '99.00%'))).toBe(false);
      for (const indicator of project.indicators) expect(contains(format, table, indicator), indicator).toBe(true);
      expect(contains(format, table, '合计100100')).toBe(true);
      expect(contains(format, table, `${project.fund}支出绩效评为“优”`)).toBe(true);
      expect(table.join('')).not.toContain('经费经费');
      expect(contains(format, table, '项目负责人：顾震')).toBe(true);
      expect(contains(format, table, '财务负责人：杨光辉')).toBe(true);
    });

    it('does not print the form’s unfilled prompt', () => {
      expect(lines(reportTitle(project.name), format).join('')).not.toContain('对照年度目标');
    });
  });
});

describe.each(FORMATS)('the 部门决算说明 (%s)', (format) => {
  it('has 附件1’s 附表: the department indicator table with its weight sums, then the five 自评表', () => {
    const text = linesFrom(lines(finalAccountsTitle, format), '附表：部门预算项目支出绩效自评表（2023年度）');
    for (const label of [
      '2024年区级部门整体支出绩效评价指标体系',
      '部门预算管理（80分）',
      '预算编制（30分）',
      '绩效结果应用（10分）',
      '信息公开（2分）',
      '自评质量（10分）',
      '指标解释',
      '计分标准',
      '自评得分',
    ]) {
      expect(contains(format, text, label), label).toBe(true);
    }
    const tables = text.filter((line) => line === normalizeForSearch(SELF_EVALUATION_CAPTION)).length;
    expect(tables).toBe(PROJECTS.length);
  });

  it.each(PROJECTS)('has 附件2’s report on $name with its budget sentences', (project) => {
    const text = linesFrom(lines(finalAccountsTitle, format), '附件2专项预算项目绩效评价报告');
    expect(contains(format, text, `（${project.name}）`)).toBe(true);
    for (const sentence of project.sentences) expect(contains(format, text, sentence), sentence).toBe(true);
  });
});
