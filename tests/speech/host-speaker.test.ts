import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HostSpeakerUnavailableError, festivalString, findOnPath, speakOnHost } from '../../server/speech/host-speaker.ts';
import { withTempDir } from './helpers.ts';

const originalPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = originalPath;
});

describe('host speaker', () => {
  it('returns a typed error instead of crashing when festival is not installed', async () => {
    await withTempDir(async (emptyDir) => {
      const failure = speakOnHost('Ticket A042, counter 3', { searchPath: emptyDir });
      await expect(failure).rejects.toBeInstanceOf(HostSpeakerUnavailableError);
      await expect(failure).rejects.toMatchObject({ status: 503, code: 'host_speaker_unavailable' });
    });
  });

  it('survives festival vanishing between the check and the spawn', async () => {
    await withTempDir(async (dir) => {
      // The check finds a festival here, but the spawn searches an empty PATH: say's unhandled
      // spawn error would end the process if nothing listened for it.
      const fake = join(dir, 'festival');
      await writeFile(fake, '#!/bin/sh\nexit 0\n');
      await chmod(fake, 0o755);
      process.env.PATH = join(dir, 'empty');
      await expect(speakOnHost('hello', { searchPath: dir })).rejects.toBeInstanceOf(HostSpeakerUnavailableError);
    });
  });

  it('keeps speaking after a failure: the queue is not stuck', async () => {
    await withTempDir(async (emptyDir) => {
      const results = await Promise.allSettled([
        speakOnHost('one', { searchPath: emptyDir }),
        speakOnHost('two', { searchPath: emptyDir }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    });
  });

  it('refuses a voice or speed that could reach festival as code', async () => {
    await expect(speakOnHost('hi', { voice: 'voice_kal_diphone) (system "id"' })).rejects.toMatchObject({ code: 'invalid_voice' });
    await expect(speakOnHost('hi', { speed: Number.NaN })).rejects.toMatchObject({ code: 'invalid_speed' });
    await expect(speakOnHost('  ')).rejects.toMatchObject({ code: 'announcement_empty' });
  });

  it('escapes text so it cannot leave its Scheme string', () => {
    expect(festivalString('say "hi") (system "rm -rf /")')).toBe('say \\"hi\\") (system \\"rm -rf /\\")');
    expect(festivalString('back\\slash"')).toBe('back\\\\slash\\"');
    expect(festivalString('line\nbreak\u0000')).toBe('line break');
  });

  it('finds commands on a PATH-style search path', async () => {
    expect(await findOnPath('sh', '/nonexistent:/bin:/usr/bin')).toMatch(/\/sh$/);
    expect(await findOnPath('festival-surely-missing')).toBeNull();
  });
});
