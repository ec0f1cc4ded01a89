/**
 * The data format of one unit and year (data/<year>/<unit>.json): the single definition
 * of what a data file may hold. Takes nothing; exports the zod schema `unitYearSchema`
 * and the inferred type `UnitYear`. Objects are strict: an unknown field is an error,
 * because it is usually a typo of a known one.
 *
 * Amounts are 万元 as the 决算 statements print them. Totals the statements report are
 * entered as reported (the checks stage ties them); shares, deltas and rates are never
 * entered: compute derives them.
 */
import { z } from 'zod';
import { ACCOUNTS_LEVELS } from './pack.js';
import { amount, cellText, count, economicCode, functionalCode, isoDate, paragraphs, percentage, points, selfScore, shortCellText, text, wideCellText } from './primitives.js';
import { wordingOptionsSchema } from './wording-options.js';
import { SHARE_POLICIES } from './share-policy.js';
import { styleSchema } from './style.js';
import { msg } from '../text/msg.js';

const strict = z.strictObject;

/** A 收、支 pair of totals (收入总计、支出总计). */
const incomeExpenditure = strict({ income: amount, expenditure: amount });

/** The same figure for the prior year, for the year-on-year sentences. */
const priorYearSchema = strict({
  totals: incomeExpenditure.describe(msg`上年收入总计、支出总计`),
  fiscalTotals: incomeExpenditure.describe(msg`上年财政拨款收入总计、支出总计`),
  generalBudgetExpenditure: amount.describe(msg`上年一般公共预算财政拨款支出`),
  threePublic: strict({
    total: amount,
    abroad: amount,
    vehicle: amount,
    reception: amount,
  }).describe(msg`上年“三公”经费财政拨款支出`),
  operatingCosts: amount.describe(msg`上年机关运行经费支出`),
});

/** Why a figure changed against the prior year; a clause without the final 。 */
const changeReasonsSchema = strict({
  totals: text.optional().describe(msg`收、支总计变动原因`),
  fiscalTotals: text.optional().describe(msg`财政拨款收、支总计变动原因`),
  generalBudgetExpenditure: text.optional().describe(msg`一般公共预算财政拨款支出变动原因`),
  threePublic: text.optional().describe(msg`“三公”经费总体变动原因`),
  abroad: text.optional(),
  vehicle: text.optional().describe(msg`公务用车购置及运行维护费变动原因`),
  reception: text.optional().describe(msg`公务接待费变动原因`),
  operatingCosts: text.optional().describe(msg`机关运行经费变动原因`),
});

const incomeSchema = strict({
  generalBudget: amount.describe(msg`一般公共预算财政拨款收入`),
  governmentFund: amount.describe(msg`政府性基金预算财政拨款收入`),
  stateCapital: amount.describe(msg`国有资本经营预算财政拨款收入`),
  superiorSubsidy: amount.describe(msg`上级补助收入`),
  business: amount.describe(msg`事业收入`),
  operating: amount.describe(msg`经营收入`),
  subordinateRemittance: amount.describe(msg`附属单位上缴收入`),
  other: amount.describe(msg`其他收入`),
  total: amount.describe(msg`本年收入合计（按报表填列）`),
});

const expenditureSchema = strict({
  basic: amount.describe(msg`基本支出`),
  project: amount.describe(msg`项目支出`),
  remittanceToSuperior: amount.describe(msg`上缴上级支出`),
  operating: amount.describe(msg`经营支出`),
  subsidyToSubordinate: amount.describe(msg`对附属单位补助支出`),
  total: amount.describe(msg`本年支出合计（按报表填列）`),
});

/** 财政拨款收入总计、支出总计 with the 财政拨款 carry-overs (财政拨款收入支出决算总表). */
const byFundSchema = strict({
  generalBudget: amount.default(0).describe(msg`一般公共预算财政拨款`),
  governmentFund: amount.default(0).describe(msg`政府性基金预算财政拨款`),
  stateCapital: amount.default(0).describe(msg`国有资本经营预算财政拨款`),
});

const fiscalTotalsSchema = strict({
  income: amount.describe(msg`财政拨款收入总计`),
  expenditure: amount.describe(msg`财政拨款支出总计`),
  openingBalance: amount.default(0).describe(msg`年初财政拨款结转和结余`),
  closingBalance: amount.default(0).describe(msg`年末财政拨款结转和结余`),
  openingByFund: byFundSchema.optional().describe(msg`附表用：年初财政拨款结转和结余按预算类别的构成（为0时可不填）`),
  closingByFund: byFundSchema.optional().describe(msg`附表用：年末财政拨款结转和结余按预算类别的构成（为0时可不填）`),
});

/** 收入决算表 and 支出决算表 (公开02、03): one row per 功能分类 项, all funds. */
const byFunctionSchema = strict({
  code: functionalCode.describe(msg`功能分类科目编码（项级，7位）`),
  income: strict({
    fiscal: amount.default(0).describe(msg`财政拨款收入`),
    superiorSubsidy: amount.default(0).describe(msg`上级补助收入`),
    business: amount.default(0).describe(msg`事业收入`),
    operating: amount.default(0).describe(msg`经营收入`),
    subordinateRemittance: amount.default(0).describe(msg`附属单位上缴收入`),
    other: amount.default(0).describe(msg`其他收入`),
  }).default({ fiscal: 0, superiorSubsidy: 0, business: 0, operating: 0, subordinateRemittance: 0, other: 0 }),
  expenditure: strict({
    basic: amount.default(0).describe(msg`基本支出`),
    project: amount.default(0).describe(msg`项目支出`),
    remittanceToSuperior: amount.default(0).describe(msg`上缴上级支出`),
    operating: amount.default(0).describe(msg`经营支出`),
    subsidyToSubordinate: amount.default(0).describe(msg`对附属单位补助支出`),
  }).default({ basic: 0, project: 0, remittanceToSuperior: 0, operating: 0, subsidyToSubordinate: 0 }),
});

/** 收入总计 and 支出总计 with the carry-over lines that make them differ from 合计. */
const totalsSchema = strict({
  income: amount.describe(msg`收入总计`),
  expenditure: amount.describe(msg`支出总计`),
  openingBalance: amount.describe(msg`年初结转和结余`),
  nonFiscalBalanceUsed: amount.describe(msg`使用非财政拨款结余（含专用结余）`),
  balanceAllocation: amount.describe(msg`结余分配`),
  closingBalance: amount.describe(msg`年末结转和结余`),
});

/** One 经济分类 类 of a 项's spending, split into 基本支出 and 项目支出 (附表 detail). */
const economicSplitSchema = strict({
  code: economicCode.describe(msg`经济分类“类”编码，如"301"`),
  basic: amount.default(0).describe(msg`其中基本支出`),
  project: amount.default(0).describe(msg`其中项目支出`),
});

const functionalItemSchema = strict({
  code: functionalCode.describe(msg`功能分类科目编码（项级，7位）`),
  actual: amount.describe(msg`决算数`),
  budget: amount.describe(msg`预算数（调整预算）`),
  reason: text.optional().describe(msg`决算数与预算数不一致的主要原因`),
  name: text.optional().describe(msg`本单位使用的项级科目名称（优先于科目目录；也可在 functionalCodes 中给出）`),
  definition: text.optional().describe(msg`项级科目说明（用于名词解释；优先于科目目录）`),
  economic: z
    .array(economicSplitSchema)
    .optional()
    .describe(msg`附表用：本项支出按经济分类“类”及基本、项目支出的构成（各类基本、项目支出之和等于决算数）`),
  opening: amount.optional().describe(msg`附表用（政府性基金、国有资本经营）：本项年初结转和结余`),
  closing: amount.optional().describe(msg`附表用（政府性基金、国有资本经营）：本项年末结转和结余`),
});

/** A 类/款/项 the bundled catalog lacks, or names differently in the unit's edition. */
const functionalCodeNameSchema = strict({
  code: functionalCode.describe(msg`功能分类科目编码：类3位、款5位、项7位`),
  name: text.describe(msg`科目名称，如“文化和旅游”`),
  definition: text.optional().describe(msg`项级科目的说明（名词解释用），如“指……的支出。”`),
});

const functionalClassSchema = strict({
  code: functionalCode.describe(msg`功能分类科目编码（类级，3位）`),
  actual: amount.describe(msg`该类决算数（按报表填列）`),
});

const generalBudgetSchema = strict({
  actual: amount.describe(msg`一般公共预算财政拨款支出决算数`),
  budget: amount.describe(msg`一般公共预算财政拨款支出预算数`),
  reason: text.optional().describe(msg`决算数与预算数不一致的主要原因`),
  classes: z.array(functionalClassSchema).min(1).describe(msg`按功能分类“类”列示的支出，按报表顺序（含0值类）`),
  items: z.array(functionalItemSchema).min(1).describe(msg`按功能分类“项”列示的支出`),
});

const fundBudgetSchema = strict({
  actual: amount,
  items: z.array(functionalItemSchema).describe(msg`按功能分类“项”列示的支出；无则为空数组`),
});

const budgetReason = text.optional().describe(msg`决算数与预算数不一致的主要原因`);

const budgetedSpendingSchema = strict({ actual: amount, budget: amount, reason: budgetReason });

const basicExpenditureSchema = strict({
  actual: amount.describe(msg`一般公共预算财政拨款基本支出（按报表填列）`),
  personnel: amount.describe(msg`人员经费`),
  personnelIncludes: text.describe(msg`人员经费主要包括的内容（顿号分隔）`),
  publicCosts: amount.describe(msg`公用经费`),
  publicCostsIncludes: text.describe(msg`公用经费主要包括的内容（顿号分隔）`),
  economic: z
    .array(strict({ code: economicCode.describe(msg`经济分类“款”编码，如"30101"`), amount }))
    .optional()
    .describe(msg`附表用：基本支出按经济分类“款”列示（人员经费为301、303类之和，公用经费为其余各类之和）`),
});

const vehiclePurchaseKind = strict({ count, amount });

const threePublicSchema = strict({
  total: budgetedSpendingSchema.describe(msg`“三公”经费财政拨款支出合计`),
  abroad: strict({
    actual: amount,
    budget: amount,
    reason: budgetReason,
    groups: count.describe(msg`因公出国（境）团组数`),
    people: count.describe(msg`因公出国（境）人数`),
  }),
  vehicle: strict({
    actual: amount,
    budget: amount,
    reason: budgetReason,
    purchase: strict({
      actual: amount.describe(msg`公务用车购置支出`),
      budget: amount.optional().describe(msg`附表用：公务用车购置费预算数（与运行维护费预算数之和等于公务用车预算数）`),
      sedan: vehiclePurchaseKind.describe(msg`轿车`),
      suv: vehiclePurchaseKind.describe(msg`越野车`),
      bus: vehiclePurchaseKind.describe(msg`载客汽车`),
    }),
    fleet: strict({ sedan: count, suv: count, bus: count }).describe(msg`年末公务用车保有量`),
    operation: strict({
      actual: amount.describe(msg`公务用车运行维护费`),
      budget: amount.optional().describe(msg`附表用：公务用车运行维护费预算数`),
      insurance: amount.describe(msg`保险费`),
      fuel: amount.describe(msg`油费`),
      repair: amount.describe(msg`维修费`),
      other: amount.optional().describe(msg`其他（过路过桥费等）`),
    }),
  }),
  reception: strict({
    actual: amount,
    budget: amount,
    reason: budgetReason,
    domestic: strict({
      actual: amount,
      batches: count,
      people: count,
      purpose: text.optional().describe(msg`主要用途（没有国内公务接待时可不填）`),
      details: text.optional().describe(msg`具体内容`),
    }),
    foreign: strict({ actual: amount, batches: count, people: count }),
  }),
  governmentFundPart: strict({
    abroad: budgetedSpendingSchema,
    vehiclePurchase: budgetedSpendingSchema,
    vehicleOperation: budgetedSpendingSchema,
    reception: budgetedSpendingSchema,
  })
    .optional()
    .describe(msg`2020—2021年度附表用：“三公”经费中由政府性基金预算财政拨款安排的部分（单位没有政府性基金收支时可不填，视为0）`),
});

const procurementSchema = strict({
  total: amount.describe(msg`政府采购支出总额`),
  goods: amount,
  works: amount,
  services: amount,
  purpose: text.optional().describe(msg`主要用途`),
  smeContracts: amount.describe(msg`授予中小企业合同金额`),
  smallMicroContracts: amount.describe(msg`其中授予小微企业合同金额`),
});

const assetsSchema = strict({
  asOf: isoDate.describe(msg`统计截止日期`),
  vehicles: strict({
    total: count,
    leaders: count.describe(msg`主要领导干部用车`),
    confidential: count.describe(msg`机要通信用车`),
    emergency: count.describe(msg`应急保障用车`),
    lawEnforcement: count.describe(msg`执法执勤用车`),
    specialProfessional: count.optional().describe(msg`特种专业技术用车`),
    other: count.describe(msg`其他用车`),
  }),
  equipmentOverMillion: count.describe(msg`单价100万元以上设备（不含车辆）台（套）`),
});

const performanceManagementSchema = strict({
  priorAssessmentProjects: z.array(text).describe(msg`开展预算事前绩效评估的项目名称`),
  targetProjects: count.describe(msg`编制绩效目标的项目个数`),
  monitoredProjects: count.describe(msg`开展绩效监控的项目个数`),
  evaluationScope: text.describe(msg`绩效自评覆盖的预算范围`),
  departmentSelfScore: points.describe(msg`部门整体绩效自评得分`),
  departmentSummary: text.describe(msg`部门整体绩效自评综述`),
});

const organisationSchema = strict({
  subordinateUnits: strict({
    administrative: count.describe(msg`行政单位`),
    civilServantManaged: count.describe(msg`参照公务员法管理的事业单位`),
    otherPublicInstitutions: count.describe(msg`其他事业单位`),
    total: count.describe(msg`下属二级预算单位合计`),
  }),
  includedInAccounts: z.boolean().describe(msg`下属单位是否纳入本部门决算编制范围`),
  superior: text.optional().describe(msg`单位决算：本单位所属的主管部门，如“大竹县农业农村局”`),
  coveredUnits: z
    .array(text)
    .optional()
    .describe(msg`部门决算：纳入本部门决算编制范围的单位名称（含本级），如“某局本级”“某中心”`),
  internalDepartments: count.describe(msg`内设机构个数`),
  internalOffices: z.array(text).optional().describe(msg`内设机构名称（第一部分列出），如“办公室”“财务股”`),
  grassrootsOffices: count.optional().describe(msg`基层所（如司法所）个数`),
  grassrootsOfficeName: text.optional().describe(msg`基层所名称，如“基层司法所”`),
  affiliatedInstitutions: z.array(text).describe(msg`主要下属机构名称`),
});

/** What kind of institution the unit is (机构类别), as 第一部分 and the 名词解释 distinguish them. */
// text: vocabulary
export const INSTITUTION_KINDS = ['行政单位', '参照公务员法管理的事业单位', '事业单位', '其他'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
/** The kinds for which the 名词解释 defines 机关运行经费 (行政单位，含参照公务员法管理的事业单位). */
// text: vocabulary
export const KINDS_WITH_OPERATING_COSTS: readonly InstitutionKind[] = ['行政单位', '参照公务员法管理的事业单位'];
/** The kind a 公益一类/公益二类 class belongs to. */
// text: vocabulary
export const PUBLIC_INSTITUTION: InstitutionKind = '事业单位';
// text: vocabulary
export const PUBLIC_WELFARE_CLASSES = ['公益一类', '公益二类'] as const;
// text: vocabulary
export const BUDGET_LEVELS = ['一级预算单位', '二级预算单位', '三级预算单位'] as const;

/**
 * Published documents word it "本单位为公益一类事业单位" (大英县回马镇郪口小学校 2020,
 * https://dyrmt.com/article-111851-2.html) or "为…公益一类事业单位，属于县财政局一级预算单位"
 * (奉节县道路运输事务中心 2023). Optional: a data file without it validates as before, and
 * the checks that need it stay silent.
 */
const institutionSchema = strict({
  kind: z
    .enum(INSTITUTION_KINDS, { error: msg`单位性质应为“行政单位”“参照公务员法管理的事业单位”“事业单位”或“其他”` })
    .describe(msg`单位性质：行政单位、参照公务员法管理的事业单位、事业单位或其他`),
  publicWelfareClass: z
    .enum(PUBLIC_WELFARE_CLASSES, { error: msg`事业单位类别应为“公益一类”或“公益二类”` })
    .optional()
    .describe(msg`事业单位类别（公益一类、公益二类），如“本单位为公益一类事业单位”`),
  budgetLevel: z
    .enum(BUDGET_LEVELS, { error: msg`预算级次应为“一级预算单位”“二级预算单位”或“三级预算单位”` })
    .optional()
    .describe(msg`预算级次，如“属于县财政局一级预算单位”`),
});

const staffingSchema = strict({
  asOf: text.describe(msg`统计时点，如“2023年末”`),
  authorized: strict({
    total: count,
    parts: z.array(strict({ label: text, count })).describe(msg`编制构成，如事业编制、政法专项编制`),
  }),
  onDuty: strict({
    total: count,
    parts: z.array(strict({ label: text, count })).describe(msg`实有在岗人员构成`),
  }),
});

const narrativeSectionSchema = strict({
  heading: text.optional().describe(msg`小标题，如“履职效能”`),
  assetValue: strict({ asOf: text.describe(msg`时点，如“2023年末”`), current: amount, prior: amount })
    .optional()
    .describe(msg`资产总值及上年数（生成“资产总值X万元，比上年增长Y万元，增幅Z%”一句，置于本节段落之前）`),
  paragraphs,
});

const projectGroupSchema = strict({
  count: count.describe(msg`项目个数`),
  budget: amount.describe(msg`涉及预算总金额`),
  executionProgress: percentage.describe(msg`1—12月预算执行总体进度（%，取自预算执行系统）`),
  highBalanceCount: count.describe(msg`预算结余率大于10%的项目个数`),
});

const projectAnalysisSchema = strict({
  recurring: projectGroupSchema.describe(msg`常年项目`),
  oneOff: projectGroupSchema.describe(msg`阶段（一次性）项目`),
  decision: paragraphs.describe(msg`项目决策`),
  initialBudget: amount.describe(msg`项目资金年初预算（使用数取本年项目支出）`),
  targetAchievement: paragraphs.describe(msg`目标实现`),
});

const departmentEvaluationSchema = strict({
  budgetIncome: amount.describe(msg`年初预算收入`),
  budgetExpenditure: amount.describe(msg`年初预算支出`),
  overallAnalysis: z.array(narrativeSectionSchema).min(1).describe(msg`部门预算总体绩效分析`),
  projectAnalysis: projectAnalysisSchema.describe(msg`部门预算项目绩效分析`),
  keyAreas: text.describe(msg`重点领域绩效分析`),
  resultsApplication: paragraphs.describe(msg`绩效结果应用情况`),
  conclusion: text.describe(msg`评价结论（不含自评得分，得分取自部门整体自评）`),
  problems: paragraphs.describe(msg`存在问题`),
  suggestions: paragraphs.describe(msg`改进建议`),
});

const fundLine = strict({ initial: amount, adjusted: amount, executed: amount });

/** 指标性质 of an indicator judged in words: its 完成值 is one of QUALITATIVE_RESULTS. */
// text: vocabulary
export const QUALITATIVE = '定性';

/** The words a 定性 indicator's 完成值 may be, best first: their ranks (compute's scoring-config gives each a share of the weight). */
// text: vocabulary
export const QUALITATIVE_RESULTS = ['优', '良', '中', '低', '差'] as const;

const indicatorSchema = strict({
  level1: text.describe(msg`一级指标`),
  level2: shortCellText.describe(msg`二级指标`),
  name: cellText.describe(msg`三级指标`),
  operator: z.enum(['≥', '≤', '=', QUALITATIVE], { error: msg`指标性质应为 ≥、≤、= 或 定性` }),
  target: shortCellText.describe(msg`指标值`),
  unit: shortCellText.describe(msg`度量单位`),
  actual: shortCellText.optional().describe(msg`完成值`),
  weight: points.describe(msg`权重`),
  selfScore: selfScore.describe(msg`自评得分`),
  shortfallReason: cellText.optional().describe(msg`未完成原因分析`),
});

/**
 * Statements of the 专项预算项目绩效评价报告 that assert facts about the unit (how it
 * manages and evaluates its project funds). Given once for all projects in
 * `projectReportStatements`, and per project in `projects[].statements` where a project
 * differs. A statement left out is not printed (nor its heading where it is the whole
 * section): the tool never asserts for a unit what its data does not say.
 */
const projectStatementsSchema = strict({
  fundManagement: text.optional().describe(msg`一（三）预算安排及分配管理：预算金额之后的资金管理表述，如“项目资金由区司法局监管，并严格按照相关财经纪律执行。”`),
  goalSetting: text.optional().describe(msg`一（四）项目绩效目标设置：绩效目标之后的表述，如“组建自评工作组……及时跟进和落实。”`),
  presetQuestions: text.optional().describe(msg`二（二）预设问题及评价重点：接在“××经费”之后，如“严格按照专款专用原则，……确保资金使用安全。”`),
  evaluationSites: text.optional().describe(msg`二（三）评价选点，如“项目实际完成情况。”`),
  evaluationMethod: text.optional().describe(msg`二（四）评价方法，如“本次项目支出绩效评价采取分级评分法。”`),
  evaluationOrganisation: text.optional().describe(msg`二（五）评价组织，如“成立工作专班，落实工作责任，……开展2023年部门预算项目支出绩效自评工作。”`),
  decision: text.optional().describe(msg`三（一）1.项目决策，如“从综合评价来看，……整体情况良好。”`),
  management: text.optional().describe(msg`三（一）2.项目管理：资金到位情况之前的表述，如“从整体评价来看，……根据项目推进情况申请资金下达，”`),
  costControl: text.optional().describe(msg`三（一）2.项目管理：资金到位情况之后的表述，如“项目运行成本均在可控制范围内。”`),
  implementationLead: text.optional().describe(msg`三（一）3.项目实施：预算金额之前的表述，如“项目经费严格按照专款专用原则，”`),
  compliance: text.optional().describe(msg`三（一）3.项目实施：预算金额之后的表述，如“单位无截留、挤占、挪用、虚列支出等情况。”`),
});

const projectSchema = strict({
  name: text.describe(msg`项目简称，如“案件代理”`),
  code: text.describe(msg`项目编码`),
  title: text.describe(msg`项目全称（自评表“项目名称”中编码之后的部分）`),
  supervisor: text.describe(msg`主管部门`),
  implementer: text.describe(msg`实施单位`),
  annualGoal: text.describe(msg`项目年度目标`),
  goalCompletion: text.optional().describe(msg`年度目标完成情况`),
  implementationSummary: text.optional().describe(msg`项目实施内容及过程概述`),
  budget: strict({
    total: fundLine,
    fiscal: fundLine.describe(msg`财政资金`),
    fiscalSpecialAccount: fundLine.describe(msg`财政专户管理资金`),
    unitFunds: fundLine.describe(msg`单位资金`),
    other: fundLine.optional().describe(msg`其他资金`),
  }),
  executionWeight: points.describe(msg`预算执行率权重`),
  executionSelfScore: selfScore.describe(msg`预算执行率自评得分`),
  executionReason: cellText
    .optional()
    .describe(msg`自评表预算执行“原因”栏：预算执行率未达到90%的原因，年中调整预算的理由（100字以内）`),
  indicators: z.array(indicatorSchema).min(1),
  report: strict({
    usage: text.describe(msg`资金主要用途（“主要用于……等方面的工作”中的内容）`),
    basis: text.describe(msg`项目立项、资金申报的依据`),
    content: text.describe(msg`项目主要内容、部门职能`),
    purpose: paragraphs.describe(msg`实施目的及支持方向`),
    goals: text.describe(msg`项目绩效目标设置`),
    results: paragraphs.describe(msg`项目结果`),
    duration: text.describe(msg`项目完成时效，如“6个月”“1年”`),
    suggestions: paragraphs.describe(msg`报告“六、改进建议”（与自评表中的“改进措施”各自填写）`),
  }),
  statements: projectStatementsSchema.optional().describe(msg`本项目与 projectReportStatements 不同的表述`),
  conclusion: text.describe(msg`评价结论（自评表与报告共用）`),
  problems: paragraphs.describe(msg`存在问题`),
  improvements: paragraphs.describe(msg`自评表“改进措施”`),
  projectLeader: text.describe(msg`项目负责人`),
  financeLeader: text.describe(msg`财务负责人`),
  selfEvaluationSummary: text.describe(msg`绩效自评综述（用于部门决算说明“预算绩效管理情况”）`),
});

const departmentIndicatorSchema = strict({
  level1: text,
  level2: shortCellText,
  name: shortCellText,
  weight: points,
  explanation: cellText,
  scoringRule: wideCellText,
  selfScore: selfScore,
  note: shortCellText.optional(),
});

export const unitYearSchema = strict({
  $schema: z.string().optional().describe(msg`JSON Schema 路径，供编辑器补全与校验`),
  pack: z
    .string({ error: msg`模板包名称应为文字，如"sichuan-2023"` })
    .optional()
    .describe(msg`文字模板包（templates/ 下的文件夹名），如“sichuan-2023”；不填则按年度和决算层级选用`),
  templateSet: z.string().optional().describe(msg`已更名为 pack；仍可使用，但请改写为 pack`),
  options: wordingOptionsSchema.optional().describe(msg`文字选项（旧写法，仍可使用）：现写在 style 中`),
  style: styleSchema.optional(),
  level: z
    .enum(ACCOUNTS_LEVELS, { error: msg`决算层级应为“部门”或“单位”` })
    // text: vocabulary
    .default('部门')
    .describe(msg`决算层级：“部门”（部门决算，汇总所属单位）或“单位”（单位决算）`),
  sharePolicy: z
    .enum(SHARE_POLICIES, { error: msg`占比取舍方式应为 independent、last-absorbs 或 largest-remainder` })
    .optional()
    .describe(
      msg`各项占比的取舍（旧写法，仍可使用；现写在 style.numbers.share.policy）：independent 各项占比各自按金额÷合计四舍五入（默认，与计算器核对一致，合计可能为99.99%或100.01%）；last-absorbs 凑足100%，由最后一个非零项吸收舍入差；largest-remainder 凑足100%，最大余额法`,
    ),
  year: z.number().int().min(2000).max(2100).describe(msg`决算年度`),
  documentDate: isoDate.describe(msg`文档日期（写入文件属性，不取系统时间）`),
  unit: strict({
    name: text.describe(msg`单位全称`),
    shortName: text.describe(msg`单位简称，如“安居区司法局”`),
    agencyShortName: text.describe(msg`行文中的机关简称，如“区司法局”`),
  }),
  facts: z
    .record(z.string().regex(/^[\p{L}\p{N}_]+$/u, { error: msg`事实名只能由文字、数字和下划线组成` }), z.union([z.number(), text]))
    .default({})
    .describe(msg`叙述中多处引用的事实，文字中以 \${名称} 引用`),
  profile: strict({
    duties: paragraphs.describe(msg`部门职责，每条一项`),
    organisation: organisationSchema,
    institution: institutionSchema.optional().describe(msg`单位性质与预算级次（不填则不核对机关运行经费等只适用于某类单位的数字）`),
    staffing: staffingSchema,
  }),
  accounts: strict({
    totals: totalsSchema,
    income: incomeSchema,
    expenditure: expenditureSchema,
    fiscalTotals: fiscalTotalsSchema,
    byFunction: z
      .array(byFunctionSchema)
      .optional()
      .describe(msg`附表用（收入决算表、支出决算表）：按功能分类“项”列示的各项收入和支出，含全部资金`),
    generalBudget: generalBudgetSchema,
    governmentFund: fundBudgetSchema.describe(msg`政府性基金预算财政拨款支出`),
    stateCapital: fundBudgetSchema.describe(msg`国有资本经营预算财政拨款支出`),
    basicExpenditure: basicExpenditureSchema.describe(msg`一般公共预算财政拨款基本支出`),
    threePublic: threePublicSchema,
    operatingCosts: amount.describe(msg`机关运行经费支出`),
    procurement: procurementSchema,
    assets: assetsSchema,
  }),
  functionalCodes: z
    .array(functionalCodeNameSchema)
    .default([])
    .describe(msg`科目目录中没有（或本年度名称不同）的功能分类科目：类、款、项均可，名称优先于目录`),
  priorYear: priorYearSchema,
  changeReasons: changeReasonsSchema,
  performanceManagement: performanceManagementSchema,
  departmentEvaluation: departmentEvaluationSchema.optional().describe(msg`附件1 部门（单位）预算绩效评价报告；不填则不附`),
  departmentIndicators: strict({
    title: text.describe(msg`指标体系表标题`),
    indicators: z.array(departmentIndicatorSchema).min(1),
  })
    .optional()
    .describe(msg`附件1 的部门整体支出绩效评价指标体系表；不填则不附`),
  projectReportStatements: projectStatementsSchema.default({}).describe(msg`专项预算项目绩效评价报告中适用于各项目的本单位表述`),
  projects: z.array(projectSchema),
});

export type UnitYear = z.output<typeof unitYearSchema>;
export type UnitYearInput = z.input<typeof unitYearSchema>;
export type FunctionalItem = z.output<typeof functionalItemSchema>;
export type Project = z.output<typeof projectSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export type ProjectStatements = z.output<typeof projectStatementsSchema>;
export type FunctionalCodeName = z.output<typeof functionalCodeNameSchema>;
