/** Speaks calls and announcements one at a time (chime, then each language) and tracks whether sound may play. */
import type { CallRecord } from '../../shared/model.ts';
import type { Announcement } from '../../shared/protocol.ts';
import { createHtmlAudioPlayer, type ClipOutcome, type ClipPlayer } from './audio-player.ts';
import { announcementClips, callClips } from './speech.ts';

/** The same vocabulary as the status message the server receives. */
export type AudioState = 'unlocked' | 'blocked' | 'muted';

export interface AnnouncerOptions {
  player?: ClipPlayer;
  /** File name under /media/chimes/ without `.wav`; null for no chime. */
  chime?: string | null;
  /** 0–100; 0 mutes. */
  volume?: number;
  /** The display's languages, after the visitor's own. */
  languages?: readonly string[];
  log?: (message: string, detail?: unknown) => void;
}

export class Announcer {
  private readonly player: ClipPlayer;
  private chime: string | null;
  private readonly log: (message: string, detail?: unknown) => void;
  private readonly listeners = new Set<(state: AudioState) => void>();
  private languages: readonly string[];
  private volume: number;
  /** Autoplay verdict of the last clip that got an answer from the browser. */
  private allowed = true;
  /** Every job chains on this, which is what keeps two calls' audio from ever overlapping. */
  private tail: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(options: AnnouncerOptions = {}) {
    this.player = options.player ?? createHtmlAudioPlayer();
    this.chime = options.chime === undefined ? 'ding-dong' : options.chime;
    this.volume = clampVolume(options.volume ?? 100);
    this.languages = options.languages ?? [];
    this.log = options.log ?? ((message, detail) => console.warn(`[announcer] ${message}`, detail ?? ''));
  }

  get state(): AudioState {
    if (this.volume === 0) return 'muted';
    return this.allowed ? 'unlocked' : 'blocked';
  }

  subscribe(listener: (state: AudioState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setVolume(volume: number): void {
    this.change(() => (this.volume = clampVolume(volume)));
  }

  setChime(chime: string | null): void {
    this.chime = chime;
  }

  setLanguages(languages: readonly string[]): void {
    this.languages = languages;
  }

  /** Resolves once this call's audio is over, skipped or refused; never rejects, so visuals never wait on a failure. */
  announceCall(call: CallRecord): Promise<void> {
    return this.enqueue(callClips(call, this.languages, this.chime));
  }

  announce(announcement: Announcement): Promise<void> {
    return this.enqueue(announcementClips(announcement, this.chime));
  }

  /** Learns at start-up whether the browser lets sound play unprompted, so the unlock prompt shows before any call. */
  probe(): Promise<AudioState> {
    const run = this.tail.then(async () => {
      if (!this.disposed && this.volume > 0) this.record(await this.player.probe());
      return this.state;
    });
    this.tail = run.then(noop, noop);
    return run;
  }

  /** Call from a tap or click handler: the gesture is what lets sound play afterwards. */
  unlock(): Promise<AudioState> {
    return this.player.probe().then((outcome) => {
      this.record(outcome);
      return this.state;
    });
  }

  dispose(): void {
    this.disposed = true;
    this.player.stop();
    this.listeners.clear();
  }

  private enqueue(clips: readonly string[]): Promise<void> {
    const run = this.tail.then(() => this.playAll(clips));
    this.tail = run.catch((error: unknown) => this.log('announcement failed', error));
    return this.tail;
  }

  private async playAll(clips: readonly string[]): Promise<void> {
    for (const url of clips) {
      if (this.disposed || this.volume === 0) return;
      const outcome = await this.player.play(url, this.volume / 100);
      this.record(outcome);
      // A refused clip means the rest would be refused too; the visual call goes on regardless.
      if (outcome === 'blocked') return;
      // A missing chime or voice must not silence the clips after it.
      if (outcome === 'failed') this.log(`clip failed: ${url}`);
    }
  }

  private record(outcome: ClipOutcome): void {
    if (outcome === 'failed') return;
    this.change(() => (this.allowed = outcome !== 'blocked'));
  }

  private change(mutate: () => void): void {
    const before = this.state;
    mutate();
    if (this.state === before) return;
    for (const listener of this.listeners) listener(this.state);
  }
}

function clampVolume(volume: number): number {
  return Number.isFinite(volume) ? Math.round(Math.min(100, Math.max(0, volume))) : 100;
}

function noop(): void {}
