/** The speech module's public face: synthesis with a cache, engine detection, and the host speaker. */
export { createSpeech } from './speech-service.ts';
export type { CallToSpeak, Speech, SpeechOptions, SpeechRequest, SpokenClip } from './speech-service.ts';
export { CLIP_CACHE_CONTROL, CLIP_CONTENT_TYPE, clipUrl, isClipKey } from './clip-cache.ts';
export type { Clip, ClipCacheStats } from './clip-cache.ts';
export { createEspeakEngine, detectEngine, engineStartupMessage } from './engine.ts';
export type { EngineStatus, EspeakOptions, SpeechEngine } from './engine.ts';
export { SpeechFailedError, SpeechUnavailableError } from './errors.ts';
export { announcementLanguages, resolveSpeechLanguage } from './languages.ts';
export { callPlainText } from './templates.ts';
export { HostSpeakerFailedError, HostSpeakerUnavailableError, speakOnHost } from './host-speaker.ts';
