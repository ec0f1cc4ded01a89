/**
 * The render half of the pipeline: takes one prepared document (its tree and chart specs,
 * plain data that can cross to a worker thread) and the formats; returns the bytes of each
 * format and the stage times. charts → layout → pdf → docx.
 *
 * This module imports nothing heavy at load: the renderers (Chart.js, pdfmake, docx) are
 * imported on first use, only those the formats need, and nothing of the preparing half
 * (zod, Handlebars, the HTML parser) is imported at all, so a render worker loads only what
 * rendering needs.
 * Note: the document is laid out once (render/pdf/lay-out) for both formats: the .pdf draws
 * those pages, and the .docx takes from them its 目录's page numbers and where its tables
 * break, so that Word breaks its pages as the .pdf does.
 */
import type { ChartSpec } from '../charts/spec.js';
import { StageClock, type StageTimes } from '../stage-clock.js';
import type { PublicTableView } from '../tables/public-table.js';
import type { DocumentTree } from '../tree/types.js';
import type { FontConfig } from '../fonts/font-files.js';

/** docx and pdf for the documents; xlsx for the public tables' workbook. */
export type OutputFormat = 'docx' | 'pdf' | 'xlsx';

export interface RenderedFile {
  format: OutputFormat;
  fileName: string;
  bytes: Uint8Array;
}

export interface RenderedDocument {
  kind: 'final-accounts' | 'project-evaluation' | 'public-tables';
  project?: string;
  title: string;
  files: RenderedFile[];
}

/** A document ready to render: its tree (plain data, safe to send to a worker thread). */
export interface PreparedDocument {
  kind: RenderedDocument['kind'];
  project?: string;
  title: string;
  tree: DocumentTree;
  /** Charts to draw into tree.images before rendering (the 部门决算说明's 图1–图7). */
  charts: ChartSpec[];
  /** For the public-tables workbook: its tables (the tree then only carries the properties). */
  workbook?: { tables: PublicTableView[]; thousands: boolean };
}

/** charts → layout → pdf, docx. */
export async function renderDocument(
  doc: PreparedDocument,
  formats: readonly OutputFormat[],
  fonts?: Partial<FontConfig>,
): Promise<{ document: RenderedDocument; times: StageTimes }> {
  const clock = new StageClock();
  const header = { kind: doc.kind, ...(doc.project ? { project: doc.project } : {}), title: doc.title };
  if (doc.workbook) {
    const files: RenderedFile[] = [];
    if (formats.includes('xlsx')) {
      const { renderXlsx } = await import('./xlsx/render-xlsx.js');
      const { meta } = doc.tree;
      files.push({
        format: 'xlsx',
        fileName: `${doc.title}.xlsx`,
        bytes: await renderXlsx(
          doc.workbook.tables,
          { title: meta.title, author: meta.author, date: meta.date },
          { thousands: doc.workbook.thousands },
        ),
      });
      clock.lap('xlsx');
    }
    return { document: { ...header, files }, times: clock.times };
  }
  if (!formats.includes('docx') && !formats.includes('pdf')) return { document: { ...header, files: [] }, times: clock.times };
  const [{ renderCharts }, { layOutPdf }, pdf, docx] = await Promise.all([
    import('../charts/render-chart.js'),
    import('./pdf/lay-out.js'),
    formats.includes('pdf') ? import('./pdf/render-pdf.js') : undefined,
    formats.includes('docx') ? import('./docx/render-docx.js') : undefined,
  ]);
  clock.lap('load renderers');
  const tree: DocumentTree = doc.charts.length > 0 ? { ...doc.tree, images: await renderCharts(doc.charts) } : doc.tree;
  clock.lap('charts');
  const layout = layOutPdf(tree, { fonts });
  clock.lap('layout');
  const files: RenderedFile[] = [];
  if (docx) {
    files.push({ format: 'docx', fileName: `${doc.title}.docx`, bytes: docx.renderDocx(tree, { plan: layout.plan }) });
    clock.lap('docx');
  }
  if (pdf) {
    files.push({ format: 'pdf', fileName: `${doc.title}.pdf`, bytes: await pdf.renderPdfLayout(layout) });
    clock.lap('pdf');
  }
  const document: RenderedDocument = { ...header, files };
  return { document, times: clock.times };
}

/**
 * Gets a render thread ready for its first document while the main thread is still
 * preparing it: loads the renderers, parses the fonts, and renders a small sample document
 * (warm-up-sample.ts) in the formats of the run, so V8 has compiled the renderers' code by then.
 */
export async function warmUpRenderers(formats: readonly OutputFormat[], fonts?: Partial<FontConfig>): Promise<void> {
  const { warmUpSample } = await import('./warm-up-sample.js');
  await renderDocument(warmUpSample(), formats, fonts);
}
