import { describe, expect, it } from 'vitest';
import { WavFormatError, encodeWav16, parseWav, patchStreamedWav } from '../../server/speech/wav.ts';

const PLACEHOLDER = 0x7ffff000;

/** A WAV as a pipe writer leaves it, with a LIST chunk so data does not start at byte 36. */
function streamedWav(samples: number[], trailing: number[] = []): Uint8Array {
  const canonical = encodeWav16(Int16Array.from(samples), 22050);
  const list = [...'LIST'].map((c) => c.charCodeAt(0)).concat([5, 0, 0, 0], [...'INFOx'].map((c) => c.charCodeAt(0)), [0]);
  const bytes = Uint8Array.from([...canonical.subarray(0, 36), ...list, ...canonical.subarray(36), ...trailing]);
  const dv = new DataView(bytes.buffer);
  dv.setUint32(4, PLACEHOLDER, true);
  dv.setUint32(36 + list.length + 4, PLACEHOLDER, true);
  return bytes;
}

describe('WAV headers', () => {
  it('patches the RIFF and data sizes of a streamed WAV from its real length', () => {
    const patched = patchStreamedWav(streamedWav([1, 2, 3, 4]));
    const info = parseWav(patched);
    expect(info.dataOffset).toBe(36 + 14 + 8);
    expect(info.dataSize).toBe(8);
    expect(new DataView(patched.buffer).getUint32(4, true)).toBe(patched.length - 8);
  });

  it('drops a trailing partial sample frame', () => {
    const patched = patchStreamedWav(streamedWav([1, 2], [0x7f]));
    expect(parseWav(patched).dataSize).toBe(4);
    expect(patched.length).toBe(36 + 14 + 8 + 4);
  });

  it('computes the duration from data size and byte rate', () => {
    const info = parseWav(encodeWav16(new Int16Array(22050), 22050));
    expect(info).toMatchObject({ channels: 1, sampleRate: 22050, bitsPerSample: 16, byteRate: 44100, blockAlign: 2 });
    expect(info.durationMs).toBe(1000);
  });

  it('refuses a header whose sizes do not match the length', () => {
    expect(() => parseWav(streamedWav([1, 2]))).toThrow(WavFormatError);
  });

  it('refuses bytes that are not a RIFF/WAVE file', () => {
    expect(() => patchStreamedWav(new TextEncoder().encode('not a wav file at all, honestly'))).toThrow(WavFormatError);
  });
});
