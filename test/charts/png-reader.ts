/**
 * Test helper: reads a PNG's chunks and, for 8-bit RGB files with unfiltered rows (as
 * encodeOpaqueRgbPng writes them), its pixels. Takes PNG bytes; returns plain data.
 */
import { inflateSync } from 'node:zlib';

export interface PngChunk {
  type: string;
  data: Uint8Array;
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function readChunks(png: Uint8Array): PngChunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
}

export function readHeader(png: Uint8Array): PngHeader {
  const ihdr = readChunks(png).find((chunk) => chunk.type === 'IHDR')!.data;
  const view = new DataView(ihdr.buffer, ihdr.byteOffset, ihdr.byteLength);
  return { width: view.getUint32(0), height: view.getUint32(4), bitDepth: ihdr[8]!, colourType: ihdr[9]! };
}

/** RGB of every pixel, rows top to bottom; only unfiltered rows (filter type 0). */
export function readRgbPixels(png: Uint8Array): Uint8Array {
  const { width, height } = readHeader(png);
  const idat = Buffer.concat(
    readChunks(png)
      .filter((c) => c.type === 'IDAT')
      .map((c) => c.data),
  );
  const raw = inflateSync(idat);
  const rowBytes = width * 3;
  const rgb = new Uint8Array(height * rowBytes);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (rowBytes + 1)]!;
    if (filter !== 0) throw new Error(`row ${y}: filter ${filter} not supported`);
    rgb.set(raw.subarray(y * (rowBytes + 1) + 1, (y + 1) * (rowBytes + 1)), y * rowBytes);
  }
  return rgb;
}
