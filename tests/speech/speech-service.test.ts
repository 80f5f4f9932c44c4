import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/domain/errors.ts';
import { createEspeakEngine } from '../../server/speech/engine.ts';
import { SpeechUnavailableError } from '../../server/speech/errors.ts';
import { createPrewarmer } from '../../server/speech/prewarm.ts';
import { type SpeechRequest, createSpeech } from '../../server/speech/speech-service.ts';
import { parseWav } from '../../server/speech/wav.ts';
import { counting, withTempDir } from './helpers.ts';

const call = (code: string, language = 'en'): SpeechRequest => ({ kind: 'call', language, code, counter: '3' });

describe('speech service', () => {
  it("speaks a call in the visitor's language, then the display's, as playable clips", async () => {
    await withTempDir(async (cacheDir) => {
      const speech = createSpeech({ cacheDir });
      const clips = await speech.callClips({ code: 'A042', counter: '3', visitorLanguage: 'es', displayLanguages: ['en', 'es', 'ar'] });
      expect(clips.map((c) => c.language)).toEqual(['es', 'en', 'ar']);
      expect(new Set(clips.map((c) => c.key)).size).toBe(3);
      for (const clip of clips) {
        expect(await speech.readClip(clip.key)).toBe(clip.path);
        expect(parseWav(await readFile(clip.path)).durationMs).toBeGreaterThan(500);
      }
      await speech.close();
    });
  });

  it('says which language stood in for an unknown one', async () => {
    await withTempDir(async (cacheDir) => {
      const speech = createSpeech({ cacheDir });
      expect((await speech.clip(call('A1', 'xx'))).language).toBe('en');
      await speech.close();
    });
  });

  it('synthesizes staff free text, refusing empty or over-long text with a 400', async () => {
    await withTempDir(async (cacheDir) => {
      const speech = createSpeech({ cacheDir });
      const clip = await speech.clip({ kind: 'text', language: 'fr', text: 'Le guichet 2 ferme à 17 h <b>&</b>.' });
      expect(parseWav(await readFile(clip.path)).durationMs).toBeGreaterThan(500);
      await expect(speech.clip({ kind: 'text', language: 'en', text: 'x'.repeat(501) })).rejects.toMatchObject({
        status: 400,
        code: 'announcement_too_long',
      });
      await expect(speech.clip({ kind: 'text', language: 'en', text: ' ' })).rejects.toBeInstanceOf(AppError);
      await speech.close();
    });
  });

  it('fails with speech_unavailable when the engine is missing, and prewarming stays quiet', async () => {
    await withTempDir(async (cacheDir) => {
      const logged: string[] = [];
      const engine = createEspeakEngine({ command: 'espeak-ng-not-installed' });
      const speech = createSpeech({ cacheDir, engine, log: (message) => logged.push(message) });
      await expect(speech.clip(call('A1'))).rejects.toBeInstanceOf(SpeechUnavailableError);
      speech.prewarm([call('A2'), call('A3')]);
      await speech.idle();
      expect(logged).toEqual([]);
      expect(speech.stats()).toMatchObject({ misses: 3, failures: 3 });
      await speech.close();
    });
  });

  it('prewarms upcoming calls in the background, one at a time, so the call itself is a cache hit', async () => {
    await withTempDir(async (cacheDir) => {
      const engine = counting(createEspeakEngine());
      const speech = createSpeech({ cacheDir, engine });
      speech.prewarm(['A043', 'A044', 'A045', 'A043'].map((code) => call(code)));
      expect(engine.calls).toBe(0); // returned before any work started
      // Calling a ticket while it is being prewarmed joins or reuses that clip, never duplicates it.
      await speech.clip(call('A043'));
      await speech.idle();
      expect(engine.calls).toBe(3);
      expect(engine.maxConcurrent).toBe(1);
      expect((await speech.clip(call('A045'))).source).toBe('cache');
      await speech.close();
    });
  });

  it('logs and swallows prewarm failures, and carries on with the next item', async () => {
    const logged: string[] = [];
    const done: string[] = [];
    const prewarmer = createPrewarmer(
      async (item: string) => {
        if (item === 'bad') throw new Error('no voice');
        done.push(item);
      },
      { keyOf: (item) => item, log: (message) => logged.push(message) },
    );
    prewarmer.add(['a', 'bad', 'b']);
    await prewarmer.idle();
    expect(done).toEqual(['a', 'b']);
    expect(logged).toEqual(['speech: prewarm of bad failed']);
  });
});
