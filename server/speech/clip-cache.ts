/** Content-addressed cache of synthesized clips on disk, sharing one synthesis per key. */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SpeechEngine } from './engine.ts';

export interface ClipRequest {
  voice: string;
  ssml: string;
}

export interface Clip {
  /** sha256 hex of (voice, speed, SSML): the clip's name and its URL. */
  key: string;
  path: string;
  url: string;
  /** `cache`: already on disk; `engine`: synthesized for this request; `shared`: joined one in progress. */
  source: 'cache' | 'engine' | 'shared';
}

export interface ClipCacheStats {
  hits: number;
  misses: number;
  shared: number;
  failures: number;
}

export interface ClipCache {
  get(request: ClipRequest): Promise<Clip>;
  /** The file to serve for `GET /speech/<key>.wav`, or null for a malformed or unknown key. */
  readClip(key: string): Promise<string | null>;
  stats(): ClipCacheStats;
  /** Deletes clips not written for `maxAgeMs`; returns how many went. */
  prune(maxAgeMs: number, now?: number): Promise<number>;
  /** Resolves when no synthesis is in progress (for shutdown and tests). */
  settled(): Promise<void>;
}

/** Clips never change under a key, so clients and proxies may keep them for good. */
export const CLIP_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const CLIP_CONTENT_TYPE = 'audio/wav';

// A complete WAV header; anything shorter was cut off (e.g. by a power loss before the data hit disk).
const MIN_CLIP_BYTES = 44;
const KEY_PATTERN = /^[0-9a-f]{64}$/;

export const isClipKey = (key: string): boolean => KEY_PATTERN.test(key);
export const clipUrl = (key: string): string => `/speech/${key}.wav`;

export function clipKey(voice: string, speed: number, ssml: string): string {
  // JSON keeps the fields apart: no choice of voice and text can collide with another.
  return createHash('sha256').update(JSON.stringify([voice, speed, ssml])).digest('hex');
}

async function completeFile(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    return info.isFile() && info.size >= MIN_CLIP_BYTES;
  } catch {
    return false;
  }
}

export function createClipCache(options: { dir: string; engine: SpeechEngine }): ClipCache {
  const { dir, engine } = options;
  const counts: ClipCacheStats = { hits: 0, misses: 0, shared: 0, failures: 0 };
  const inFlight = new Map<string, Promise<Clip>>();
  let dirReady: Promise<unknown> | null = null;

  const pathOf = (key: string) => join(dir, `${key}.wav`);

  async function writeAtomically(path: string, key: string, data: Buffer) {
    dirReady ??= mkdir(dir, { recursive: true }).catch((error: unknown) => {
      dirReady = null;
      throw error;
    });
    await dirReady;
    // Readers only ever see a missing file or a whole one.
    const temp = join(dir, `.${key}.${process.pid}.${randomUUID()}.tmp`);
    try {
      await writeFile(temp, data, { flag: 'wx' });
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => {});
      throw error;
    }
  }

  async function load(key: string, request: ClipRequest): Promise<Clip> {
    const path = pathOf(key);
    const clip = { key, path, url: clipUrl(key) };
    if (await completeFile(path)) {
      counts.hits++;
      return { ...clip, source: 'cache' };
    }
    counts.misses++;
    try {
      const audio = await engine.synthesize(request.ssml, request.voice);
      await writeAtomically(path, key, audio);
    } catch (error) {
      counts.failures++;
      throw error;
    }
    return { ...clip, source: 'engine' };
  }

  return {
    get(request) {
      const key = clipKey(request.voice, engine.speed, request.ssml);
      const pending = inFlight.get(key);
      if (pending) {
        counts.shared++;
        return pending.then((clip) => ({ ...clip, source: 'shared' as const }));
      }
      const task = load(key, request);
      inFlight.set(key, task);
      // A failure is not remembered: the next request tries the engine again.
      const forget = () => inFlight.delete(key);
      task.then(forget, forget);
      return task;
    },

    async readClip(key) {
      if (!isClipKey(key)) return null;
      const path = pathOf(key);
      return (await completeFile(path)) ? path : null;
    },

    stats: () => ({ ...counts }),

    async prune(maxAgeMs, now = Date.now()) {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return 0;
      }
      let removed = 0;
      for (const name of names) {
        const isClip = name.endsWith('.wav') && isClipKey(name.slice(0, -4));
        // Temp files are only left behind by a crash mid-write.
        if (!isClip && !name.endsWith('.tmp')) continue;
        const path = join(dir, name);
        const info = await stat(path).catch(() => null);
        if (!info || now - info.mtimeMs < maxAgeMs) continue;
        await unlink(path).then(
          () => removed++,
          () => {},
        );
      }
      return removed;
    },

    async settled() {
      await Promise.allSettled(inFlight.values());
    },
  };
}
