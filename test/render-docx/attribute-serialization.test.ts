/**
 * The one-pass attribute serialization (src/render/docx/attribute-serialization.ts) writes
 * the same .docx, byte for byte, as docx's own: the sample tree (headings, 目录, tables with
 * spans, an image, landscape sections, footers) rendered with each.
 */
import { NextAttributeComponent } from 'docx';
import { expect, it } from 'vitest';
import { docxOwnPrepForXml, onePassPrepForXml } from '../../src/render/docx/attribute-serialization.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { samplePlan, sampleTree } from './sample-tree.js';

it('writes the same .docx as docx\'s own attribute serialization', async () => {
  const prototype = NextAttributeComponent.prototype as unknown as { prepForXml: unknown };
  expect(prototype.prepForXml).toBe(onePassPrepForXml);
  const render = () => renderDocx(sampleTree(), { plan: samplePlan() });
  try {
    prototype.prepForXml = docxOwnPrepForXml;
    const withDocxOwn = await render();
    prototype.prepForXml = onePassPrepForXml;
    const withOnePass = await render();
    expect(withOnePass.length).toBeGreaterThan(1000);
    expect(Buffer.from(withOnePass).equals(Buffer.from(withDocxOwn))).toBe(true);
  } finally {
    prototype.prepForXml = onePassPrepForXml;
  }
});
