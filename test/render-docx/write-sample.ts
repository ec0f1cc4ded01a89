/**
 * Writes the sample tree as a .docx for the visual check: `npx tsx test/render-docx/write-sample.ts [out.docx]`
 * (default /tmp/sample.docx), then convert it with LibreOffice and look at the pages.
 */

import { writeFileSync } from 'node:fs';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { samplePlan, sampleTree } from './sample-tree.js';

const out = process.argv[2] ?? '/tmp/sample.docx';
writeFileSync(out, renderDocx(sampleTree(), { plan: samplePlan() }));
console.log(out);
