/**
 * Zips a .docx package reproducibly: takes the parts docx compiled (path → XML text or
 * bytes, in docx's order) and the document date; returns the bytes of the .docx, with the
 * clock and process-wide counters taken out, so the same tree always gives the same bytes
 * (ARCHITECTURE.md §1).
 *
 * - core.xml: created/modified become the document date instead of "now".
 * - document.xml: bookmark names (`_Toc…`) and ids are renumbered from 1 in document order.
 * - zip: fixed entry order ([Content_Types].xml first, then as docx gave them) and fixed
 *   entry times; XML deflated by Node's zlib, images (PNG, compressed already) stored.
 */

import { deflatedEntry, storedEntry, writeZip, type DosTime, type ZipEntry } from './zip.js';
import { msg } from '../../text/msg.js';
import { documentDate } from '../document-date.js';

/**
 * Note: docx takes bookmark ids and `_Toc` names from counters shared by every document made
 * in the process, so a second render of the same tree would number them differently.
 */
export function renumberBookmarks(documentXml: string): string {
  const names = new Map<string, string>();
  // Only where a bookmark name stands: its start tag, a hyperlink anchor, a PAGEREF field.
  const withNames = documentXml.replace(/(w:name="|w:anchor="|PAGEREF )(_Toc\d+)/g, (_match, before: string, name: string) => {
    if (!names.has(name)) names.set(name, `_Toc${names.size + 1}`);
    return `${before}${names.get(name)}`;
  });
  const ids = new Map<string, string>();
  return withNames.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_match, prefix: string, id: string) => {
    if (!ids.has(id)) ids.set(id, String(ids.size + 1));
    return `${prefix}${ids.get(id)}"`;
  });
}

function withDocumentDate(coreXml: string, isoDate: string): string {
  const stamp = `${isoDate}T00:00:00Z`;
  return coreXml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_match, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
  );
}

/** Zip entry time from an ISO date: that day at noon, as MS-DOS date and time fields. */
function entryTime(isoDate: string): DosTime {
  const date = documentDate(isoDate);
  return { date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(), time: 12 << 11 };
}

export type DocxParts = ReadonlyMap<string, string | Uint8Array | ArrayBuffer>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function partBytes(data: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function partText(data: string | Uint8Array | ArrayBuffer): string {
  return typeof data === 'string' ? data : decoder.decode(partBytes(data));
}

function entryOf(path: string, data: string | Uint8Array | ArrayBuffer, isoDate: string): ZipEntry {
  if (path === 'docProps/core.xml') return deflatedEntry(path, encoder.encode(withDocumentDate(partText(data), isoDate)));
  if (path === 'word/document.xml') return deflatedEntry(path, encoder.encode(renumberBookmarks(partText(data))));
  if (path.startsWith('word/media/') && /\.(png|jpe?g)$/i.test(path)) return storedEntry(path, partBytes(data));
  return deflatedEntry(path, partBytes(data));
}

export function packageDocx(parts: DocxParts, isoDate: string): Uint8Array {
  const stamp = entryTime(isoDate);
  const entries = [...parts].map(([path, data]) => entryOf(path, data, isoDate));
  const types = entries.find((entry) => entry.name === '[Content_Types].xml');
  if (types === undefined) throw new Error(msg`.docx 包中缺少 [Content_Types].xml`);
  return writeZip([types, ...entries.filter((entry) => entry !== types)], stamp);
}
