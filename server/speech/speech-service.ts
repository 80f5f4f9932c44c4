/** Text → cached audio clips for calls and staff announcements: what the rest of the server uses. */
import { badRequest } from '../domain/errors.ts';
import { type Clip, type ClipCacheStats, createClipCache } from './clip-cache.ts';
import { type SpeechEngine, createEspeakEngine } from './engine.ts';
import { SpeechUnavailableError } from './errors.ts';
import { announcementLanguages, resolveSpeechLanguage } from './languages.ts';
import { createPrewarmer } from './prewarm.ts';
import { MAX_FREE_TEXT_LENGTH, callSsml, freeTextProblem, freeTextSsml } from './templates.ts';

export type SpeechRequest =
  | { kind: 'call'; language: string; code: string; counter: string }
  | { kind: 'text'; language: string; text: string };

export interface SpokenClip extends Clip {
  /** The language actually spoken, after fallback (e.g. "en" for an unknown one). */
  language: string;
}

export interface CallToSpeak {
  code: string;
  counter: string;
  visitorLanguage: string | null;
  displayLanguages: string[];
}

export interface SpeechOptions {
  /** The server passes `<dataDir>/speech-cache`. */
  cacheDir: string;
  engine?: SpeechEngine;
  log?: (message: string, error: unknown) => void;
}

export interface Speech {
  clip(request: SpeechRequest): Promise<SpokenClip>;
  /** One clip per language, in speaking order: the visitor's first, then the display's. */
  callClips(call: CallToSpeak): Promise<SpokenClip[]>;
  /** Synthesizes in the background, one clip at a time; returns at once and never throws. */
  prewarm(requests: readonly SpeechRequest[]): void;
  readClip(key: string): Promise<string | null>;
  stats(): ClipCacheStats;
  prune(maxAgeMs: number): Promise<number>;
  /** Resolves once prewarming has run dry and no synthesis is in progress. */
  idle(): Promise<void>;
  /** Stops prewarming and waits for syntheses in progress. */
  close(): Promise<void>;
}

function render(request: SpeechRequest): { ssml: string; voice: string; language: string } {
  const language = resolveSpeechLanguage(request.language);
  if (request.kind === 'call') {
    return { ssml: callSsml(language.tag, request), voice: language.voice, language: language.tag };
  }
  const problem = freeTextProblem(request.text);
  if (problem === 'empty') throw badRequest('announcement_empty', 'the announcement has no text to speak');
  if (problem === 'too_long') {
    throw badRequest('announcement_too_long', `an announcement has at most ${MAX_FREE_TEXT_LENGTH} characters`);
  }
  return { ssml: freeTextSsml(request.text), voice: language.voice, language: language.tag };
}

const defaultLog = (message: string, error: unknown) => console.warn(message, error);

export function createSpeech(options: SpeechOptions): Speech {
  const engine = options.engine ?? createEspeakEngine();
  const cache = createClipCache({ dir: options.cacheDir, engine });

  async function clip(request: SpeechRequest): Promise<SpokenClip> {
    const { ssml, voice, language } = render(request);
    return { ...(await cache.get({ ssml, voice })), language };
  }

  const log = options.log ?? defaultLog;
  const prewarmer = createPrewarmer(clip, {
    keyOf: (request) => JSON.stringify(request),
    // A missing engine was announced once at start-up; repeating it for every ticket is noise.
    log: (message, error) => {
      if (!(error instanceof SpeechUnavailableError)) log(message, error);
    },
  });

  async function idle() {
    await prewarmer.idle();
    await cache.settled();
  }

  return {
    clip,
    callClips: (call) =>
      Promise.all(
        announcementLanguages(call.visitorLanguage, call.displayLanguages).map((language) =>
          clip({ kind: 'call', language, code: call.code, counter: call.counter }),
        ),
      ),
    prewarm: (requests) => prewarmer.add(requests),
    readClip: (key) => cache.readClip(key),
    stats: () => cache.stats(),
    prune: (maxAgeMs) => cache.prune(maxAgeMs),
    idle,
    async close() {
      prewarmer.stop();
      await idle();
    },
  };
}
