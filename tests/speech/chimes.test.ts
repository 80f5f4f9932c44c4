import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWav } from '../../server/speech/wav.ts';

const dir = resolve(import.meta.dirname, '../../media/chimes');

describe('shipped chimes', () => {
  it('are three small 16-bit mono 22050 Hz WAVs', async () => {
    const names = (await readdir(dir)).filter((n) => n.endsWith('.wav')).sort();
    expect(names).toEqual(['ding-dong.wav', 'rising-three.wav', 'soft-bell.wav']);
    for (const name of names) {
      const bytes = await readFile(resolve(dir, name));
      expect(bytes.length, name).toBeLessThan(100 * 1024);
      const info = parseWav(bytes);
      expect(info, name).toMatchObject({ channels: 1, sampleRate: 22050, bitsPerSample: 16 });
      expect(info.durationMs, name).toBeGreaterThan(1000);
    }
  });

  it('start and end at silence, so they do not click', async () => {
    for (const name of ['ding-dong.wav', 'rising-three.wav', 'soft-bell.wav']) {
      const bytes = await readFile(resolve(dir, name));
      const { dataOffset, dataSize } = parseWav(bytes);
      const first = bytes.readInt16LE(dataOffset);
      const last = bytes.readInt16LE(dataOffset + dataSize - 2);
      expect(first, name).toBe(0);
      expect(Math.abs(last), name).toBeLessThanOrEqual(1);
      // The fade-in: the first millisecond stays far below full scale instead of jumping to it.
      for (let i = 0; i < 22; i++) expect(Math.abs(bytes.readInt16LE(dataOffset + i * 2)), name).toBeLessThan(32767 * 0.1);
    }
  });
});
