import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createEspeakEngine, detectEngine, engineStartupMessage } from '../../server/speech/engine.ts';
import { SpeechUnavailableError } from '../../server/speech/errors.ts';
import { BASE_VOICES, REGIONAL_VOICES } from '../../server/speech/languages.ts';
import { callSsml } from '../../server/speech/templates.ts';
import { parseWav } from '../../server/speech/wav.ts';
import { withTempDir } from './helpers.ts';

const run = promisify(execFile);
const engine = createEspeakEngine();
const ascii = (b: Buffer, from: number) => b.toString('latin1', from, from + 4);

describe('espeak-ng engine', () => {
  it('produces a RIFF/WAVE file whose size fields match its length', async () => {
    const wav = await engine.synthesize(callSsml('en', { code: 'A042', counter: '3' }), 'en');
    expect(ascii(wav, 0)).toBe('RIFF');
    expect(ascii(wav, 8)).toBe('WAVE');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    const info = parseWav(wav);
    expect(ascii(wav, info.dataOffset - 8)).toBe('data');
    expect(wav.readUInt32LE(info.dataOffset - 4)).toBe(wav.length - info.dataOffset);
    expect(info).toMatchObject({ channels: 1, sampleRate: 22050, bitsPerSample: 16 });
    // "Ticket A042, please go to counter 3" takes a couple of seconds to say.
    expect(info.durationMs).toBeGreaterThan(1000);
    expect(info.durationMs).toBeLessThan(10_000);
  });

  it('writes a file sox reads with the same duration', async () => {
    await withTempDir(async (dir) => {
      const wav = await engine.synthesize('<speak>Good morning</speak>', 'en');
      const path = join(dir, 'clip.wav');
      await writeFile(path, wav);
      const { stdout } = await run('soxi', ['-D', path]);
      expect(Number(stdout) * 1000).toBeCloseTo(parseWav(wav).durationMs, 0);
      expect(Number(stdout)).toBeGreaterThan(0);
    });
  });

  it('has every voice the language map names', async () => {
    const voices = [...Object.values(BASE_VOICES), ...Object.values(REGIONAL_VOICES).map((r) => r.voice)];
    for (const voice of new Set(voices)) {
      const wav = await engine.synthesize('<speak>1 2 3</speak>', voice);
      expect(parseWav(wav).durationMs, voice).toBeGreaterThan(0);
    }
  });

  it('reports the installed version', async () => {
    const status = await detectEngine();
    expect(status).toMatchObject({ available: true, command: 'espeak-ng' });
    expect(status.available && status.version).toMatch(/^\d+\.\d+/);
    expect(engineStartupMessage(status).level).toBe('info');
  });

  it('reports a missing engine, and synthesis fails with speech_unavailable', async () => {
    const status = await detectEngine('espeak-ng-not-installed');
    expect(status.available).toBe(false);
    const message = engineStartupMessage(status);
    expect(message.level).toBe('warn');
    expect(message.message).toContain('not spoken');

    const missing = createEspeakEngine({ command: 'espeak-ng-not-installed' });
    const failure = missing.synthesize('<speak>hello</speak>', 'en');
    await expect(failure).rejects.toBeInstanceOf(SpeechUnavailableError);
    await expect(failure).rejects.toMatchObject({ status: 503, code: 'speech_unavailable' });
  });
});
