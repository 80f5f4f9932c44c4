/** Plays one clip at a time through a reused HTMLAudioElement and reports how it ended, including autoplay refusal. */

export type ClipOutcome = 'ended' | 'failed' | 'blocked';

export interface ClipPlayer {
  /** Resolves when the clip ends, fails (404, 503, undecodable, too slow) or is refused by the autoplay policy. */
  play(url: string, volume: number): Promise<ClipOutcome>;
  /** Plays a moment of silence to learn whether sound may start without a user gesture. */
  probe(): Promise<ClipOutcome>;
  stop(): void;
}

export function createHtmlAudioPlayer(options: { timeoutMs?: number } = {}): ClipPlayer {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const audio = new Audio();
  audio.preload = 'auto';
  let settleCurrent: ((outcome: ClipOutcome) => void) | null = null;

  const play = (element: HTMLAudioElement, url: string, volume: number) =>
    new Promise<ClipOutcome>((resolve) => {
      let done = false;
      const settle = (outcome: ClipOutcome) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        element.onended = element.onerror = null;
        if (settleCurrent === settle) settleCurrent = null;
        resolve(outcome);
      };
      if (element === audio) settleCurrent = settle;
      const timer = setTimeout(() => {
        element.pause();
        settle('failed');
      }, timeoutMs);
      element.onended = () => settle('ended');
      element.onerror = () => settle('failed');
      element.volume = Math.min(1, Math.max(0, volume));
      element.src = url;
      element.play().catch((error: unknown) => {
        settle(error instanceof DOMException && error.name === 'NotAllowedError' ? 'blocked' : 'failed');
      });
    });

  return {
    play: (url, volume) => play(audio, url, volume),
    // Runs synchronously up to play(), so when called from a click it counts as that gesture's playback.
    probe: () => play(settleCurrent ? new Audio() : audio, silentWav(), 0.01),
    stop: () => {
      audio.pause();
      settleCurrent?.('failed');
    },
  };
}

let silence: string | null = null;

/** A tenth of a second of 8 kHz 8-bit silence, built here so unlocking needs no network. */
function silentWav(): string {
  if (silence) return silence;
  const samples = 800;
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  ascii(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, 8000, true);
  view.setUint32(28, 8000, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  ascii(36, 'data');
  view.setUint32(40, samples, true);
  bytes.fill(128, 44);
  silence = `data:audio/wav;base64,${btoa(String.fromCharCode(...bytes))}`;
  return silence;
}
