/** Which languages a call is spoken in, and which espeak-ng voice speaks each; pure. */
import { speechLanguages } from '../../shared/speech-order.ts';

/** Languages with an announcement template, each with its espeak-ng voice (`espeak-ng --voices`). */
export const BASE_VOICES = {
  en: 'en',
  es: 'es',
  fr: 'fr',
  de: 'de',
  ar: 'ar',
  pt: 'pt',
  it: 'it',
  nl: 'nl',
  tr: 'tr',
} as const;
export type BaseLanguage = keyof typeof BASE_VOICES;

/** Regional voices worth the difference; other regions take their base language's voice. */
export const REGIONAL_VOICES: Readonly<Record<string, { base: BaseLanguage; voice: string }>> = {
  'pt-br': { base: 'pt', voice: 'pt-br' },
  'en-us': { base: 'en', voice: 'en-us' },
  'en-gb': { base: 'en', voice: 'en-gb' },
  'es-419': { base: 'es', voice: 'es-419' },
  'es-mx': { base: 'es', voice: 'es-419' },
};

export const FALLBACK_LANGUAGE: BaseLanguage = 'en';

export interface SpeechLanguage {
  /** Lower-cased tag we speak in: a regional tag when it has its own voice, else the base. */
  tag: string;
  base: BaseLanguage;
  voice: string;
  /** True when the requested language had no template and English stands in. */
  fallback: boolean;
}

const isBase = (code: string): code is BaseLanguage => Object.hasOwn(BASE_VOICES, code);

export function resolveSpeechLanguage(requested: string | null | undefined): SpeechLanguage {
  const tag = (requested ?? '').trim().toLowerCase().replace(/_/g, '-');
  const regional = REGIONAL_VOICES[tag];
  if (regional) return { tag, base: regional.base, voice: regional.voice, fallback: false };
  const base = tag.split('-')[0] ?? '';
  if (isBase(base)) return { tag: base, base, voice: BASE_VOICES[base], fallback: false };
  return { tag: FALLBACK_LANGUAGE, base: FALLBACK_LANGUAGE, voice: BASE_VOICES[FALLBACK_LANGUAGE], fallback: true };
}

/**
 * The visitor's language first (they are the one listening for their code), then the display's
 * languages in its order. Each entry is resolved (unknown → English) and a language already spoken
 * is not repeated, regional variants included: pt-BR then pt speaks once, in pt-BR.
 */
export function announcementLanguages(visitorLanguage: string | null, displayLanguages: string[]): string[] {
  const spoken = new Set<BaseLanguage>();
  const out: string[] = [];
  // The screens play exactly speechLanguages(); an unsupported language falls back to English here.
  for (const requested of speechLanguages(visitorLanguage, displayLanguages)) {
    const language = resolveSpeechLanguage(requested);
    if (spoken.has(language.base)) continue;
    spoken.add(language.base);
    out.push(language.tag);
  }
  return out.length > 0 ? out : [FALLBACK_LANGUAGE];
}
