/** Test helpers for speech: espeak-ng's phoneme view of SSML, a call-counting engine, temp dirs. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SpeechEngine } from '../../server/speech/engine.ts';

const run = promisify(execFile);

/**
 * What espeak-ng would say, as phoneme mnemonics without stress marks, pauses or spaces, so that
 * the sounds of a word can be found inside a sentence: shows whether markup was read as words.
 */
export async function phonemes(ssml: string, voice = 'en'): Promise<string> {
  const { stdout } = await run('espeak-ng', ['-v', voice, '-m', '-q', '-x', '--', ssml]);
  return stdout.replace(/_[:!|]*/g, '').replace(/[',\s]/g, '');
}

export interface CountingEngine extends SpeechEngine {
  calls: number;
  maxConcurrent: number;
}

/** Wraps an engine to count syntheses and the most that ran at once. */
export function counting(engine: SpeechEngine): CountingEngine {
  let running = 0;
  const counter: CountingEngine = {
    speed: engine.speed,
    calls: 0,
    maxConcurrent: 0,
    async synthesize(ssml, voice) {
      counter.calls++;
      running++;
      counter.maxConcurrent = Math.max(counter.maxConcurrent, running);
      try {
        return await engine.synthesize(ssml, voice);
      } finally {
        running--;
      }
    },
  };
  return counter;
}

export async function withTempDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'callboard-speech-'));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
