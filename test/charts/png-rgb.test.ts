import { loadImage, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { encodeOpaqueRgbPng } from '../../src/charts/png-rgb.js';
import { PNG_SIGNATURE, readChunks, readHeader, readRgbPixels } from './png-reader.js';

// 2×2 pixels: opaque red, opaque blue, half-transparent black, fully transparent.
const rgba = Uint8Array.of(255, 0, 0, 255, 0, 0, 255, 255, 0, 0, 0, 128, 12, 34, 56, 0);

describe('encodeOpaqueRgbPng', () => {
  const png = encodeOpaqueRgbPng(rgba, 2, 2, { pixelsPerInch: 288 });

  it('writes an 8-bit RGB PNG (colour type 2) with the given size', () => {
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(readHeader(png)).toEqual({ width: 2, height: 2, bitDepth: 8, colourType: 2 });
    expect(readChunks(png).map((chunk) => chunk.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
  });

  it('composites the pixels over white', () => {
    expect([...readRgbPixels(png)]).toEqual([255, 0, 0, 0, 0, 255, 127, 127, 127, 255, 255, 255]);
  });

  it('records the print resolution in pixels per metre', () => {
    const phys = readChunks(png).find((chunk) => chunk.type === 'pHYs')!.data;
    const view = new DataView(phys.buffer, phys.byteOffset, phys.byteLength);
    expect(view.getUint32(0)).toBe(Math.round(288 / 0.0254));
    expect(phys[8]).toBe(1);
  });

  it('is read back by an independent decoder (checksums and filters are valid)', async () => {
    const image = await loadImage(Buffer.from(png));
    const canvas = createCanvas(2, 2);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    expect([...ctx.getImageData(0, 0, 2, 2).data]).toEqual([255, 0, 0, 255, 0, 0, 255, 255, 127, 127, 127, 255, 255, 255, 255, 255]);
  });

  it('rejects pixel data of the wrong length', () => {
    expect(() => encodeOpaqueRgbPng(rgba, 3, 2)).toThrow(RangeError);
  });
});
