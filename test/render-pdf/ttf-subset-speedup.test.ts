/**
 * The faster TrueType subsetting writes exactly the subset fontkit writes on its own: the
 * same glyphs subset in this process, where the patch is in place, and in a fresh Node
 * process that loads fontkit untouched, give the same bytes.
 * Note: the bundled Noto fonts have no compound glyphs; those take fontkit's own path.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import '../../src/render/pdf/fontkit-cache.js';
import { defaultFontConfig } from '../../src/render/pdf/font-files.js';
import { fontkitPath } from '../../src/render/pdf/fontkit-location.js';
import { ttfSubsetPatchCount } from '../../src/render/pdf/ttf-subset-speedup.js';

const require = createRequire(import.meta.url);

// Glyphs a Chinese text uses, some Latin and digits, and a run of ids.
const SAMPLE = '遂宁市安居区司法局2023年度部门决算说明，财政拨款收入合计1,234.56万元（增长12.5%）。ABCxyz';

/** Subsets the font at `path` with the glyphs of SAMPLE and ids 1–1500; returns the sha256. */
function subsetScript(path: string): string {
  return `
    const fontkit = require(${JSON.stringify(fontkitPath)});
    const font = fontkit.create(require('fs').readFileSync(${JSON.stringify(path)}));
    const subset = font.createSubset();
    for (const g of font.layout(${JSON.stringify(SAMPLE)}).glyphs) subset.includeGlyph(g.id);
    for (let id = 1; id <= 1500; id++) subset.includeGlyph(id);
    process.stdout.write(require('crypto').createHash('sha256').update(subset.encode()).digest('hex'));
  `;
}

it('subsets every PDF font to the same bytes as unpatched fontkit', () => {
  const fontkit = require(fontkitPath) as { create(buffer: Buffer): unknown };
  const { create } = fontkit;
  for (const path of new Set(Object.values(defaultFontConfig()))) {
    const untouched = execFileSync(process.execPath, ['-e', subsetScript(path)], { encoding: 'utf8' });
    // This process: the cached create (fontkit-cache.ts) patches the subset class.
    const font = create(readFileSync(path)) as {
      createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
      layout(text: string): { glyphs: { id: number }[] };
    };
    const subset = font.createSubset();
    for (const glyph of font.layout(SAMPLE).glyphs) subset.includeGlyph(glyph.id);
    for (let id = 1; id <= 1500; id++) subset.includeGlyph(id);
    const patched = createHash('sha256').update(subset.encode()).digest('hex');
    expect(patched, path).toBe(untouched);
  }
  expect(ttfSubsetPatchCount()).toBe(1);
});
