/**
 * Just enough of the zip format to write a .docx package: `deflatedEntry` and `storedEntry`
 * make an entry from uncompressed bytes; `writeZip` takes entries and one DOS date and time
 * and returns a zip file holding them in the order given, every entry stamped with that time.
 * No zip64 (a .docx part is far below 4 GiB), no encryption, a single disk.
 */

import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../util/crc32.js';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  uncompressedSize: number;
  /** The entry's data as it stands in the zip (deflated when `method` is 8). */
  data: Uint8Array;
}

/** MS-DOS date and time fields, as zip headers store them. */
export interface DosTime {
  date: number;
  time: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x800;
/** Version 2.0: deflate. */
const VERSION = 20;
const DEFLATE_LEVEL = 6;

const utf8 = new TextEncoder();

export function deflatedEntry(name: string, bytes: Uint8Array): ZipEntry {
  return {
    name,
    method: DEFLATED,
    crc: crc32(bytes),
    uncompressedSize: bytes.length,
    data: deflateRawSync(bytes, { level: DEFLATE_LEVEL }),
  };
}

/** An entry kept as it is: for data that is compressed already (PNG). */
export function storedEntry(name: string, bytes: Uint8Array): ZipEntry {
  return { name, method: STORED, crc: crc32(bytes), uncompressedSize: bytes.length, data: bytes };
}

export function writeZip(entries: readonly ZipEntry[], stamp: DosTime): Uint8Array {
  const names = entries.map((entry) => utf8.encode(entry.name));
  const localSize = entries.reduce((sum, entry, i) => sum + 30 + names[i]!.length + entry.data.length, 0);
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  // The fields local and central headers share, from "version needed" to the name's length.
  const common = (entry: ZipEntry, name: Uint8Array, from: number): void => {
    view.setUint16(from, VERSION, true);
    view.setUint16(from + 2, /[^\x20-\x7e]/.test(entry.name) ? UTF8_NAME : 0, true);
    view.setUint16(from + 4, entry.method, true);
    view.setUint16(from + 6, stamp.time, true);
    view.setUint16(from + 8, stamp.date, true);
    view.setUint32(from + 10, entry.crc, true);
    view.setUint32(from + 14, entry.data.length, true);
    view.setUint32(from + 18, entry.uncompressedSize, true);
    view.setUint16(from + 22, name.length, true);
  };
  entries.forEach((entry, i) => {
    const name = names[i]!;
    offsets.push(at);
    view.setUint32(at, LOCAL_HEADER, true);
    common(entry, name, at + 4);
    out.set(name, at + 30);
    out.set(entry.data, at + 30 + name.length);
    at += 30 + name.length + entry.data.length;
  });
  const centralStart = at;
  entries.forEach((entry, i) => {
    const name = names[i]!;
    view.setUint32(at, CENTRAL_HEADER, true);
    view.setUint16(at + 4, VERSION, true); // version made by
    common(entry, name, at + 6);
    view.setUint32(at + 42, offsets[i]!, true); // extra, comment, disk, attributes stay 0
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
