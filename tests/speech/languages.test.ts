import { describe, expect, it } from 'vitest';
import { announcementLanguages, resolveSpeechLanguage } from '../../server/speech/languages.ts';

describe('announcementLanguages', () => {
  it("speaks the visitor's language first, then the display's in order", () => {
    expect(announcementLanguages('ar', ['en', 'fr'])).toEqual(['ar', 'en', 'fr']);
  });

  it('does not repeat a language the visitor already heard', () => {
    expect(announcementLanguages('fr', ['en', 'fr', 'de'])).toEqual(['fr', 'en', 'de']);
    expect(announcementLanguages(null, ['es', 'es', 'en'])).toEqual(['es', 'en']);
  });

  it("uses only the display's languages when the visitor chose none", () => {
    expect(announcementLanguages(null, ['nl', 'tr'])).toEqual(['nl', 'tr']);
  });

  it('speaks a regional variant once, as the first one asked for', () => {
    expect(announcementLanguages('pt-BR', ['pt', 'en'])).toEqual(['pt-br', 'en']);
    expect(announcementLanguages('fr-CA', ['fr'])).toEqual(['fr']);
  });

  it('falls back to English for an unknown language, still without repeating', () => {
    expect(announcementLanguages('xx', ['de'])).toEqual(['en', 'de']);
    expect(announcementLanguages('zz', ['en', 'de'])).toEqual(['en', 'de']);
  });

  it('speaks English when nothing is asked for', () => {
    expect(announcementLanguages(null, [])).toEqual(['en']);
  });
});

describe('resolveSpeechLanguage', () => {
  it('maps languages to espeak-ng voices', () => {
    expect(resolveSpeechLanguage('en')).toMatchObject({ tag: 'en', voice: 'en', fallback: false });
    expect(resolveSpeechLanguage('AR')).toMatchObject({ tag: 'ar', voice: 'ar' });
    expect(resolveSpeechLanguage('pt-BR')).toMatchObject({ tag: 'pt-br', base: 'pt', voice: 'pt-br' });
    expect(resolveSpeechLanguage('de-AT')).toMatchObject({ tag: 'de', voice: 'de' });
  });

  it('falls back to English for an unknown or missing language', () => {
    expect(resolveSpeechLanguage('klingon')).toMatchObject({ tag: 'en', voice: 'en', fallback: true });
    expect(resolveSpeechLanguage(null)).toMatchObject({ tag: 'en', fallback: true });
  });
});
