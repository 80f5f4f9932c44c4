/** Shows announcement banners one at a time, each long enough to read, so a burst of them is shown in full. */
import type { Announcement } from '../../shared/protocol.ts';
import { systemClock, type Clock } from '../common/clock.ts';

/** Reading time grows with the text: about 12 characters a second, within 10–30 s. */
export function bannerHoldMs(text: string): number {
  return Math.min(30_000, Math.max(10_000, 4_000 + text.length * 85));
}

export class BannerQueue {
  private readonly waiting: Announcement[] = [];
  private timer: unknown = null;

  constructor(
    private readonly show: (announcement: Announcement | null) => void,
    private readonly clock: Clock = systemClock,
  ) {}

  push(announcement: Announcement): void {
    this.waiting.push(announcement);
    if (this.timer === null) this.next();
  }

  dispose(): void {
    this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.waiting.length = 0;
  }

  private next(): void {
    const announcement = this.waiting.shift() ?? null;
    this.show(announcement);
    this.timer = announcement ? this.clock.setTimeout(() => this.next(), bannerHoldMs(announcement.text)) : null;
  }
}
