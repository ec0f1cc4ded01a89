/**
 * Text of a .docx for tests: takes the bytes, returns one string per paragraph of
 * word/document.xml in document order: body paragraphs, the paragraphs in table cells, and
 * the cached result of fields such as the 目录's entries (field codes are left out). Tabs
 * become "\t"; XML entities are decoded.
 */

import { strFromU8, unzipSync } from 'fflate';

export { normalizeForSearch } from './normalize.js';

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (entity, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body] ?? entity;
  });
}

export function documentXml(bytes: Uint8Array): string {
  const entry = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
  if (!entry) throw new Error('word/document.xml is missing from the .docx');
  return strFromU8(entry);
}

/** The text of one paragraph's XML: its w:t text and tabs; w:instrText (field codes) is not text. */
function paragraphText(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) {
    text += match[1] === undefined ? '\t' : decodeXmlEntities(match[1]);
  }
  return text;
}

export function extractDocxText(bytes: Uint8Array): string[] {
  const xml = documentXml(bytes);
  // Paragraphs do not nest in what the backend writes (no text boxes), so a lazy match is enough.
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((match) => paragraphText(match[1] ?? ''));
}
