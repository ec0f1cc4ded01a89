/**
 * The pipeline of one unit and year, and the only place that lists the stages in order:
 *
 *   load + schema → checks → compute → charts → merge → parse → render (pdf, then docx)
 *
 * Takes a data file path; returns the documents in memory (bytes per format) — the
 * 部门决算说明, then one 专项预算项目绩效评价报告 per project — or the errors that refuse the
 * unit. Writing is the CLI's job (src/cli/write-outputs.ts).
 * Note: the .pdf is rendered before the .docx because the .docx 目录 takes its page
 * numbers from the .pdf layout (same preset), so Word shows a filled 目录 on opening.
 */
import { checkUnit, type Finding } from './checks/check-unit.js';
import { renderCharts } from './charts/render-chart.js';
import { finalAccountsCharts } from './compute/chart-specs.js';
import { buildDepartmentIndicatorsView } from './compute/department-indicators-view.js';
import { buildFinalAccountsView } from './compute/final-accounts-view.js';
import { catalogIndex } from './compute/functional-labels.js';
import { buildProjectViews } from './compute/project-view.js';
import { loadCatalog } from './load/load-catalog.js';
import { loadPreviousYear } from './load/load-previous-year.js';
import { loadUnit } from './load/load-unit.js';
import { loadGlossaryWording } from './merge/template-set.js';
import { merge } from './merge/merge.js';
import { parseHtml } from './parse/parse-html.js';
import { renderDocx } from './render/docx/render-docx.js';
import { renderPdf } from './render/pdf/render-pdf.js';
import type { DataError } from './schema/format-issues.js';
import type { DocumentTree, ImageAsset } from './tree/types.js';

export type OutputFormat = 'docx' | 'pdf';

export interface RenderedFile {
  format: OutputFormat;
  fileName: string;
  bytes: Uint8Array;
}

export interface RenderedDocument {
  kind: 'final-accounts' | 'project-evaluation';
  project?: string;
  title: string;
  files: RenderedFile[];
}

export interface StageTimes {
  [stage: string]: number;
}

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
  | { ok: false; unit?: string; year?: number; errors: DataError[]; warnings: Finding[]; times: StageTimes };

export interface GenerateOptions {
  formats: readonly OutputFormat[];
  /** Validate only: load, check and compute, render nothing. */
  checkOnly: boolean;
  /** Warn about a year-on-year change above this many percent with no reason (default 30). */
  warnChangePercent?: number;
}

class StageClock {
  readonly times: StageTimes = {};
  private last = performance.now();
  lap(stage: string): void {
    const now = performance.now();
    this.times[stage] = (this.times[stage] ?? 0) + (now - this.last);
    this.last = now;
  }
}

/** One document between the merge and render stages. */
interface DocumentDraft {
  kind: RenderedDocument['kind'];
  project?: string;
  title: string;
  subject: string;
  html: string;
}

async function renderBoth(tree: DocumentTree, baseName: string, formats: readonly OutputFormat[], clock: StageClock): Promise<RenderedFile[]> {
  const files: RenderedFile[] = [];
  // The PDF layout is needed for the .docx 目录 even when only .docx is asked for.
  const pdf = await renderPdf(tree);
  clock.lap('pdf');
  if (formats.includes('docx')) {
    files.push({ format: 'docx', fileName: `${baseName}.docx`, bytes: await renderDocx(tree, { headingPages: pdf.headingPages }) });
    clock.lap('docx');
  }
  if (formats.includes('pdf')) files.push({ format: 'pdf', fileName: `${baseName}.pdf`, bytes: pdf.bytes });
  return files;
}

export async function generateUnit(file: string, options: GenerateOptions): Promise<UnitOutcome> {
  const clock = new StageClock();
  const loaded = await loadUnit(file);
  clock.lap('load');
  if (!loaded.ok) return { ok: false, errors: loaded.errors, warnings: [], times: clock.times };
  const data = loaded.data;
  const identity = { unit: data.unit.name, year: data.year };

  const index = catalogIndex(loadCatalog());
  const previous = await loadPreviousYear(file, data.year);
  const checked = checkUnit(data, index, { previousYear: previous.data, warnChangePercent: options.warnChangePercent });
  if (previous.warning) checked.warnings.push(previous.warning);
  clock.lap('check');
  if (checked.errors.length > 0) return { ok: false, ...identity, errors: checked.errors, warnings: checked.warnings, times: clock.times };

  const view = buildFinalAccountsView(data, index, loadGlossaryWording(data.templateSet));
  const projects = buildProjectViews(data);
  const departmentIndicators = buildDepartmentIndicatorsView(data.departmentIndicators);
  const charts = finalAccountsCharts(view);
  clock.lap('compute');
  if (options.checkOnly) {
    return { ok: true, ...identity, sourceBytes: loaded.sourceBytes, documents: [], warnings: checked.warnings, times: clock.times };
  }

  // Charts are rendered once per unit; only the 部门决算说明 has them.
  const images: Record<string, ImageAsset> = await renderCharts(charts.specs);
  clock.lap('charts');

  const drafts: DocumentDraft[] = [
    {
      kind: 'final-accounts',
      title: `${data.unit.name}${data.year}年度部门决算说明`,
      subject: '部门决算说明',
      html: merge(data.templateSet, 'final-accounts/document', { ...view, charts: charts.placed, projects, departmentIndicators }),
    },
    ...projects.map((project): DocumentDraft => ({
      kind: 'project-evaluation',
      project: project.name,
      title: project.documentTitle,
      subject: '专项预算项目绩效评价报告',
      html: merge(data.templateSet, 'project-report/document', { unit: data.unit, year: data.year, project }),
    })),
  ];
  clock.lap('merge');

  const parsed = drafts.map((draft) => ({
    draft,
    tree: {
      meta: { title: draft.title, subject: draft.subject, author: data.unit.name, date: data.documentDate, language: 'zh-CN' },
      blocks: parseHtml(draft.html),
      images: draft.kind === 'final-accounts' ? images : {},
    } satisfies DocumentTree,
  }));
  clock.lap('parse');

  const documents: RenderedDocument[] = [];
  for (const { draft, tree } of parsed) {
    const files = await renderBoth(tree, draft.title, options.formats, clock);
    documents.push({ kind: draft.kind, ...(draft.project ? { project: draft.project } : {}), title: draft.title, files });
  }
  return {
    ok: true,
    ...identity,
    sourceBytes: loaded.sourceBytes,
    documents,
    warnings: checked.warnings,
    times: clock.times,
  };
}
