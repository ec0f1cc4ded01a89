/**
 * Makes a packed .docx reproducible: takes the bytes docx wrote and the document date, returns
 * the same package with the clock and process-wide counters taken out, so the same tree always
 * gives the same bytes (DESIGN §6).
 *
 * - core.xml: created/modified become the document date instead of "now".
 * - document.xml: bookmark names (`_Toc…`) and ids are renumbered from 1 in document order.
 * - zip: fixed entry order ([Content_Types].xml first, then as docx wrote them) and fixed
 *   entry times.
 *
 * Only those two parts are inflated and deflated again; every other entry keeps the
 * compressed bytes docx wrote.
 */

import { deflatedEntry, entryBytes, readZip, writeZip, type DosTime, type ZipEntry } from './zip.js';

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
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`文档日期应为 yyyy-mm-dd，实际为“${isoDate}”`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return { date: ((year - 1980) << 9) | (month << 5) | day, time: 12 << 11 };
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The entry with its text changed by `edit`. */
function edited(entry: ZipEntry, edit: (xml: string) => string): ZipEntry {
  return deflatedEntry(entry.name, encoder.encode(edit(decoder.decode(entryBytes(entry)))));
}

export function repackDeterministic(docx: Uint8Array, isoDate: string): Uint8Array {
  const stamp = entryTime(isoDate);
  const entries = readZip(docx).map((entry) => {
    if (entry.name === 'docProps/core.xml') return edited(entry, (xml) => withDocumentDate(xml, isoDate));
    if (entry.name === 'word/document.xml') return edited(entry, renumberBookmarks);
    return entry;
  });
  const types = entries.find((entry) => entry.name === '[Content_Types].xml');
  if (types === undefined) throw new Error('.docx 包中缺少 [Content_Types].xml');
  return writeZip([types, ...entries.filter((entry) => entry !== types)], stamp);
}
