/**
 * The catalogue of bad inputs (issue 4 §8): one broken data file per case, each made from
 * the valid reference file (data/2023/遂宁市安居区司法局.json) by one small, readable
 * mutation, with every error it must produce: the exact JSON path and a fragment of the
 * Chinese message. Takes nothing; exports the cases and `materialise` (bytes of a case).
 *
 * Why a table and not 40 committed JSON files: each case is one line that says what is
 * broken, the cases follow the reference file when the format grows (a committed copy
 * would start failing for a reason other than its own), and the review of a case is the
 * review of one line. To open a case as a file, run
 * `npx tsx test/bad-inputs/materialise.ts <folder>`: it writes <name>.json and
 * <name>.expected.txt for every case (the CLI refuses each one with exit code 1).
 */
import {
  addUnknownField,
  REFERENCE_DATA_PATH,
  referenceData,
  removeField,
  setUnchecked,
  type UnitYearInput,
} from '../support/unit-year-data.js';

export const REFERENCE_PATH = REFERENCE_DATA_PATH;
export { referenceData };

/**
 * The reference data as written, typed (a renamed field fails to compile). A mutation that
 * breaks the format on purpose says so: setUnchecked (a value of the wrong type),
 * removeField (a required field left out), addUnknownField (a field the format lacks).
 */
export type Data = UnitYearInput;

export interface Expected {
  path: string;
  message: string;
}

export interface BadInputCase {
  name: string;
  /** What is broken, in one line. */
  what: string;
  /** Edit the parsed reference in place … */
  mutate?: (data: Data) => void;
  /** … or edit its text (pretty-printed, 2 spaces) for what JSON.parse itself refuses. */
  text?: (json: string) => string | Uint8Array;
  /** The previous year's data, for the prior-year cases (made from the reference). */
  previousYear?: (reference: Data) => Data;
  /** Every error the case produces (no more, no fewer). */
  expected: Expected[];
}

export function referenceText(): string {
  return `${JSON.stringify(referenceData(), null, 2)}\n`;
}

const GB = '$.accounts.generalBudget';
const TP = '$.accounts.threePublic';

/** The 资产总值 of the reference's overallAnalysis[3] (compared with the previous year's file). */
export function assetValue(data: Data): { current: number; prior: number } {
  const value = data.departmentEvaluation?.overallAnalysis[3]?.assetValue;
  if (!value) throw new Error('the reference has no assetValue in departmentEvaluation.overallAnalysis[3]');
  return value;
}

/** A previous year whose current figures are exactly this year's priorYear figures. */
function consistentPreviousYear(reference: Data): Data {
  const prev = structuredClone(reference);
  const p = reference.priorYear;
  prev.year = reference.year - 1;
  prev.accounts.totals.income = p.totals.income;
  prev.accounts.totals.expenditure = p.totals.expenditure;
  prev.accounts.fiscalTotals = { ...p.fiscalTotals };
  prev.accounts.generalBudget.actual = p.generalBudgetExpenditure;
  prev.accounts.threePublic.total.actual = p.threePublic.total;
  prev.accounts.threePublic.abroad.actual = p.threePublic.abroad;
  prev.accounts.threePublic.vehicle.actual = p.threePublic.vehicle;
  prev.accounts.threePublic.reception.actual = p.threePublic.reception;
  prev.accounts.operatingCosts = p.operatingCosts;
  assetValue(prev).current = assetValue(reference).prior;
  return prev;
}

export const CASES: BadInputCase[] = [
  // —— Malformed JSON: one error at $, with 第N行第M列 ——
  {
    name: 'json-trailing-comma',
    what: 'a comma after the last field of an object',
    text: (t) =>
      t.replace(
        '"shortName": "安居区司法局",\n    "agencyShortName": "区司法局"',
        '"shortName": "安居区司法局",\n    "agencyShortName": "区司法局",',
      ),
    expected: [{ path: '$', message: 'JSON 格式错误（第11行第3列）：此处应为用双引号括起的字段名（可能多了一个逗号）' }],
  },
  {
    name: 'json-missing-comma',
    what: 'two fields without a comma between them',
    text: (t) => t.replace('"year": 2023,', '"year": 2023'),
    expected: [{ path: '$', message: 'JSON 格式错误（第6行第3列）：缺少逗号' }],
  },
  {
    name: 'json-truncated',
    what: 'the file ends in the middle (an interrupted copy)',
    text: (t) => t.slice(0, t.indexOf('"accounts"')),
    expected: [{ path: '$', message: '（第106行第3列）：文件意外结束，内容不完整' }],
  },
  {
    name: 'json-nan',
    what: 'NaN written as a value',
    text: (t) => t.replace('"operatingCosts": 104.35', '"operatingCosts": NaN'),
    expected: [{ path: '$', message: 'JSON 不允许 NaN' }],
  },
  {
    name: 'json-comment',
    what: 'a // comment',
    text: (t) => t.replace('"year": 2023,', '"year": 2023, // 决算年度'),
    expected: [{ path: '$', message: '（第5行第17列）：JSON 不允许注释' }],
  },
  {
    name: 'json-single-quotes',
    what: "a string in 'single quotes'",
    text: (t) => t.replace('"documentDate": "2024-09-30"', "'documentDate': '2024-09-30'"),
    expected: [{ path: '$', message: '（第6行第3列）：无法识别的内容' }],
  },
  { name: 'json-empty-file', what: 'an empty file', text: () => '', expected: [{ path: '$', message: 'JSON 格式错误：文件为空' }] },
  {
    name: 'json-not-utf8',
    what: 'saved as GBK instead of UTF-8',
    text: (t) => Uint8Array.from([...new TextEncoder().encode(t.slice(0, 20)), 0xb0, 0xb2, 0xbe, 0xd3]),
    expected: [{ path: '$', message: '不是有效的 UTF-8 编码' }],
  },
  {
    name: 'json-duplicate-field',
    what: 'the same field twice in one object (JSON.parse would keep the last)',
    text: (t) => t.replace('"operatingCosts": 104.35,', '"operatingCosts": 104.35,\n    "operatingCosts": 10.35,'),
    expected: [{ path: '$.accounts.operatingCosts', message: '字段重复出现' }],
  },
  {
    name: 'json-huge-number',
    what: '1e400, which JSON.parse turns into Infinity',
    text: (t) => t.replace('"operatingCosts": 104.35', '"operatingCosts": 1e400'),
    expected: [{ path: '$.accounts.operatingCosts', message: '应为数字（万元），实际为超出范围的数字（实际值：Infinity）' }],
  },

  // —— Wrong types ——
  {
    name: 'type-amount-as-string',
    what: 'an amount in quotes',
    mutate: (d) => {
      setUnchecked(d.accounts.income, 'total', '1163.82');
    },
    expected: [{ path: '$.accounts.income.total', message: '应为数字（万元），实际为文字' }],
  },
  {
    name: 'type-amount-null',
    what: 'an amount left null',
    mutate: (d) => {
      setUnchecked(d.accounts, 'operatingCosts', null);
    },
    expected: [{ path: '$.accounts.operatingCosts', message: '应为数字（万元），实际为null' }],
  },
  {
    name: 'type-count-fraction',
    what: 'a vehicle count of 2.5',
    mutate: (d) => {
      d.accounts.assets.vehicles.total = 2.5;
    },
    expected: [{ path: '$.accounts.assets.vehicles.total', message: '应为整数，实际为小数' }],
  },
  {
    name: 'type-text-as-number',
    what: 'a name given as a number',
    mutate: (d) => {
      setUnchecked(d.unit, 'shortName', 123);
    },
    expected: [{ path: '$.unit.shortName', message: '应为文字（字符串），实际为数字' }],
  },
  {
    name: 'type-object-for-array',
    what: 'duties given as an object instead of a list',
    mutate: (d) => {
      setUnchecked(d.profile, 'duties', { 1: '负责' });
    },
    expected: [{ path: '$.profile.duties', message: '应为段落数组（每段一个字符串），实际为对象' }],
  },
  {
    name: 'type-boolean-as-text',
    what: '"否" instead of false',
    mutate: (d) => {
      setUnchecked(d.profile.organisation, 'includedInAccounts', '否');
    },
    expected: [{ path: '$.profile.organisation.includedInAccounts', message: '应为布尔值（true 或 false），实际为文字' }],
  },
  {
    name: 'type-code-as-number',
    what: 'a functional code without quotes',
    mutate: (d) => {
      setUnchecked(d.accounts.generalBudget.items[0]!, 'code', 2040601);
    },
    expected: [{ path: `${GB}.items[0].code`, message: '应为功能分类科目编码（字符串，带引号），实际为数字' }],
  },
  {
    name: 'type-fact-boolean',
    what: 'a fact that is neither number nor text',
    mutate: (d) => {
      setUnchecked(d.facts!, '法律援助案件数', true);
    },
    expected: [{ path: '$.facts["法律援助案件数"]', message: '应为数字或文字（字符串），实际为布尔值' }],
  },

  // —— Missing and unknown fields ——
  {
    name: 'missing-amount',
    what: 'income.total left out',
    mutate: (d) => {
      removeField(d.accounts.income, 'total');
    },
    expected: [{ path: '$.accounts.income.total', message: '缺少必填字段（本年收入合计（按报表填列））' }],
  },
  {
    name: 'missing-section',
    what: 'the whole procurement section left out',
    mutate: (d) => {
      removeField(d.accounts, 'procurement');
    },
    expected: [{ path: '$.accounts.procurement', message: '缺少必填字段' }],
  },
  {
    name: 'missing-unit-name',
    what: 'unit.name left out',
    mutate: (d) => {
      removeField(d.unit, 'name');
    },
    expected: [{ path: '$.unit.name', message: '缺少必填字段（单位全称）' }],
  },
  {
    name: 'unknown-field-typo',
    what: 'a misspelt field name',
    mutate: (d) => {
      addUnknownField(d.accounts.income, 'totl', d.accounts.income.total);
    },
    expected: [{ path: '$.accounts.income.totl', message: '未知字段（可能是拼写错误）' }],
  },
  {
    name: 'empty-required-list',
    what: 'no functional items at all',
    mutate: (d) => {
      d.accounts.generalBudget.items = [];
    },
    expected: [{ path: `${GB}.items`, message: '至少应有1项' }],
  },

  // —— Amounts and counts out of range ——
  {
    name: 'amount-three-decimals',
    what: '1.234 万元',
    mutate: (d) => {
      d.accounts.operatingCosts = 104.354;
    },
    expected: [{ path: '$.accounts.operatingCosts', message: '金额最多保留两位小数（万元）（实际值：104.354）' }],
  },
  {
    name: 'amount-float-artifact',
    what: 'a spreadsheet value such as 0.1 + 0.2',
    mutate: (d) => {
      d.accounts.operatingCosts = 104.35000000000001;
    },
    expected: [{ path: '$.accounts.operatingCosts', message: '金额最多保留两位小数' }],
  },
  {
    name: 'amount-negative',
    what: 'a negative amount',
    mutate: (d) => {
      d.accounts.operatingCosts = -104.35;
    },
    expected: [{ path: '$.accounts.operatingCosts', message: '金额不能为负数' }],
  },
  {
    name: 'amount-absurd',
    what: 'yuan entered instead of 万元',
    mutate: (d) => {
      d.accounts.operatingCosts = 1043500000;
    },
    expected: [{ path: '$.accounts.operatingCosts', message: '金额超出合理范围' }],
  },
  {
    name: 'count-negative',
    what: 'a negative number of people',
    mutate: (d) => {
      d.accounts.threePublic.reception.domestic.people = -170;
    },
    expected: [{ path: `${TP}.reception.domestic.people`, message: '不能为负数' }],
  },
  {
    name: 'points-above-100',
    what: 'an indicator weight of 101',
    mutate: (d) => {
      d.projects[0]!.indicators[0]!.weight = 101;
    },
    expected: [{ path: '$.projects[0].indicators[0].weight', message: '分值应在0到100之间' }],
  },
  {
    name: 'self-score-above-weight',
    what: 'the reference’s 101 in the weight-10 row of 法律援助人次 (contradiction #3)',
    mutate: (d) => {
      d.projects[4]!.indicators[0]!.selfScore = 101;
    },
    expected: [{ path: '$.projects[4].indicators[0].selfScore', message: '项目“法律援助”的指标“法律援助人次”得分101超过权重10' }],
  },
  {
    name: 'glyph-missing',
    what: 'a rare character (U+2A6A5) no PDF font can draw',
    mutate: (d) => {
      d.profile.duties[2] = `${d.profile.duties[2]}𪚥`;
    },
    expected: [{ path: '$.profile.duties[2]', message: '字符“𪚥”（U+2A6A5）在 PDF 字体' }],
  },
  {
    name: 'year-out-of-range',
    what: 'a year of 1999',
    mutate: (d) => {
      d.year = 1999;
    },
    expected: [{ path: '$.year', message: '不能小于2000' }],
  },
  {
    name: 'date-impossible',
    what: '30 February',
    mutate: (d) => {
      d.documentDate = '2024-02-30';
    },
    expected: [{ path: '$.documentDate', message: '不是有效日期' }],
  },
  {
    name: 'enum-unknown-operator',
    what: 'an indicator operator ">"',
    mutate: (d) => {
      setUnchecked(d.projects[0]!.indicators[0]!, 'operator', '>');
    },
    expected: [{ path: '$.projects[0].indicators[0].operator', message: '指标性质应为 ≥、≤、= 或 定性' }],
  },

  // —— Size and depth: what the loader and the PDF renderer can take ——
  {
    name: 'json-deep-nesting',
    what: '10,000 nested arrays (the loader ran out of stack at ~4,100)',
    text: (t) => t.replace('"duties": [', `"duties": [${'['.repeat(10_000)}${']'.repeat(10_000)},`),
    expected: [{ path: `$.profile.duties${'[0]'.repeat(30)}`, message: '嵌套层数超过32层（第' }],
  },
  {
    name: 'cell-indicator-name-too-long',
    what: 'a 10,000-character indicator name (pdfmake: otherArray.forEach is not a function)',
    mutate: (d) => {
      d.projects[0]!.indicators[0]!.name = '指标名称'.repeat(2_500);
    },
    expected: [{ path: '$.projects[0].indicators[0].name', message: '文字过长（10000字）：PDF 表格的一行不能超过一页，此列最多150字' }],
  },
  {
    name: 'cell-narrow-too-long',
    what: 'a 36-character 二级指标 in the narrow column of the 部门整体支出绩效评价指标 table',
    mutate: (d) => {
      d.departmentIndicators!.indicators[0]!.level2 = '二'.repeat(36);
    },
    expected: [
      { path: '$.departmentIndicators.indicators[0].level2', message: '文字过长（36字）：PDF 表格的一行不能超过一页，此列较窄最多35字' },
    ],
  },
  {
    name: 'cell-scoring-rule-too-long',
    what: 'a 451-character 评分规则',
    mutate: (d) => {
      d.departmentIndicators!.indicators[0]!.scoringRule = '评'.repeat(451);
    },
    expected: [
      { path: '$.departmentIndicators.indicators[0].scoringRule', message: '文字过长（451字）：PDF 表格的一行不能超过一页，此列最多450字' },
    ],
  },
  {
    name: 'text-too-long',
    what: 'a paragraph of 20,001 characters',
    mutate: (d) => {
      d.profile.duties[0] = '职'.repeat(20_001);
    },
    expected: [{ path: '$.profile.duties[0]', message: '文字过长（20001字）：一段文字最多20000字' }],
  },

  // —— Text ——
  {
    name: 'text-empty',
    what: 'an empty required text',
    mutate: (d) => {
      d.unit.shortName = '';
    },
    expected: [{ path: '$.unit.shortName', message: '不能为空' }],
  },
  {
    name: 'text-blank',
    what: 'a text of spaces only',
    mutate: (d) => {
      d.unit.agencyShortName = '   ';
    },
    expected: [{ path: '$.unit.agencyShortName', message: '不能为空' }],
  },
  {
    name: 'text-control-character',
    what: 'a newline inside a duty',
    mutate: (d) => {
      d.profile.duties[0] = '负责合法性审查。\n承办备案工作。';
    },
    expected: [{ path: '$.profile.duties[0]', message: '含有控制字符' }],
  },
  {
    name: 'text-padded',
    what: 'a leading space',
    mutate: (d) => {
      d.unit.name = ' 遂宁市安居区司法局';
    },
    expected: [{ path: '$.unit.name', message: '首尾不能有空格' }],
  },
  {
    name: 'fact-undefined',
    what: 'a ${…} reference to a fact that is not defined',
    mutate: (d) => {
      d.departmentEvaluation!.keyAreas = '共${不存在的事实}项';
    },
    expected: [{ path: '$.departmentEvaluation.keyAreas', message: '引用了未定义的事实 ${不存在的事实}' }],
  },

  // —— Functional codes ——
  {
    name: 'code-unknown-item',
    what: 'a 项 code not in the catalog, without name/definition',
    mutate: (d) => {
      d.accounts.generalBudget.items[0]!.code = '2040698';
    },
    expected: [
      {
        path: `${GB}.items[0].code`,
        message:
          '科目“2040698”不在功能分类科目目录（data/catalog/functional-classification.json）中，数据中也没有给出名称；请在 functionalCodes 中加入 {"code": "2040698", "name": "项级科目名称", "definition": "指……的支出。"}',
      },
    ],
  },
  {
    name: 'code-unknown-class',
    what: 'a 类 code not in the catalog',
    mutate: (d) => {
      d.accounts.generalBudget.classes[0]!.code = '299';
    },
    expected: [
      {
        path: `${GB}.classes[0].code`,
        message:
          '类“299”不在功能分类科目目录（data/catalog/functional-classification.json）中，数据中也没有给出名称；请在 functionalCodes 中加入 {"code": "299", "name": "类级科目名称"}',
      },
    ],
  },
  {
    name: 'code-not-item-level',
    what: 'a 款 code (5 digits) where a 项 (7) is required',
    mutate: (d) => {
      d.accounts.generalBudget.items[0]!.code = '20406';
    },
    expected: [{ path: `${GB}.items[0].code`, message: '支出明细应使用7位“项”级科目编码，实际为“20406”' }],
  },
  {
    name: 'code-malformed',
    what: 'letters in a code',
    mutate: (d) => {
      d.accounts.generalBudget.items[0]!.code = '204060a';
    },
    expected: [{ path: `${GB}.items[0].code`, message: '功能分类科目编码应为3、5或7位数字' }],
  },
  {
    name: 'code-duplicate-item',
    what: 'the same 项 listed twice',
    mutate: (d) => {
      d.accounts.generalBudget.items[1]!.code = '2040601';
    },
    expected: [{ path: `${GB}.items[1].code`, message: '科目“2040601”重复列示' }],
  },
  {
    name: 'code-unknown-section',
    what: 'a 项 under a 类 the data names but whose 款 and 项 nobody names',
    mutate: (d) => {
      d.functionalCodes = [{ code: '299', name: '测试类支出' }];
      d.accounts.generalBudget.classes.push({ code: '299', actual: 0 });
      d.accounts.generalBudget.items.push({ code: '2990101', actual: 0, budget: 0 });
    },
    expected: [
      {
        path: `${GB}.items[16].code`,
        message:
          '科目“2990101”所属的款“29901”不在功能分类科目目录（data/catalog/functional-classification.json）中，数据中也没有给出名称；请在 functionalCodes 中加入 {"code": "29901", "name": "款级科目名称"}',
      },
      {
        path: `${GB}.items[16].code`,
        message:
          '科目“2990101”不在功能分类科目目录（data/catalog/functional-classification.json）中，数据中也没有给出名称；请在 functionalCodes 中加入 {"code": "2990101", "name": "项级科目名称", "definition": "指……的支出。"}',
      },
    ],
  },
  {
    name: 'code-named-without-definition',
    what: 'a 项 the data names but does not explain (the 名词解释 needs it)',
    mutate: (d) => {
      d.functionalCodes = [
        { code: '299', name: '测试类支出' },
        { code: '29901', name: '测试款' },
        { code: '2990101', name: '测试项' },
      ];
      d.accounts.generalBudget.classes.push({ code: '299', actual: 0 });
      d.accounts.generalBudget.items.push({ code: '2990101', actual: 0, budget: 0 });
    },
    expected: [
      { path: `${GB}.items[16].code`, message: '科目“2990101”（测试项）没有名词解释；请在 functionalCodes 中为它填写 definition' },
    ],
  },
  {
    name: 'code-listed-twice-in-names',
    what: 'functionalCodes names one code twice, and explains a 类',
    mutate: (d) => {
      d.functionalCodes = [
        { code: '20406', name: '司法' },
        { code: '20406', name: '司法事务' },
        { code: '204', name: '公共安全支出', definition: '指公共安全方面的支出。' },
      ];
    },
    expected: [
      { path: '$.functionalCodes[1].code', message: '科目“20406”在 functionalCodes 中重复列出（另见 $.functionalCodes[0]）' },
      { path: '$.functionalCodes[2].definition', message: '名词解释只列“项”级科目；“204”是类级' },
    ],
  },

  // —— Packs and wording options ——
  {
    name: 'pack-unknown',
    what: 'a pack that does not exist',
    mutate: (d) => {
      d.pack = 'sichuan-2099';
    },
    expected: [{ path: '$.pack', message: '没有名为“sichuan-2099”的模板包；可用的模板包：' }],
  },
  {
    name: 'pack-and-old-name',
    what: 'both pack and its old name templateSet',
    mutate: (d) => {
      d.templateSet = 'sichuan-2023';
    },
    expected: [{ path: '$.templateSet', message: 'pack 与 templateSet（旧名称）不能同时填写' }],
  },
  {
    name: 'option-unknown',
    what: 'a misspelt wording option',
    mutate: (d) => {
      setUnchecked(d, 'options', { yearWrd: '年' });
    },
    expected: [
      { path: '$.options.yearWrd', message: '此处可用的字段：yearWord、changeWords、zeroLines、proseDecimals、zeroBudget、reasonLeadIn' },
    ],
  },
  {
    name: 'option-bad-value',
    what: 'a wording option with a value it does not have',
    mutate: (d) => {
      setUnchecked(d, 'options', { changeWords: '上升/下降' });
    },
    expected: [{ path: '$.options.changeWords', message: '增减额用词应为 "增长/下降"、"增加/减少" 之一' }],
  },
  {
    name: 'level-bad-value',
    what: 'a level that is neither 部门 nor 单位',
    mutate: (d) => {
      setUnchecked(d, 'level', '单位决算');
    },
    expected: [{ path: '$.level', message: '决算层级应为“部门”或“单位”' }],
  },

  // —— Totals that do not tie ——
  {
    name: 'tie-income-total',
    what: '本年收入合计 typed 0.01 too high: Σ sources and 收入总计 both say 1163.82, so one error, on 本年收入合计',
    mutate: (d) => {
      d.accounts.income.total = 1163.83;
    },
    expected: [
      // Σ sources = 1163.82 (一般公共预算 alone); 收入总计 1163.82 − 年初 0 − 使用结余 0 = 1163.82; 1163.83 − 1163.82 = 0.01.
      {
        path: '$.accounts.income.total',
        message:
          '本年收入合计为1163.83万元，应为1163.82万元（相差0.01万元）：各项收入之和为1163.82万元，按收入总计1163.82万元倒算是1163.82万元',
      },
    ],
  },
  {
    name: 'tie-expenditure-total',
    what: '本年支出合计 ≠ 基本 + 项目 + …',
    mutate: (d) => {
      d.accounts.expenditure.project = 269.91;
    },
    expected: [
      {
        path: '$.accounts.expenditure.total',
        message: '本年支出合计为1163.82万元，应等于基本支出、项目支出、上缴上级支出、经营支出和对附属单位补助支出之和1163.83万元',
      },
    ],
  },
  {
    name: 'tie-totals-carry-over',
    what: '年初结转和结余 entered but 收入总计 not raised',
    mutate: (d) => {
      d.accounts.totals.openingBalance = 10;
    },
    expected: [
      {
        path: '$.accounts.totals.income',
        message: '收入总计为1163.82万元，应等于本年收入合计、年初结转和结余、使用非财政拨款结余之和1173.82万元',
      },
    ],
  },
  {
    name: 'tie-fiscal-totals',
    what: '财政拨款收入总计 typed wrong: it disagrees with its parts and with 财政拨款支出总计, one error on it',
    mutate: (d) => {
      d.accounts.fiscalTotals.income = 1200;
    },
    expected: [
      // parts 1163.82 + 0 + 0 + 年初 0 = 1163.82 = 财政拨款支出总计; 1200 − 1163.82 = 36.18.
      { path: '$.accounts.fiscalTotals.income', message: '财政拨款收入总计为1200.00万元，应为1163.82万元（相差36.18万元）' },
    ],
  },
  {
    name: 'tie-fiscal-carry-over',
    what: '年初财政拨款结转和结余 larger than the unit’s whole 年初结转和结余',
    mutate: (d) => {
      d.accounts.fiscalTotals.openingBalance = 10;
      d.accounts.fiscalTotals.closingBalance = 10;
      d.accounts.fiscalTotals.income = 1173.82;
      d.accounts.fiscalTotals.expenditure = 1173.82;
    },
    expected: [
      {
        path: '$.accounts.fiscalTotals.openingBalance',
        message: '年初财政拨款结转和结余为10.00万元，不能大于年初结转和结余0.00万元（超出10.00万元）',
      },
      {
        path: '$.accounts.fiscalTotals.closingBalance',
        message: '年末财政拨款结转和结余为10.00万元，不能大于年末结转和结余0.00万元（超出10.00万元）',
      },
    ],
  },
  {
    name: 'tie-general-budget-class',
    what: 'a 类 figure that is not Σ its 项',
    mutate: (d) => {
      d.accounts.generalBudget.classes[4]!.actual = 982.67;
    },
    expected: [
      // Its 项 add up to 982.66, and 1163.82 − the other 类 gives 982.66 too: the 类 is wrong, not the total.
      { path: `${GB}.classes[4].actual`, message: '“204”类支出为982.67万元，应为982.66万元（相差0.01万元）' },
    ],
  },
  {
    name: 'tie-general-budget-item',
    what: 'a 项 changed without its 类 and total',
    mutate: (d) => {
      d.accounts.generalBudget.items[0]!.actual = 693.4;
      d.accounts.generalBudget.items[0]!.budget = 693.4;
    },
    expected: [
      // Which 项 of 204 is wrong cannot be told: one error on the 类 (982.67 − 982.66 = 0.01), naming the total that differs alike.
      {
        path: `${GB}.classes[4].actual`,
        message:
          '“204”类支出为982.66万元，应等于该类各项支出之和982.67万元（相差0.01万元）；一般公共预算财政拨款支出也相差0.01万元：应是科目“2040601”的决算数',
      },
      { path: `${GB}.budget`, message: '一般公共预算财政拨款支出预算数为1163.82万元，应等于各项预算数之和1163.83万元' },
    ],
  },
  {
    name: 'tie-class-missing',
    what: 'a 项 whose 类 is not listed',
    mutate: (d) => {
      d.accounts.generalBudget.classes.pop();
    },
    expected: [
      { path: `${GB}.actual`, message: '应等于各类支出之和1101.42万元' },
      { path: `${GB}.items[15].code`, message: '科目“2210201”所属的类“221”未在 classes 中列示' },
    ],
  },
  {
    name: 'tie-fund-budget-items',
    what: '政府性基金 spending with no items',
    mutate: (d) => {
      d.accounts.governmentFund.actual = 5;
    },
    expected: [
      // No items (Σ 0), 财政拨款支出总计 1163.82 − 1163.82 − 0 − 年末 0 = 0, 年初 0 + 收入 0 − 年末 0 = 0: the 5.00 is the one mistake.
      { path: '$.accounts.governmentFund.actual', message: '政府性基金预算财政拨款支出为5.00万元，应为0.00万元（相差5.00万元）' },
    ],
  },
  {
    name: 'tie-basic-expenditure',
    what: '基本支出 ≠ 人员经费 + 公用经费',
    mutate: (d) => {
      d.accounts.basicExpenditure.personnel = 789.58;
    },
    expected: [
      {
        path: '$.accounts.basicExpenditure.actual',
        message: '一般公共预算财政拨款基本支出为893.92万元，应等于人员经费与公用经费之和893.93万元',
      },
    ],
  },
  {
    name: 'tie-three-public-total',
    what: '“三公” total ≠ its three parts',
    mutate: (d) => {
      d.accounts.threePublic.total.actual = 4.64;
    },
    expected: [
      {
        path: `${TP}.total.actual`,
        message: '“三公”经费支出为4.64万元，应等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和4.63万元',
      },
    ],
  },
  {
    name: 'tie-three-public-budget',
    what: '“三公” budget ≠ its three parts',
    mutate: (d) => {
      d.accounts.threePublic.total.budget = 5;
    },
    expected: [{ path: `${TP}.total.budget`, message: '“三公”经费预算为5.00万元，应等于三项预算之和4.63万元' }],
  },
  {
    name: 'tie-vehicle-operation',
    what: '运行维护费 ≠ 保险 + 油费 + 维修',
    mutate: (d) => {
      d.accounts.threePublic.vehicle.operation.fuel = 2.08;
    },
    expected: [
      { path: `${TP}.vehicle.operation.actual`, message: '公务用车运行维护费为3.41万元，应等于保险费、油费、维修费及其他之和3.42万元' },
    ],
  },
  {
    name: 'tie-vehicle-purchase',
    what: 'a purchase amount with no car and no total',
    mutate: (d) => {
      d.accounts.threePublic.vehicle.purchase.sedan.amount = 20;
    },
    expected: [
      { path: `${TP}.vehicle.purchase.actual`, message: '公务用车购置费为0.00万元，应等于轿车、越野车、载客汽车购置金额之和20.00万元' },
      { path: `${TP}.vehicle.purchase.sedan.count`, message: '购置轿车金额为20.00万元，但购置数量为0辆' },
    ],
  },
  {
    name: 'tie-reception',
    what: '公务接待费 ≠ 国内 + 外事',
    mutate: (d) => {
      d.accounts.threePublic.reception.domestic.actual = 1.21;
    },
    expected: [{ path: `${TP}.reception.actual`, message: '公务接待费为1.22万元，应等于国内公务接待与外事接待之和1.21万元' }],
  },
  {
    name: 'tie-prior-three-public',
    what: 'the prior year’s “三公” total ≠ its parts',
    mutate: (d) => {
      d.priorYear.threePublic.total = 5.55;
    },
    expected: [{ path: '$.priorYear.threePublic.total', message: '上年“三公”经费为5.55万元，应等于上年三项之和5.54万元' }],
  },
  {
    name: 'tie-vehicle-count',
    what: 'vehicle total ≠ Σ uses',
    mutate: (d) => {
      d.accounts.assets.vehicles.total = 3;
    },
    expected: [
      {
        path: '$.accounts.assets.vehicles.total',
        message: '车辆总数为3辆，应等于主要领导干部用车、机要通信用车、应急保障用车、执法执勤用车、特种专业技术用车、其他用车之和2辆',
      },
    ],
  },
  {
    name: 'tie-staffing-authorized',
    what: '编制数 ≠ Σ parts',
    mutate: (d) => {
      d.profile.staffing.authorized.total = 44;
    },
    expected: [{ path: '$.profile.staffing.authorized.total', message: '编制数为44名，应等于各类编制（事业编制、政法专项编制）之和43名' }],
  },
  {
    name: 'tie-staffing-on-duty',
    what: '实有人数 ≠ Σ parts',
    mutate: (d) => {
      d.profile.staffing.onDuty.parts[0]!.count = 36;
    },
    expected: [
      {
        path: '$.profile.staffing.onDuty.total',
        message: '实有人数为41人，应等于各类人员（行政编制人员、参公管理事业编制人员、事业编制人员）之和42人',
      },
    ],
  },
  {
    name: 'tie-subordinate-units',
    what: 'the reference’s contradiction #1: 3 units listed as 0 + 0 + 1',
    mutate: (d) => {
      d.profile.organisation.subordinateUnits.total = 3;
    },
    expected: [
      {
        path: '$.profile.organisation.subordinateUnits.total',
        message: '下属二级预算单位为3个，应等于行政单位、参照公务员法管理的事业单位、其他事业单位之和1个',
      },
    ],
  },
  {
    name: 'tie-procurement-total',
    what: '政府采购 total ≠ 货物 + 工程 + 服务',
    mutate: (d) => {
      d.accounts.procurement.services = 1;
    },
    expected: [{ path: '$.accounts.procurement.total', message: '政府采购支出总额为5.40万元，应等于货物、工程、服务采购支出之和6.40万元' }],
  },
  {
    name: 'procurement-sme-above-total',
    what: '中小企业 contracts above the total',
    mutate: (d) => {
      d.accounts.procurement.smeContracts = 6;
    },
    expected: [
      { path: '$.accounts.procurement.smeContracts', message: '授予中小企业合同金额为6.00万元，不能大于政府采购支出总额5.40万元' },
    ],
  },
  {
    name: 'procurement-small-above-sme',
    what: '小微企业 contracts above 中小企业',
    mutate: (d) => {
      d.accounts.procurement.smallMicroContracts = 5.41;
    },
    expected: [
      {
        path: '$.accounts.procurement.smallMicroContracts',
        message: '授予小微企业合同金额为5.41万元，不能大于授予中小企业合同金额5.40万元',
      },
    ],
  },

  // —— Against the previous year's data file ——
  {
    name: 'prior-year-mismatch',
    what: 'priorYear.totals.income differs from the 2022 file',
    previousYear: (r) => {
      const p = consistentPreviousYear(r);
      p.accounts.totals.income = 1170;
      p.accounts.totals.expenditure = 1170;
      return p;
    },
    expected: [
      {
        path: '$.priorYear.totals.income',
        message: '上年收入总计为1168.92万元，应等于2022年度数据文件中的本年数（$.accounts.totals.income）1170.00万元',
      },
      {
        path: '$.priorYear.totals.expenditure',
        message: '上年支出总计为1168.92万元，应等于2022年度数据文件中的本年数（$.accounts.totals.expenditure）1170.00万元',
      },
    ],
  },
  {
    name: 'prior-year-asset-value',
    what: 'the prior asset value differs from the 2022 file',
    previousYear: (r) => {
      const p = consistentPreviousYear(r);
      assetValue(p).current = 600;
      return p;
    },
    expected: [
      {
        path: '$.departmentEvaluation.overallAnalysis[3].assetValue.prior',
        message: '上年资产总值为637.15万元，应等于2022年度数据文件中的本年数',
      },
    ],
  },
];

/**
 * Bad situations around the data rather than in it (issue 13): they need the folders, the
 * output folder or the process, so each is tested through the CLI in the file named here;
 * catalogue.test.ts checks that the file still asserts the message.
 */
export interface BadSituation {
  name: string;
  what: string;
  /** A fragment of the Chinese message the user sees. */
  message: string;
  test: string;
}

export const SITUATIONS: BadSituation[] = [
  {
    name: 'year-folder-mismatch',
    what: "last year's file copied into this year's folder, its year unchanged",
    message: '但文件位于年度文件夹',
    test: 'test/cli/data-folder.test.ts',
  },
  {
    name: 'units-share-a-folder',
    what: 'unit names 碰撞/单位 and 碰撞_单位 become one folder',
    message: '写入同一个输出文件夹',
    test: 'test/cli/data-folder.test.ts',
  },
  { name: 'projects-share-a-file-name', what: 'two projects of one name', message: '生成同名文件', test: 'test/cli/data-folder.test.ts' },
  {
    name: 'name-over-255-bytes',
    what: 'a unit or project name that makes a file name over 255 bytes',
    message: '超过文件系统允许的255字节',
    test: 'test/cli/data-folder.test.ts',
  },
  {
    name: 'data-symlink-outside',
    what: 'a data file or year folder that is a symlink out of --data',
    message: '是指向数据目录之外',
    test: 'test/cli/data-folder.test.ts',
  },
  {
    name: 'data-symlink-dangling',
    what: 'a data file that is a dangling symlink',
    message: '但它指向的位置不存在，未读取',
    test: 'test/cli/data-folder.test.ts',
  },
  {
    name: 'out-symlink',
    what: 'out/<year> or out/<year>/<unit> is a symlink',
    message: '拒绝通过符号链接写入',
    test: 'test/cli/output-folder.test.ts',
  },
  { name: 'out-is-a-file', what: '--out names a file', message: '是一个文件，不是文件夹', test: 'test/cli/output-folder.test.ts' },
  {
    name: 'out-read-only',
    what: '--out on a read-only file system',
    message: '所在的文件系统是只读的',
    test: 'test/cli/output-folder.test.ts',
  },
  {
    name: 'disk-full',
    what: 'the disk is full before the run, or fills up during it',
    message: '磁盘空间不足，无法写入',
    test: 'test/cli/output-folder.test.ts',
  },
  {
    name: 'concurrent-run',
    what: 'a second run into the same --out',
    message: '正由另一次运行（进程',
    test: 'test/cli/output-folder.test.ts',
  },
  {
    name: 'killed-run',
    what: 'a run killed while it regenerates a unit',
    message: '锁属于一个已终止的运行，已接管',
    test: 'test/cli/determinism-and-kill.test.ts',
  },
  {
    name: 'font-not-a-font',
    what: 'a --fonts .ttf that is not a font',
    message: '不是有效的 TrueType 字体文件',
    test: 'test/cli/fonts-config.test.ts',
  },
  {
    name: 'unexpected-error',
    what: 'an error the tool did not foresee',
    message: '生成失败（意外错误）',
    test: 'test/cli/data-folder.test.ts',
  },
];
