/**
 * Visual check of the PDF backend: renders the sample tree to a file for pdffonts and
 * pdftoppm. Takes an output path (default /tmp/pdf-sample.pdf); prints pages and timing.
 * Run: npx tsx test/render-pdf/render-sample.ts [out.pdf]
 */

import { writeFileSync } from 'node:fs';
import { renderPdf } from './render-pdf-tree.js';
import { sampleTree } from './sample-tree.js';

const out = process.argv[2] ?? '/tmp/pdf-sample.pdf';
const started = Date.now();
const result = await renderPdf(sampleTree());
writeFileSync(out, result.bytes);
console.log(`${out}: ${result.plan.pageCount} pages, ${result.bytes.length} bytes, ${Date.now() - started} ms`);
console.log(result.plan.headingPages);
