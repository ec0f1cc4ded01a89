/**
 * The fill-in workbook: which sheet, block, row and column holds each field of the data
 * format, under which Chinese words. Takes nothing (and, for a project sheet, the
 * project's position); returns SheetLayouts. The writer lays these out, the reader finds
 * them again by their titles and labels; a test proves that every leaf of the format is
 * placed exactly once, so a data file survives the round trip data → workbook → data.
 *
 * Editing: a label may change freely (the reader follows this file), but a workbook filled
 * under the old label is then refused with the label it does not know; keep old labels as
 * long as such workbooks are in use.
 */
import type { FormBlock, FormRow, ListBlock, ListColumn, Path, SheetLayout } from './types.js';

const path = (dotted: string): Path => dotted.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));

function field(label: string, dotted: string, group?: string): FormRow {
  return { ...(group !== undefined ? { group } : {}), label, cells: [path(dotted)] };
}

function texts(label: string, dotted: string, group?: string): FormRow {
  return { ...field(label, dotted, group), repeats: true };
}

function grouped(group: string, base: string, rows: [string, string][]): FormRow[] {
  return rows.map(([label, key]) => field(label, `${base}.${key}`, group));
}

function form(title: string, rows: FormRow[], valueHeader = '内容'): FormBlock {
  const withGroups = rows.some((r) => r.group !== undefined);
  return { kind: 'form', title, keyHeaders: withGroups ? ['分组', '项目'] : ['项目'], valueHeaders: [valueHeader], rows };
}

const column = (header: string, dotted: string, extra: Partial<ListColumn> = {}): ListColumn => ({ header, path: path(dotted), ...extra });

/** The 经济分类 split of a 功能分类 item, one row per 类. */
const ECONOMIC_SPREAD: ListBlock['spread'] = {
  path: ['economic'],
  columns: [column('经济分类“类”编码', 'code'), column('其中：基本支出', 'basic'), column('其中：项目支出', 'project')],
};

function functionalItems(fund: string): ListBlock {
  return {
    kind: 'list',
    title: '【按功能分类“项”列示的支出】',
    path: path(`accounts.${fund}.items`),
    columns: [
      column('项级科目编码', 'code'),
      column('决算数', 'actual'),
      column('预算数（调整预算）', 'budget'),
      column('决算数与预算数不一致的主要原因', 'reason'),
      column('本单位科目名称（与目录不同时填）', 'name'),
      column('科目说明（名词解释用，与目录不同时填）', 'definition'),
      column('年初结转和结余（附表用）', 'opening'),
      column('年末结转和结余（附表用）', 'closing'),
    ],
    spread: ECONOMIC_SPREAD,
  };
}

const STATEMENTS: [string, string][] = [
  ['预算安排及分配管理（资金管理表述）', 'fundManagement'],
  ['项目绩效目标设置（补充表述）', 'goalSetting'],
  ['预设问题及评价重点', 'presetQuestions'],
  ['评价选点', 'evaluationSites'],
  ['评价方法', 'evaluationMethod'],
  ['评价组织', 'evaluationOrganisation'],
  ['项目决策', 'decision'],
  ['项目管理（资金到位情况之前）', 'management'],
  ['项目管理（资金到位情况之后）', 'costControl'],
  ['项目实施（预算金额之前）', 'implementationLead'],
  ['项目实施（预算金额之后）', 'compliance'],
];

const statementRows = (base: string) => STATEMENTS.map(([label, key]) => field(label, `${base}.${key}`));

const budgetedRows = (group: string, base: string): FormRow[] =>
  grouped(group, base, [
    ['决算数', 'actual'],
    ['预算数', 'budget'],
    ['决算数与预算数不一致的主要原因', 'reason'],
  ]);

const BASIC: SheetLayout = {
  name: '基本情况',
  blocks: [
    form('【单位与年度】', [
      field('决算年度', 'year'),
      field('单位全称', 'unit.name'),
      field('单位简称', 'unit.shortName'),
      field('行文中的机关简称', 'unit.agencyShortName'),
      field('决算层级（部门/单位）', 'level'),
      field('文档日期', 'documentDate'),
      field('文字模板包', 'pack'),
      field('模板组（旧写法，请改填文字模板包）', 'templateSet'),
      field('占比取舍方式', 'sharePolicy'),
    ]),
    form('【文字选项（不填则按模板包）】', [
      field('年份用词', 'options.yearWord'),
      field('增减额用词', 'options.changeWords'),
      field('金额为0的项目', 'options.zeroLines'),
      field('叙述中的小数位数', 'options.proseDecimals'),
      field('预算数为0时的写法', 'options.zeroBudget'),
      field('原因引导语', 'options.reasonLeadIn'),
    ]),
    form('【机构设置】', [
      ...grouped('下属二级预算单位', 'profile.organisation.subordinateUnits', [
        ['行政单位', 'administrative'],
        ['参照公务员法管理的事业单位', 'civilServantManaged'],
        ['其他事业单位', 'otherPublicInstitutions'],
        ['合计', 'total'],
      ]),
      field('下属单位是否纳入本部门决算（是/否）', 'profile.organisation.includedInAccounts', '决算编制范围'),
      field('所属主管部门（单位决算）', 'profile.organisation.superior', '决算编制范围'),
      texts('纳入决算编制范围的单位（每行一个）', 'profile.organisation.coveredUnits', '决算编制范围'),
      field('内设机构个数', 'profile.organisation.internalDepartments', '内设机构'),
      field('基层所个数', 'profile.organisation.grassrootsOffices', '内设机构'),
      field('基层所名称', 'profile.organisation.grassrootsOfficeName', '内设机构'),
      texts('主要下属机构名称（每行一个）', 'profile.organisation.affiliatedInstitutions', '下属机构'),
    ]),
    form('【人员编制】', [
      field('统计时点', 'profile.staffing.asOf'),
      field('编制总数', 'profile.staffing.authorized.total'),
      field('实有在岗人数', 'profile.staffing.onDuty.total'),
    ]),
    { kind: 'list', title: '【编制构成】', path: path('profile.staffing.authorized.parts'), columns: [column('编制类别', 'label'), column('人数', 'count')] },
    { kind: 'list', title: '【实有在岗人员构成】', path: path('profile.staffing.onDuty.parts'), columns: [column('人员类别', 'label'), column('人数', 'count')] },
  ],
};

const INCOME_EXPENDITURE: SheetLayout = {
  name: '收入支出',
  blocks: [
    form(
      '【收入支出决算总表】',
      [
        ...grouped('收入', 'accounts.income', [
          ['一般公共预算财政拨款收入', 'generalBudget'],
          ['政府性基金预算财政拨款收入', 'governmentFund'],
          ['国有资本经营预算财政拨款收入', 'stateCapital'],
          ['上级补助收入', 'superiorSubsidy'],
          ['事业收入', 'business'],
          ['经营收入', 'operating'],
          ['附属单位上缴收入', 'subordinateRemittance'],
          ['其他收入', 'other'],
          ['本年收入合计', 'total'],
        ]),
        field('使用非财政拨款结余（含专用结余）', 'accounts.totals.nonFiscalBalanceUsed', '收入'),
        field('年初结转和结余', 'accounts.totals.openingBalance', '收入'),
        field('收入总计', 'accounts.totals.income', '收入'),
        ...grouped('支出', 'accounts.expenditure', [
          ['基本支出', 'basic'],
          ['项目支出', 'project'],
          ['上缴上级支出', 'remittanceToSuperior'],
          ['经营支出', 'operating'],
          ['对附属单位补助支出', 'subsidyToSubordinate'],
          ['本年支出合计', 'total'],
        ]),
        field('结余分配', 'accounts.totals.balanceAllocation', '支出'),
        field('年末结转和结余', 'accounts.totals.closingBalance', '支出'),
        field('支出总计', 'accounts.totals.expenditure', '支出'),
      ],
      '本年数',
    ),
    form(
      '【财政拨款收入支出决算总表】',
      [
        ...grouped('财政拨款', 'accounts.fiscalTotals', [
          ['财政拨款收入总计', 'income'],
          ['财政拨款支出总计', 'expenditure'],
          ['年初财政拨款结转和结余', 'openingBalance'],
          ['年末财政拨款结转和结余', 'closingBalance'],
        ]),
        ...grouped('年初结转和结余的构成（附表用）', 'accounts.fiscalTotals.openingByFund', [
          ['一般公共预算财政拨款', 'generalBudget'],
          ['政府性基金预算财政拨款', 'governmentFund'],
          ['国有资本经营预算财政拨款', 'stateCapital'],
        ]),
        ...grouped('年末结转和结余的构成（附表用）', 'accounts.fiscalTotals.closingByFund', [
          ['一般公共预算财政拨款', 'generalBudget'],
          ['政府性基金预算财政拨款', 'governmentFund'],
          ['国有资本经营预算财政拨款', 'stateCapital'],
        ]),
      ],
      '本年数',
    ),
  ],
};

const GENERAL_BUDGET: SheetLayout = {
  name: '一般公共预算',
  blocks: [
    form('【一般公共预算财政拨款支出】', [field('决算数', 'accounts.generalBudget.actual'), field('预算数', 'accounts.generalBudget.budget'), field('决算数与预算数不一致的主要原因', 'accounts.generalBudget.reason')]),
    { kind: 'list', title: '【按功能分类“类”列示的支出】', path: path('accounts.generalBudget.classes'), columns: [column('类级科目编码', 'code'), column('决算数', 'actual')] },
    functionalItems('generalBudget'),
  ],
};

const fundSheet = (name: string, fund: string, title: string): SheetLayout => ({
  name,
  blocks: [form(title, [field('决算数', `accounts.${fund}.actual`)]), functionalItems(fund)],
});

const BY_FUNCTION: SheetLayout = {
  name: '收支明细（附表用）',
  blocks: [
    {
      kind: 'list',
      title: '【按功能分类“项”列示的收入和支出（全部资金）】',
      path: path('accounts.byFunction'),
      columns: [
        column('项级科目编码', 'code'),
        column('财政拨款收入', 'income.fiscal'),
        column('上级补助收入', 'income.superiorSubsidy'),
        column('事业收入', 'income.business'),
        column('经营收入', 'income.operating'),
        column('附属单位上缴收入', 'income.subordinateRemittance'),
        column('其他收入', 'income.other'),
        column('基本支出', 'expenditure.basic'),
        column('项目支出', 'expenditure.project'),
        column('上缴上级支出', 'expenditure.remittanceToSuperior'),
        column('经营支出', 'expenditure.operating'),
        column('对附属单位补助支出', 'expenditure.subsidyToSubordinate'),
      ],
    },
  ],
};

const BASIC_EXPENDITURE: SheetLayout = {
  name: '基本支出',
  blocks: [
    form('【一般公共预算财政拨款基本支出】', [
      field('基本支出', 'accounts.basicExpenditure.actual'),
      field('人员经费', 'accounts.basicExpenditure.personnel'),
      field('人员经费主要包括（顿号分隔）', 'accounts.basicExpenditure.personnelIncludes'),
      field('公用经费', 'accounts.basicExpenditure.publicCosts'),
      field('公用经费主要包括（顿号分隔）', 'accounts.basicExpenditure.publicCostsIncludes'),
    ]),
    { kind: 'list', title: '【按经济分类“款”列示的基本支出（附表用）】', path: path('accounts.basicExpenditure.economic'), columns: [column('经济分类“款”编码', 'code'), column('决算数', 'amount')] },
  ],
};

const TP = 'accounts.threePublic';
const THREE_PUBLIC: SheetLayout = {
  name: '三公明细',
  blocks: [
    form('【财政拨款“三公”经费】', [
      ...budgetedRows('合计', `${TP}.total`),
      ...budgetedRows('因公出国（境）费', `${TP}.abroad`),
      ...grouped('因公出国（境）费', `${TP}.abroad`, [
        ['团组数', 'groups'],
        ['人数', 'people'],
      ]),
      ...budgetedRows('公务用车购置及运行维护费', `${TP}.vehicle`),
      ...grouped('公务用车购置费', `${TP}.vehicle.purchase`, [
        ['决算数', 'actual'],
        ['预算数（附表用）', 'budget'],
        ['购置轿车数量', 'sedan.count'],
        ['购置轿车金额', 'sedan.amount'],
        ['购置越野车数量', 'suv.count'],
        ['购置越野车金额', 'suv.amount'],
        ['购置载客汽车数量', 'bus.count'],
        ['购置载客汽车金额', 'bus.amount'],
      ]),
      ...grouped('年末公务用车保有量', `${TP}.vehicle.fleet`, [
        ['轿车', 'sedan'],
        ['越野车', 'suv'],
        ['载客汽车', 'bus'],
      ]),
      ...grouped('公务用车运行维护费', `${TP}.vehicle.operation`, [
        ['决算数', 'actual'],
        ['预算数（附表用）', 'budget'],
        ['保险费', 'insurance'],
        ['油费', 'fuel'],
        ['维修费', 'repair'],
        ['其他（过路过桥费等）', 'other'],
      ]),
      ...budgetedRows('公务接待费', `${TP}.reception`),
      ...grouped('国内公务接待', `${TP}.reception.domestic`, [
        ['决算数', 'actual'],
        ['批次', 'batches'],
        ['人次', 'people'],
        ['主要用途', 'purpose'],
        ['具体内容', 'details'],
      ]),
      ...grouped('外事接待', `${TP}.reception.foreign`, [
        ['决算数', 'actual'],
        ['批次', 'batches'],
        ['人次', 'people'],
      ]),
    ], '本年数'),
    form('【其中由政府性基金预算安排的部分（2020—2021年度附表用）】', [
      ...budgetedRows('因公出国（境）费', `${TP}.governmentFundPart.abroad`),
      ...budgetedRows('公务用车购置费', `${TP}.governmentFundPart.vehiclePurchase`),
      ...budgetedRows('公务用车运行维护费', `${TP}.governmentFundPart.vehicleOperation`),
      ...budgetedRows('公务接待费', `${TP}.governmentFundPart.reception`),
    ], '本年数'),
  ],
};

const OTHER: SheetLayout = {
  name: '运行经费采购资产',
  blocks: [
    form('【机关运行经费、政府采购、国有资产】', [
      field('机关运行经费支出', 'accounts.operatingCosts', '机关运行经费'),
      ...grouped('政府采购', 'accounts.procurement', [
        ['政府采购支出总额', 'total'],
        ['货物', 'goods'],
        ['工程', 'works'],
        ['服务', 'services'],
        ['主要用途', 'purpose'],
        ['授予中小企业合同金额', 'smeContracts'],
        ['其中授予小微企业合同金额', 'smallMicroContracts'],
      ]),
      ...grouped('国有资产', 'accounts.assets', [
        ['统计截止日期', 'asOf'],
        ['车辆总数', 'vehicles.total'],
        ['主要领导干部用车', 'vehicles.leaders'],
        ['机要通信用车', 'vehicles.confidential'],
        ['应急保障用车', 'vehicles.emergency'],
        ['执法执勤用车', 'vehicles.lawEnforcement'],
        ['特种专业技术用车', 'vehicles.specialProfessional'],
        ['其他用车', 'vehicles.other'],
        ['单价100万元以上设备（不含车辆，台、套）', 'equipmentOverMillion'],
      ]),
    ]),
  ],
};

/** Each compared figure: its prior-year amount and the reason it changed, side by side. */
const CHANGES: SheetLayout = {
  name: '上年数与变动原因',
  blocks: [
    {
      kind: 'form',
      title: '【与上年比较】',
      keyHeaders: ['项目'],
      valueHeaders: ['上年数', '变动原因'],
      rows: (
        [
          ['收入总计', 'priorYear.totals.income', 'changeReasons.totals'],
          ['支出总计', 'priorYear.totals.expenditure', null],
          ['财政拨款收入总计', 'priorYear.fiscalTotals.income', 'changeReasons.fiscalTotals'],
          ['财政拨款支出总计', 'priorYear.fiscalTotals.expenditure', null],
          ['一般公共预算财政拨款支出', 'priorYear.generalBudgetExpenditure', 'changeReasons.generalBudgetExpenditure'],
          ['“三公”经费合计', 'priorYear.threePublic.total', 'changeReasons.threePublic'],
          ['因公出国（境）费', 'priorYear.threePublic.abroad', 'changeReasons.abroad'],
          ['公务用车购置及运行维护费', 'priorYear.threePublic.vehicle', 'changeReasons.vehicle'],
          ['公务接待费', 'priorYear.threePublic.reception', 'changeReasons.reception'],
          ['机关运行经费', 'priorYear.operatingCosts', 'changeReasons.operatingCosts'],
        ] as const
      ).map(([label, prior, reason]) => ({ label, cells: [path(prior), reason === null ? null : path(reason)] })),
    },
  ],
};

const DE = 'departmentEvaluation';
const PERFORMANCE: SheetLayout = {
  name: '绩效',
  blocks: [
    form('【预算绩效管理】', [
      texts('开展事前绩效评估的项目（每行一个）', 'performanceManagement.priorAssessmentProjects'),
      field('编制绩效目标的项目个数', 'performanceManagement.targetProjects'),
      field('开展绩效监控的项目个数', 'performanceManagement.monitoredProjects'),
      field('绩效自评覆盖的预算范围', 'performanceManagement.evaluationScope'),
      field('部门整体绩效自评得分', 'performanceManagement.departmentSelfScore'),
      field('部门整体绩效自评综述', 'performanceManagement.departmentSummary'),
    ]),
    form('【部门（单位）预算绩效评价报告（附件1，不附则不填）】', [
      field('年初预算收入', `${DE}.budgetIncome`, '预算'),
      field('年初预算支出', `${DE}.budgetExpenditure`, '预算'),
      ...(['recurring', 'oneOff'] as const).flatMap((key) =>
        grouped(key === 'recurring' ? '常年项目' : '阶段（一次性）项目', `${DE}.projectAnalysis.${key}`, [
          ['项目个数', 'count'],
          ['涉及预算总金额', 'budget'],
          ['1—12月预算执行总体进度（%）', 'executionProgress'],
          ['预算结余率大于10%的项目个数', 'highBalanceCount'],
        ]),
      ),
      field('项目资金年初预算', `${DE}.projectAnalysis.initialBudget`, '项目绩效分析'),
      texts('项目决策（每段一行）', `${DE}.projectAnalysis.decision`, '项目绩效分析'),
      texts('目标实现（每段一行）', `${DE}.projectAnalysis.targetAchievement`, '项目绩效分析'),
      field('重点领域绩效分析', `${DE}.keyAreas`, '评价'),
      texts('绩效结果应用情况（每段一行）', `${DE}.resultsApplication`, '评价'),
      field('评价结论', `${DE}.conclusion`, '评价'),
      texts('存在问题（每段一行）', `${DE}.problems`, '评价'),
      texts('改进建议（每段一行）', `${DE}.suggestions`, '评价'),
    ]),
    {
      kind: 'list',
      title: '【部门预算总体绩效分析（附件1）】',
      path: path(`${DE}.overallAnalysis`),
      numbered: true,
      columns: [column('小标题', 'heading'), column('资产总值时点', 'assetValue.asOf'), column('资产总值本年数', 'assetValue.current'), column('资产总值上年数', 'assetValue.prior')],
      spread: { path: ['paragraphs'], columns: [{ header: '段落（每段一行）', path: [] }], texts: true },
    },
    form('【部门整体支出绩效评价指标体系表（附件1，不附则不填）】', [field('表标题', 'departmentIndicators.title')]),
    {
      kind: 'list',
      title: '【部门整体支出绩效评价指标】',
      path: path('departmentIndicators.indicators'),
      columns: [
        column('一级指标', 'level1', { inheritsFromAbove: true }),
        column('二级指标', 'level2', { inheritsFromAbove: true }),
        column('三级指标', 'name'),
        column('权重', 'weight'),
        column('指标解释', 'explanation'),
        column('评分规则', 'scoringRule'),
        column('自评得分', 'selfScore'),
        column('备注', 'note'),
      ],
    },
  ],
};

const TEXTS: SheetLayout = {
  name: '文字',
  blocks: [
    form('【部门职责】', [texts('部门职责（每条一行）', 'profile.duties')]),
    form('【绩效评价报告中各项目通用的本单位表述】', statementRows('projectReportStatements')),
  ],
};

const FACTS: SheetLayout = {
  name: '事实',
  blocks: [
    {
      kind: 'list',
      title: '【叙述中多处引用的事实（文字中写作 ${名称}）】',
      path: ['facts'],
      record: true,
      columns: [column('名称', 'key'), column('值', 'value')],
    },
  ],
};

const CODES: SheetLayout = {
  name: '科目名称',
  blocks: [
    {
      kind: 'list',
      title: '【科目目录中没有（或名称不同）的功能分类科目】',
      path: ['functionalCodes'],
      columns: [column('科目编码', 'code'), column('科目名称', 'name'), column('科目说明（名词解释用）', 'definition')],
    },
  ],
};

/** The sheets every workbook has, in order (the project sheets follow). */
export const FIXED_SHEETS: readonly SheetLayout[] = [
  BASIC,
  INCOME_EXPENDITURE,
  GENERAL_BUDGET,
  fundSheet('政府性基金', 'governmentFund', '【政府性基金预算财政拨款支出】'),
  fundSheet('国有资本经营', 'stateCapital', '【国有资本经营预算财政拨款支出】'),
  BASIC_EXPENDITURE,
  THREE_PUBLIC,
  OTHER,
  CHANGES,
  PERFORMANCE,
  TEXTS,
  FACTS,
  CODES,
  BY_FUNCTION,
];

/** A project sheet is named 项目1, 项目2 … optionally followed by a space and the project's short name. */
export const PROJECT_SHEET = /^项目(\d+)(?:\s.*)?$/u;

export function projectSheetName(index: number, name: unknown): string {
  const short = typeof name === 'string' ? name.replace(/[:\\/?*[\]]/g, '_') : '';
  return `项目${index + 1}${short ? ` ${short}` : ''}`.slice(0, 31);
}

/** The sheet of projects[index]. */
export function projectSheet(index: number, name: unknown): SheetLayout {
  const P = `projects.${index}`;
  return {
    name: projectSheetName(index, name),
    blocks: [
      form('【项目基本情况】', [
        field('项目简称', `${P}.name`),
        field('项目编码', `${P}.code`),
        field('项目全称', `${P}.title`),
        field('主管部门', `${P}.supervisor`),
        field('实施单位', `${P}.implementer`),
        field('项目负责人', `${P}.projectLeader`),
        field('财务负责人', `${P}.financeLeader`),
        field('项目年度目标', `${P}.annualGoal`),
        field('年度目标完成情况', `${P}.goalCompletion`),
        field('项目实施内容及过程概述', `${P}.implementationSummary`),
        field('预算执行率权重', `${P}.executionWeight`),
        field('预算执行率自评得分', `${P}.executionSelfScore`),
        field('评价结论', `${P}.conclusion`),
        field('绩效自评综述', `${P}.selfEvaluationSummary`),
        texts('存在问题（每段一行）', `${P}.problems`),
        texts('改进措施（每段一行）', `${P}.improvements`),
      ]),
      {
        kind: 'form',
        title: '【项目资金（万元）】',
        keyHeaders: ['资金来源'],
        valueHeaders: ['年初预算数', '全年预算数', '全年执行数'],
        rows: (
          [
            ['合计', 'total'],
            ['财政资金', 'fiscal'],
            ['财政专户管理资金', 'fiscalSpecialAccount'],
            ['单位资金', 'unitFunds'],
            ['其他资金', 'other'],
          ] as const
        ).map(([label, key]) => ({ label, cells: ['initial', 'adjusted', 'executed'].map((k) => path(`${P}.budget.${key}.${k}`)) })),
      },
      {
        kind: 'list',
        title: '【绩效指标】',
        path: path(`${P}.indicators`),
        columns: [
          column('一级指标', 'level1', { inheritsFromAbove: true }),
          column('二级指标', 'level2', { inheritsFromAbove: true }),
          column('三级指标', 'name'),
          column('指标性质', 'operator'),
          column('指标值', 'target'),
          column('度量单位', 'unit'),
          column('完成值', 'actual'),
          column('权重', 'weight'),
          column('自评得分', 'selfScore'),
          column('未完成原因分析', 'shortfallReason'),
        ],
      },
      form('【绩效评价报告】', [
        field('资金主要用途', `${P}.report.usage`),
        field('项目立项、资金申报的依据', `${P}.report.basis`),
        field('项目主要内容', `${P}.report.content`),
        texts('实施目的及支持方向（每段一行）', `${P}.report.purpose`),
        field('项目绩效目标设置', `${P}.report.goals`),
        texts('项目结果（每段一行）', `${P}.report.results`),
        field('项目完成时效', `${P}.report.duration`),
        texts('改进建议（每段一行）', `${P}.report.suggestions`),
      ]),
      form('【本项目与通用表述不同之处（相同则不填）】', statementRows(`${P}.statements`)),
    ],
  };
}

/** The words of an enum shown in the workbook instead of a code (the reader accepts both). */
export const ENUM_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sharePolicy: { 'last-absorbs': '末项吸收舍入差', 'largest-remainder': '最大余额法' },
  'options.zeroLines': { list: '逐项列出', omit: '不列出' },
  'options.proseDecimals': { trim: '去掉末尾的0', two: '保留两位小数' },
};

export const BOOLEAN_WORDS = { true: '是', false: '否' } as const;
