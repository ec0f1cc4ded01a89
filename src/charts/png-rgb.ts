/**
 * Encodes RGBA pixels (as `getImageData` gives them: straight alpha, 4 bytes a pixel, rows
 * top to bottom) as an opaque RGB PNG: 8-bit truecolour (colour type 2), pixels composited
 * over white, optionally with a pHYs chunk giving the print resolution. Returns the file bytes.
 *
 * Note: @napi-rs/canvas always writes RGBA PNGs (colour type 6), even for a context made with
 * `{ alpha: false }`. pdfkit (under pdfmake) turns an RGBA PNG into an image with a soft mask,
 * which PDF/A forbids, so the charts are re-encoded here without the alpha channel.
 */
import { deflateSync } from 'node:zlib';

const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const COLOUR_TYPE_RGB = 2;
/** PNG row filter type 0: the row's bytes as they are. */
const FILTER_NONE = 0;

export interface RgbPngOptions {
  /** Print resolution written to a pHYs chunk, in pixels per inch. */
  pixelsPerInch?: number;
}

export function encodeOpaqueRgbPng(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  options: RgbPngOptions = {},
): Uint8Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`PNG size must be positive integers, got ${width}×${height}`);
  }
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`expected ${width * height * 4} RGBA bytes, got ${rgba.length}`);
  }

  const rowBytes = width * 3;
  const rgb = toRgbOverWhite(rgba);
  // Note: unfiltered rows deflate 10–20% smaller than the "Up" filter on the reference charts
  // (flat colours, anti-aliased edges), so no row is filtered.
  const rows = new Uint8Array(height * (rowBytes + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (rowBytes + 1)] = FILTER_NONE;
    rows.set(rgb.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  }

  const header = new Uint8Array(13);
  const headerView = new DataView(header.buffer);
  headerView.setUint32(0, width);
  headerView.setUint32(4, height);
  header.set([8, COLOUR_TYPE_RGB, 0, 0, 0], 8); // bit depth, colour type, compression, filter, interlace

  const chunks = [chunk('IHDR', header)];
  if (options.pixelsPerInch !== undefined) {
    const pixelsPerMetre = Math.round(options.pixelsPerInch / 0.0254);
    const phys = new Uint8Array(9);
    const physView = new DataView(phys.buffer);
    physView.setUint32(0, pixelsPerMetre);
    physView.setUint32(4, pixelsPerMetre);
    phys[8] = 1; // unit: metre
    chunks.push(chunk('pHYs', phys));
  }
  chunks.push(chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array(0)));
  return concat([PNG_SIGNATURE, ...chunks]);
}

/** Drops alpha by compositing each pixel over white (straight, not premultiplied, alpha). */
function toRgbOverWhite(rgba: Uint8Array | Uint8ClampedArray): Uint8Array {
  const pixelCount = rgba.length / 4;
  const rgb = new Uint8Array(pixelCount * 3);
  for (let p = 0; p < pixelCount; p++) {
    const alpha = rgba[p * 4 + 3]!;
    for (let c = 0; c < 3; c++) {
      const value = rgba[p * 4 + c]!;
      rgb[p * 3 + c] =
        alpha === 255 ? value : Math.round((value * alpha + 255 * (255 - alpha)) / 255);
    }
  }
  return rgb;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

// Note: node:zlib has crc32 only from Node 20.15; the project supports every Node 20.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
