/**
 * The pipeline of one unit and year, and the only place that lists the stages in order:
 *
 *   load + schema → checks → compute → merge (templates/) → parse        prepareUnit
 *   → charts → layout → docx, pdf (the public tables: xlsx)            renderDocument
 *   → write (src/cli/write-outputs.ts)
 *
 * Takes a data file path; returns the documents in memory (bytes per format) — the
 * 部门决算说明, then one 专项预算项目绩效评价报告 per project, then the public tables'
 * workbook when the data has their detail — or the errors that refuse the unit.
 *
 * The stages split in two halves so a batch can spread the heavy one over cores:
 * `prepareUnit` (load … parse, light, in the main thread) returns plain-data documents,
 * and `renderDocument` (charts, layout, docx, pdf; src/render/render-document.ts) turns one
 * of them into bytes, in any thread. The renderers are imported on first use only, so a
 * process that merely prepares or checks never loads pdfmake, docx or Chart.js, and a
 * render worker never loads the preparing half.
 */
import { checkUnit, DEFAULT_WARN_CHANGE_PERCENT, type CheckContext, type CheckResult, type Finding } from './checks/check-unit.js';
import type { MissingIn } from './checks/check-context.js';
import { JSON_TERMS, type FieldTerms } from './schema/field-terms.js';
import type { UnitYear } from './schema/unit-year.js';
import { buildDepartmentIndicatorsView } from './compute/department-indicators-view.js';
import { buildFinalAccountsView, type FinalAccountsView } from './compute/final-accounts-view.js';
import type { ResolvedNumbers } from './schema/style.js';
import { FunctionalNames } from './compute/functional-names.js';
import { buildProjectViews } from './compute/project-view.js';
import { loadCatalog, loadEconomicCatalog } from './load/load-catalog.js';
import { economicNames as economicNamesOf } from './compute/economic-names.js';
import { buildPublicTablesData } from './compute/public-tables/public-tables-data.js';
import { missingDetail } from './checks/public-table-missing-detail.js';
import { layoutPublicTables } from './merge/public-tables/public-tables.js';
import { tableWords } from './merge/public-tables/table-words.js';
import type { PublicTableView } from './tables/public-table.js';
import { loadPreviousYear } from './load/load-previous-year.js';
import { loadUnit, type LoadResult } from './load/load-unit.js';
import { findingsOnWhatRemains, type Remains } from './load/remains.js';
import { finalAccountsCharts } from './merge/chart-specs.js';
import { templateEnvironment, type RootContext } from './merge/merge.js';
import { packForUnit, type PackForUnit } from './merge/pack-for-unit.js';
import { loadSlotCatalogue } from './merge/slot-catalogue.js';
import { resolveStyle } from './merge/style.js';
import { BUNDLED_PACKS_DIR, defaultPack, resolvePack } from './merge/packs.js';
import { checkTemplatePaths, OWN_SENTENCE_FILE_PREFIX } from './merge/template-check.js';
import { OwnSentenceError, type SlotRecorder } from './merge/slots.js';
import { TemplateError } from './merge/template-error.js';
import { parseHtml } from './parse/parse-html.js';
import type { FontConfig } from './fonts/font-files.js';
import { loadPdfFonts, rolesMissingGlyph } from './fonts/fonts.js';
import { renderDocument, type OutputFormat, type PreparedDocument, type RenderedDocument } from './render/render-document.js';
import { addTimes, StageClock, type StageTimes } from './stage-clock.js';
import { msg } from './text/msg.js';

export type UnitOutcome =
  | {
      ok: true;
      unit: string;
      year: number;
      sourceBytes: Uint8Array;
      documents: RenderedDocument[];
      warnings: Finding[];
      times: StageTimes;
    }
  | { ok: false; unit?: string; year?: number; errors: Finding[]; warnings: Finding[]; times: StageTimes };

export interface GenerateOptions {
  formats: readonly OutputFormat[];
  /** Validate only: load, check and compute, render nothing. */
  checkOnly: boolean;
  /** Warn about a year-on-year change above this many percent with no reason (default 30). */
  warnChangePercent?: number;
  /** The PDF fonts, role by role, when not the bundled Noto files (--fonts). */
  fonts?: Partial<FontConfig>;
  /** Folders of extra template packs (--packs), searched before the bundled templates/. */
  packDirs?: readonly string[];
  /** When given, the 决算说明's slots record every rendering of their choices (npm run learn). */
  recorder?: SlotRecorder;
}

export type PreparedUnit =
  | {
      ok: true;
      unit: string;
      year: number;
      sourceBytes: Uint8Array;
      documents: PreparedDocument[];
      warnings: Finding[];
      times: StageTimes;
    }
  | { ok: false; unit?: string; year?: number; errors: Finding[]; warnings: Finding[]; times: StageTimes };

export interface CheckOptions {
  /** Pack folders, searched in order (the bundled templates/ last). */
  packDirs?: readonly string[];
  previousYear?: UnitYear | undefined;
  warnChangePercent?: number | undefined;
  missingGlyphIn?: MissingIn | undefined;
  /** How messages name fields (a workbook's cells); JSON paths by default. */
  terms?: FieldTerms | undefined;
}

/**
 * The checks stage for loaded data: which pack the unit is written with (an unknown pack is
 * a data error), the names of its codes, and every accounting check. Takes validated data
 * and the options; returns the pack choice, the context the checks used (compute needs the
 * same names) and the findings.
 */
export function checkLoadedUnit(
  data: UnitYear,
  options: CheckOptions = {},
): { packChoice: PackForUnit; context: CheckContext; result: CheckResult } {
  const packChoice = packForUnit(data, options.packDirs ?? [BUNDLED_PACKS_DIR]);
  const context: CheckContext = {
    names: new FunctionalNames(loadCatalog(), data.year, data),
    economicNames: economicNamesOf(loadEconomicCatalog()),
    previousYear: options.previousYear,
    warnChangePercent: options.warnChangePercent ?? DEFAULT_WARN_CHANGE_PERCENT,
    missingGlyphIn: options.missingGlyphIn,
    terms: options.terms ?? JSON_TERMS,
    slotCatalogue: loadSlotCatalogue(),
  };
  const result = checkUnit(data, context);
  result.errors.unshift(...packChoice.errors);
  result.warnings.unshift(...packChoice.warnings);
  return { packChoice, context, result };
}

/**
 * The checks on data the load refused, with its faulty fields stood in for (load/remains.ts):
 * run on both variants, only the errors that do not depend on a stand-in are kept. Takes the
 * file (for the previous year's data), what remains and the options; returns those errors.
 */
async function checkWhatRemains(
  file: string,
  remains: Remains,
  terms: FieldTerms | undefined,
  options: GenerateOptions,
): Promise<Finding[]> {
  const [first, second] = await Promise.all(
    remains.variants.map(async (data) => {
      const previous = await loadPreviousYear(file, data.year);
      const { result } = checkLoadedUnit(data, {
        packDirs: [...(options.packDirs ?? []), BUNDLED_PACKS_DIR],
        previousYear: previous.data,
        warnChangePercent: options.warnChangePercent,
        terms,
      });
      return result.errors;
    }),
  );
  return findingsOnWhatRemains(remains, first!, second!);
}

/** checkWhatRemains, never failing the run: the stand-ins are a best effort, a check they trip up reports nothing. */
async function checkWhatRemainsSafely(...args: Parameters<typeof checkWhatRemains>): Promise<Finding[]> {
  try {
    return await checkWhatRemains(...args);
  } catch {
    // Note: the load errors are reported all the same; the checks then run once the data loads.
    return [];
  }
}

/**
 * load + schema → checks → compute → merge → parse. With checkOnly, the documents are
 * still merged and parsed (so a broken template is found by --check too) but not returned.
 * Throws TemplateError (a template names an unknown field, partial or helper) and
 * PackError (a broken pack): problems of the installation, not of the unit's data.
 */
export async function prepareUnit(file: string, options: GenerateOptions): Promise<PreparedUnit> {
  const clock = new StageClock();
  const loaded = await loadUnit(file);
  clock.lap('load');
  return prepareLoadedUnit(file, loaded, options, clock);
}

/** prepareUnit on a unit already loaded from `file` (npm run import keeps what it loaded to write it out). */
export async function prepareLoadedUnit(
  file: string,
  loaded: LoadResult,
  options: GenerateOptions,
  clock = new StageClock(),
): Promise<PreparedUnit> {
  if (!loaded.ok) {
    // Every problem in one run: the checks also run on what remains of data the load refused.
    const more = loaded.remains ? await checkWhatRemainsSafely(file, loaded.remains, loaded.terms, options) : [];
    const describe = loaded.describe ?? ((finding: Finding) => finding);
    return { ok: false, errors: [...loaded.errors, ...more.map(describe)], warnings: [], times: clock.times };
  }
  const data = loaded.data;
  const identity = { unit: data.unit.name, year: data.year };
  // A unit kept in a workbook: each finding names its sheet and cell as well as its JSON path.
  const describe = loaded.describe ?? ((finding: Finding) => finding);

  const packRoots = [...(options.packDirs ?? []), BUNDLED_PACKS_DIR];
  const previous = await loadPreviousYear(file, data.year);
  const pdfFonts = loadPdfFonts(options.fonts);
  const {
    packChoice,
    context: checkContext,
    result: checked,
  } = checkLoadedUnit(data, {
    packDirs: packRoots,
    previousYear: previous.data,
    warnChangePercent: options.warnChangePercent,
    missingGlyphIn: (codePoint) => rolesMissingGlyph(codePoint, pdfFonts),
    terms: loaded.terms,
  });
  const { names, economicNames } = checkContext;
  if (previous.warning) checked.warnings.push(previous.warning);
  checked.warnings.push(...(loaded.warnings ?? []));
  clock.lap('check');
  if (checked.errors.length > 0 || packChoice.name === undefined) {
    return { ok: false, ...identity, errors: checked.errors.map(describe), warnings: checked.warnings.map(describe), times: clock.times };
  }

  const pack = resolvePack(packChoice.name, packRoots);
  const style = resolveStyle(pack, data);
  const context: RootContext = { level: data.level, style };
  const view = buildFinalAccountsView(data, names, pack.glossary, { numbers: style.numbers });
  const projects = buildProjectViews(data);
  const departmentIndicators = data.departmentIndicators && buildDepartmentIndicatorsView(data.departmentIndicators);
  const charts = finalAccountsCharts(view, pack.wording, style);
  const missingTables = missingDetail(data, pack.publicTables);
  const tablesData = missingTables.length === 0 ? buildPublicTablesData(data, pack.publicTables, names, economicNames) : [];
  clock.lap('compute');

  const env = templateEnvironment(pack);
  const words = tableWords(env.rootFor({}, context).wording);
  for (const missing of missingTables) {
    checked.warnings.push({
      path: missing.fields[0]!.path,
      message: msg`附表“${words.titles[missing.id] ?? missing.id}”缺少数据：${missing.fields.map((f) => `${f.what}（${checkContext.terms.field(f.path)}）`).join('；')}；第五部分附表和决算公开表（.xlsx）均未生成`,
    });
  }
  const tableContext = { unit: data.unit, year: data.year };
  const publicTables: PublicTableView[] = layoutPublicTables(tablesData, words, {
    unitLine: env.renderText('public-tables/unit-line', tableContext, context),
    formNote: (subject) => env.renderText('public-tables/form-note', { subject }, context),
    emptyNote: (id) => env.renderText('public-tables/empty-note', { ...tableContext, id }, context),
  });
  const finalAccountsView = { ...view, charts: charts.placed, projects, departmentIndicators, publicTables };
  const projectViews = projects.map((project) => ({ unit: data.unit, year: data.year, project }));
  const problems = [
    ...checkTemplatePaths(env, 'final-accounts/document', env.rootFor(finalAccountsView, context)),
    ...projectViews.flatMap((v) => checkTemplatePaths(env, 'project-report/document', env.rootFor(v, context))),
  ];
  // A unit's own sentence (style.sentences) is the data's: its problems refuse the unit with
  // the data path; a template's are the installation's (TemplateError).
  const ownSentenceErrors = problems.filter((p) => p.file.startsWith(OWN_SENTENCE_FILE_PREFIX)).map((p) => ownSentenceFinding(data, p));
  const templateProblems = problems.filter((p) => !p.file.startsWith(OWN_SENTENCE_FILE_PREFIX));
  if (templateProblems.length > 0) throw new TemplateError(templateProblems);
  const refuse = (errors: Finding[]): PreparedUnit => ({
    ok: false,
    ...identity,
    errors: errors.map(describe),
    warnings: checked.warnings.map(describe),
    times: clock.times,
  });
  if (ownSentenceErrors.length > 0) return refuse(ownSentenceErrors);
  let drafts;
  try {
    drafts = [
      {
        kind: 'final-accounts' as const,
        title: env.renderText('final-accounts/title', finalAccountsView, context),
        subject: env.renderText('final-accounts/subject', finalAccountsView, context),
        html: env.render('final-accounts/document', finalAccountsView, context, options.recorder),
        charts: charts.specs,
      },
      ...projectViews.map((v) => ({
        kind: 'project-evaluation' as const,
        project: v.project.name,
        title: env.renderText('project-report/title', v, context),
        subject: env.renderText('project-report/subject', v, context),
        html: env.render('project-report/document', v, context),
        charts: [],
      })),
    ];
  } catch (err) {
    if (err instanceof OwnSentenceError) return refuse([ownSentenceFinding(data, { file: OWN_SENTENCE_FILE_PREFIX + err.slot, ...err })]);
    throw err;
  }
  clock.lap('merge');

  const meta = (title: string, subject: string) => ({
    title,
    subject,
    author: data.unit.name,
    date: data.documentDate,
    language: 'zh-CN' as const,
  });
  const documents = drafts.map(({ html, subject, ...draft }): PreparedDocument => ({
    ...draft,
    tree: { meta: meta(draft.title, subject), blocks: parseHtml(html), images: {} },
  }));
  if (publicTables.length > 0) {
    const title = env.renderText('public-tables/title', tableContext, context);
    documents.push({
      kind: 'public-tables',
      title,
      tree: { meta: meta(title, env.renderText('public-tables/subject', tableContext, context)), blocks: [], images: {} },
      charts: [],
      workbook: { tables: publicTables, thousands: words.thousands },
    });
  }
  clock.lap('parse');
  const prepared = {
    ok: true as const,
    ...identity,
    sourceBytes: loaded.sourceBytes,
    warnings: checked.warnings.map(describe),
    times: clock.times,
  };
  return { ...prepared, documents: options.checkOnly ? [] : documents };
}

/**
 * The 决算说明's view of valid data under other number conventions: what `npm run learn`
 * compares with the figures a unit published, to find the decimals and rounding it used.
 */
export function finalAccountsViewUnder(data: UnitYear, numbers: ResolvedNumbers, packDirs: readonly string[] = []): FinalAccountsView {
  const roots = [...packDirs, BUNDLED_PACKS_DIR];
  const choice = packForUnit(data, roots);
  const pack = resolvePack(choice.name ?? defaultPack(data.year, data.level, roots).name, roots);
  return buildFinalAccountsView(data, new FunctionalNames(loadCatalog(), data.year, data), pack.glossary, { numbers });
}

/** A problem of a unit's own sentence, as a finding on its data path. */
function ownSentenceFinding(
  data: UnitYear,
  problem: { file: string; line?: number | undefined; column?: number | undefined; detail: string },
): Finding {
  const slot = problem.file.slice(OWN_SENTENCE_FILE_PREFIX.length);
  const index = (data.style?.sentences ?? []).findIndex((s) => s.slot === slot);
  const at =
    problem.line === undefined ? '' : msg`第${problem.line}行${problem.column === undefined ? '' : msg`第${problem.column + 1}列`}：`;
  return { path: `$.style.sentences[${index}].sentence`, message: msg`本单位的句子（句位“${slot}”）${at}${problem.detail}` };
}

/** The whole pipeline of one unit in this thread (tests, --jobs 1). */
export async function generateUnit(file: string, options: GenerateOptions): Promise<UnitOutcome> {
  const prepared = await prepareUnit(file, options);
  if (!prepared.ok) return prepared;
  const { documents: planned, ...unit } = prepared;
  const documents: RenderedDocument[] = [];
  for (const doc of planned) {
    const rendered = await renderDocument(doc, options.formats, options.fonts);
    documents.push(rendered.document);
    addTimes(unit.times, rendered.times);
  }
  return { ...unit, documents };
}
