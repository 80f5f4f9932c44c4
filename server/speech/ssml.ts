/** Builds the SSML that espeak-ng reads; every piece of outside text passes through `speechText`. */

// XML 1.0 forbids most C0 controls, and Node refuses NUL inside a process argument.
// oxlint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Controls become spaces and runs of blanks collapse, so equal-sounding texts share one cached clip. */
export function normalizeSpeechText(text: string): string {
  return text.replace(CONTROL_CHARS, ' ').replace(LONE_SURROGATE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Outside text as SSML character data. Escaping `<` and `&` stops markup; espeak-ng also reads
 * `[[…]]` as raw phonemes even inside SSML, and entities do not hide it (they are decoded first),
 * so consecutive brackets are split by a space, which it reads as a short pause.
 */
export function speechText(text: string): string {
  return normalizeSpeechText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\[(?=\[)/g, '[ ');
}

/** Read letter by letter and digit by digit: "A042" is "A zero four two", not "A zero forty-two". */
export function characters(text: string): string {
  return `<say-as interpret-as="characters">${speechText(text)}</say-as>`;
}

export function speakDocument(body: string): string {
  return `<speak>${body}</speak>`;
}
