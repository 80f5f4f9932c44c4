/** Speaks text on the server host's own sound card (a PA wired to it) through `say` and festival. */
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import say from 'say';
import { AppError, badRequest } from '../domain/errors.ts';
import { normalizeSpeechText } from './ssml.ts';
import { MAX_FREE_TEXT_LENGTH } from './templates.ts';

export class HostSpeakerUnavailableError extends AppError {
  constructor(detail: string) {
    super(503, 'host_speaker_unavailable', `the host speaker is unavailable: ${detail}`);
    this.name = 'HostSpeakerUnavailableError';
  }
}

export class HostSpeakerFailedError extends Error {
  readonly code = 'host_speaker_failed';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HostSpeakerFailedError';
  }
}

export interface HostSpeakerOptions {
  /** A festival voice procedure, e.g. "voice_kal_diphone". */
  voice?: string;
  /** 1 is normal; say turns it into a playback rate. */
  speed?: number;
  /** Where to look for festival; defaults to $PATH. */
  searchPath?: string;
  timeoutMs?: number;
}

// say writes `(${voice})` and `(SayText "${text}")` into festival's Scheme, and the speed into a
// shell command festival runs: each must be unable to close its slot.
const VOICE_PATTERN = /^voice_[A-Za-z0-9_]+$/;
const MIN_SPEED = 0.5;
const MAX_SPEED = 2;

/** Text as the inside of a Scheme string literal: only `\` and `"` are special there. */
export function festivalString(text: string): string {
  return normalizeSpeechText(text).replace(/[\\"]/g, (c) => `\\${c}`);
}

export async function findOnPath(command: string, searchPath = process.env.PATH ?? ''): Promise<string | null> {
  for (const dir of searchPath.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return null;
}

// say keeps one `child` per instance and festival drives one sound card: one utterance at a time.
let queue: Promise<unknown> = Promise.resolve();

/** Resolves when the text has been spoken; rejects with a typed error, never crashes the process. */
export function speakOnHost(text: string, options: HostSpeakerOptions = {}): Promise<void> {
  const turn = queue.then(() => speakNow(text, options));
  queue = turn.catch(() => {});
  return turn;
}

async function speakNow(text: string, options: HostSpeakerOptions): Promise<void> {
  if (process.platform !== 'linux') throw new HostSpeakerUnavailableError(`not supported on ${process.platform}`);
  const normalized = normalizeSpeechText(text);
  if (!normalized) throw badRequest('announcement_empty', 'the announcement has no text to speak');
  if (normalized.length > MAX_FREE_TEXT_LENGTH) {
    throw badRequest('announcement_too_long', `an announcement has at most ${MAX_FREE_TEXT_LENGTH} characters`);
  }
  if (options.voice !== undefined && !VOICE_PATTERN.test(options.voice)) {
    throw badRequest('invalid_voice', 'a festival voice looks like voice_kal_diphone');
  }
  const speed = options.speed;
  if (speed !== undefined && !(Number.isFinite(speed) && speed >= MIN_SPEED && speed <= MAX_SPEED)) {
    throw badRequest('invalid_speed', `speed is a number from ${MIN_SPEED} to ${MAX_SPEED}`);
  }
  // Without festival, say's spawn emits an 'error' nobody listens to, which kills the process.
  if (!(await findOnPath('festival', options.searchPath))) {
    throw new HostSpeakerUnavailableError('festival is not installed (Debian/Ubuntu: apt-get install festival)');
  }
  await runSay(festivalString(normalized), options.voice, speed, options.timeoutMs ?? 120_000);
}

function runSay(text: string, voice: string | undefined, speed: number | undefined, timeoutMs: number) {
  return new Promise<void>((resolve, reject) => {
    let child: ChildProcess | undefined;
    const timer = setTimeout(() => {
      // say.stop() kills pid + 2 on Linux, a guess at aplay's pid; killing festival is safer.
      child?.kill();
      settle(new HostSpeakerFailedError(`festival did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    function settle(error: unknown) {
      clearTimeout(timer);
      if (!error) return resolve();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EACCES') return reject(new HostSpeakerUnavailableError('festival could not be started'));
      if (error instanceof HostSpeakerFailedError) return reject(error);
      reject(new HostSpeakerFailedError(error instanceof Error ? error.message : String(error), { cause: error }));
    }
    // say's callback is typed as taking a string; at run time it is an Error or null.
    try {
      say.speak(text, voice, speed, (error: unknown) => settle(error));
    } catch (error) {
      return settle(error);
    }
    // The spawn error fires on a later tick, so listening now is in time: this covers festival
    // vanishing between the PATH check and the spawn.
    child = (say as unknown as { child?: ChildProcess | null }).child ?? undefined;
    child?.on('error', settle);
    child?.stdin?.on('error', () => {});
  });
}
