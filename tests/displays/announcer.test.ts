/** Spoken calls: language order, clip URLs, one call's audio never over another's, autoplay refusal. */
import { describe, expect, it } from 'vitest';
import type { ClipOutcome, ClipPlayer } from '../../displays/common/audio-player.ts';
import { Announcer, type AudioState } from '../../displays/common/announcer.ts';
import { callClips, speechLanguages } from '../../displays/common/speech.ts';
import { flush } from './helpers/fake-clock.ts';
import { makeCall } from './helpers/fixtures.ts';

/** Plays nothing; records what would be heard and lets the test end each clip. */
class FakePlayer implements ClipPlayer {
  readonly started: string[] = [];
  playing = 0;
  maxPlaying = 0;
  private endings: ((o: ClipOutcome) => void)[] = [];
  constructor(private readonly answer: (url: string) => ClipOutcome | null = () => null) {}

  play(url: string): Promise<ClipOutcome> {
    this.started.push(url);
    const immediate = this.answer(url);
    if (immediate) return Promise.resolve(immediate);
    this.playing++;
    this.maxPlaying = Math.max(this.maxPlaying, this.playing);
    return new Promise((resolve) =>
      this.endings.push((o) => {
        this.playing--;
        resolve(o);
      }),
    );
  }
  probe(): Promise<ClipOutcome> {
    return Promise.resolve(this.answer('probe') ?? 'ended');
  }
  stop(): void {}

  /** Ends every clip as it starts, until the queue is drained. */
  async finishAll(): Promise<void> {
    for (let i = 0; i < 50; i++) {
      await flush();
      const next = this.endings.shift();
      if (!next) return;
      next('ended');
    }
  }
}

describe('speech languages', () => {
  it("puts the visitor's language first, then the display's, without repeats", () => {
    expect(speechLanguages('fr', ['en', 'fr', 'es'])).toEqual(['fr', 'en', 'es']);
    expect(speechLanguages(null, ['en', 'es'])).toEqual(['en', 'es']);
    expect(speechLanguages('EN', ['en', 'es', 'es'])).toEqual(['EN', 'es']);
  });

  it('plays the chime, then the call in each language, from the server routes', () => {
    const call = makeCall(1, 0, { code: 'A042', counterId: 3, language: 'ar' });
    expect(callClips(call, ['en'], 'ding-dong')).toEqual([
      '/media/chimes/ding-dong.wav',
      '/speech/call.wav?code=A042&counter=3&lang=ar',
      '/speech/call.wav?code=A042&counter=3&lang=en',
    ]);
  });
});

describe('announcer', () => {
  it("never lets one call's audio overlap another's", async () => {
    const player = new FakePlayer();
    const announcer = new Announcer({ player, languages: ['en', 'es'] });
    const first = announcer.announceCall(makeCall(1, 0, { code: 'A001' }));
    const second = announcer.announceCall(makeCall(2, 0, { code: 'B002' }));
    await player.finishAll();
    await Promise.all([first, second]);

    expect(player.maxPlaying).toBe(1);
    expect(player.started.map((u) => u.replace(/.*code=(\w+).*lang=(\w+)/, '$1-$2'))).toEqual([
      '/media/chimes/ding-dong.wav',
      'A001-en',
      'A001-es',
      '/media/chimes/ding-dong.wav',
      'B002-en',
      'B002-es',
    ]);
  });

  it('reports blocked autoplay, skips the rest of that call, and still finishes the call', async () => {
    const player = new FakePlayer(() => 'blocked');
    const announcer = new Announcer({ player, languages: ['en'] });
    const states: AudioState[] = [];
    announcer.subscribe((s) => states.push(s));
    await announcer.announceCall(makeCall(1, 0));
    expect(announcer.state).toBe('blocked');
    expect(states).toEqual(['blocked']);
    expect(player.started).toHaveLength(1);
  });

  it('is unlocked again after a tap lets sound play', async () => {
    let blocked = true;
    const player = new FakePlayer(() => (blocked ? 'blocked' : 'ended'));
    const announcer = new Announcer({ player });
    expect(await announcer.probe()).toBe('blocked');
    blocked = false;
    expect(await announcer.unlock()).toBe('unlocked');
  });

  it('goes on with the next language when a clip fails (missing voice, no engine)', async () => {
    const player = new FakePlayer((url) => (url.includes('lang=fr') || url.includes('chimes') ? 'failed' : 'ended'));
    const announcer = new Announcer({ player, languages: ['fr', 'en'], log: () => {} });
    await announcer.announceCall(makeCall(1, 0));
    expect(player.started).toHaveLength(3);
    expect(announcer.state).toBe('unlocked');
  });

  it('plays nothing at volume 0 and says it is muted', async () => {
    const player = new FakePlayer(() => 'ended');
    const announcer = new Announcer({ player, volume: 0 });
    await announcer.announceCall(makeCall(1, 0));
    expect(player.started).toEqual([]);
    expect(announcer.state).toBe('muted');
  });
});
