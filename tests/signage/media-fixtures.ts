/** Tiny real media for signage tests: PNGs made with sharp (a colour per call, so hashes differ). */
import sharp from 'sharp';

export async function tinyPng(rgb: [number, number, number] = [200, 30, 30], size = 64): Promise<Buffer> {
  return sharp({ create: { width: size, height: size, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } }).png().toBuffer();
}
