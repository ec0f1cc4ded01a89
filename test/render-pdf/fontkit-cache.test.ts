/** pdfkit parses each font once per thread, however many documents are rendered. */
import { expect, it } from 'vitest';
import { parsedFontCount } from '../../src/fonts/fontkit-cache.js';
import { renderPdf } from './render-pdf-tree.js';
import { smallTree } from './sample-tree.js';

it('reuses the parsed fonts for every document after the first', async () => {
  const first = await renderPdf(smallTree());
  const afterFirst = parsedFontCount();
  expect(afterFirst).toBeGreaterThan(0);
  const second = await renderPdf(smallTree());
  await renderPdf(smallTree());
  expect(parsedFontCount()).toBe(afterFirst);
  // Sharing the parsed font changes nothing in the output.
  expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
});
