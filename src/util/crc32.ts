/**
 * CRC-32 (the zip and PNG checksum): takes bytes; returns the unsigned checksum. Shared
 * by the chart PNG encoder and the .docx zip writer.
 * Note: node:zlib has a native crc32 only from Node 20.15 (many times faster); on an older
 * Node 20 the table-driven version below is used.
 */
import * as zlib from 'node:zlib';

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function tableCrc32(bytes: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

export const crc32: (bytes: Uint8Array) => number = nativeCrc32 ?? tableCrc32;
