/** WAV (RIFF PCM) reading, size repair of streamed headers, and 16-bit encoding; pure, no I/O. */

export interface WavInfo {
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  byteRate: number;
  blockAlign: number;
  /** Byte offset of the first sample, after the `data` chunk header. */
  dataOffset: number;
  dataSize: number;
  durationMs: number;
}

export class WavFormatError extends Error {
  override name = 'WavFormatError';
}

const HEADER_BYTES = 12;
const CHUNK_HEADER_BYTES = 8;

const tag = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

interface Layout {
  fmt: Omit<WavInfo, 'dataOffset' | 'dataSize' | 'durationMs'>;
  /** Offset of the `data` chunk's own header (its id). */
  dataChunkAt: number;
}

/** Walks the chunks up to `data`; the sizes of RIFF and data are not trusted here. */
function layout(bytes: Uint8Array): Layout {
  if (bytes.length < HEADER_BYTES || tag(bytes, 0) !== 'RIFF' || tag(bytes, 8) !== 'WAVE') {
    throw new WavFormatError('not a RIFF/WAVE file');
  }
  const dv = view(bytes);
  let fmt: Layout['fmt'] | null = null;
  let at = HEADER_BYTES;
  while (at + CHUNK_HEADER_BYTES <= bytes.length) {
    const id = tag(bytes, at);
    const size = dv.getUint32(at + 4, true);
    if (id === 'data') {
      if (!fmt) throw new WavFormatError('data chunk before fmt chunk');
      return { fmt, dataChunkAt: at };
    }
    if (id === 'fmt ') {
      if (size < 16 || at + CHUNK_HEADER_BYTES + 16 > bytes.length) throw new WavFormatError('short fmt chunk');
      const body = at + CHUNK_HEADER_BYTES;
      if (dv.getUint16(body, true) !== 1) throw new WavFormatError('not PCM');
      fmt = {
        channels: dv.getUint16(body + 2, true),
        sampleRate: dv.getUint32(body + 4, true),
        byteRate: dv.getUint32(body + 8, true),
        blockAlign: dv.getUint16(body + 12, true),
        bitsPerSample: dv.getUint16(body + 14, true),
      };
      if (fmt.blockAlign === 0 || fmt.byteRate === 0) throw new WavFormatError('zero block align or byte rate');
    }
    // RIFF chunks are padded to an even length.
    at += CHUNK_HEADER_BYTES + size + (size % 2);
  }
  throw new WavFormatError('no data chunk');
}

/**
 * Fixes the header of a WAV written to a pipe (espeak-ng `--stdout`): such writers cannot seek back,
 * so they leave placeholder sizes. The data chunk is taken to run to the end of the buffer, trimmed
 * to whole sample frames. Patches in place and returns the (possibly shorter) view.
 */
export function patchStreamedWav(bytes: Uint8Array): Uint8Array {
  const { fmt, dataChunkAt } = layout(bytes);
  const dataOffset = dataChunkAt + CHUNK_HEADER_BYTES;
  const available = Math.max(0, bytes.length - dataOffset);
  const dataSize = available - (available % fmt.blockAlign);
  const out = bytes.subarray(0, dataOffset + dataSize);
  const dv = view(out);
  dv.setUint32(4, out.length - 8, true);
  dv.setUint32(dataChunkAt + 4, dataSize, true);
  return out;
}

/** Reads a complete WAV and checks that its declared sizes agree with its length. */
export function parseWav(bytes: Uint8Array): WavInfo {
  const { fmt, dataChunkAt } = layout(bytes);
  const dv = view(bytes);
  const riffSize = dv.getUint32(4, true);
  if (riffSize + 8 !== bytes.length) {
    throw new WavFormatError(`RIFF size ${riffSize} does not match length ${bytes.length}`);
  }
  const dataOffset = dataChunkAt + CHUNK_HEADER_BYTES;
  const dataSize = dv.getUint32(dataChunkAt + 4, true);
  if (dataOffset + dataSize > bytes.length) throw new WavFormatError('data chunk runs past the end');
  return { ...fmt, dataOffset, dataSize, durationMs: (dataSize / fmt.byteRate) * 1000 };
}

/** A canonical 44-byte-header PCM WAV of 16-bit samples (interleaved when channels > 1). */
export function encodeWav16(samples: Int16Array, sampleRate: number, channels = 1): Uint8Array {
  const dataSize = samples.length * 2;
  const out = new Uint8Array(44 + dataSize);
  const dv = view(out);
  const ascii = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  dv.setUint32(4, out.length - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  dv.setUint32(16, 16, true);
  dv.setUint16(20, 1, true);
  dv.setUint16(22, channels, true);
  dv.setUint32(24, sampleRate, true);
  dv.setUint32(28, sampleRate * channels * 2, true);
  dv.setUint16(32, channels * 2, true);
  dv.setUint16(34, 16, true);
  ascii(36, 'data');
  dv.setUint32(40, dataSize, true);
  for (let i = 0; i < samples.length; i++) dv.setInt16(44 + i * 2, samples[i]!, true);
  return out;
}
