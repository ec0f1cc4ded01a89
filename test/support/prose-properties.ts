/**
 * What a careful reader checks in a 决算说明 or a project report (issue 20), as properties
 * over the document's prose (prose-text.ts: titles, headings and paragraphs in order, from the
 * tree, the .docx or the .pdf). Takes a document's blocks and, for the figures a sentence does
 * not state, the unit's data; returns findings, each with the paragraph it is about, so a
 * failing test shows the sentence.
 *
 * The properties, by the letters of the brief:
 *   a shares     every "X万元，占Y%" (and "占<总额>的Y%") is X ÷ its total, rounded half up
 *   b marks      no "。。" "，。" "；。" "。，" (any two clause marks in a row), no "。（", no
 *                "。等", no "主要用于无" / "主要包括：无"
 *   c repeats    no clause of ≥ 8 characters twice in a paragraph; no paragraph under two headings
 *   d numbering  every numbered list starts at 1 and has no gap, per heading level
 *   e voice      one year word (年/年度) and one set of amount-change words per document
 *   f zeroBudget no "0.00万元" beside "完成预算0%", no completion rate over a zero budget
 *   g zeroLists  no zero figure listed with its zero parts ("…0辆，其中：轿车0辆、…")
 *   h zeroShares no "总额为0，不计算占比" more than once in a paragraph
 */
import type { UnitYearInput } from './unit-year-data.js';
import type { ProseBlock } from './prose-text.js';

export type PropertyId = 'shares' | 'marks' | 'repeats' | 'numbering' | 'voice' | 'zeroBudget' | 'zeroLists' | 'zeroShares';

export const PROPERTIES: Readonly<Record<PropertyId, string>> = {
  shares: '(a) every printed share is its amount ÷ its total, rounded half up',
  marks: '(b) no doubled punctuation, "。（", "。等", "主要用于无" or "主要包括：无"',
  repeats: '(c) no clause repeated within a paragraph, no paragraph repeated under two headings',
  numbering: '(d) no numbered list starting at 2 or with a gap',
  voice: '(e) one year word and one set of change words per document',
  zeroBudget: '(f) no "0.00万元" beside "完成预算0%", no rate over a zero budget',
  zeroLists: '(g) no list of zero lines under a zero total',
  zeroShares: '(h) no "总额为0，不计算占比" repeated',
};

export const PROPERTY_IDS = Object.keys(PROPERTIES) as PropertyId[];

export interface ProseFinding {
  property: PropertyId;
  /** What is wrong, with the figures. */
  detail: string;
  /** The paragraph (or heading) it is about, as printed. */
  paragraph: string;
}

/** What a property may need beyond the text: the unit's data as written (for totals a sentence leaves out). */
export interface ProseContext {
  data?: UnitYearInput;
}

type Check = (blocks: readonly ProseBlock[], context: ProseContext) => ProseFinding[];

const NUMBER = String.raw`\d+(?:\.\d+)?`;

/** A figure as printed, in hundredths (万元 or %): "5.1" → 510n. Printed figures have at most two decimals. */
function hundredths(printed: string): bigint {
  const [whole, fraction = ''] = printed.split('.');
  if (fraction.length > 2) throw new Error(`more than two decimals: ${printed}`);
  return BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** part ÷ whole × 100 rounded half up to two decimals, in hundredths of a percent (exact integers). */
function shareHundredths(part: bigint, whole: bigint): bigint {
  return (part * 10000n * 2n + whole) / (2n * whole);
}

const percentText = (h: bigint): string => `${h / 100n}.${String(h % 100n).padStart(2, '0')}`;

const paragraphs = (blocks: readonly ProseBlock[]) => blocks.filter((b) => b.kind === 'paragraph');

/** A paragraph's sentences, each with its full stop. */
const sentencesOf = (text: string): string[] => text.match(/[^。]+。?/g) ?? [];

const characters = (s: string): number => [...s].length;

// ─── (a) shares ────────────────────────────────────────────────────────────────────────────

/** Totals the sentences name in "占<name>的Y%", when neither the sentence nor the document states them. */
function namedTotalFromData(name: string, data: UnitYearInput | undefined): number | undefined {
  if (!data) return undefined;
  const a = data.accounts;
  const known: Record<string, number> = {
    本年收入合计: a.income.total,
    本年支出合计: a.expenditure.total,
    政府采购支出总额: a.procurement.total,
  };
  return known[name];
}

/** The total of a share list whose sentence does not state one: the data's, for the lists it can name. */
function listTotalFromData(sentence: string, data: UnitYearInput | undefined): number | undefined {
  if (!data) return undefined;
  if (sentence.includes('“三公”经费')) return data.accounts.threePublic.total.actual;
  return undefined;
}

const SHARE = new RegExp(`(${NUMBER})万元，占(${NUMBER})%`, 'g');
const NAMED_SHARE = new RegExp(`(${NUMBER})万元，占([^，。；：\\d]{2,20}?)的(${NUMBER})%`, 'g');

/** A sum-to-100 policy the unit's data chose: its shares are not each their own rounding, on purpose. */
const SUM_TO_100 = new Set(['last-absorbs', 'largest-remainder']);

function checkShare(
  findings: ProseFinding[],
  paragraph: string,
  amount: string,
  printed: string,
  total: { value: string; source: string } | undefined,
): void {
  if (!total) {
    findings.push({
      property: 'shares',
      paragraph,
      detail: `${amount}万元，占${printed}%: no total found in the sentence, the document or the data`,
    });
    return;
  }
  const whole = hundredths(total.value);
  if (whole === 0n) {
    findings.push({ property: 'shares', paragraph, detail: `${amount}万元，占${printed}% of a total of 0 (${total.source})` });
    return;
  }
  const expected = shareHundredths(hundredths(amount), whole);
  // Note: "4.3" is how the tool prints 4.30 (proseDecimals trim drops zeros only), so a share
  // printed with fewer decimals is compared at two: a calculator's 4.27 is not "4.3".
  if (hundredths(printed) !== expected) {
    findings.push({
      property: 'shares',
      paragraph,
      detail: `${amount} ÷ ${total.value} (${total.source}) = ${percentText(expected)}%, printed ${printed}%`,
    });
  }
}

const shares: Check = (blocks, { data }) => {
  const findings: ProseFinding[] = [];
  const documentText = paragraphs(blocks)
    .map((b) => b.text)
    .join('\n');
  for (const { text } of paragraphs(blocks)) {
    for (const sentence of sentencesOf(text)) {
      // "占本年支出合计的Y%": the named figure, from this sentence, else the paragraph, else the document, else the data.
      for (const match of sentence.matchAll(NAMED_SHARE)) {
        const [, amount, name, printed] = match as unknown as [string, string, string, string];
        const stated = new RegExp(`${name}(?:为)?(${NUMBER})万元`);
        const inText = stated.exec(sentence.slice(0, match.index)) ?? stated.exec(text) ?? stated.exec(documentText);
        const fromData = namedTotalFromData(name, data);
        const total = inText
          ? { value: inText[1]!, source: `${name} as printed` }
          : fromData === undefined
            ? undefined
            : { value: String(fromData), source: `${name} from the data` };
        checkShare(findings, text, amount, printed, total);
      }
      const listed = [...sentence.matchAll(SHARE)];
      if (listed.length === 0) continue;
      // A list's total is the figure at the sentence's head: before "其中" or the colon that opens the list.
      const opener = /其中|：/.exec(sentence);
      const head = opener && opener.index < listed[0]!.index ? sentence.slice(0, opener.index) : undefined;
      const headFigure =
        head === undefined ? undefined : [...head.matchAll(new RegExp(`(?:合计|总计|总额|支出|收入)(?:为)?(${NUMBER})万元`, 'g'))].pop();
      const fromData = listTotalFromData(sentence, data);
      const sumOfParts = listed.reduce((acc, m) => acc + hundredths(m[1]!), 0n);
      const total = headFigure
        ? { value: headFigure[1]!, source: 'the figure at the head of the sentence' }
        : fromData !== undefined
          ? { value: String(fromData), source: 'the total from the data' }
          : { value: percentText(sumOfParts), source: 'the sum of the parts listed' };
      for (const match of listed) checkShare(findings, text, match[1]!, match[2]!, total);
    }
  }
  return findings;
};

// ─── (b) marks ─────────────────────────────────────────────────────────────────────────────

const MARK_RULES: readonly [RegExp, string][] = [
  [/[。，；：、][。，；]/g, 'two clause marks in a row'],
  [/。[（(]/g, 'a bracket opening after a full stop'],
  [/[。，；：、]等/g, 'a mark before 等 (a text ending in punctuation)'],
  [/(?:主要用于|包括：?)无(?=[等。，；]|$)/g, '"无" where things are listed'],
];

const marks: Check = (blocks) =>
  blocks.flatMap((block) =>
    MARK_RULES.flatMap(([rule, what]) =>
      [...block.text.matchAll(rule)].map((m) => ({ property: 'marks' as const, paragraph: block.text, detail: `${what}: "${m[0]}"` })),
    ),
  );

// ─── (c) repeats ───────────────────────────────────────────────────────────────────────────

const MIN_REPEATED = 8;

const repeats: Check = (blocks) => {
  const findings: ProseFinding[] = [];
  let heading = '';
  let headingKey = '';
  let inTables = false;
  const firstHeading = new Map<string, { heading: string; key: string }>();
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      // Note: reports of one form number their optional sections by what each prints, so the
      // same heading is "（二）评价选点" in one report and "（三）评价选点" in the next: the
      // heading is compared without its number.
      heading = block.text;
      headingKey = block.text.replace(/^\s*(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.．、])\s*/, '');
      if (block.kind === 'title' || block.level === 0) inTables = /附表$/.test(block.text.replace(/\s+/g, ''));
      continue;
    }
    const clauses = block.text
      .split(/[，。；：！？]/)
      .map((c) => c.trim())
      .filter((c) => characters(c) >= MIN_REPEATED);
    const counts = new Map<string, number>();
    for (const c of clauses) counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const [c, n] of counts)
      if (n > 1) findings.push({ property: 'repeats', paragraph: block.text, detail: `the clause "${c}" ${n} times` });
    // Note: a document holding several reports of one form (附件2) prints the form's fixed
    // paragraphs under the same heading in each; only a paragraph under two different headings
    // is a repeat. A line that is not a sentence is a label, not prose; and in 第五部分 附表 each
    // table of the form carries its own header lines and note ("单位：…", "说明：…本表无数据。").
    const key = block.text.replace(/\s+/g, '');
    if (inTables || characters(key) < MIN_REPEATED || !/[。；！？]/.test(key)) continue;
    const earlier = firstHeading.get(key);
    if (earlier === undefined) firstHeading.set(key, { heading, key: headingKey });
    else if (earlier.key !== headingKey)
      findings.push({
        property: 'repeats',
        paragraph: block.text,
        detail: `the paragraph is printed under "${earlier.heading}" and again under "${heading}"`,
      });
  }
  return findings;
};

// ─── (d) numbering ─────────────────────────────────────────────────────────────────────────

const CHINESE_DIGITS = '一二三四五六七八九';

/** 一 → 1, 十 → 10, 十二 → 12, 二十一 → 21; undefined for anything else. */
function chineseNumber(text: string): number | undefined {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, units] = match as unknown as [string, string, string, string];
  if (ten === '') return tens === '' ? undefined : CHINESE_DIGITS.indexOf(tens) + 1;
  return (tens === '' ? 1 : CHINESE_DIGITS.indexOf(tens) + 1) * 10 + (units === '' ? 0 : CHINESE_DIGITS.indexOf(units) + 1);
}

type Numbering = { style: string; n: number };

/** The number a heading or paragraph opens with, and its style (第X部分, 附件N, 一、, （一）, 1.). */
function numberingOf(block: ProseBlock): Numbering | undefined {
  const text = block.text.trim();
  if (block.kind === 'heading') {
    let m = /^第([一二三四五六七八九十]+)部分/.exec(text);
    if (m) return { style: '第X部分', n: chineseNumber(m[1]!) ?? 0 };
    m = /^附件(\d+)/.exec(text);
    if (m) return { style: '附件N', n: Number(m[1]) };
    m = /^([一二三四五六七八九十]+)、/.exec(text);
    if (m) return { style: '一、', n: chineseNumber(m[1]!) ?? 0 };
    m = /^（([一二三四五六七八九十]+)）/.exec(text);
    if (m) return { style: '（一）', n: chineseNumber(m[1]!) ?? 0 };
  }
  const m = /^(\d{1,3})[.．](?!\d)/.exec(text);
  if (m) return { style: block.kind === 'heading' ? '1.（标题）' : '1.', n: Number(m[1]) };
  return undefined;
}

/**
 * Which earlier block bounds a numbered item's list: the parts and annexes run through the
 * document; 一、 restarts under each part (a level-0 heading) or title; （一） under each
 * level-1 heading; numbered level-3 headings under each level-2 heading; numbered paragraphs
 * under any heading.
 */
function boundsList(style: string, block: ProseBlock): boolean {
  if (block.kind === 'title') return style !== '第X部分' && style !== '附件N';
  if (block.kind !== 'heading') return false;
  switch (style) {
    case '第X部分':
    case '附件N':
      return false;
    case '一、':
      return block.level === 0;
    case '（一）':
      return block.level <= 1;
    case '1.（标题）':
      return block.level <= 2;
    default:
      return true;
  }
}

const numbering: Check = (blocks) => {
  const findings: ProseFinding[] = [];
  const last = new Map<string, { n: number; text: string }>();
  for (const block of blocks) {
    for (const style of [...last.keys()]) if (boundsList(style, block)) last.delete(style);
    const numbered = numberingOf(block);
    if (!numbered) continue;
    const previous = last.get(numbered.style);
    const expected = (previous?.n ?? 0) + 1;
    if (numbered.n !== expected) {
      const after = previous ? `after "${previous.text.slice(0, 20)}…"` : 'as the first of its list';
      findings.push({
        property: 'numbering',
        paragraph: block.text,
        detail: `${numbered.style} numbered ${numbered.n} ${after}, expected ${expected}`,
      });
    }
    last.set(numbered.style, { n: numbered.n, text: block.text });
  }
  return findings;
};

// ─── (e) voice ─────────────────────────────────────────────────────────────────────────────

/**
 * The year word after a year: "2023年度" or "2023年". Not counted, each for its reason:
 * - a date, "2023年12月31日": 年度 cannot stand there;
 * - a point in time, "2023年末", "2023年初", "2023年底" (but "2023年年初" is the year word 年
 *   before 年初, and counts);
 * - the accounts' own name, "2023年度部门决算", "2023年度单位决算" (as in "已纳入2023年度部门
 *   决算编制范围"): the name of the form, like a title, which keeps the form's 年度.
 */
const YEAR_WORD = /(?<!\d)(?:19|20)\d{2}(年度(?![部门单位]*决算)|年(?![度末初底\d]))/g;

/** An amount's change word: "增长5.1万元" / "减少5.1万元" / "各增加3、4万元" (rates are always 增长/下降). */
const CHANGE_WORD = new RegExp(`(增加|减少|增长|下降)${NUMBER}(?:、${NUMBER})?万元`, 'g');

/**
 * One form per slot in a document. Only paragraphs are read: titles and headings are the
 * form's own ("第二部分 2023年度部门决算情况说明", "附表：…（2023年度）"), fixed whatever the
 * sentences say, and tables are not prose.
 */
const voice: Check = (blocks) => {
  const findings: ProseFinding[] = [];
  const years = new Map<string, { word: string; sentence: string }>();
  const changes = new Map<string, { word: string; sentence: string }>();
  for (const { text } of paragraphs(blocks)) {
    for (const sentence of sentencesOf(text)) {
      for (const m of sentence.matchAll(YEAR_WORD)) if (!years.has(m[1]!)) years.set(m[1]!, { word: m[0], sentence });
      for (const m of sentence.matchAll(CHANGE_WORD)) {
        const family = m[1] === '增加' || m[1] === '减少' ? '增加/减少' : '增长/下降';
        if (!changes.has(family)) changes.set(family, { word: m[0], sentence });
      }
    }
  }
  for (const [found, what] of [
    [years, 'year words'],
    [changes, 'change words for amounts'],
  ] as const) {
    if (found.size < 2) continue;
    const [first, second] = [...found.values()] as [{ word: string; sentence: string }, { word: string; sentence: string }];
    findings.push({
      property: 'voice',
      paragraph: `${first.sentence} … ${second.sentence}`,
      detail: `two ${what} in one document: "${first.word}" and "${second.word}"`,
    });
  }
  return findings;
};

// ─── (f) zero budgets ──────────────────────────────────────────────────────────────────────

interface BudgetLine {
  actual: number;
  budget: number;
}

/** Every actual/budget pair of the data that a document may state a completion rate for. */
function budgetLines(data: UnitYearInput): BudgetLine[] {
  const a = data.accounts;
  const tp = a.threePublic;
  const items = [...a.generalBudget.items, ...a.governmentFund.items, ...a.stateCapital.items];
  const projectLines = data.projects.flatMap((p) =>
    [p.budget.total, p.budget.fiscal, p.budget.fiscalSpecialAccount, p.budget.unitFunds, ...(p.budget.other ? [p.budget.other] : [])].map(
      (l) => ({
        actual: l.executed,
        budget: l.adjusted,
      }),
    ),
  );
  const evaluation = data.departmentEvaluation;
  return [
    a.generalBudget,
    ...items,
    tp.total,
    tp.abroad,
    tp.vehicle,
    tp.reception,
    ...projectLines,
    ...(evaluation
      ? [
          { actual: a.income.total, budget: evaluation.budgetIncome },
          { actual: a.expenditure.total, budget: evaluation.budgetExpenditure },
        ]
      : []),
  ];
}

const RATE = new RegExp(`(?<![\\d.])(${NUMBER})万元，完成预算(${NUMBER})%`, 'g');

const zeroBudget: Check = (blocks, { data }) => {
  const findings: ProseFinding[] = [];
  // Lines a printed rate may honestly be about, used up one by one; a rate left over that only a
  // line with a budget of 0 could have printed is a rate over a zero budget.
  const honest = data ? budgetLines(data).filter((l) => l.budget !== 0) : [];
  const zeroBudgeted = data ? budgetLines(data).filter((l) => l.budget === 0) : [];
  for (const { text } of paragraphs(blocks)) {
    for (const m of text.matchAll(/(?<![\d.])0\.00万元，完成预算0(?:\.0+)?%/g))
      findings.push({ property: 'zeroBudget', paragraph: text, detail: `"${m[0]}": two decimals on a zero beside a rate of 0` });
    if (!data) continue;
    for (const m of text.matchAll(RATE)) {
      const actual = hundredths(m[1]!);
      const rate = hundredths(m[2]!);
      const matches = (l: BudgetLine) =>
        hundredths(String(l.actual)) === actual && shareHundredths(actual, hundredths(String(l.budget))) === rate;
      const k = honest.findIndex(matches);
      if (k >= 0) {
        honest.splice(k, 1);
        continue;
      }
      if (zeroBudgeted.some((l) => hundredths(String(l.actual)) === actual))
        findings.push({ property: 'zeroBudget', paragraph: text, detail: `"${m[0]}": a completion rate where the budget is 0` });
    }
  }
  return findings;
};

// ─── (g) zero lists ────────────────────────────────────────────────────────────────────────

const FIGURE = new RegExp(`(?<![\\d.])(${NUMBER})(万元|辆|个|名|人次|人|批次|次|台（套）)`, 'g');

/**
 * A zero listed with its zero parts: the figure before "其中" is 0 (in the same sentence, or
 * the sentence before when "其中" opens one) and every figure after it, to the end of its
 * sentence, is 0 too, at least two of them.
 */
const zeroLists: Check = (blocks) => {
  const findings: ProseFinding[] = [];
  for (const { text } of paragraphs(blocks)) {
    for (const m of text.matchAll(/其中/g)) {
      const before = text.slice(0, m.index);
      const sentenceStart = before.lastIndexOf('。', before.endsWith('。') ? before.length - 2 : before.length - 1) + 1;
      const head = text.slice(sentenceStart, m.index);
      const end = text.indexOf('。', m.index);
      const tail = text.slice(m.index, end < 0 ? text.length : end);
      const total = [...head.matchAll(FIGURE)].pop();
      const parts = [...tail.matchAll(FIGURE)];
      if (total && Number(total[1]) === 0 && parts.length >= 2 && parts.every((p) => Number(p[1]) === 0)) {
        findings.push({
          property: 'zeroLists',
          paragraph: text,
          detail: `"${total[0]}" followed by ${parts.length} zero parts: "${tail.slice(0, 40)}…"`,
        });
      }
    }
  }
  return findings;
};

// ─── (h) zero shares ───────────────────────────────────────────────────────────────────────

const zeroShares: Check = (blocks) =>
  paragraphs(blocks).flatMap(({ text }) => {
    const n = text.match(/总额为0，不计算占比/g)?.length ?? 0;
    return n > 1 ? [{ property: 'zeroShares' as const, paragraph: text, detail: `"总额为0，不计算占比" ${n} times` }] : [];
  });

// ─── all of them ───────────────────────────────────────────────────────────────────────────

const CHECKS: Readonly<Record<PropertyId, Check>> = { shares, marks, repeats, numbering, voice, zeroBudget, zeroLists, zeroShares };

/** The findings of the chosen properties (all by default) over one document's prose. */
/** Whether the unit's style (or its older options) chooses this alternative: for one slot, or for the whole document unless slotOnly. */
function styleChooses(data: UnitYearInput | undefined, choice: string, alternative: string | undefined, slotOnly = false): boolean {
  const options = data?.options as Record<string, unknown> | undefined;
  if (!slotOnly && options?.[choice] !== undefined && (alternative === undefined || options[choice] === alternative)) return true;
  return (data?.style?.choices ?? []).some(
    (c) => c.choice === choice && (alternative === undefined || c.alternative === alternative) && (!slotOnly || c.slot !== undefined),
  );
}

/**
 * A property the unit's own style asks the document to break, as issue 20 allows ("unless the
 * unit's data chose a sum-to-100 policy", "unless the style says otherwise"): each names the
 * choices (templates/catalogue/slots.json) that print the form the property flags.
 */
const STYLE_ASKS: Readonly<Partial<Record<PropertyId, (data: UnitYearInput | undefined) => boolean>>> = {
  shares: (data) =>
    (data?.sharePolicy !== undefined && SUM_TO_100.has(data.sharePolicy)) || SUM_TO_100.has(data?.style?.numbers?.share?.policy ?? ''),
  marks: (data) => styleChooses(data, 'adjustmentForm', 'bracketed'),
  repeats: (data) =>
    styleChooses(data, 'receptionFigures', 'repeat') ||
    styleChooses(data, 'dutiesAgain', 'repeat') ||
    styleChooses(data, 'procurementShares', 'repeat'),
  voice: (data) => styleChooses(data, 'yearWord', undefined, true) || styleChooses(data, 'changeWords', undefined, true),
  zeroBudget: (data) => styleChooses(data, 'zeroBudget', '完成预算0%'),
  zeroLists: (data) => styleChooses(data, 'vehicleZeros', 'list'),
};

export function checkProse(
  blocks: readonly ProseBlock[],
  context: ProseContext = {},
  only: readonly PropertyId[] = PROPERTY_IDS,
): ProseFinding[] {
  return only.filter((id) => !STYLE_ASKS[id]?.(context.data)).flatMap((id) => CHECKS[id](blocks, context));
}

/** Findings as a test failure shows them: one line of detail, then the paragraph. */
export function describeFindings(findings: readonly ProseFinding[], limit = 5): string {
  const shown = findings.slice(0, limit).map((f) => `${f.property}: ${f.detail}\n    「${f.paragraph}」`);
  return [...shown, ...(findings.length > limit ? [`… and ${findings.length - limit} more`] : [])].join('\n');
}
