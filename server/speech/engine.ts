/** The speech engine seam, and its espeak-ng implementation run through execFile (no shell). */
import { execFile } from 'node:child_process';
import { SpeechFailedError, SpeechUnavailableError } from './errors.ts';
import { WavFormatError, patchStreamedWav } from './wav.ts';

export interface SpeechEngine {
  /** Words per minute. Part of every cache key, since it changes the audio. */
  readonly speed: number;
  /** SSML in, a complete WAV out. */
  synthesize(ssml: string, voice: string): Promise<Buffer>;
}

export interface EspeakOptions {
  command?: string;
  speed?: number;
  /** A hung synthesizer must not hold a request forever; a long announcement takes well under 1 s. */
  timeoutMs?: number;
}

export const DEFAULT_ESPEAK_COMMAND = 'espeak-ng';
export const DEFAULT_SPEED_WPM = 150;
// 500 characters of text last under a minute: about 3 MB at 22050 Hz 16-bit mono.
const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;

/**
 * What the synthesizer sees of our environment: where to find it and its voices, and the locale. The
 * server's environment holds secrets (admin password, metrics token) a child process has no use for.
 */
const ENGINE_ENV_KEYS = ['PATH', 'ESPEAK_DATA_PATH', 'HOME', 'LANG', 'LC_ALL'];
const engineEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(ENGINE_ENV_KEYS.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]));

interface RunResult {
  stdout: Buffer;
  stderr: Buffer;
}

function run(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { encoding: 'buffer', maxBuffer: MAX_OUTPUT_BYTES, timeout: timeoutMs, env: engineEnv() }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

const isMissing = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'EACCES';
};

export function createEspeakEngine(options: EspeakOptions = {}): SpeechEngine {
  const command = options.command ?? DEFAULT_ESPEAK_COMMAND;
  const speed = options.speed ?? DEFAULT_SPEED_WPM;
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    speed,
    async synthesize(ssml, voice) {
      // `--` ends the options, so text starting with "-" stays text.
      const args = ['-v', voice, '-s', String(speed), '-m', '--stdout', '--', ssml];
      let result: RunResult;
      try {
        result = await run(command, args, timeoutMs);
      } catch (error) {
        if (isMissing(error)) throw new SpeechUnavailableError(`${command} is not installed`);
        const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
        throw new SpeechFailedError(`${command} failed for voice ${voice}: ${stderr || (error as Error).message}`, {
          cause: error,
        });
      }
      try {
        const wav = patchStreamedWav(result.stdout);
        return Buffer.from(wav.buffer, wav.byteOffset, wav.byteLength);
      } catch (error) {
        if (error instanceof WavFormatError) throw new SpeechFailedError(`${command} wrote no WAV: ${error.message}`);
        throw error;
      }
    },
  };
}

export type EngineStatus =
  | { available: true; command: string; version: string }
  | { available: false; command: string; reason: string };

/** Run once at start-up: tells whether calls can have sound, and which espeak-ng does it. */
export async function detectEngine(command = DEFAULT_ESPEAK_COMMAND): Promise<EngineStatus> {
  try {
    const { stdout } = await run(command, ['--version'], 10_000);
    // "eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/…"
    const text = stdout.toString('utf8');
    const version = /text-to-speech:\s*(\S+)/.exec(text)?.[1] ?? text.trim().split('\n')[0] ?? 'unknown';
    return { available: true, command, version };
  } catch (error) {
    const reason = isMissing(error) ? `${command} is not installed` : `${command} --version failed: ${(error as Error).message}`;
    return { available: false, command, reason };
  }
}

/** The line main.ts prints at start-up; a warning when there will be no spoken calls. */
export function engineStartupMessage(status: EngineStatus): { level: 'info' | 'warn'; message: string } {
  if (status.available) return { level: 'info', message: `speech: ${status.command} ${status.version}` };
  return {
    level: 'warn',
    message:
      `speech: ${status.reason}; calls will be shown but not spoken. ` +
      'Install it (Debian/Ubuntu: apt-get install espeak-ng) and restart to enable spoken calls.',
  };
}
