/**
 * The text of a generated document in both formats, normalised for searching sentences:
 * takes a rendered document (its .docx and .pdf files); returns one string per format.
 * Note: the PDF's page-number footer (— N —) sits between the last line of one page and the
 * first of the next; it is dropped so that a sentence running over a page break is found.
 */
import type { RenderedDocument } from '../../src/render/render-document.js';
import { extractDocxText } from './docx-text.js';
import { normalizeForSearch } from './normalize.js';
import { extractPdfText } from './pdf-text.js';

export type SearchTexts = Record<'docx' | 'pdf', string>;

export async function searchTexts(doc: Pick<RenderedDocument, 'files'>): Promise<SearchTexts> {
  const texts: SearchTexts = { docx: '', pdf: '' };
  for (const file of doc.files) {
    if (file.format === 'docx') texts.docx = normalizeForSearch(extractDocxText(file.bytes).join('\n'));
    if (file.format === 'pdf')
      texts.pdf = normalizeForSearch((await extractPdfText(file.bytes)).map((page) => page.replace(/—\s*\d+\s*—\s*$/, '')).join('\n'));
  }
  return texts;
}
