/**
 * Opens a spreadsheet file safely: refuses what is not an Excel workbook, what is
 * password-protected, and what would take the machine down (a 50 MB file, a zip bomb, a
 * million empty rows) before the library parses it in full. Takes the file's bytes and a
 * name for messages; returns the parsed SheetJS workbook, or the refusal in Chinese.
 *
 * Library: SheetJS Community Edition 0.20.3 from npm as @e965/xlsx (pinned exactly; the
 * `xlsx` package on npm stopped at 0.18.5, which has CVE-2023-30533 and CVE-2024-22363),
 * the same library that writes the 公开表 workbook; it reads .xlsx and .xls alike.
 *
 * The guards, in order: file size; the first bytes (a zip for .xlsx, an OLE compound file
 * for .xls or an encrypted .xlsx); for a zip, every entry is inflated once as a stream and
 * counted, and the reading stops as soon as an entry or the whole passes its limit (a
 * declared size can lie, a count cannot); then SheetJS reads at most MAX_ROWS rows per
 * sheet, and a sheet whose declared range is larger is refused by name.
 */
import * as XLSX from '@e965/xlsx';
import { Unzip, UnzipInflate } from 'fflate';
import type { Finding } from '../../schema/format-issues.js';
import { msg } from '../../text/msg.js';
import { CFB } from '../../util/sheetjs-bundled.js';

const MB = 1024 * 1024;
/** A unit's workbook is well under 5 MB; a 财决 export of a large department a few MB. */
export const MAX_FILE_BYTES = 20 * MB;
/** Unzipped size of one part (one sheet's XML) and of all parts together. */
export const MAX_PART_BYTES = 10 * MB;
export const MAX_UNZIPPED_BYTES = 60 * MB;
/** Rows and columns read per sheet: a 财决 sheet has a few hundred rows and ~110 columns. */
export const MAX_ROWS = 10_000;
export const MAX_COLUMNS = 500;

export type OpenResult = { ok: true; workbook: XLSX.WorkBook } | { ok: false; errors: Finding[] };

const refuse = (message: string): OpenResult => ({ ok: false, errors: [{ path: '$', message }] });
const megabytes = (n: number) => `${(n / MB).toFixed(1)} MB`;

type Container = 'zip' | 'ole' | 'pdf' | 'markup' | 'other';

function containerOf(bytes: Uint8Array): Container {
  const starts = (...b: number[]) => b.every((v, i) => bytes[i] === v);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<')) return 'markup';
  return 'other';
}

/** Inflates every entry of the zip as a stream, counting; returns a refusal or undefined. */
function checkZipSizes(bytes: Uint8Array, file: string): string | undefined {
  let total = 0;
  let entries = 0;
  let problem: string | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (entry) => {
    if (problem) return;
    entries += 1;
    if (entries > 10_000) {
      problem = msg`${file} 含有超过10000个部件，不是正常的 Excel 工作簿`;
      return;
    }
    let size = 0;
    entry.ondata = (err, chunk) => {
      if (problem) return;
      if (err) {
        problem = msg`${file} 已损坏，无法解压（${entry.name}：${err.message}）`;
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > MAX_PART_BYTES) {
        problem = msg`${file} 的部件 ${entry.name} 解压后超过 ${megabytes(MAX_PART_BYTES)}（可能含有大量空行、空列或格式），为保护本机已停止读取；请删除多余的行列后另存`;
        entry.terminate();
      } else if (total > MAX_UNZIPPED_BYTES) {
        problem = msg`${file} 解压后超过 ${megabytes(MAX_UNZIPPED_BYTES)}，为保护本机已停止读取；请删除与决算无关的工作表后另存`;
        entry.terminate();
      }
    };
    try {
      entry.start();
    } catch (err) {
      // Note: fflate refuses a zip entry encrypted with a password (and unknown compression methods).
      problem = msg`${file} 的部件 ${entry.name} 无法解压（${(err as Error).message}），文件可能设置了密码或已损坏`;
    }
  };
  try {
    unzip.push(bytes, true);
  } catch (err) {
    problem ??= msg`${file} 已损坏，无法解压（${(err as Error).message}）`;
  }
  if (!problem && entries === 0) problem = msg`${file} 不是有效的 .xlsx 文件（压缩包中没有任何内容）`;
  return problem;
}

function isEncryptedOle(bytes: Uint8Array): boolean {
  try {
    const cfb = CFB.read(bytes, { type: 'buffer' });
    return cfb.FullPaths.some((p) => /\/(EncryptionInfo|EncryptedPackage)$/.test(p));
  } catch {
    return false;
  }
}

const PASSWORD = (file: string) =>
  msg`${file} 设置了打开密码，无法读取；请在 Excel 或 WPS 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存，再提供`;

export function openWorkbook(bytes: Uint8Array, file: string): OpenResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return refuse(
      msg`${file} 有 ${megabytes(bytes.length)}，超过 ${megabytes(MAX_FILE_BYTES)} 的上限；一个单位的决算工作簿通常不到 5 MB，请删除与决算无关的工作表、图片后另存`,
    );
  }
  const container = containerOf(bytes);
  switch (container) {
    case 'pdf':
      return refuse(msg`${file} 实际是 PDF 文件，不是 Excel 工作簿（.xlsx 或 .xls）`);
    case 'markup':
      // Note: some systems save an HTML page or an XML spreadsheet under .xls; it is refused rather than guessed at.
      return refuse(msg`${file} 实际是网页（HTML）或 XML 文本，不是 Excel 工作簿；请用 Excel 或 WPS 打开后“另存为” .xlsx`);
    case 'other':
      return refuse(msg`${file} 不是 Excel 工作簿（.xlsx 或 .xls）：文件开头不是工作簿的格式，可能是改了扩展名的其他文件`);
    case 'ole':
      if (isEncryptedOle(bytes)) return refuse(PASSWORD(file));
      break;
    case 'zip': {
      const problem = checkZipSizes(bytes, file);
      if (problem) return refuse(problem);
      break;
    }
  }
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      sheetRows: MAX_ROWS + 1,
      cellFormula: true,
      cellHTML: false,
      cellNF: true,
      cellDates: false,
    });
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    if (/password|encrypt/i.test(message)) return refuse(PASSWORD(file));
    return refuse(msg`${file} 无法作为 Excel 工作簿读取（${message}），文件可能已损坏`);
  }
  const errors: Finding[] = [];
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name]!;
    // `!fullref` (the range before sheetRows cut it) is not in SheetJS's types: a string when set.
    const fullref: unknown = sheet['!fullref'];
    const declared = typeof fullref === 'string' ? fullref : sheet['!ref'];
    if (!declared) continue;
    const range = XLSX.utils.decode_range(declared);
    if (range.e.r + 1 > MAX_ROWS || range.e.c + 1 > MAX_COLUMNS) {
      errors.push({
        path: `${quoteSheet(name)}!${declared}`,
        message: msg`工作表“${name}”的范围是 ${declared}（${range.e.r + 1}行、${range.e.c + 1}列），超过本工具读取的上限（${MAX_ROWS}行、${MAX_COLUMNS}列）；可能含有大量空行或空列，请删除后另存`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, workbook };
}

/** A sheet name as Excel writes it in a reference: quoted when it has spaces or punctuation. */
export function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
