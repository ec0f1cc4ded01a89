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
import { msg } from '../../text/msg.js';

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

function form(title: string, rows: FormRow[], valueHeader = msg`内容`): FormBlock {
  const withGroups = rows.some((r) => r.group !== undefined);
  return { kind: 'form', title, keyHeaders: withGroups ? [msg`分组`, msg`项目`] : [msg`项目`], valueHeaders: [valueHeader], rows };
}

const column = (header: string, dotted: string, extra: Partial<ListColumn> = {}): ListColumn => ({ header, path: path(dotted), ...extra });

/** The 经济分类 split of a 功能分类 item, one row per 类. */
const ECONOMIC_SPREAD: ListBlock['spread'] = {
  path: ['economic'],
  columns: [column(msg`经济分类“类”编码`, 'code'), column(msg`其中：基本支出`, 'basic'), column(msg`其中：项目支出`, 'project')],
};

/** A fund's items; `spareRows`: most units spend under a few 政府性基金 项, many under 一般公共预算 (each 项 one row per 经济分类 类). */
function functionalItems(fund: string, spareRows: number): ListBlock {
  return {
    kind: 'list',
    title: msg`【按功能分类“项”列示的支出】`,
    path: path(`accounts.${fund}.items`),
    columns: [
      column(msg`项级科目编码`, 'code'),
      column(msg`决算数`, 'actual'),
      column(msg`预算数（调整预算）`, 'budget'),
      column(msg`决算数与预算数不一致的主要原因`, 'reason'),
      column(msg`本单位科目名称（与目录不同时填）`, 'name'),
      column(msg`科目说明（名词解释用，与目录不同时填）`, 'definition'),
      column(msg`年初结转和结余（附表用）`, 'opening'),
      column(msg`年末结转和结余（附表用）`, 'closing'),
    ],
    spread: ECONOMIC_SPREAD,
    spareRows,
  };
}

const STATEMENTS: [string, string][] = [
  [msg`预算安排及分配管理（资金管理表述）`, 'fundManagement'],
  [msg`项目绩效目标设置（补充表述）`, 'goalSetting'],
  [msg`预设问题及评价重点`, 'presetQuestions'],
  [msg`评价选点`, 'evaluationSites'],
  [msg`评价方法`, 'evaluationMethod'],
  [msg`评价组织`, 'evaluationOrganisation'],
  [msg`项目决策`, 'decision'],
  [msg`项目管理（资金到位情况之前）`, 'management'],
  [msg`项目管理（资金到位情况之后）`, 'costControl'],
  [msg`项目实施（预算金额之前）`, 'implementationLead'],
  [msg`项目实施（预算金额之后）`, 'compliance'],
];

const statementRows = (base: string) => STATEMENTS.map(([label, key]) => field(label, `${base}.${key}`));

const budgetedRows = (group: string, base: string): FormRow[] =>
  grouped(group, base, [
    [msg`决算数`, 'actual'],
    [msg`预算数`, 'budget'],
    [msg`决算数与预算数不一致的主要原因`, 'reason'],
  ]);

const UNIT_ROWS: FormRow[] = [
  field(msg`决算年度`, 'year'),
  field(msg`单位全称`, 'unit.name'),
  field(msg`单位简称`, 'unit.shortName'),
  field(msg`行文中的机关简称`, 'unit.agencyShortName'),
  field(msg`决算层级（部门/单位）`, 'level'),
  field(msg`文档日期`, 'documentDate'),
];

/** Settings a unit normally leaves alone (the pack and the rules it chooses). */
const SETTING_ROWS: FormRow[] = [
  { ...field(msg`文字模板包`, 'pack'), suggestions: { given: 'packs' } },
  field(msg`模板组（旧写法，请改填文字模板包）`, 'templateSet'),
  field(msg`占比取舍方式`, 'sharePolicy'),
];

const WORDING_OPTIONS = form(msg`【文字选项（不填则按模板包）】`, [
  field(msg`年份用词`, 'options.yearWord'),
  field(msg`增减额用词`, 'options.changeWords'),
  field(msg`金额为0的项目`, 'options.zeroLines'),
  field(msg`叙述中的小数位数`, 'options.proseDecimals'),
  field(msg`预算数为0时的写法`, 'options.zeroBudget'),
  field(msg`原因引导语`, 'options.reasonLeadIn'),
]);

// text: vocabulary (the categories 决算说明 name; a unit may type its own)
const AUTHORIZED_CATEGORIES = ['行政编制', '政法专项编制', '参公事业编制', '事业编制', '工勤编制'];
// text: vocabulary
const STAFF_CATEGORIES = ['行政编制人员', '政法专项编制人员', '参公事业编制人员', '事业编制人员', '工勤人员', '编外聘用人员'];
// text: vocabulary (the 一级 and 二级 indicators of a project's 绩效目标, 财预〔2021〕101号 指引)
const INDICATOR_LEVEL1 = ['产出指标', '效益指标', '满意度指标', '成本指标'];
// text: vocabulary
const INDICATOR_LEVEL2 = [
  '数量指标',
  '质量指标',
  '时效指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
];

const BASIC: SheetLayout = {
  name: msg`基本情况`,
  blocks: [
    form(msg`【单位与年度】`, UNIT_ROWS),
    form(msg`【机构设置】`, [
      ...grouped(msg`下属二级预算单位`, 'profile.organisation.subordinateUnits', [
        [msg`行政单位`, 'administrative'],
        [msg`参照公务员法管理的事业单位`, 'civilServantManaged'],
        [msg`其他事业单位`, 'otherPublicInstitutions'],
        [msg`合计`, 'total'],
      ]),
      field(msg`下属单位是否纳入本部门决算（是/否）`, 'profile.organisation.includedInAccounts', msg`决算编制范围`),
      field(msg`所属主管部门（单位决算）`, 'profile.organisation.superior', msg`决算编制范围`),
      texts(msg`纳入决算编制范围的单位（每行一个）`, 'profile.organisation.coveredUnits', msg`决算编制范围`),
      field(msg`内设机构个数`, 'profile.organisation.internalDepartments', msg`内设机构`),
      texts(msg`内设机构名称（每行一个；第一部分列出，可不填）`, 'profile.organisation.internalOffices', msg`内设机构`),
      field(msg`基层所个数`, 'profile.organisation.grassrootsOffices', msg`内设机构`),
      field(msg`基层所名称`, 'profile.organisation.grassrootsOfficeName', msg`内设机构`),
      texts(msg`主要下属机构名称（每行一个）`, 'profile.organisation.affiliatedInstitutions', msg`下属机构`),
      field(msg`类别`, 'profile.institution.kind', msg`单位性质`),
      field(msg`事业单位类别`, 'profile.institution.publicWelfareClass', msg`单位性质`),
      field(msg`预算级次`, 'profile.institution.budgetLevel', msg`单位性质`),
    ]),
    form(msg`【人员编制】`, [
      field(msg`统计时点`, 'profile.staffing.asOf'),
      field(msg`编制总数`, 'profile.staffing.authorized.total'),
      field(msg`实有在岗人数`, 'profile.staffing.onDuty.total'),
    ]),
    {
      kind: 'list',
      title: msg`【编制构成】`,
      path: path('profile.staffing.authorized.parts'),
      columns: [column(msg`编制类别`, 'label', { suggestions: AUTHORIZED_CATEGORIES }), column(msg`人数`, 'count')],
      spareRows: 6,
    },
    {
      kind: 'list',
      title: msg`【实有在岗人员构成】`,
      path: path('profile.staffing.onDuty.parts'),
      columns: [column(msg`人员类别`, 'label', { suggestions: STAFF_CATEGORIES }), column(msg`人数`, 'count')],
      spareRows: 6,
    },
  ],
};

const INCOME_EXPENDITURE: SheetLayout = {
  name: msg`收入支出`,
  blocks: [
    form(
      msg`【收入支出决算总表】`,
      [
        ...grouped(msg`收入`, 'accounts.income', [
          [msg`一般公共预算财政拨款收入`, 'generalBudget'],
          [msg`政府性基金预算财政拨款收入`, 'governmentFund'],
          [msg`国有资本经营预算财政拨款收入`, 'stateCapital'],
          [msg`上级补助收入`, 'superiorSubsidy'],
          [msg`事业收入`, 'business'],
          [msg`经营收入`, 'operating'],
          [msg`附属单位上缴收入`, 'subordinateRemittance'],
          [msg`其他收入`, 'other'],
          [msg`本年收入合计`, 'total'],
        ]),
        field(msg`使用非财政拨款结余（含专用结余）`, 'accounts.totals.nonFiscalBalanceUsed', msg`收入`),
        field(msg`年初结转和结余`, 'accounts.totals.openingBalance', msg`收入`),
        field(msg`收入总计`, 'accounts.totals.income', msg`收入`),
        ...grouped(msg`支出`, 'accounts.expenditure', [
          [msg`基本支出`, 'basic'],
          [msg`项目支出`, 'project'],
          [msg`上缴上级支出`, 'remittanceToSuperior'],
          [msg`经营支出`, 'operating'],
          [msg`对附属单位补助支出`, 'subsidyToSubordinate'],
          [msg`本年支出合计`, 'total'],
        ]),
        field(msg`结余分配`, 'accounts.totals.balanceAllocation', msg`支出`),
        field(msg`年末结转和结余`, 'accounts.totals.closingBalance', msg`支出`),
        field(msg`支出总计`, 'accounts.totals.expenditure', msg`支出`),
      ],
      msg`本年数`,
    ),
    form(
      msg`【财政拨款收入支出决算总表】`,
      [
        ...grouped(msg`财政拨款`, 'accounts.fiscalTotals', [
          [msg`财政拨款收入总计`, 'income'],
          [msg`财政拨款支出总计`, 'expenditure'],
          [msg`年初财政拨款结转和结余`, 'openingBalance'],
          [msg`年末财政拨款结转和结余`, 'closingBalance'],
        ]),
        ...grouped(msg`年初结转和结余的构成（附表用）`, 'accounts.fiscalTotals.openingByFund', [
          [msg`一般公共预算财政拨款`, 'generalBudget'],
          [msg`政府性基金预算财政拨款`, 'governmentFund'],
          [msg`国有资本经营预算财政拨款`, 'stateCapital'],
        ]),
        ...grouped(msg`年末结转和结余的构成（附表用）`, 'accounts.fiscalTotals.closingByFund', [
          [msg`一般公共预算财政拨款`, 'generalBudget'],
          [msg`政府性基金预算财政拨款`, 'governmentFund'],
          [msg`国有资本经营预算财政拨款`, 'stateCapital'],
        ]),
      ],
      msg`本年数`,
    ),
  ],
};

const GENERAL_BUDGET: SheetLayout = {
  name: msg`一般公共预算`,
  blocks: [
    form(msg`【一般公共预算财政拨款支出】`, [
      field(msg`决算数`, 'accounts.generalBudget.actual'),
      field(msg`预算数`, 'accounts.generalBudget.budget'),
      field(msg`决算数与预算数不一致的主要原因`, 'accounts.generalBudget.reason'),
    ]),
    {
      kind: 'list',
      title: msg`【按功能分类“类”列示的支出】`,
      path: path('accounts.generalBudget.classes'),
      columns: [column(msg`类级科目编码`, 'code'), column(msg`决算数`, 'actual')],
      spareRows: 12,
    },
    functionalItems('generalBudget', 80),
  ],
};

const fundSheet = (name: string, fund: string, title: string): SheetLayout => ({
  name,
  blocks: [form(title, [field(msg`决算数`, `accounts.${fund}.actual`)]), functionalItems(fund, 20)],
});

const BY_FUNCTION: SheetLayout = {
  name: msg`收支明细（附表用）`,
  blocks: [
    {
      kind: 'list',
      title: msg`【按功能分类“项”列示的收入和支出（全部资金）】`,
      path: path('accounts.byFunction'),
      columns: [
        column(msg`项级科目编码`, 'code'),
        column(msg`财政拨款收入`, 'income.fiscal'),
        column(msg`上级补助收入`, 'income.superiorSubsidy'),
        column(msg`事业收入`, 'income.business'),
        column(msg`经营收入`, 'income.operating'),
        column(msg`附属单位上缴收入`, 'income.subordinateRemittance'),
        column(msg`其他收入`, 'income.other'),
        column(msg`基本支出`, 'expenditure.basic'),
        column(msg`项目支出`, 'expenditure.project'),
        column(msg`上缴上级支出`, 'expenditure.remittanceToSuperior'),
        column(msg`经营支出`, 'expenditure.operating'),
        column(msg`对附属单位补助支出`, 'expenditure.subsidyToSubordinate'),
      ],
      spareRows: 50,
    },
  ],
};

const BASIC_EXPENDITURE: SheetLayout = {
  name: msg`基本支出`,
  blocks: [
    form(msg`【一般公共预算财政拨款基本支出】`, [
      field(msg`基本支出`, 'accounts.basicExpenditure.actual'),
      field(msg`人员经费`, 'accounts.basicExpenditure.personnel'),
      field(msg`人员经费主要包括（顿号分隔）`, 'accounts.basicExpenditure.personnelIncludes'),
      field(msg`公用经费`, 'accounts.basicExpenditure.publicCosts'),
      field(msg`公用经费主要包括（顿号分隔）`, 'accounts.basicExpenditure.publicCostsIncludes'),
    ]),
    {
      kind: 'list',
      title: msg`【按经济分类“款”列示的基本支出（附表用）】`,
      path: path('accounts.basicExpenditure.economic'),
      columns: [column(msg`经济分类“款”编码`, 'code'), column(msg`决算数`, 'amount')],
      spareRows: 30,
    },
  ],
};

const TP = 'accounts.threePublic';
const THREE_PUBLIC: SheetLayout = {
  name: msg`三公明细`,
  blocks: [
    form(
      msg`【财政拨款“三公”经费】`,
      [
        ...budgetedRows(msg`合计`, `${TP}.total`),
        ...budgetedRows(msg`因公出国（境）费`, `${TP}.abroad`),
        ...grouped(msg`因公出国（境）费`, `${TP}.abroad`, [
          [msg`团组数`, 'groups'],
          [msg`人数`, 'people'],
        ]),
        ...budgetedRows(msg`公务用车购置及运行维护费`, `${TP}.vehicle`),
        ...grouped(msg`公务用车购置费`, `${TP}.vehicle.purchase`, [
          [msg`决算数`, 'actual'],
          [msg`预算数（附表用）`, 'budget'],
          [msg`购置轿车数量`, 'sedan.count'],
          [msg`购置轿车金额`, 'sedan.amount'],
          [msg`购置越野车数量`, 'suv.count'],
          [msg`购置越野车金额`, 'suv.amount'],
          [msg`购置载客汽车数量`, 'bus.count'],
          [msg`购置载客汽车金额`, 'bus.amount'],
        ]),
        ...grouped(msg`年末公务用车保有量`, `${TP}.vehicle.fleet`, [
          [msg`轿车`, 'sedan'],
          [msg`越野车`, 'suv'],
          [msg`载客汽车`, 'bus'],
        ]),
        ...grouped(msg`公务用车运行维护费`, `${TP}.vehicle.operation`, [
          [msg`决算数`, 'actual'],
          [msg`预算数（附表用）`, 'budget'],
          [msg`保险费`, 'insurance'],
          [msg`油费`, 'fuel'],
          [msg`维修费`, 'repair'],
          [msg`其他（过路过桥费等）`, 'other'],
        ]),
        ...budgetedRows(msg`公务接待费`, `${TP}.reception`),
        ...grouped(msg`国内公务接待`, `${TP}.reception.domestic`, [
          [msg`决算数`, 'actual'],
          [msg`批次`, 'batches'],
          [msg`人次`, 'people'],
          [msg`主要用途`, 'purpose'],
          [msg`具体内容`, 'details'],
        ]),
        ...grouped(msg`外事接待`, `${TP}.reception.foreign`, [
          [msg`决算数`, 'actual'],
          [msg`批次`, 'batches'],
          [msg`人次`, 'people'],
        ]),
      ],
      msg`本年数`,
    ),
    form(
      msg`【其中由政府性基金预算安排的部分（2020—2021年度附表用）】`,
      [
        ...budgetedRows(msg`因公出国（境）费`, `${TP}.governmentFundPart.abroad`),
        ...budgetedRows(msg`公务用车购置费`, `${TP}.governmentFundPart.vehiclePurchase`),
        ...budgetedRows(msg`公务用车运行维护费`, `${TP}.governmentFundPart.vehicleOperation`),
        ...budgetedRows(msg`公务接待费`, `${TP}.governmentFundPart.reception`),
      ],
      msg`本年数`,
    ),
  ],
};

const OTHER: SheetLayout = {
  name: msg`运行经费采购资产`,
  blocks: [
    form(msg`【机关运行经费、政府采购、国有资产】`, [
      field(msg`机关运行经费支出`, 'accounts.operatingCosts', msg`机关运行经费`),
      ...grouped(msg`政府采购`, 'accounts.procurement', [
        [msg`政府采购支出总额`, 'total'],
        [msg`货物`, 'goods'],
        [msg`工程`, 'works'],
        [msg`服务`, 'services'],
        [msg`主要用途`, 'purpose'],
        [msg`授予中小企业合同金额`, 'smeContracts'],
        [msg`其中授予小微企业合同金额`, 'smallMicroContracts'],
      ]),
      ...grouped(msg`国有资产`, 'accounts.assets', [
        [msg`统计截止日期`, 'asOf'],
        [msg`车辆总数`, 'vehicles.total'],
        [msg`主要领导干部用车`, 'vehicles.leaders'],
        [msg`机要通信用车`, 'vehicles.confidential'],
        [msg`应急保障用车`, 'vehicles.emergency'],
        [msg`执法执勤用车`, 'vehicles.lawEnforcement'],
        [msg`特种专业技术用车`, 'vehicles.specialProfessional'],
        [msg`其他用车`, 'vehicles.other'],
        [msg`单价100万元以上设备（不含车辆，台、套）`, 'equipmentOverMillion'],
      ]),
    ]),
  ],
};

/** Each compared figure: its prior-year amount and the reason it changed, side by side. */
const CHANGES: SheetLayout = {
  name: msg`上年数与变动原因`,
  blocks: [
    {
      kind: 'form',
      title: msg`【与上年比较】`,
      keyHeaders: [msg`项目`],
      valueHeaders: [msg`上年数`, msg`变动原因`],
      rows: (
        [
          [msg`收入总计`, 'priorYear.totals.income', 'changeReasons.totals'],
          [msg`支出总计`, 'priorYear.totals.expenditure', null],
          [msg`财政拨款收入总计`, 'priorYear.fiscalTotals.income', 'changeReasons.fiscalTotals'],
          [msg`财政拨款支出总计`, 'priorYear.fiscalTotals.expenditure', null],
          [msg`一般公共预算财政拨款支出`, 'priorYear.generalBudgetExpenditure', 'changeReasons.generalBudgetExpenditure'],
          [msg`“三公”经费合计`, 'priorYear.threePublic.total', 'changeReasons.threePublic'],
          [msg`因公出国（境）费`, 'priorYear.threePublic.abroad', 'changeReasons.abroad'],
          [msg`公务用车购置及运行维护费`, 'priorYear.threePublic.vehicle', 'changeReasons.vehicle'],
          [msg`公务接待费`, 'priorYear.threePublic.reception', 'changeReasons.reception'],
          [msg`机关运行经费`, 'priorYear.operatingCosts', 'changeReasons.operatingCosts'],
        ] as const
      ).map(([label, prior, reason]) => ({ label, cells: [path(prior), reason === null ? null : path(reason)] })),
    },
  ],
};

const DE = 'departmentEvaluation';
const PERFORMANCE: SheetLayout = {
  name: msg`绩效`,
  blocks: [
    form(msg`【预算绩效管理】`, [
      texts(msg`开展事前绩效评估的项目（每行一个）`, 'performanceManagement.priorAssessmentProjects'),
      field(msg`编制绩效目标的项目个数`, 'performanceManagement.targetProjects'),
      field(msg`开展绩效监控的项目个数`, 'performanceManagement.monitoredProjects'),
      field(msg`绩效自评覆盖的预算范围`, 'performanceManagement.evaluationScope'),
      field(msg`部门整体绩效自评得分`, 'performanceManagement.departmentSelfScore'),
      field(msg`部门整体绩效自评综述`, 'performanceManagement.departmentSummary'),
    ]),
    form(msg`【部门（单位）预算绩效评价报告（附件1，不附则不填）】`, [
      field(msg`年初预算收入`, `${DE}.budgetIncome`, msg`预算`),
      field(msg`年初预算支出`, `${DE}.budgetExpenditure`, msg`预算`),
      ...(['recurring', 'oneOff'] as const).flatMap((key) =>
        grouped(key === 'recurring' ? msg`常年项目` : msg`阶段（一次性）项目`, `${DE}.projectAnalysis.${key}`, [
          [msg`项目个数`, 'count'],
          [msg`涉及预算总金额`, 'budget'],
          [msg`1—12月预算执行总体进度（%）`, 'executionProgress'],
          [msg`预算结余率大于10%的项目个数`, 'highBalanceCount'],
        ]),
      ),
      field(msg`项目资金年初预算`, `${DE}.projectAnalysis.initialBudget`, msg`项目绩效分析`),
      texts(msg`项目决策（每段一行）`, `${DE}.projectAnalysis.decision`, msg`项目绩效分析`),
      texts(msg`目标实现（每段一行）`, `${DE}.projectAnalysis.targetAchievement`, msg`项目绩效分析`),
      field(msg`重点领域绩效分析`, `${DE}.keyAreas`, msg`评价`),
      texts(msg`绩效结果应用情况（每段一行）`, `${DE}.resultsApplication`, msg`评价`),
      field(msg`评价结论`, `${DE}.conclusion`, msg`评价`),
      texts(msg`存在问题（每段一行）`, `${DE}.problems`, msg`评价`),
      texts(msg`改进建议（每段一行）`, `${DE}.suggestions`, msg`评价`),
    ]),
    {
      kind: 'list',
      title: msg`【部门预算总体绩效分析（附件1）】`,
      path: path(`${DE}.overallAnalysis`),
      numbered: true,
      columns: [
        column(msg`小标题`, 'heading'),
        column(msg`资产总值时点`, 'assetValue.asOf'),
        column(msg`资产总值本年数`, 'assetValue.current'),
        column(msg`资产总值上年数`, 'assetValue.prior'),
      ],
      spread: { path: ['paragraphs'], columns: [{ header: msg`段落（每段一行）`, path: [] }], texts: true },
      spareRows: 30,
    },
    form(msg`【部门整体支出绩效评价指标体系表（附件1，不附则不填）】`, [field(msg`表标题`, 'departmentIndicators.title')]),
    {
      kind: 'list',
      title: msg`【部门整体支出绩效评价指标】`,
      path: path('departmentIndicators.indicators'),
      columns: [
        column(msg`一级指标`, 'level1', { inheritsFromAbove: true }),
        column(msg`二级指标`, 'level2', { inheritsFromAbove: true }),
        column(msg`三级指标`, 'name'),
        column(msg`权重`, 'weight'),
        column(msg`指标解释`, 'explanation'),
        column(msg`评分规则`, 'scoringRule'),
        column(msg`自评得分`, 'selfScore'),
        column(msg`备注`, 'note'),
      ],
      spareRows: 30,
    },
  ],
};

const TEXTS: SheetLayout = {
  name: msg`文字`,
  blocks: [
    form(msg`【部门职责】`, [texts(msg`部门职责（每条一行）`, 'profile.duties')]),
    form(msg`【绩效评价报告中各项目通用的本单位表述】`, statementRows('projectReportStatements')),
  ],
};

const FACTS: SheetLayout = {
  name: msg`事实`,
  blocks: [
    {
      kind: 'list',
      title: msg`【叙述中多处引用的事实（文字中写作 \${名称}）】`,
      path: ['facts'],
      record: true,
      columns: [column(msg`名称`, 'key'), column(msg`值`, 'value')],
      spareRows: 30,
    },
  ],
};

const CODES: SheetLayout = {
  name: msg`科目名称`,
  blocks: [
    {
      kind: 'list',
      title: msg`【科目目录中没有（或名称不同）的功能分类科目】`,
      path: ['functionalCodes'],
      columns: [column(msg`科目编码`, 'code'), column(msg`科目名称`, 'name'), column(msg`科目说明（名词解释用）`, 'definition')],
      spareRows: 20,
    },
  ],
};

/** Per kind of percentage: its decimals, trailing zeros and rounding. */
const percentConvention = (label: string, kind: string): FormRow[] =>
  grouped(label, `style.numbers.${kind}`, [
    [msg`小数位数`, 'decimals'],
    [msg`末尾的0`, 'zeros'],
    [msg`舍入方式`, 'rounding'],
  ]);

/**
 * The unit's style (src/schema/style.ts), as `npm run learn -- … --write` stores it in a
 * workbook: two plain tables, the same entries as the JSON, and the number conventions.
 */
/** The sheet that holds a unit's style (npm run learn writes it). */
export const STYLE_SHEET = msg`写法`;

const STYLE: SheetLayout = {
  name: STYLE_SHEET,
  blocks: [
    {
      kind: 'list',
      title: msg`【写法的选择（一般由 npm run learn 填写；句位不填则为全文）】`,
      path: ['style', 'choices'],
      columns: [column(msg`句位`, 'slot'), column(msg`选择`, 'choice'), column(msg`写法`, 'alternative')],
    },
    form(msg`【数字写法（不填则按模板包）】`, [
      ...grouped(msg`金额`, 'style.numbers.amount', [
        [msg`末尾的0`, 'zeros'],
        [msg`千分位`, 'separator'],
      ]),
      ...percentConvention(msg`增减幅`, 'change'),
      ...percentConvention(msg`占比`, 'share'),
      field(msg`占比取舍方式`, 'style.numbers.share.policy', msg`占比`),
      ...percentConvention(msg`预算完成率`, 'completion'),
    ]),
    {
      kind: 'list',
      title: msg`【本单位的句子（某一句位不用模板包的写法时填）】`,
      path: ['style', 'sentences'],
      columns: [column(msg`句位`, 'slot'), column(msg`句子`, 'sentence')],
    },
    form(msg`【学习所用的文档（npm run learn 填写）】`, [
      field(msg`文档`, 'style.learnedFrom.document'),
      field(msg`SHA-256`, 'style.learnedFrom.sha256'),
    ]),
  ],
};

/** The last sheet, after the projects: what a unit normally leaves alone. */
const ADVANCED: SheetLayout = {
  name: msg`高级设置`,
  blocks: [form(msg`【文字模板包与计算方式（一般不填）】`, SETTING_ROWS), WORDING_OPTIONS],
};

/** The sheets every workbook has before its project sheets, in order. */
export const SHEETS_BEFORE_PROJECTS: readonly SheetLayout[] = [
  BASIC,
  INCOME_EXPENDITURE,
  GENERAL_BUDGET,
  fundSheet(msg`政府性基金`, 'governmentFund', msg`【政府性基金预算财政拨款支出】`),
  fundSheet(msg`国有资本经营`, 'stateCapital', msg`【国有资本经营预算财政拨款支出】`),
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

/** The sheets every workbook has after its project sheets: what a unit normally leaves alone, 高级设置 last. */
export const SHEETS_AFTER_PROJECTS: readonly SheetLayout[] = [STYLE, ADVANCED];

/** Every fixed sheet of the current format (the reader's list; order does not matter to it). */
export const FIXED_SHEETS: readonly SheetLayout[] = [...SHEETS_BEFORE_PROJECTS, ...SHEETS_AFTER_PROJECTS];

/**
 * The fixed sheets of format version 1 (before 高级设置): the settings were the last rows of
 * 【单位与年度】 and 【文字选项】 a block of 基本情况. Read, never written (units keep their
 * workbooks from year to year). Note: 写法 was added to version 1 without a new version
 * number, so a version-1 workbook may have it or not.
 */
export const FORMAT_1_SHEETS: readonly SheetLayout[] = [
  ...SHEETS_BEFORE_PROJECTS.map((sheet) =>
    sheet === BASIC
      ? { ...BASIC, blocks: [form(msg`【单位与年度】`, [...UNIT_ROWS, ...SETTING_ROWS]), WORDING_OPTIONS, ...BASIC.blocks.slice(1)] }
      : sheet,
  ),
  { ...STYLE, mayBeAbsent: true },
];

/** The red * before a required field's label or header (format 2); the reader reads the label without it. */
export const REQUIRED_MARK = '*';
export const REQUIRED_MARK_PREFIX = /^[*＊]\s*/u;

/** A project sheet is named 项目1, 项目2 … optionally followed by a space and the project's short name. */
export const PROJECT_SHEET = /^项目(\d+)(?:\s.*)?$/u;

function projectSheetName(index: number, name: unknown): string {
  const short = typeof name === 'string' ? name.replace(/[:\\/?*[\]]/g, '_') : '';
  return msg`项目${index + 1}${short ? ` ${short}` : ''}`.slice(0, 31);
}

/** The sheet of projects[index]. */
export function projectSheet(index: number, name: unknown): SheetLayout {
  const P = `projects.${index}`;
  return {
    name: projectSheetName(index, name),
    blocks: [
      form(msg`【项目基本情况】`, [
        field(msg`项目简称`, `${P}.name`),
        field(msg`项目编码`, `${P}.code`),
        field(msg`项目全称`, `${P}.title`),
        field(msg`主管部门`, `${P}.supervisor`),
        field(msg`实施单位`, `${P}.implementer`),
        field(msg`项目负责人`, `${P}.projectLeader`),
        field(msg`财务负责人`, `${P}.financeLeader`),
        field(msg`项目年度目标`, `${P}.annualGoal`),
        field(msg`年度目标完成情况`, `${P}.goalCompletion`),
        field(msg`项目实施内容及过程概述`, `${P}.implementationSummary`),
        field(msg`预算执行率权重`, `${P}.executionWeight`),
        field(msg`预算执行率自评得分`, `${P}.executionSelfScore`),
        field(msg`预算执行原因（执行率未达90%的原因、年中调整预算的理由）`, `${P}.executionReason`),
        field(msg`评价结论`, `${P}.conclusion`),
        field(msg`绩效自评综述`, `${P}.selfEvaluationSummary`),
        texts(msg`存在问题（每段一行）`, `${P}.problems`),
        texts(msg`改进措施（每段一行）`, `${P}.improvements`),
      ]),
      {
        kind: 'form',
        title: msg`【项目资金（万元）】`,
        keyHeaders: [msg`资金来源`],
        valueHeaders: [msg`年初预算数`, msg`全年预算数`, msg`全年执行数`],
        rows: (
          [
            [msg`合计`, 'total'],
            [msg`财政资金`, 'fiscal'],
            [msg`财政专户管理资金`, 'fiscalSpecialAccount'],
            [msg`单位资金`, 'unitFunds'],
            [msg`其他资金`, 'other'],
          ] as const
        ).map(([label, key]) => ({ label, cells: ['initial', 'adjusted', 'executed'].map((k) => path(`${P}.budget.${key}.${k}`)) })),
      },
      {
        kind: 'list',
        title: msg`【绩效指标】`,
        path: path(`${P}.indicators`),
        columns: [
          column(msg`一级指标`, 'level1', { inheritsFromAbove: true, suggestions: INDICATOR_LEVEL1 }),
          column(msg`二级指标`, 'level2', { inheritsFromAbove: true, suggestions: INDICATOR_LEVEL2 }),
          column(msg`三级指标`, 'name'),
          column(msg`指标性质`, 'operator'),
          column(msg`指标值`, 'target'),
          column(msg`度量单位`, 'unit'),
          column(msg`完成值`, 'actual'),
          column(msg`权重`, 'weight'),
          column(msg`自评得分`, 'selfScore'),
          column(msg`未完成原因分析`, 'shortfallReason'),
        ],
        spareRows: 30,
      },
      form(msg`【绩效评价报告】`, [
        field(msg`资金主要用途`, `${P}.report.usage`),
        field(msg`项目立项、资金申报的依据`, `${P}.report.basis`),
        field(msg`项目主要内容`, `${P}.report.content`),
        texts(msg`实施目的及支持方向（每段一行）`, `${P}.report.purpose`),
        field(msg`项目绩效目标设置`, `${P}.report.goals`),
        texts(msg`项目结果（每段一行）`, `${P}.report.results`),
        field(msg`项目完成时效`, `${P}.report.duration`),
        texts(msg`改进建议（每段一行）`, `${P}.report.suggestions`),
      ]),
      form(msg`【本项目与通用表述不同之处（相同则不填）】`, statementRows(`${P}.statements`)),
    ],
  };
}

/** The words of an enum shown in the workbook instead of a code (the reader accepts both). */
export const ENUM_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sharePolicy: { independent: msg`各自四舍五入`, 'last-absorbs': msg`末项吸收舍入差`, 'largest-remainder': msg`最大余额法` },
  'style.numbers.share.policy': {
    independent: msg`各自四舍五入`,
    'last-absorbs': msg`末项吸收舍入差`,
    'largest-remainder': msg`最大余额法`,
  },
  'style.numbers.amount.zeros': { trim: msg`去掉末尾的0`, keep: msg`保留两位小数` },
  'style.numbers.amount.separator': { none: msg`不加千分位`, comma: msg`加千分位逗号` },
  'style.numbers.change.zeros': { trim: msg`去掉末尾的0`, keep: msg`保留` },
  'style.numbers.share.zeros': { trim: msg`去掉末尾的0`, keep: msg`保留` },
  'style.numbers.completion.zeros': { trim: msg`去掉末尾的0`, keep: msg`保留` },
  'style.numbers.change.rounding': { 'half-up': msg`四舍五入`, truncate: msg`截断` },
  'style.numbers.share.rounding': { 'half-up': msg`四舍五入`, truncate: msg`截断` },
  'style.numbers.completion.rounding': { 'half-up': msg`四舍五入`, truncate: msg`截断` },
  'options.zeroLines': { list: msg`逐项列出`, omit: msg`不列出` },
  'options.proseDecimals': { trim: msg`去掉末尾的0`, two: msg`保留两位小数` },
};

export const BOOLEAN_WORDS = { true: msg`是`, false: msg`否` } as const;
