import { describe, expect, it } from 'vitest';
import { BASE_VOICES } from '../../server/speech/languages.ts';
import { callSsml, freeTextProblem, freeTextSsml } from '../../server/speech/templates.ts';
import { phonemes } from './helpers.ts';

const HOSTILE = '</say-as><audio src="x"/>';

describe('call announcement SSML', () => {
  it('reads the ticket code character by character', async () => {
    const ssml = callSsml('en', { code: 'A042', counter: '3' });
    expect(ssml).toBe('<speak>Ticket <say-as interpret-as="characters">A042</say-as>, please go to counter 3.</speak>');
    // "A zero four two", where plain text would say "A zero forty-two".
    const spoken = await phonemes(ssml);
    expect(spoken).toContain(await phonemes('zero four two'));
    expect(await phonemes('Ticket A042')).not.toContain(await phonemes('zero four two'));
  });

  it('has a template for every language with a voice', () => {
    for (const language of Object.keys(BASE_VOICES)) {
      const ssml = callSsml(language, { code: 'B007', counter: '12' });
      expect(ssml, language).toContain('<say-as interpret-as="characters">B007</say-as>');
      expect(ssml, language).toContain(' 12');
    }
  });

  it('speaks an unknown language in English', () => {
    expect(callSsml('xx', { code: 'A1', counter: '2' })).toBe(callSsml('en', { code: 'A1', counter: '2' }));
  });

  it('escapes a hostile counter name so it is spoken as text, not markup', async () => {
    const ssml = callSsml('en', { code: 'A042', counter: `${HOSTILE} & co` });
    expect(ssml).toBe(
      '<speak>Ticket <say-as interpret-as="characters">A042</say-as>, please go to counter ' +
        '&lt;/say-as&gt;&lt;audio src="x"/&gt; &amp; co.</speak>',
    );
    const spoken = await phonemes(ssml);
    expect(spoken).toContain(await phonemes('audio'));
    expect(spoken).toContain(await phonemes('co'));
  });

  it('escapes markup in a ticket code too', () => {
    expect(callSsml('en', { code: 'A<b>1', counter: '1' })).toContain('characters">A&lt;b&gt;1</say-as>');
  });
});

describe('free-text announcements', () => {
  it('cannot inject SSML: the markup is read out as words', async () => {
    const ssml = freeTextSsml(`Closing soon ${HOSTILE}<break time="9s"/>`);
    expect(ssml).toBe('<speak>Closing soon &lt;/say-as&gt;&lt;audio src="x"/&gt;&lt;break time="9s"/&gt;</speak>');
    const spoken = await phonemes(ssml);
    expect(spoken).toContain(await phonemes('audio'));
    expect(spoken).toContain(await phonemes('break'));
    // Unescaped, the same characters are markup and nothing of them is heard.
    expect(await phonemes(`<speak>Closing soon ${HOSTILE}</speak>`)).not.toContain(await phonemes('audio'));
  });

  it('cannot switch espeak-ng into raw phoneme input with [[…]]', async () => {
    const ssml = freeTextSsml("hello [[h@l'oU]] there");
    expect(ssml).not.toContain('[[');
    // Read as phonemes, the brackets would say "hello hello there".
    expect(await phonemes(ssml)).not.toBe(await phonemes('hello hello there'));
  });

  it('strips control characters and collapses blanks', () => {
    expect(freeTextSsml('  Please\u0000 wait\n\n\there ')).toBe('<speak>Please wait here</speak>');
  });

  it('takes up to 500 characters of text', () => {
    expect(freeTextProblem('a'.repeat(500))).toBeNull();
    expect(freeTextProblem('a'.repeat(501))).toBe('too_long');
    expect(freeTextProblem(' \n ')).toBe('empty');
  });
});
