/**
 * Text of a PDF for tests: takes the bytes, returns one string per page, using pdfjs-dist's
 * legacy build in Node (its fake worker runs in-process). Text items are grouped into
 * lines by baseline and joined without separators, so a Chinese sentence comes out
 * contiguous even though pdfmake places every character (and every justified gap)
 * separately; lines are joined with "\n". Search with normalizeForSearch on both sides to
 * find a sentence that wraps across lines, whatever the punctuation width.
 */

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export { normalizeForSearch } from './normalize.js';

interface PositionedText {
  text: string;
  x: number;
  y: number;
  height: number;
}

/** A space next to a CJK character or full-width punctuation is spacing, not text. */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u201c\\u201d';
const SPURIOUS_SPACE = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'gu');

/** Where pdf.js places a text item: e and f of its matrix [a, b, c, d, e, f], which pdf.js types as any[]. */
function position(transform: unknown[]): { x: number; y: number } {
  const x = transform[4];
  const y = transform[5];
  if (typeof x !== 'number' || typeof y !== 'number')
    throw new Error(`pdf.js gave a text item without a position: ${JSON.stringify(transform)}`);
  return { x, y };
}

function joinLines(items: PositionedText[]): string {
  const lines: PositionedText[][] = [];
  const byBaseline = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of byBaseline) {
    const line = lines[lines.length - 1];
    // Items whose baselines differ by less than a third of the text height share a line.
    if (line && Math.abs(line[0]!.y - item.y) < Math.max(1, item.height / 3)) line.push(item);
    else lines.push([item]);
  }
  return lines
    .map((line) =>
      line
        .sort((a, b) => a.x - b.x)
        .map((item) => item.text)
        .join('')
        .replace(SPURIOUS_SPACE, '')
        .trim(),
    )
    .filter((line) => line !== '')
    .join('\n');
}

export async function extractPdfText(bytes: Uint8Array): Promise<string[]> {
  // Note: pdfjs takes ownership of (detaches) the buffer it is given; pass a copy.
  const document = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        items.push({ text: item.str, ...position(item.transform), height: item.height });
      }
      pages.push(joinLines(items));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
