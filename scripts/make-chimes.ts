/** Generates the shipped call chimes in media/chimes/ (run: npx tsx scripts/make-chimes.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodeWav16 } from '../server/speech/wav.ts';

const SAMPLE_RATE = 22050;

/** [frequency ratio, gain, decay scale]: a bell's overtones die faster than its fundamental. */
type Partial = readonly [ratio: number, gain: number, decayScale: number];

interface Note {
  at: number;
  frequency: number;
  gain: number;
}

interface Chime {
  name: string;
  seconds: number;
  peak: number;
  /** Seconds for the fundamental to fall to 1/e. */
  decay: number;
  /** A raised-cosine attack: starting a sine at full level is heard as a click. */
  attack: number;
  partials: readonly Partial[];
  notes: readonly Note[];
}

const CHIMES: readonly Chime[] = [
  {
    name: 'ding-dong',
    seconds: 1.6,
    peak: 0.7,
    decay: 0.55,
    attack: 0.006,
    partials: [
      [1, 1, 1],
      [2, 0.35, 0.6],
      [3, 0.12, 0.4],
    ],
    notes: [
      { at: 0, frequency: 659.25, gain: 1 }, // E5
      { at: 0.45, frequency: 523.25, gain: 1 }, // C5
    ],
  },
  {
    name: 'rising-three',
    seconds: 1.5,
    peak: 0.7,
    decay: 0.45,
    attack: 0.006,
    partials: [
      [1, 1, 1],
      [2, 0.25, 0.5],
      [3, 0.08, 0.3],
    ],
    notes: [
      { at: 0, frequency: 523.25, gain: 0.9 }, // C5
      { at: 0.2, frequency: 659.25, gain: 0.95 }, // E5
      { at: 0.4, frequency: 783.99, gain: 1 }, // G5
    ],
  },
  {
    name: 'soft-bell',
    seconds: 1.6,
    peak: 0.5,
    decay: 0.6,
    attack: 0.015,
    // Inharmonic ratios (hum, prime, tierce-ish, upper partials) are what make it sound like a bell.
    partials: [
      [0.5, 0.2, 1.4],
      [1, 1, 1],
      [2, 0.35, 0.7],
      [2.76, 0.25, 0.5],
      [5.4, 0.1, 0.3],
      [8.93, 0.04, 0.2],
    ],
    notes: [{ at: 0, frequency: 880, gain: 1 }], // A5
  },
];

// The tail is faded to exact silence so the clip's end cannot click either.
const FADE_OUT_SECONDS = 0.25;

function render(chime: Chime): Int16Array {
  const length = Math.round(chime.seconds * SAMPLE_RATE);
  const mix = new Float64Array(length);
  for (const note of chime.notes) {
    const start = Math.round(note.at * SAMPLE_RATE);
    for (let i = start; i < length; i++) {
      const t = (i - start) / SAMPLE_RATE;
      const attack = t < chime.attack ? 0.5 - 0.5 * Math.cos((Math.PI * t) / chime.attack) : 1;
      let sample = 0;
      for (const [ratio, gain, decayScale] of chime.partials) {
        sample += gain * Math.exp(-t / (chime.decay * decayScale)) * Math.sin(2 * Math.PI * note.frequency * ratio * t);
      }
      mix[i]! += note.gain * attack * sample;
    }
  }
  const fadeStart = length - Math.round(FADE_OUT_SECONDS * SAMPLE_RATE);
  let max = 0;
  for (let i = 0; i < length; i++) {
    if (i >= fadeStart) mix[i]! *= 0.5 + 0.5 * Math.cos((Math.PI * (i - fadeStart)) / (length - 1 - fadeStart));
    max = Math.max(max, Math.abs(mix[i]!));
  }
  const out = new Int16Array(length);
  const scale = (chime.peak * 32767) / max;
  for (let i = 0; i < length; i++) out[i] = Math.round(mix[i]! * scale);
  return out;
}

const outDir = resolve(import.meta.dirname, '../media/chimes');
mkdirSync(outDir, { recursive: true });
for (const chime of CHIMES) {
  const wav = encodeWav16(render(chime), SAMPLE_RATE);
  const path = join(outDir, `${chime.name}.wav`);
  writeFileSync(path, wav);
  console.log(`${path} ${(wav.length / 1024).toFixed(1)} KB`);
}
