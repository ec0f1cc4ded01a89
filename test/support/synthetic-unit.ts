/**
 * Synthetic units for the prose properties (issue 20, "Build"): takes a seed; returns a data
 * file's JSON (`UnitYearInput`, the format of data/<year>/<unit>.json) that validates and
 * passes every error check of the pipeline, the same object for the same seed.
 *
 * Each part of the data has its own function, which chooses the part's shape (zero, one line,
 * several, missing texts, texts ending in punctuation, up/down/flat against the prior year,
 * zero budgets, completions below/at/above 100%, …) and builds the figures so that every total
 * ties by construction: parts are chosen first, totals derived from them (never rejection
 * sampling). Amounts are kept as integer 分 of 万元 (hundredths) and turned into numbers only
 * when written out, so no sum ever carries a binary rounding error.
 *
 * Free texts never hold a year ("2023年"): the year-word property is about the templates' words.
 */
import type { UnitYearInput } from './unit-year-data.js';

type Input = UnitYearInput;
type Accounts = Input['accounts'];
type Project = Input['projects'][number];
type Item = Accounts['generalBudget']['items'][number];
type Statements = NonNullable<Input['projectReportStatements']>;

// ─── randomness ────────────────────────────────────────────────────────────────────────────

/** mulberry32: a small, well-mixed 32-bit PRNG; the same seed gives the same unit everywhere. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }

  /** `count` distinct elements of `list`, in the list's order. */
  some<T>(list: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(this.next() * list.length));
    return [...chosen].sort((a, b) => a - b).map((i) => list[i]!);
  }

  /** `total` 分 split into `n` non-negative parts; each part is 0 with probability `zero` (one is always kept when total > 0). */
  split(total: number, n: number, zero = 0): number[] {
    if (n === 0) return [];
    const weights: number[] = Array.from({ length: n }, () => (this.chance(zero) ? 0 : 0.2 + this.next()));
    if (total > 0 && !weights.some((x) => x > 0)) weights[this.int(0, n - 1)] = 1;
    const sumOfWeights = weights.reduce((a, b) => a + b, 0);
    if (sumOfWeights === 0) return weights.map(() => 0);
    const parts = weights.map((w) => Math.floor((total * w) / sumOfWeights));
    const last = weights.map((w, i) => (w > 0 ? i : -1)).filter((i) => i >= 0);
    parts[last[last.length - 1]!]! += total - parts.reduce((a, b) => a + b, 0);
    return parts;
  }

  /** 分 in [lo, hi] 万元 (`lo`, `hi` in 万元). */
  wan(lo: number, hi: number): number {
    return this.int(Math.round(lo * 100), Math.round(hi * 100));
  }
}

/** 分 → the JSON number (万元, at most two decimals; n / 100 prints as the decimal it is). */
const w = (fen: number): number => fen / 100;
const total = (list: readonly number[]): number => list.reduce((a, b) => a + b, 0);

/** A figure against another: equal, below, above, or zero, as the shape says. */
type Relation = 'zero' | 'equal' | 'below' | 'above';

function related(r: Random, base: number, relation: Relation): number {
  switch (relation) {
    case 'zero':
      return 0;
    case 'equal':
      return base;
    case 'below':
      return base === 0 ? 0 : Math.max(0, Math.round(base * (0.5 + 0.49 * r.next())));
    case 'above':
      return base === 0 ? r.wan(0.5, 50) : Math.round(base * (1.01 + 0.6 * r.next()));
  }
}

/** Prior-year figure: the same (flat), higher (a decrease), lower (an increase) or 0 (a new figure). */
function priorOf(r: Random, current: number): number {
  return related(r, current, r.pick<Relation>(['equal', 'below', 'above', 'above', 'below', 'zero']));
}

// ─── texts ─────────────────────────────────────────────────────────────────────────────────

/** A clause the template ends with its own punctuation: usually bare, sometimes ending as a clerk typed it. */
function clause(r: Random, text: string): string {
  return r.chance(0.25) ? text + r.pick(['。', '；', '，']) : text;
}

/** A complete sentence: usually with its full stop, sometimes without, sometimes with another mark. */
function sentence(r: Random, text: string): string {
  const roll = r.next();
  return roll < 0.7 ? `${text}。` : roll < 0.85 ? text : text + r.pick(['；', '，']);
}

/** An optional clause: left out (undefined) with probability `missing`. */
function maybe(r: Random, missing: number, make: () => string): string | undefined {
  return r.chance(missing) ? undefined : make();
}

const REASON_CAUSES = [
  '人员调动',
  '部分项目年末尚未完成结算',
  '上级追加专项资金',
  '落实过紧日子要求',
  '新增专项工作任务',
  '在职人员工资标准调整',
  '项目资金按进度拨付',
  '公务用车使用年限较长',
  '办公用房维修',
  '业务量增加',
];
const REASON_EFFECTS = ['相应支出变化', '支出有所增减', '资金需求变化', '据实结算', '按规定调整', '压减一般性支出'];

const reasonDecks = new WeakMap<Random, string[]>();

/**
 * A change or budget reason, as a clause: each one different within a unit, since a unit that
 * wrote the same reason into two fields would print a repeated clause no template made.
 */
function reasonText(r: Random): string {
  let deck = reasonDecks.get(r);
  if (!deck) {
    deck = REASON_CAUSES.flatMap((cause) => REASON_EFFECTS.map((effect) => `${cause}，${effect}`));
    for (let i = deck.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [deck[i], deck[j]] = [deck[j]!, deck[i]!];
    }
    reasonDecks.set(r, deck);
  }
  const next = deck.pop();
  if (next === undefined) throw new Error('a synthetic unit asked for more reasons than the generator holds');
  return clause(r, next);
}

const LIST_FIELDS = {
  personnel: [
    '基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、住房公积金',
    '基本工资、津贴补贴、奖金、职业年金缴费',
    '基本工资',
  ],
  publicCosts: ['办公费、印刷费、水电费、差旅费、公务用车运行维护费', '办公费、维修（护）费', '办公费'],
  reception: ['接待上级业务检查开支的用餐费', '接待兄弟单位交流学习', '接待督导检查'],
  receptionDetails: ['工作餐费', '用餐及住宿费用', '工作餐费、住宿费'],
  procurement: ['购置办公设备', '购置专用设备和信息系统运维服务', '办公用房维修'],
} as const;

/** A field that lists things (主要用于/主要包括): a list, or the literal "无" a clerk writes when there is nothing. */
function listField(r: Random, options: readonly string[], amount: number): string {
  if (amount === 0 ? r.chance(0.5) : r.chance(0.08)) return '无';
  return clause(r, r.pick(options));
}

// ─── the unit ──────────────────────────────────────────────────────────────────────────────

interface UnitKind {
  agency: string;
  shortName: string;
  /** 行政单位 (incl. 参公) or 事业单位: only a 事业单位 has 事业收入, 经营收入/支出, 结余分配. */
  institution: boolean;
  /** The functional classes the unit spends on, most typical first. */
  classes: readonly string[];
}

const KINDS: readonly UnitKind[] = [
  { agency: '司法局', shortName: '司法局', institution: false, classes: ['204', '208', '210', '221'] },
  { agency: '民政局', shortName: '民政局', institution: false, classes: ['208', '201', '210', '221'] },
  { agency: '农业农村局', shortName: '农业农村局', institution: false, classes: ['213', '208', '210', '221'] },
  { agency: '档案馆', shortName: '档案馆', institution: true, classes: ['201', '208', '210', '221'] },
  { agency: '图书馆', shortName: '图书馆', institution: true, classes: ['207', '208', '210', '221'] },
  { agency: '文化馆', shortName: '文化馆', institution: true, classes: ['207', '208', '221'] },
  { agency: '实验中学', shortName: '实验中学', institution: true, classes: ['205', '208', '210', '221'] },
  { agency: '妇幼保健院', shortName: '妇幼保健院', institution: true, classes: ['210', '208', '221'] },
];

const PLACES = ['示例县', '示例区', '示例市', '样本县', '样本区'];

interface Who {
  name: string;
  shortName: string;
  agencyShortName: string;
  kind: UnitKind;
  level: '部门' | '单位';
  year: number;
}

function who(r: Random): Who {
  const kind = r.pick(KINDS);
  const place = r.pick(PLACES);
  return {
    name: `${place}${kind.agency}`,
    shortName: `${place}${kind.shortName}`,
    agencyShortName: `${place.slice(-1)}${kind.shortName}`,
    kind,
    level: r.chance(0.5) ? '部门' : '单位',
    year: r.int(2020, 2024),
  };
}

// ─── functional classification ─────────────────────────────────────────────────────────────

interface CodeEntry {
  code: string;
  name: string;
  definition?: string;
}

/** Classes, sections and items the generator spends on; every name is written into the data's functionalCodes. */
const GENERAL_CODES: Readonly<Record<string, { name: string; items: readonly [string, string, string][] }>> = {
  '201': {
    name: '一般公共服务支出',
    items: [
      ['2012601', '档案事务', '行政运行'],
      ['2012604', '档案事务', '档案馆'],
    ],
  },
  '204': {
    name: '公共安全支出',
    items: [
      ['2040601', '司法', '行政运行'],
      ['2040604', '司法', '基层司法业务'],
      ['2040605', '司法', '普法宣传'],
    ],
  },
  '205': {
    name: '教育支出',
    items: [
      ['2050203', '普通教育', '初中教育'],
      ['2050204', '普通教育', '高中教育'],
    ],
  },
  '207': {
    name: '文化旅游体育与传媒支出',
    items: [
      ['2070104', '文化和旅游', '图书馆'],
      ['2070109', '文化和旅游', '群众文化'],
    ],
  },
  '208': {
    name: '社会保障和就业支出',
    items: [
      ['2080505', '行政事业单位养老支出', '机关事业单位基本养老保险缴费支出'],
      ['2080506', '行政事业单位养老支出', '机关事业单位职业年金缴费支出'],
      ['2080201', '民政管理事务', '行政运行'],
    ],
  },
  '210': {
    name: '卫生健康支出',
    items: [
      ['2101101', '行政事业单位医疗', '行政单位医疗'],
      ['2101102', '行政事业单位医疗', '事业单位医疗'],
      ['2100403', '公共卫生', '妇幼保健机构'],
    ],
  },
  '213': {
    name: '农林水支出',
    items: [
      ['2130101', '农业农村', '行政运行'],
      ['2130135', '农业农村', '农业资源保护修复与利用'],
    ],
  },
  '221': { name: '住房保障支出', items: [['2210201', '住房改革支出', '住房公积金']] },
};

interface FundCode {
  class: readonly [string, string];
  section: readonly [string, string];
  item: readonly [string, string];
}

const FUND_CODES: Readonly<Record<'governmentFund' | 'stateCapital', readonly FundCode[]>> = {
  governmentFund: [
    { class: ['229', '其他支出'], section: ['22960', '彩票公益金安排的支出'], item: ['2296002', '用于社会福利的彩票公益金支出'] },
    { class: ['229', '其他支出'], section: ['22960', '彩票公益金安排的支出'], item: ['2296003', '用于体育事业的彩票公益金支出'] },
    { class: ['212', '城乡社区支出'], section: ['21208', '国有土地使用权出让收入安排的支出'], item: ['2120803', '城市建设支出'] },
  ],
  stateCapital: [
    {
      class: ['223', '国有资本经营预算支出'],
      section: ['22301', '解决历史遗留问题及改革成本支出'],
      item: ['2230105', '国有企业退休人员社会化管理补助支出'],
    },
  ],
};

/** Names for every code the unit uses, so the data validates whatever the bundled catalog holds. */
class CodeBook {
  private readonly entries = new Map<string, CodeEntry>();

  add(code: string, name: string, definition?: string): void {
    if (!this.entries.has(code)) this.entries.set(code, definition === undefined ? { code, name } : { code, name, definition });
  }

  list(): CodeEntry[] {
    return [...this.entries.values()].sort((a, b) => a.code.localeCompare(b.code));
  }
}

function definitionOf(name: string): string {
  return `反映用于${name}方面的支出。`;
}

// ─── money: the funds, then everything derived from them ───────────────────────────────────

/** One fiscal budget: 年初结转 + 本年收入 − 本年支出 = 年末结转 (财政拨款收入支出决算总表). */
interface Fund {
  opening: number;
  income: number;
  actual: number;
  closing: number;
}

function fund(r: Random, actual: number, carries: boolean): Fund {
  // A closing balance of up to a third of the year's spending.
  const closing = carries && r.chance(0.5) ? r.wan(0.5, Math.max(1, w(actual) / 3)) : 0;
  const openingRoom = actual + closing;
  const opening = carries && r.chance(0.5) ? Math.round(openingRoom * 0.3 * r.next()) : 0;
  return { opening, income: actual + closing - opening, actual, closing };
}

interface ItemPlan {
  code: string;
  actual: number;
  budget: number;
  reason: string | undefined;
  /** 基本支出 part (一般公共预算 only); the rest is 项目支出. */
  basic: number;
}

/** 一般公共预算 items: 2–4 classes of the unit's kind (now and then one class with one item), each with one or more items. */
function generalItems(
  r: Random,
  kind: UnitKind,
  actual: number,
  codes: CodeBook,
  atBudget: boolean,
): { classes: string[]; items: ItemPlan[] } {
  const shape = r.next();
  const classCount = shape < 0.15 ? 1 : Math.min(kind.classes.length, r.int(2, 4));
  const classes = shape < 0.15 ? [kind.classes[0]!] : r.some(kind.classes, classCount);
  const codesUsed: [string, string, string][] = [];
  for (const cls of classes) {
    const pool = GENERAL_CODES[cls]!.items;
    const single = shape < 0.15;
    codesUsed.push(...(single ? [pool[0]!] : r.some(pool, r.int(1, pool.length))));
  }
  const amounts = r.split(actual, codesUsed.length, 0.12);
  const items = codesUsed.map(([code, section, item], i): ItemPlan => {
    const cls = code.slice(0, 3);
    codes.add(cls, GENERAL_CODES[cls]!.name);
    codes.add(code.slice(0, 5), section);
    codes.add(code, item, definitionOf(item));
    const itemActual = amounts[i]!;
    const budget = atBudget ? itemActual : related(r, itemActual, r.pick<Relation>(['equal', 'equal', 'below', 'above', 'zero']));
    const reason = budget === itemActual ? undefined : maybe(r, 0.4, () => reasonText(r));
    return { code, actual: itemActual, budget, reason, basic: 0 };
  });
  return { classes: [...new Set(codesUsed.map(([code]) => code.slice(0, 3)))], items };
}

function fundItems(r: Random, key: 'governmentFund' | 'stateCapital', actual: number, codes: CodeBook): ItemPlan[] {
  const pool = FUND_CODES[key];
  const chosen = r.some(pool, r.chance(0.7) ? 1 : 2);
  const amounts = r.split(actual, chosen.length, 0.1);
  return chosen.map((entry, i) => {
    codes.add(entry.class[0], entry.class[1]);
    codes.add(entry.section[0], entry.section[1]);
    codes.add(entry.item[0], entry.item[1], definitionOf(entry.item[1]));
    const itemActual = amounts[i]!;
    const budget = related(r, itemActual, r.pick<Relation>(['equal', 'below', 'above']));
    const reason = budget === itemActual ? undefined : maybe(r, 0.5, () => reasonText(r));
    return { code: entry.item[0], actual: itemActual, budget, reason, basic: 0 };
  });
}

/** The 基本支出 part of each 一般公共预算 item; their sum is the 一般公共预算财政拨款基本支出. */
function assignBasic(r: Random, items: ItemPlan[]): number {
  for (const item of items) {
    const roll = r.next();
    item.basic = roll < 0.45 ? item.actual : roll < 0.75 ? 0 : Math.round(item.actual * r.next());
  }
  return total(items.map((i) => i.basic));
}

/** The three fiscal budgets: 一般公共预算 (its items, each split into 基本 and 项目), 政府性基金, 国有资本经营. */
interface Fiscal {
  funds: Record<'generalBudget' | 'governmentFund' | 'stateCapital', Fund>;
  generalClasses: string[];
  generalItems: ItemPlan[];
  /** 一般公共预算财政拨款基本支出: the items' 基本 parts. */
  generalBasic: number;
  fundItems: Record<'governmentFund' | 'stateCapital', ItemPlan[]>;
}

function fiscal(r: Random, kind: UnitKind, carries: boolean, codes: CodeBook): Fiscal {
  // 一般公共预算: nearly always; a 事业单位 may live on its own income.
  const gbActual = kind.institution && r.chance(0.05) ? 0 : r.wan(40, 4000);
  // Now and then every item is at budget (100%), so the 一般公共预算 as a whole is too.
  const general = generalItems(r, kind, gbActual, codes, r.chance(0.2));
  const generalBasic = assignBasic(r, general.items);
  const gfActual = r.chance(0.3) ? r.wan(1, 600) : 0;
  const scActual = r.chance(0.1) ? r.wan(1, 80) : 0;
  return {
    funds: {
      generalBudget: fund(r, gbActual, carries),
      governmentFund: fund(r, gfActual, carries && gfActual > 0),
      stateCapital: fund(r, scActual, false),
    },
    generalClasses: general.classes,
    generalItems: general.items,
    generalBasic,
    fundItems: {
      // A 政府性基金 item may be listed with nothing spent on it.
      governmentFund: gfActual > 0 || r.chance(0.1) ? fundItems(r, 'governmentFund', gfActual, codes) : [],
      stateCapital: scActual > 0 ? fundItems(r, 'stateCapital', scActual, codes) : [],
    },
  };
}

/** Money that is not 财政拨款: its income sources, carry-overs and spending by kind. */
interface NonFiscal {
  income: { superiorSubsidy: number; business: number; operating: number; subordinateRemittance: number; other: number };
  opening: number;
  /** 使用非财政拨款结余 and 结余分配 (a 事业单位's). */
  used: number;
  allocation: number;
  spending: { basic: number; project: number; remittanceToSuperior: number; operating: number; subsidyToSubordinate: number };
  closing: number;
}

function nonFiscal(r: Random, kind: UnitKind, carries: boolean, generalBudget: number): NonFiscal {
  // 事业收入 and 经营收入 only for a 事业单位.
  const operatingIncome = kind.institution && r.chance(0.3) ? r.wan(5, 300) : 0;
  const income = {
    superiorSubsidy: r.chance(kind.institution ? 0.2 : 0.1) ? r.wan(1, 200) : 0,
    business: kind.institution && (generalBudget === 0 || r.chance(0.75)) ? r.wan(10, 5000) : 0,
    operating: operatingIncome,
    subordinateRemittance: kind.institution && r.chance(0.15) ? r.wan(1, 100) : 0,
    other: r.chance(0.35) ? r.wan(0.1, 60) : 0,
  };
  const opening = carries && r.chance(0.6) ? r.wan(1, 500) : 0;
  const used = kind.institution && r.chance(0.2) ? r.wan(1, 80) : 0;
  const available = total(Object.values(income)) + opening + used;
  const allocation = kind.institution && available > 0 && r.chance(0.2) ? Math.round(available * 0.05 * r.next()) : 0;
  const spendable = available - allocation;
  const spent = carries ? Math.round(spendable * (0.6 + 0.4 * r.next())) : spendable;
  const operating = operatingIncome > 0 ? Math.min(spent, Math.round(operatingIncome * (0.5 + 0.6 * r.next()))) : 0;
  const [basic, project, remittance, subsidy] = r.split(spent - operating, 4, 0.5) as [number, number, number, number];
  // What is not passed on as 上缴上级 or 对附属单位补助 stays 项目支出, so the kinds still add up.
  const remittanceToSuperior = kind.institution && r.chance(0.3) ? remittance : 0;
  const subsidyToSubordinate = r.chance(0.3) ? subsidy : 0;
  return {
    income,
    opening,
    used,
    allocation,
    spending: {
      basic,
      project: project + remittance - remittanceToSuperior + subsidy - subsidyToSubordinate,
      remittanceToSuperior,
      operating,
      subsidyToSubordinate,
    },
    closing: spendable - spent,
  };
}

function basicExpenditure(r: Random, generalBasic: number): Accounts['basicExpenditure'] {
  const personnel = Math.round(generalBasic * (0.6 + 0.4 * r.next()));
  return {
    actual: w(generalBasic),
    personnel: w(personnel),
    personnelIncludes: listField(r, LIST_FIELDS.personnel, personnel),
    publicCosts: w(generalBasic - personnel),
    publicCostsIncludes: listField(r, LIST_FIELDS.publicCosts, generalBasic - personnel),
  };
}

interface Money {
  accounts: Accounts;
  codes: CodeEntry[];
  fiscal: Fiscal;
  nonFiscal: NonFiscal;
}

/** The accounts: the fiscal and non-fiscal parts chosen, every total derived from them. */
function money(r: Random, unit: Who): Money {
  const codes = new CodeBook();
  const carries = r.chance(0.45);
  const f = fiscal(r, unit.kind, carries, codes);
  const n = nonFiscal(r, unit.kind, carries, f.funds.generalBudget.actual);
  const funds = Object.values(f.funds);
  const fiscalOpening = total(funds.map((x) => x.opening));
  const fiscalClosing = total(funds.map((x) => x.closing));
  const incomeLines = {
    generalBudget: f.funds.generalBudget.income,
    governmentFund: f.funds.governmentFund.income,
    stateCapital: f.funds.stateCapital.income,
    ...n.income,
  };
  const fiscalProject = f.funds.generalBudget.actual - f.generalBasic + f.funds.governmentFund.actual + f.funds.stateCapital.actual;
  const expenditureLines = { ...n.spending, basic: f.generalBasic + n.spending.basic, project: fiscalProject + n.spending.project };
  const incomeTotal = total(Object.values(incomeLines));
  const expenditureTotal = total(Object.values(expenditureLines));
  // Now and then 收入总计 ≠ 支出总计 (a warning the reviewer answers, not a refusal): a closing balance off by a little.
  const mismatch = carries && r.chance(0.1) ? r.wan(0.01, 5) : 0;
  const opening = fiscalOpening + n.opening;
  const closing = fiscalClosing + n.closing + mismatch;
  const items = f.generalItems;
  const gbActual = f.funds.generalBudget.actual;
  const gbBudget = total(items.map((i) => i.budget));
  const basic = basicExpenditure(r, f.generalBasic);

  const accounts: Accounts = {
    totals: {
      income: w(incomeTotal + opening + n.used),
      expenditure: w(expenditureTotal + n.allocation + closing),
      openingBalance: w(opening),
      nonFiscalBalanceUsed: w(n.used),
      balanceAllocation: w(n.allocation),
      closingBalance: w(closing),
    },
    income: { ...mapValues(incomeLines, w), total: w(incomeTotal) },
    expenditure: { ...mapValues(expenditureLines, w), total: w(expenditureTotal) },
    fiscalTotals: {
      income: w(total(funds.map((x) => x.income)) + fiscalOpening),
      expenditure: w(total(funds.map((x) => x.actual)) + fiscalClosing),
      openingBalance: w(fiscalOpening),
      closingBalance: w(fiscalClosing),
    },
    generalBudget: {
      actual: w(gbActual),
      budget: w(gbBudget),
      ...optional('reason', gbBudget === gbActual ? undefined : maybe(r, 0.35, () => reasonText(r))),
      classes: f.generalClasses.map((code) => ({
        code,
        actual: w(total(items.filter((i) => i.code.startsWith(code)).map((i) => i.actual))),
      })),
      items: items.map(itemJson),
    },
    governmentFund: { actual: w(f.funds.governmentFund.actual), items: f.fundItems.governmentFund.map(itemJson) },
    stateCapital: { actual: w(f.funds.stateCapital.actual), items: f.fundItems.stateCapital.map(itemJson) },
    basicExpenditure: basic,
    threePublic: threePublic(r),
    // 机关运行经费 is a 行政单位's (and 参公's) figure, at most its 公用经费; a 事业单位 reports none.
    operatingCosts: unit.kind.institution || r.chance(0.1) ? 0 : Math.min(basic.publicCosts, w(r.wan(0, 200))),
    procurement: procurement(r),
    assets: assets(r, unit.year),
  };
  return { accounts, codes: codes.list(), fiscal: f, nonFiscal: n };
}

function itemJson(item: ItemPlan): Item {
  return { code: item.code, actual: w(item.actual), budget: w(item.budget), ...optional('reason', item.reason) };
}

function mapValues<K extends string>(record: Record<K, number>, f: (v: number) => number): Record<K, number> {
  return Object.fromEntries(Object.entries<number>(record).map(([k, v]) => [k, f(v)])) as Record<K, number>;
}

/** `{ key: value }` when the value is there, `{}` when not: optional fields are left out, never undefined. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

// ─── “三公”经费 ─────────────────────────────────────────────────────────────────────────────

type ThreePublic = Accounts['threePublic'];

function budgeted(r: Random, actual: number): { actual: number; budget: number; reason?: string } {
  const budget = related(r, actual, r.pick<Relation>(['equal', 'equal', 'below', 'above', 'zero']));
  const reason = budget === actual ? undefined : maybe(r, 0.5, () => reasonText(r));
  return { actual: w(actual), budget: w(budget), ...optional('reason', reason) };
}

function threePublic(r: Random): ThreePublic {
  // Whole 三公 zero for a quarter of the units; otherwise each part on its own.
  const none = r.chance(0.25);
  const abroadActual = !none && r.chance(0.12) ? r.wan(1, 30) : 0;
  const groups = abroadActual > 0 ? r.int(1, 3) : 0;
  const abroad = { ...budgeted(r, abroadActual), groups, people: groups * r.int(1, 4) };

  const vehicleUsed = !none && r.chance(0.6);
  const purchaseKinds = (['sedan', 'suv', 'bus'] as const).map((kind) => {
    const count = vehicleUsed && r.chance(0.1) ? r.int(1, 2) : 0;
    return { kind, count, amount: count * r.wan(8, 25) };
  });
  const purchaseActual = total(purchaseKinds.map((k) => k.amount));
  const operationParts = vehicleUsed ? [r.wan(0.3, 3), r.wan(0.5, 8), r.chance(0.7) ? r.wan(0.2, 5) : 0] : [0, 0, 0];
  const otherOperation = vehicleUsed && r.chance(0.3) ? r.wan(0.1, 1) : undefined;
  const operationActual = total(operationParts) + (otherOperation ?? 0);
  const vehicleActual = purchaseActual + operationActual;
  const vehicle = budgeted(r, vehicleActual);
  const fleetCount = (): number => (vehicleUsed ? r.int(0, 3) : r.chance(0.1) ? 1 : 0);

  const receptionUsed = !none && r.chance(0.6);
  const domesticActual = receptionUsed ? r.wan(0.2, 12) : 0;
  const foreignActual = receptionUsed && r.chance(0.05) ? r.wan(0.5, 5) : 0;
  const batches = domesticActual > 0 ? r.int(1, 40) : 0;
  const foreignBatches = foreignActual > 0 ? r.int(1, 2) : 0;
  const reception = budgeted(r, domesticActual + foreignActual);

  const totalActual = abroadActual + vehicleActual + domesticActual + foreignActual;
  const totalBudget = Math.round(100 * (abroad.budget + vehicle.budget + reception.budget));
  const totalReason = totalBudget === totalActual ? undefined : maybe(r, 0.4, () => reasonText(r));
  const purposeMissing = domesticActual === 0 ? r.chance(0.6) : r.chance(0.15);
  const result: ThreePublic = {
    total: { actual: w(totalActual), budget: w(totalBudget), ...optional('reason', totalReason) },
    abroad,
    vehicle: {
      ...vehicle,
      purchase: {
        actual: w(purchaseActual),
        sedan: { count: purchaseKinds[0]!.count, amount: w(purchaseKinds[0]!.amount) },
        suv: { count: purchaseKinds[1]!.count, amount: w(purchaseKinds[1]!.amount) },
        bus: { count: purchaseKinds[2]!.count, amount: w(purchaseKinds[2]!.amount) },
      },
      fleet: { sedan: fleetCount(), suv: fleetCount(), bus: fleetCount() },
      operation: {
        actual: w(operationActual),
        insurance: w(operationParts[0]!),
        fuel: w(operationParts[1]!),
        repair: w(operationParts[2]!),
        ...optional('other', otherOperation === undefined ? undefined : w(otherOperation)),
      },
    },
    reception: {
      ...reception,
      domestic: {
        actual: w(domesticActual),
        batches,
        people: batches * r.int(1, 8),
        ...optional('purpose', purposeMissing ? undefined : listField(r, LIST_FIELDS.reception, domesticActual)),
        ...optional(
          'details',
          domesticActual > 0 && r.chance(0.5) ? listField(r, LIST_FIELDS.receptionDetails, domesticActual) : undefined,
        ),
      },
      foreign: { actual: w(foreignActual), batches: foreignBatches, people: foreignBatches * r.int(2, 6) },
    },
  };
  return result;
}

// ─── other accounts ────────────────────────────────────────────────────────────────────────

function procurement(r: Random): Accounts['procurement'] {
  if (r.chance(0.3)) {
    return {
      total: 0,
      goods: 0,
      works: 0,
      services: 0,
      ...optional(
        'purpose',
        maybe(r, 0.6, () => '无'),
      ),
      smeContracts: 0,
      smallMicroContracts: 0,
    };
  }
  const sum = r.wan(1, 900);
  const [goods, works, services] = r.split(sum, 3, 0.45);
  const sme = related(r, sum, r.pick<Relation>(['equal', 'below', 'below', 'zero']));
  const smallMicro = related(r, sme, r.pick<Relation>(['equal', 'below', 'zero']));
  return {
    total: w(sum),
    goods: w(goods!),
    works: w(works!),
    services: w(services!),
    ...optional(
      'purpose',
      maybe(r, 0.3, () => listField(r, LIST_FIELDS.procurement, sum)),
    ),
    smeContracts: w(sme),
    smallMicroContracts: w(smallMicro),
  };
}

function assets(r: Random, year: number): Accounts['assets'] {
  const none = r.chance(0.45);
  const count = (): number => (none ? 0 : r.chance(0.35) ? r.int(1, 4) : 0);
  const vehicles = {
    leaders: count(),
    confidential: count(),
    emergency: count(),
    lawEnforcement: count(),
    other: count(),
  };
  const special = r.chance(0.2) ? count() : undefined;
  return {
    asOf: `${year}-12-31`,
    vehicles: { total: total(Object.values(vehicles)) + (special ?? 0), ...vehicles, ...optional('specialProfessional', special) },
    equipmentOverMillion: r.chance(0.2) ? r.int(1, 5) : 0,
  };
}

// ─── profile ───────────────────────────────────────────────────────────────────────────────

const DUTIES = [
  '贯彻执行国家和省、市有关方针政策和法律法规',
  '负责本行业发展规划的拟订和组织实施',
  '承担本单位职责范围内的公共服务工作',
  '负责本系统的安全生产和信访维稳工作',
  '完成上级交办的其他任务',
];

const INSTITUTIONS = ['示例服务中心', '示例管理所', '示例保障中心', '示例执法大队'];

function profile(r: Random, unit: Who): Input['profile'] {
  const duties = r.some(DUTIES, r.chance(0.15) ? 1 : r.int(2, 5)).map((d) => sentence(r, d));
  const hasSubordinates = unit.level === '部门' ? r.chance(0.6) : r.chance(0.1);
  const [administrative, civilServantManaged, otherPublicInstitutions] = hasSubordinates ? r.split(r.int(1, 6), 3, 0.4) : [0, 0, 0];
  const subordinateTotal = administrative! + civilServantManaged! + otherPublicInstitutions!;
  const includedInAccounts = subordinateTotal > 0 && r.chance(0.6);
  const subordinates = r.some(INSTITUTIONS, Math.min(subordinateTotal, INSTITUTIONS.length));
  const coveredUnits =
    unit.level === '部门' && includedInAccounts ? [`${unit.name}本级`, ...subordinates.map((s) => unit.name.slice(0, 3) + s)] : undefined;
  const authorizedParts = r.some(
    [
      { label: '行政编制', count: r.int(3, 40) },
      { label: '事业编制', count: r.int(3, 80) },
      { label: '工勤编制', count: r.int(1, 5) },
    ],
    r.int(1, 3),
  );
  const onDutyParts = authorizedParts.map((p) => ({ label: `${p.label}人员`, count: Math.max(0, p.count - r.int(0, 3)) }));
  return {
    duties,
    organisation: {
      subordinateUnits: {
        administrative: administrative!,
        civilServantManaged: civilServantManaged!,
        otherPublicInstitutions: otherPublicInstitutions!,
        total: subordinateTotal,
      },
      includedInAccounts,
      ...optional('superior', unit.level === '单位' && r.chance(0.6) ? `${unit.name.slice(0, 3)}人民政府` : undefined),
      ...optional('coveredUnits', coveredUnits),
      internalDepartments: r.int(1, 12),
      ...(r.chance(0.15) ? { grassrootsOffices: r.int(1, 10), grassrootsOfficeName: '基层所' } : {}),
      affiliatedInstitutions: subordinates.map((s) => unit.name.slice(0, 3) + s),
    },
    staffing: {
      asOf: `${unit.year}年末`,
      authorized: { total: total(authorizedParts.map((p) => p.count)), parts: authorizedParts },
      onDuty: { total: total(onDutyParts.map((p) => p.count)), parts: onDutyParts },
    },
  };
}

// ─── prior year and reasons ────────────────────────────────────────────────────────────────

function priorYear(r: Random, a: Accounts): Input['priorYear'] {
  const totals = priorOf(r, Math.round(a.totals.income * 100));
  // Usually 收、支总计 moved alike (as equal totals must); now and then not.
  const expenditure =
    a.totals.income === a.totals.expenditure && r.chance(0.85) ? totals : priorOf(r, Math.round(a.totals.expenditure * 100));
  // The prior year's figures nest as this year's do: 财政拨款 within 收入总计, 一般公共预算 within 财政拨款.
  const fiscal = Math.min(priorOf(r, Math.round(a.fiscalTotals.income * 100)), Math.min(totals, expenditure));
  const generalBudget = Math.min(priorOf(r, Math.round(a.generalBudget.actual * 100)), fiscal);
  const tp = a.threePublic;
  const abroad = priorOf(r, Math.round(tp.abroad.actual * 100));
  const vehicle = priorOf(r, Math.round(tp.vehicle.actual * 100));
  const reception = priorOf(r, Math.round(tp.reception.actual * 100));
  return {
    totals: { income: w(totals), expenditure: w(expenditure) },
    fiscalTotals: { income: w(fiscal), expenditure: w(fiscal) },
    generalBudgetExpenditure: w(generalBudget),
    threePublic: { total: w(abroad + vehicle + reception), abroad: w(abroad), vehicle: w(vehicle), reception: w(reception) },
    operatingCosts: w(a.operatingCosts === 0 ? 0 : priorOf(r, Math.round(a.operatingCosts * 100))),
  };
}

function changeReasons(r: Random): Input['changeReasons'] {
  const reason = (): string | undefined => maybe(r, 0.45, () => reasonText(r));
  return {
    ...optional('totals', reason()),
    ...optional('fiscalTotals', reason()),
    ...optional('generalBudgetExpenditure', reason()),
    ...optional('threePublic', reason()),
    ...optional('abroad', reason()),
    ...optional('vehicle', reason()),
    ...optional('reception', reason()),
    ...optional('operatingCosts', reason()),
  };
}

// ─── projects and evaluations ──────────────────────────────────────────────────────────────

const PROJECT_NAMES = ['法律援助', '档案数字化', '免费开放', '公共文化服务', '学生资助', '基本公共卫生服务', '农田建设管护', '普法宣传'];

function fundLine(r: Random, adjusted: number, initialShape: number): { initial: number; adjusted: number; executed: number } {
  const initial = initialShape < 0.2 ? 0 : initialShape < 0.6 ? adjusted : related(r, adjusted, r.pick<Relation>(['below', 'above']));
  const executed = related(r, adjusted, r.pick<Relation>(['equal', 'equal', 'below', 'above']));
  return { initial, adjusted, executed };
}

function addLines(...lines: { initial: number; adjusted: number; executed: number }[]) {
  return {
    initial: w(total(lines.map((l) => l.initial))),
    adjusted: w(total(lines.map((l) => l.adjusted))),
    executed: w(total(lines.map((l) => l.executed))),
  };
}

const toJsonLine = (l: { initial: number; adjusted: number; executed: number }) => ({
  initial: w(l.initial),
  adjusted: w(l.adjusted),
  executed: w(l.executed),
});

const INDICATORS: readonly (Pick<Project['indicators'][number], 'level1' | 'level2' | 'name' | 'operator' | 'target' | 'unit'> & {
  actuals: readonly string[];
})[] = [
  { level1: '产出指标', level2: '数量指标', name: '服务人次', operator: '≥', target: '200', unit: '人次', actuals: ['236', '180', '200'] },
  { level1: '产出指标', level2: '质量指标', name: '任务完成率', operator: '≥', target: '95', unit: '%', actuals: ['100', '96', '90'] },
  { level1: '产出指标', level2: '时效指标', name: '完成时限', operator: '≤', target: '12', unit: '月', actuals: ['12', '11'] },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '群众知晓度',
    operator: '定性',
    target: '显著提高',
    unit: '—',
    actuals: ['优', '良'],
  },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '服务对象满意度',
    operator: '≥',
    target: '90',
    unit: '%',
    actuals: ['95', '92', '88'],
  },
];

function indicators(r: Random, budgetPoints: number): Project['indicators'] {
  const chosen = r.some(INDICATORS, r.chance(0.15) ? 1 : r.int(2, 5));
  const weights = r.split(budgetPoints - chosen.length, chosen.length).map((x) => x + 1);
  return chosen.map(({ actuals, ...indicator }, k) => {
    const weight = weights[k]!;
    const actual = r.chance(0.1) ? undefined : r.pick(actuals);
    const score = r.chance(0.2) ? Math.round(weight * (0.8 + 0.2 * r.next()) * 10) / 10 : weight;
    return {
      ...indicator,
      ...optional('actual', actual),
      weight,
      selfScore: score,
      ...optional('shortfallReason', score < weight ? maybe(r, 0.5, () => reasonText(r)) : undefined),
    };
  });
}

const STATEMENT_TEXTS: Readonly<Record<keyof Statements, string>> = {
  fundManagement: '项目资金由单位财务股统一管理，专款专用',
  goalSetting: '绩效目标经单位领导班子会议审定',
  presetQuestions: '严格按照专款专用原则使用',
  evaluationSites: '项目实际完成情况',
  evaluationMethod: '本次项目支出绩效评价采取分级评分法',
  evaluationOrganisation: '成立工作专班，落实工作责任',
  decision: '从综合评价来看，项目立项依据充分，整体情况良好',
  management: '从整体评价来看，项目资金管理规范',
  costControl: '项目运行成本均在可控制范围内',
  implementationLead: '项目经费严格按照专款专用原则',
  compliance: '单位无截留、挤占、挪用、虚列支出等情况',
};

/** Statements of the project reports: each present or missing at random (a missing 项目决策 makes the report's analysis start at 2). */
function statements(r: Random, missing: number): Statements {
  const result: Statements = {};
  for (const [key, text] of Object.entries(STATEMENT_TEXTS) as [keyof Statements, string][]) {
    if (!r.chance(missing)) result[key] = sentence(r, text);
  }
  return result;
}

function project(r: Random, name: string, unit: Who, index: number): Project {
  const adjusted = r.chance(0.05) ? 0 : r.wan(1, 300);
  const initialShape = r.next();
  const parts = r.split(adjusted, 3, 0.6);
  const fiscal = fundLine(r, parts[0]!, initialShape);
  const special = fundLine(r, parts[1]!, initialShape);
  const unitFunds = fundLine(r, parts[2]!, initialShape);
  const other = r.chance(0.2) ? fundLine(r, r.chance(0.5) ? 0 : r.wan(0.5, 20), initialShape) : undefined;
  const lines = [fiscal, special, unitFunds, ...(other ? [other] : [])];
  const executionWeight = r.pick([10, 20]);
  const executed = total(lines.map((l) => l.executed));
  const adjustedTotal = total(lines.map((l) => l.adjusted));
  const executionScore =
    adjustedTotal === 0 ? 0 : Math.min(executionWeight, Math.round((executed / adjustedTotal) * executionWeight * 100) / 100);
  return {
    name,
    code: `5109${String(unit.year).slice(2)}23T0000000${String(index).padStart(2, '0')}`,
    title: `${name}项目`,
    supervisor: unit.name,
    implementer: unit.name,
    annualGoal: sentence(r, `完成${name}年度工作任务`),
    ...optional(
      'goalCompletion',
      maybe(r, 0.5, () => sentence(r, '年度目标基本完成')),
    ),
    ...optional(
      'implementationSummary',
      maybe(r, 0.6, () => sentence(r, '项目按计划组织实施')),
    ),
    budget: {
      total: addLines(...lines),
      fiscal: toJsonLine(fiscal),
      fiscalSpecialAccount: toJsonLine(special),
      unitFunds: toJsonLine(unitFunds),
      ...optional('other', other && toJsonLine(other)),
    },
    executionWeight,
    executionSelfScore: executionScore,
    indicators: indicators(r, 100 - executionWeight),
    report: {
      usage: r.chance(0.08) ? '无' : clause(r, `${name}相关工作`),
      basis: sentence(r, `《${name}工作实施方案》`),
      content: sentence(r, `组织开展${name}工作`),
      purpose: [sentence(r, `保障${name}工作顺利开展`)],
      goals: sentence(r, `按期完成${name}年度目标`),
      results: r.chance(0.3) ? [sentence(r, '全年任务全部完成'), sentence(r, '服务对象满意度较高')] : [sentence(r, '全年任务全部完成')],
      duration: r.pick(['1年', '6个月', '12个月']),
      suggestions: [sentence(r, '进一步加强项目管理')],
    },
    ...optional('statements', r.chance(0.2) ? statements(r, 0.5) : undefined),
    conclusion: clause(r, '项目资金使用规范，目标基本实现'),
    problems: [sentence(r, '项目执行进度有待加快')],
    improvements: [sentence(r, '加强项目执行监控')],
    projectLeader: '张示例',
    financeLeader: '李示例',
    selfEvaluationSummary: clause(r, `${name}工作按计划完成`),
  };
}

function projects(r: Random, unit: Who): Project[] {
  if (r.chance(0.35)) return [];
  const names = r.some(PROJECT_NAMES, r.chance(0.5) ? 1 : r.int(2, 3));
  return names.map((name, i) => project(r, name, unit, i + 1));
}

function performanceManagement(r: Random, list: readonly Project[]): Input['performanceManagement'] {
  const assessed = list.length === 0 ? [] : r.some(list, r.int(0, list.length)).map((p) => p.name);
  return {
    priorAssessmentProjects: assessed,
    targetProjects: list.length === 0 && r.chance(0.7) ? 0 : list.length + r.int(0, 3),
    monitoredProjects: list.length === 0 && r.chance(0.7) ? 0 : list.length + r.int(0, 2),
    evaluationScope: clause(r, r.pick(['基本支出和项目支出', '一般公共预算项目支出', '部门预算'])),
    departmentSelfScore: r.pick([85, 90.5, 92, 95, 100]),
    departmentSummary: clause(r, '全面完成年度工作任务，预算执行情况良好'),
  };
}

function departmentEvaluation(r: Random, a: Accounts, year: number): Input['departmentEvaluation'] {
  const section = (heading: string | undefined, withAsset: boolean, paragraph: string) => ({
    ...optional('heading', heading),
    ...optional(
      'assetValue',
      withAsset
        ? (() => {
            const current = r.wan(10, 9000);
            return { asOf: `${year}年末`, current: w(current), prior: w(priorOf(r, current)) };
          })()
        : undefined,
    ),
    paragraphs: [sentence(r, paragraph)],
  });
  const group = () => ({
    count: r.int(0, 6),
    budget: r.chance(0.2) ? 0 : r.wan(1, 900),
    executionProgress: r.pick([100, 96.45, 78.46, 0]),
    highBalanceCount: r.int(0, 2),
  });
  return {
    budgetIncome: w(related(r, Math.round(a.income.total * 100), r.pick<Relation>(['equal', 'below', 'above', 'zero']))),
    budgetExpenditure: w(related(r, Math.round(a.expenditure.total * 100), r.pick<Relation>(['equal', 'below', 'above']))),
    overallAnalysis: r.chance(0.5)
      ? [section(undefined, r.chance(0.5), '全年各项工作有序推进')]
      : [section('履职效能', r.chance(0.6), '全年各项工作有序推进'), section('管理效率', false, '内部管理制度健全')],
    projectAnalysis: {
      recurring: group(),
      oneOff: group(),
      decision: [sentence(r, '项目均经单位领导班子会议研究确定')],
      initialBudget: w(related(r, Math.round(a.expenditure.project * 100), r.pick<Relation>(['equal', 'below', 'above', 'zero']))),
      targetAchievement: [sentence(r, '各项目绩效目标基本实现')],
    },
    keyAreas: sentence(r, '本单位不涉及国有资本和债券资金'),
    resultsApplication: [sentence(r, '将绩效评价结果作为下年预算安排的重要依据')],
    conclusion: clause(r, '部门整体支出绩效良好'),
    problems: [sentence(r, '部分项目预算执行进度偏慢')],
    suggestions: [sentence(r, '加快项目实施进度')],
  };
}

function departmentIndicators(r: Random): Input['departmentIndicators'] {
  const rows = [
    { level1: '部门预算管理', level2: '预算编制', name: '目标制定' },
    { level1: '部门预算管理', level2: '预算执行', name: '支出进度' },
    { level1: '履职效能', level2: '履职效能', name: '目标完成' },
  ];
  const chosen = r.chance(0.2) ? rows.slice(0, 1) : rows;
  const weights = r.split(100 - chosen.length, chosen.length).map((x) => x + 1);
  return {
    title: '部门整体支出绩效评价指标体系',
    indicators: chosen.map((row, k) => ({
      ...row,
      weight: weights[k]!,
      explanation: '评价目标完成情况。',
      scoringRule: '按完成比例计分。',
      selfScore: Math.round(weights[k]! * (0.8 + 0.2 * r.next()) * 10) / 10,
    })),
  };
}

// ─── 附表 detail ─────────────────────────────────────────────────────────────────────────────

const ECONOMIC_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  '301': ['30101', '30102', '30107', '30108', '30113'],
  '303': ['30302', '30305'],
  '302': ['30201', '30205', '30211', '30231', '30299'],
  '310': ['31002', '31003'],
};

/**
 * The detail the public tables need, tied to the figures already chosen: byFunction rows
 * (one per item, non-fiscal figures spread over them), each item's 经济分类 split (基本 by
 * class in the proportions of the 基本支出明细, 项目 in one class), the 基本支出明细 by 款, the
 * carry-overs by fund and by item, the vehicle budgets and, for the 2020–2021 tables, the
 * 政府性基金 part of 三公 (zero).
 */
function addDetail(r: Random, m: Money): void {
  const a = m.accounts;
  const be = a.basicExpenditure;
  const personnel = Math.round(be.personnel * 100);
  const publicCosts = Math.round(be.publicCosts * 100);
  const [p301, p303] = r.split(personnel, 2, 0.3);
  const [p302, p310] = r.split(publicCosts, 2, 0.4);
  const classTotals: [string, number][] = [
    ['301', p301!],
    ['303', p303!],
    ['302', p302!],
    ['310', p310!],
  ];
  // 基本支出明细 by 款: each class's total split over a few of its 款.
  be.economic = classTotals.flatMap(([cls, amount]) => {
    if (amount === 0) return [];
    const sections = r.some(ECONOMIC_SECTIONS[cls]!, r.int(1, 3));
    const parts = r.split(amount, sections.length, 0.2);
    return sections.flatMap((code, i) => (parts[i]! > 0 ? [{ code, amount: w(parts[i]!) }] : []));
  });
  // Items' 基本 parts by class: a north-west-corner fill of the class totals, so every class ties.
  const remaining = new Map(classTotals);
  const jsonItems = a.generalBudget.items;
  m.fiscal.generalItems.forEach((plan, i) => {
    const split = new Map<string, { basic: number; project: number }>();
    let need = plan.basic;
    for (const [cls] of classTotals) {
      const take = Math.min(need, remaining.get(cls)!);
      if (take > 0) {
        split.set(cls, { basic: take, project: 0 });
        remaining.set(cls, remaining.get(cls)! - take);
        need -= take;
      }
    }
    const project = plan.actual - plan.basic;
    if (project > 0) {
      const cls = r.pick(['302', '310']);
      split.set(cls, { basic: split.get(cls)?.basic ?? 0, project });
    }
    jsonItems[i]!.economic = [...split].map(([code, v]) => ({ code, basic: w(v.basic), project: w(v.project) }));
  });
  for (const key of ['governmentFund', 'stateCapital'] as const) {
    const f = m.fiscal.funds[key];
    const openings = r.split(f.opening, m.fiscal.fundItems[key].length);
    const closings = r.split(f.closing, m.fiscal.fundItems[key].length);
    a[key].items.forEach((item, i) => {
      item.economic = item.actual > 0 ? [{ code: r.pick(['302', '310']), basic: 0, project: item.actual }] : [];
      if (f.opening > 0 || f.closing > 0) {
        item.opening = w(openings[i] ?? 0);
        item.closing = w(closings[i] ?? 0);
      }
    });
  }
  const ft = a.fiscalTotals;
  ft.openingByFund = mapValues(
    {
      generalBudget: m.fiscal.funds.generalBudget.opening,
      governmentFund: m.fiscal.funds.governmentFund.opening,
      stateCapital: m.fiscal.funds.stateCapital.opening,
    },
    w,
  );
  ft.closingByFund = mapValues(
    {
      generalBudget: m.fiscal.funds.generalBudget.closing,
      governmentFund: m.fiscal.funds.governmentFund.closing,
      stateCapital: m.fiscal.funds.stateCapital.closing,
    },
    w,
  );
  a.byFunction = byFunction(r, m);
  const v = a.threePublic.vehicle;
  const vehicleBudget = Math.round(v.budget * 100);
  const purchaseBudget = Math.min(vehicleBudget, Math.round(v.purchase.actual * 100));
  v.purchase.budget = w(purchaseBudget);
  v.operation.budget = w(vehicleBudget - purchaseBudget);
  const zeroLine = { actual: 0, budget: 0 };
  a.threePublic.governmentFundPart = { abroad: zeroLine, vehiclePurchase: zeroLine, vehicleOperation: zeroLine, reception: zeroLine };
}

function byFunction(r: Random, m: Money): NonNullable<Accounts['byFunction']> {
  const a = m.accounts;
  const plans = [...m.fiscal.generalItems, ...m.fiscal.fundItems.governmentFund, ...m.fiscal.fundItems.stateCapital];
  const n = plans.length;
  const spread = (amount: number): number[] => r.split(amount, n, 0.3);
  const cents = (x: number): number => Math.round(x * 100);
  const fiscalIncome = spread(cents(a.income.generalBudget) + cents(a.income.governmentFund) + cents(a.income.stateCapital));
  const incomeColumns = (['superiorSubsidy', 'business', 'operating', 'subordinateRemittance', 'other'] as const).map(
    (key) => [key, spread(cents(a.income[key]))] as const,
  );
  const nf = m.nonFiscal.spending;
  const extra = {
    basic: spread(nf.basic),
    project: spread(nf.project),
    remittanceToSuperior: spread(nf.remittanceToSuperior),
    operating: spread(nf.operating),
    subsidyToSubordinate: spread(nf.subsidyToSubordinate),
  };
  return plans.map((plan, i) => ({
    code: plan.code,
    income: { fiscal: w(fiscalIncome[i]!), ...Object.fromEntries(incomeColumns.map(([key, column]) => [key, w(column[i]!)])) },
    expenditure: {
      basic: w(plan.basic + extra.basic[i]!),
      project: w(plan.actual - plan.basic + extra.project[i]!),
      remittanceToSuperior: w(extra.remittanceToSuperior[i]!),
      operating: w(extra.operating[i]!),
      subsidyToSubordinate: w(extra.subsidyToSubordinate[i]!),
    },
  }));
}

// ─── options ───────────────────────────────────────────────────────────────────────────────

/** Now and then a unit states its own style (wording options), as a unit matching last year's publication would. */
function wordingOptions(r: Random): Input['options'] {
  if (!r.chance(0.25)) return undefined;
  const options: NonNullable<Input['options']> = {};
  if (r.chance(0.5)) options.yearWord = r.pick(['年度', '年'] as const);
  if (r.chance(0.5)) options.changeWords = r.pick(['增长/下降', '增加/减少'] as const);
  if (r.chance(0.4)) options.zeroLines = r.pick(['list', 'omit'] as const);
  if (r.chance(0.4)) options.proseDecimals = r.pick(['trim', 'two'] as const);
  if (r.chance(0.3)) options.zeroBudget = r.pick(['年初未安排预算', '完成预算0%'] as const);
  if (r.chance(0.3)) options.reasonLeadIn = r.pick(['主要原因是', '主要变动原因是'] as const);
  return options;
}

// ─── the whole ─────────────────────────────────────────────────────────────────────────────

/** A unit's data for `seed`: valid, every total tied, the same for the same seed. */
export function syntheticUnit(seed: number): UnitYearInput {
  const r = new Random(seed);
  const unit = who(r);
  const m = money(r, unit);
  const projectList = projects(r, unit);
  const withEvaluation = r.chance(0.35);
  const withDetail = r.chance(0.2);
  if (withDetail) addDetail(r, m);
  const options = wordingOptions(r);
  const data: UnitYearInput = {
    level: unit.level,
    ...optional('options', options),
    // Now and then the unit chooses a sum-to-100 share policy (the shares property then leaves it alone).
    ...optional('sharePolicy', r.chance(0.1) ? r.pick(['last-absorbs', 'largest-remainder'] as const) : undefined),
    year: unit.year,
    documentDate: `${unit.year + 1}-0${r.int(3, 9)}-${String(r.int(10, 28))}`,
    unit: { name: unit.name, shortName: unit.shortName, agencyShortName: unit.agencyShortName },
    profile: profile(r, unit),
    accounts: m.accounts,
    functionalCodes: m.codes,
    priorYear: priorYear(r, m.accounts),
    changeReasons: changeReasons(r),
    performanceManagement: performanceManagement(r, projectList),
    ...optional('departmentEvaluation', withEvaluation ? departmentEvaluation(r, m.accounts, unit.year) : undefined),
    ...optional('departmentIndicators', withEvaluation && r.chance(0.6) ? departmentIndicators(r) : undefined),
    projectReportStatements: statements(r, 0.35),
    projects: projectList,
  };
  return data;
}

/** The seeds a test runs: `count` of them from `first`, e.g. units(300) for the suite, units(5000, 1e6) for a long fuzz. */
export function syntheticSeeds(count: number, first = 1): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}
