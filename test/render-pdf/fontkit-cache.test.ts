/**
 * The fontkit-cache hook (src/fonts/fontkit-cache.ts, ARCHITECTURE.md §8): pdfkit takes every
 * font of every document from the cache, which parses each font file once per thread.
 * Bypassed (pdfkit loading a fontkit of its own, or given a new Buffer per document), pdfkit
 * parses the five fonts again for each document: the requests stop reaching the cache, or
 * the parses grow with the documents.
 */
import { expect, it } from 'vitest';
import { fontCacheUse } from '../../src/fonts/fontkit-cache.js';
import { renderPdf } from './render-pdf-tree.js';
import { smallTree } from './sample-tree.js';

/** The font files of the sample's roles (body, bold, 黑体, 楷体, title): one request each per document. */
const FONTS_PER_DOCUMENT = 5;
const DOCUMENTS = 3;

it('gives pdfkit every font from the cache, parsed once per thread', async () => {
  const first = await renderPdf(smallTree());
  const before = fontCacheUse();
  const later = [];
  for (let n = 0; n < DOCUMENTS; n++) later.push(await renderPdf(smallTree()));
  const after = fontCacheUse();
  expect(after.requests - before.requests, 'pdfkit asked the cache for no font: it parses its own').toBeGreaterThanOrEqual(
    DOCUMENTS * FONTS_PER_DOCUMENT,
  );
  expect(after.parses - before.parses, 'fonts parsed again for later documents').toBe(0);
  expect(after.parses).toBeGreaterThan(0);
  // Sharing the parsed font changes nothing in the output.
  for (const pdf of later) expect(Buffer.from(pdf.bytes).equals(Buffer.from(first.bytes))).toBe(true);
});
