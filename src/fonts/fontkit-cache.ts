/**
 * Makes pdfkit parse each font file once per thread instead of once per document (a hook
 * into pdfkit's loading of fontkit, ARCHITECTURE.md §8). Takes nothing; on import, puts a
 * memoising `create` in front of the fontkit module that pdfkit (under pdfmake) requires,
 * keyed by the font's bytes (the same Buffer object every time: fonts.ts reads each file
 * once, and pdfmake's virtual file system hands pdfkit that Buffer). Exports how often fonts
 * were asked for and parsed, for test/render-pdf/fontkit-cache.test.ts.
 *
 * Note: pdfkit calls `fontkit.create(buffer)` for every document and fontkit's exports are
 * read-only getters, so the memo goes into Node's module cache before pdfkit is loaded:
 * this module must be imported before pdfmake (fonts.ts and render/pdf/render-pdf.ts import
 * it first). A parsed fontkit font is safe to share: each document's EmbeddedFont makes its
 * own subset.
 */
import { createRequire } from 'node:module';
import { fontkitPath, pdfkitPath } from './fontkit-location.js';

const require = createRequire(import.meta.url);

if (require.cache[pdfkitPath]) {
  throw new Error('fontkit-cache must be imported before pdfkit is loaded');
}

type Create = (buffer: Uint8Array, postscriptName?: string) => unknown;
const fontkit = require(fontkitPath) as { create: Create } & Record<string, unknown>;
const parsedByBytes = new WeakMap<Uint8Array, Map<string, unknown>>();
let parseCount = 0;
let requestCount = 0;

function create(buffer: Uint8Array, postscriptName?: string): unknown {
  requestCount += 1;
  let byName = parsedByBytes.get(buffer);
  if (!byName) parsedByBytes.set(buffer, (byName = new Map<string, unknown>()));
  const key = postscriptName ?? '';
  if (!byName.has(key)) {
    parseCount += 1;
    byName.set(key, fontkit.create(buffer, postscriptName));
  }
  return byName.get(key);
}

const moduleEntry = require.cache[fontkitPath];
if (!moduleEntry) throw new Error('fontkit is not in the module cache');
moduleEntry.exports = { ...fontkit, create };

/**
 * Fonts asked for through the cache in this thread so far (pdfkit asks for each font of each
 * document; the font checks once per file) and fonts parsed (each file once, whatever the
 * number of documents).
 */
export function fontCacheUse(): { requests: number; parses: number } {
  return { requests: requestCount, parses: parseCount };
}
