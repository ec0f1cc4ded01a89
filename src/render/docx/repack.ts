/**
 * Makes a packed .docx reproducible: takes the bytes docx wrote and the document date, returns
 * the same package with the clock and process-wide counters taken out, so the same tree always
 * gives the same bytes (DESIGN §6).
 *
 * - core.xml: created/modified become the document date instead of "now".
 * - document.xml: bookmark names (`_Toc…`) and ids are renumbered from 1 in document order.
 * - zip: fixed entry order ([Content_Types].xml first, then as docx wrote them) and fixed
 *   entry times.
 */

import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

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

/** Zip entry time from an ISO date, noon so that no time zone turns it into another day. */
function entryTime(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`文档日期应为 yyyy-mm-dd，实际为“${isoDate}”`);
  // Note: fflate writes DOS times from the local-time fields of the Date, so it is built from
  // local fields too; a UTC timestamp would give a different entry time in each time zone.
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12, 0, 0);
}

export function repackDeterministic(docx: Uint8Array, isoDate: string): Uint8Array {
  const entries = unzipSync(docx);
  const names = Object.keys(entries);
  const ordered = ['[Content_Types].xml', ...names.filter((name) => name !== '[Content_Types].xml')];
  const mtime = entryTime(isoDate);
  const zippable: Zippable = {};
  for (const name of ordered) {
    const data = entries[name];
    if (data === undefined) throw new Error(`.docx 包中缺少 ${name}`);
    let bytes = data;
    if (name === 'docProps/core.xml') bytes = strToU8(withDocumentDate(strFromU8(data), isoDate));
    if (name === 'word/document.xml') bytes = strToU8(renumberBookmarks(strFromU8(data)));
    zippable[name] = [bytes, { mtime }];
  }
  return zipSync(zippable, { level: 6 });
}
