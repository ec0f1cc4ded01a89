/**
 * Typed views of the two libraries SheetJS bundles and exports untyped (`SSF: any`,
 * `CFB: any` in @e965/xlsx's index.d.ts): only the members this project calls, with the
 * shapes SheetJS 0.20.3 gives them. Takes nothing; exports `SSF` (number formats and Excel
 * date serials) and `CFB` (OLE compound files, the container of .xls and of an encrypted
 * .xlsx). The values are SheetJS's own objects; only their static type is narrowed here,
 * once, so callers get checked member names instead of `any`.
 */
import * as XLSX from '@e965/xlsx';

/** An Excel date serial taken apart (SSF's parse_date_code): year, month 1–12, day of month and time. */
export interface SsfDateCode {
  y: number;
  m: number;
  d: number;
  H: number;
  M: number;
  S: number;
}

export interface Ssf {
  /** The date of an Excel serial (1900 date system); null when the serial is negative or past 9999-12-31. */
  parse_date_code(serial: number): SsfDateCode | null;
  /** Whether a number format (`yyyy-mm-dd`, `0.00` …) shows a date or time; false for a format given by its index (a number). */
  is_date(format: string | number): boolean;
}

/** An OLE compound file: FullPaths lists its streams and storages (`Root Entry/EncryptionInfo` …). */
export interface CfbContainer {
  FullPaths: string[];
}

export interface Cfb {
  read(bytes: Uint8Array, options: { type: 'buffer' }): CfbContainer;
  write(container: CfbContainer, options: { type: 'buffer' }): Uint8Array;
  utils: {
    cfb_new(): CfbContainer;
    cfb_add(container: CfbContainer, name: string, content: Uint8Array): unknown;
  };
}

const ssf: unknown = XLSX.SSF;
const cfb: unknown = XLSX.CFB;

export const SSF = ssf as Ssf;
export const CFB = cfb as Cfb;
