import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clipKey, createClipCache, isClipKey } from '../../server/speech/clip-cache.ts';
import { createEspeakEngine } from '../../server/speech/engine.ts';
import { SpeechFailedError } from '../../server/speech/errors.ts';
import { callSsml } from '../../server/speech/templates.ts';
import { parseWav } from '../../server/speech/wav.ts';
import { counting, withTempDir } from './helpers.ts';

const request = { voice: 'en', ssml: callSsml('en', { code: 'A042', counter: '3' }) };

describe('clip cache', () => {
  it('synthesizes a clip once and serves the second request from disk', async () => {
    await withTempDir(async (dir) => {
      const engine = counting(createEspeakEngine());
      const cache = createClipCache({ dir, engine });

      const first = await cache.get(request);
      expect(first.source).toBe('engine');
      expect(first.key).toBe(clipKey('en', engine.speed, request.ssml));
      expect(first.url).toBe(`/speech/${first.key}.wav`);
      expect(parseWav(await readFile(first.path)).durationMs).toBeGreaterThan(0);

      const second = await cache.get(request);
      expect(second).toEqual({ ...first, source: 'cache' });
      expect(engine.calls).toBe(1);
      expect(cache.stats()).toEqual({ hits: 1, misses: 1, shared: 0, failures: 0 });
    });
  });

  it('shares one synthesis between concurrent identical requests', async () => {
    await withTempDir(async (dir) => {
      const engine = counting(createEspeakEngine());
      const cache = createClipCache({ dir, engine });
      const clips = await Promise.all(Array.from({ length: 5 }, () => cache.get(request)));
      expect(engine.calls).toBe(1);
      expect(new Set(clips.map((c) => c.key)).size).toBe(1);
      expect(cache.stats()).toMatchObject({ misses: 1, shared: 4 });
    });
  });

  it('keys clips by voice, speed and text', async () => {
    await withTempDir(async (dir) => {
      const engine = counting(createEspeakEngine());
      const cache = createClipCache({ dir, engine });
      const keys = await Promise.all([
        cache.get(request),
        cache.get({ ...request, voice: 'en-us' }),
        cache.get({ ...request, ssml: callSsml('en', { code: 'A043', counter: '3' }) }),
      ]);
      expect(new Set(keys.map((c) => c.key)).size).toBe(3);
      expect(clipKey('en', 150, 'x')).not.toBe(clipKey('en', 170, 'x'));
      expect(engine.calls).toBe(3);
    });
  });

  it('finds clips written by an earlier process, and leaves no temp files', async () => {
    await withTempDir(async (dir) => {
      const { key } = await createClipCache({ dir, engine: createEspeakEngine() }).get(request);
      const engine = counting(createEspeakEngine());
      const restarted = createClipCache({ dir, engine });
      expect((await restarted.get(request)).source).toBe('cache');
      expect(engine.calls).toBe(0);
      expect(await readdir(dir)).toEqual([`${key}.wav`]);
    });
  });

  it('does not remember a failure: the next request tries again', async () => {
    await withTempDir(async (dir) => {
      let fail = true;
      const real = createEspeakEngine();
      const flaky = counting({
        speed: real.speed,
        synthesize: (ssml, voice) => (fail ? Promise.reject(new SpeechFailedError('boom')) : real.synthesize(ssml, voice)),
      });
      const cache = createClipCache({ dir, engine: flaky });
      await expect(cache.get(request)).rejects.toThrow('boom');
      fail = false;
      expect((await cache.get(request)).source).toBe('engine');
      expect(cache.stats()).toMatchObject({ misses: 2, failures: 1 });
      expect(await readdir(dir)).toHaveLength(1);
    });
  });

  it('prunes clips older than the given age', async () => {
    await withTempDir(async (dir) => {
      const cache = createClipCache({ dir, engine: createEspeakEngine() });
      const { key } = await cache.get(request);
      expect(await cache.prune(60_000)).toBe(0);
      expect(await cache.prune(60_000, Date.now() + 120_000)).toBe(1);
      expect(await cache.readClip(key)).toBeNull();
    });
  });
});

describe('readClip', () => {
  it('returns the path of a cached clip', async () => {
    await withTempDir(async (dir) => {
      const cache = createClipCache({ dir, engine: createEspeakEngine() });
      const { key } = await cache.get(request);
      expect(await cache.readClip(key)).toBe(join(dir, `${key}.wav`));
    });
  });

  it('refuses anything but 64 lower-case hex characters', async () => {
    await withTempDir(async (dir) => {
      const cache = createClipCache({ dir, engine: createEspeakEngine() });
      const { key } = await cache.get(request);
      for (const bad of ['../etc/passwd', `../${key}`, `${key}.wav`, key.toUpperCase(), key.slice(1), `${key}0`, 'g'.repeat(64), '']) {
        expect(isClipKey(bad), bad).toBe(false);
        expect(await cache.readClip(bad), bad).toBeNull();
      }
    });
  });

  it('returns null for a well-formed key with no clip', async () => {
    await withTempDir(async (dir) => {
      const cache = createClipCache({ dir, engine: createEspeakEngine() });
      expect(await cache.readClip('0'.repeat(64))).toBeNull();
    });
  });
});
