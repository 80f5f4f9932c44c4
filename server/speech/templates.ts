/** Announcement wording per language, rendered to SSML with every interpolated value escaped; pure. */
import { type BaseLanguage, resolveSpeechLanguage } from './languages.ts';
import { characters, normalizeSpeechText, speakDocument, speechText } from './ssml.ts';

/** What a call says: the ticket code, and the counter label read after the word for "counter". */
export interface CallWords {
  code: string;
  counter: string;
}

export const MAX_FREE_TEXT_LENGTH = 500;

/** Both arguments arrive as SSML fragments already escaped; templates add only their own words. */
type CallTemplate = (code: string, counter: string) => string;

// Wording a native speaker should review before a branch goes live in that language.
const CALL_TEMPLATES: Record<BaseLanguage, CallTemplate> = {
  en: (code, counter) => `Ticket ${code}, please go to counter ${counter}.`,
  es: (code, counter) => `Número ${code}, por favor, diríjase a la ventanilla ${counter}.`,
  fr: (code, counter) => `Ticket ${code}, veuillez vous présenter au guichet ${counter}.`,
  de: (code, counter) => `Nummer ${code}, bitte kommen Sie zu Schalter ${counter}.`,
  ar: (code, counter) => `الرقم ${code}، يرجى التوجه إلى الشباك ${counter}.`,
  pt: (code, counter) => `Senha ${code}, por favor, dirija-se ao balcão ${counter}.`,
  it: (code, counter) => `Numero ${code}, si prega di recarsi allo sportello ${counter}.`,
  nl: (code, counter) => `Nummer ${code}, gaat u alstublieft naar balie ${counter}.`,
  tr: (code, counter) => `${code} numaralı bilet, lütfen ${counter} numaralı gişeye gidiniz.`,
};

export function callSsml(language: string, words: CallWords): string {
  const template = CALL_TEMPLATES[resolveSpeechLanguage(language).base];
  return speakDocument(template(characters(words.code), speechText(words.counter)));
}

/** Staff-typed text, read as plain words: no markup of theirs can reach the synthesizer. */
export function freeTextSsml(text: string): string {
  return speakDocument(speechText(text));
}

/** Null when the text is speakable, else why not (the caller turns it into a 400). */
export function freeTextProblem(text: string): 'empty' | 'too_long' | null {
  const normalized = normalizeSpeechText(text);
  if (normalized.length === 0) return 'empty';
  if (normalized.length > MAX_FREE_TEXT_LENGTH) return 'too_long';
  return null;
}

/** The same wording as plain text, for engines without SSML (festival on the host): "A 0 4 2". */
export function callPlainText(language: string, words: CallWords): string {
  const template = CALL_TEMPLATES[resolveSpeechLanguage(language).base];
  return normalizeSpeechText(template(words.code.split('').join(' '), words.counter));
}
