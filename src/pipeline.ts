/**
 * The pipeline of one unit and year, and the only place that lists the stages in order:
 *
 *   load + schema → checks → compute → charts → merge → parse → render (pdf, then docx)
 *
 * Takes a data file path; returns the documents in memory (bytes per format) or the
 * errors that refuse the unit. Writing is the CLI's job (src/cli/write-outputs.ts).
 * Note: the .pdf is rendered before the .docx because the .docx 目录 takes its page
 * numbers from the .pdf layout (same preset), so Word shows a filled 目录 on opening.
 */
import { checkUnit, type Finding } from './checks/check-unit.js';
import { renderCharts } from './charts/render-chart.js';
import { finalAccountsCharts } from './compute/chart-specs.js';
import { buildFinalAccountsView } from './compute/final-accounts-view.js';
import { catalogIndex } from './compute/functional-labels.js';
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
  const charts = finalAccountsCharts(view);
  clock.lap('compute');
  if (options.checkOnly) {
    return { ok: true, ...identity, sourceBytes: loaded.sourceBytes, documents: [], warnings: checked.warnings, times: clock.times };
  }

  const images: Record<string, ImageAsset> = await renderCharts(charts.specs);
  clock.lap('charts');

  const title = `${data.unit.name}${data.year}年度部门决算说明`;
  const html = merge(data.templateSet, 'final-accounts/document', { ...view, charts: charts.placed });
  clock.lap('merge');
  const tree: DocumentTree = {
    meta: { title, subject: '部门决算说明', author: data.unit.name, date: data.documentDate, language: 'zh-CN' },
    blocks: parseHtml(html),
    images,
  };
  clock.lap('parse');
  const files = await renderBoth(tree, title, options.formats, clock);
  return {
    ok: true,
    ...identity,
    sourceBytes: loaded.sourceBytes,
    documents: [{ kind: 'final-accounts', title, files }],
    warnings: checked.warnings,
    times: clock.times,
  };
}
