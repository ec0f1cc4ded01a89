/**
 * The text of a rendered slot as a reader sees it: takes the HTML of the templates'
 * constrained vocabulary (tags, Handlebars' escapes); returns its canonical text
 * (src/read/canonical.ts).
 */
import { canonical } from '../read/canonical.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#x60;': '`',
  '&#x3D;': '=',
};

export function renderedText(html: string): string {
  return canonical(html.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/g, (e) => ESCAPES[e]!));
}
