/**
 * For the PDF backend's tests: lays a tree out and draws it in one call, as the pipeline does
 * in two (layOutPdf, then renderPdfLayout); returns the bytes and the page plan.
 */
import type { PagePlan } from '../../src/render/page-plan.js';
import { layOutPdf, type RenderPdfOptions } from '../../src/render/pdf/lay-out.js';
import { renderPdfLayout } from '../../src/render/pdf/render-pdf.js';
import type { DocumentTree } from '../../src/tree/types.js';

export interface RenderedPdf {
  bytes: Uint8Array;
  plan: PagePlan;
}

export async function renderPdf(tree: DocumentTree, options: RenderPdfOptions = {}): Promise<RenderedPdf> {
  const layout = layOutPdf(tree, options);
  return { bytes: await renderPdfLayout(layout), plan: layout.plan };
}
