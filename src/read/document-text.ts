/**
 * The text of a 决算说明 as it would print, read from a .docx (or .docm), a .pdf or a .txt
 * copied from a web page: what `npm run learn` and `npm run inspect` read (ARCHITECTURE.md
 * §11). Takes a path; returns its paragraphs in reading order, each with where it stands
 * (PDF page; .docx paragraph number and the heading above it; .txt line), or a refusal with
 * a Chinese message (DocumentError) for a file that cannot be read as such.
 *
 * - .docx/.docm: word/document.xml, paragraph by paragraph (table cells too); text deleted in
 *   tracked changes is left out and inserted text kept (the text as it would print), and the
 *   reader says the file has tracked changes. Macros are never run: only the XML is read.
 * - .pdf: the text layer (pdf.js), lines regrouped into paragraphs by indentation; a PDF with
 *   no text layer (a scan) or with a password is refused.
 * - .txt: UTF-8, or GB18030 when it is not UTF-8 (what Windows saves).
 * Files over MAX_DOCUMENT_BYTES are refused before they are read.
 */
import { stat, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { msg } from '../text/msg.js';

/** The largest document read (a 70-page 决算说明 with its charts is a few MB). */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

export type DocumentFormat = 'docx' | 'pdf' | 'txt';

export type Location = { page: number } | { paragraph: number; heading: string | undefined } | { line: number };

export interface DocumentParagraph {
  text: string;
  where: Location;
  /** A heading (a .docx heading style), when the format says so. */
  heading?: boolean;
}

export interface DocumentText {
  format: DocumentFormat;
  paragraphs: DocumentParagraph[];
  /** What a reader should know about how the text was read (tracked changes …). */
  notes: string[];
}

/** A document that cannot be read: the message says why, in the user's terms. */
export class DocumentError extends Error {
  override name = 'DocumentError';
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (entity, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return XML_ENTITIES[body] ?? entity;
  });
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function readDocx(bytes: Uint8Array, file: string): DocumentText {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new DocumentError(msg`${file} 不是 .docx：是加密的 Word 文件或旧版 .doc 文件。请去掉密码，或用 Word 另存为 .docx 后再试`);
  }
  let xml: string;
  try {
    const entry = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
    if (!entry) throw new Error('word/document.xml');
    xml = strFromU8(entry);
  } catch {
    throw new DocumentError(msg`${file} 不是有效的 .docx 文件（无法解压或缺少正文 word/document.xml），可能已损坏`);
  }
  const notes: string[] = [];
  if (/<w:(ins|del)\b/.test(xml)) notes.push(msg`文档中有修订（修订痕迹）：按接受全部修订后的文字读取`);
  const paragraphs: DocumentParagraph[] = [];
  let heading: string | undefined;
  let n = 0;
  for (const match of xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    n += 1;
    // Deleted text is w:delText, never w:t: it drops out by itself; field codes are w:instrText.
    const body = match[1]!;
    let text = '';
    for (const t of body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) text += t[1] === undefined ? ' ' : decodeXml(t[1]);
    if (text.trim() === '') continue;
    const isHeading = /<w:pStyle w:val="(?:Plain)?(?:Heading|heading|Title|标题)[^"]*"\/>/.test(body) || /<w:outlineLvl\b/.test(body);
    paragraphs.push({ text, where: { paragraph: n, heading }, ...(isHeading ? { heading: true } : {}) });
    if (isHeading) heading = text.trim();
  }
  return { format: 'docx', paragraphs, notes };
}

function readTxt(bytes: Uint8Array): DocumentText {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  const paragraphs = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ text: line, where: { line: i + 1 } }))
    .filter((p) => p.text.trim() !== '');
  return { format: 'txt', paragraphs, notes: [] };
}

interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
}

/**
 * A PDF's lines regrouped into paragraphs: a line that starts further in than the page's usual
 * left edge, or follows a line that stopped well short of the usual right edge, begins one.
 */
async function readPdf(bytes: Uint8Array, file: string): Promise<DocumentText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document;
  try {
    // Note: pdf.js takes ownership of (detaches) the buffer it is given; pass a copy.
    document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') throw new DocumentError(msg`${file} 有密码保护，无法读取文字。请去掉密码后再试`);
    throw new DocumentError(msg`${file} 不是有效的 PDF 文件，可能已损坏`);
  }
  const paragraphs: DocumentParagraph[] = [];
  let characters = 0;
  try {
    for (let page = 1; page <= document.numPages; page++) {
      const content = await (await document.getPage(page)).getTextContent();
      const items = content.items.flatMap((item) => {
        if (!('str' in item) || item.str.trim() === '') return [];
        const [, , , , x, y] = item.transform as number[];
        return [{ text: item.str, x: x!, y: y!, right: x! + item.width, size: item.height }];
      });
      const lines: PdfLine[] = [];
      for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
        const line = lines[lines.length - 1];
        if (line && Math.abs(line.y - item.y) < Math.max(1, item.size / 3)) {
          line.text += item.text;
          line.right = Math.max(line.right, item.right);
          line.x = Math.min(line.x, item.x);
        } else lines.push({ ...item });
      }
      if (lines.length === 0) continue;
      const left = Math.min(...lines.map((l) => l.x));
      const right = Math.max(...lines.map((l) => l.right));
      const em = Math.max(8, (right - left) / 40);
      let open: DocumentParagraph | undefined;
      let openEndedShort = true;
      for (const line of lines) {
        const text = line.text.replace(/\s+/g, '');
        characters += text.length;
        const indented = line.x > left + em * 0.8;
        if (!open || indented || openEndedShort) {
          open = { text, where: { page } };
          paragraphs.push(open);
        } else open.text += text;
        openEndedShort = line.right < right - em * 1.5;
      }
    }
  } finally {
    await document.destroy();
  }
  if (characters === 0)
    throw new DocumentError(msg`${file} 没有文字层（可能是扫描件或图片），无法读取文字。请使用带文字的 PDF 或 Word 文件`);
  return { format: 'pdf', paragraphs, notes: [] };
}

/** Reads a document for learn and inspect; throws DocumentError with a Chinese message. */
export async function readDocumentText(file: string): Promise<DocumentText> {
  const kind = extname(file).toLowerCase();
  if (!['.docx', '.docm', '.pdf', '.txt'].includes(kind)) {
    throw new DocumentError(msg`${file}：不能读取 ${kind || msg`无扩展名`} 文件；请提供 .docx、.pdf 或 .txt（旧版 .doc 请先另存为 .docx）`);
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new DocumentError(msg`找不到文件 ${file}`);
  }
  if (size > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(msg`${file} 有 ${Math.round(size / 1024 / 1024)} MB，超过可读取的上限 ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
  }
  const bytes = new Uint8Array(await readFile(file));
  if (kind === '.pdf') return readPdf(bytes, file);
  if (kind === '.txt') return readTxt(bytes);
  return readDocx(bytes, file);
}

/** Where a paragraph stands, in the user's words (第3页; 第12段（“七、…”之下）; 第40行). */
export function describeLocation(where: Location): string {
  if ('page' in where) return msg`第${where.page}页`;
  if ('line' in where) return msg`第${where.line}行`;
  return where.heading === undefined ? msg`第${where.paragraph}段` : msg`第${where.paragraph}段（“${where.heading}”之下）`;
}
