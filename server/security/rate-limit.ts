/** Fixed-window request counters per key (an IP), and a middleware that answers 429 with Retry-After. */
import { createMiddleware } from 'hono/factory';
import { clientIp } from './client-ip.ts';

export interface WindowLimit {
  max: number;
  windowMs: number;
}

export class WindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: WindowLimit,
    private readonly now: () => number,
  ) {}

  /** Counts a hit; returns 0 when allowed, otherwise the milliseconds until the window resets. */
  hit(key: string): number {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || t - w.start >= this.limit.windowMs) {
      w = { start: t, count: 0 };
      this.windows.set(key, w);
      // Keep the map bounded under a flood of distinct keys: expired windows are dropped.
      if (this.windows.size > 10_000) this.prune(t);
    }
    w.count += 1;
    return w.count > this.limit.max ? w.start + this.limit.windowMs - t : 0;
  }

  private prune(t: number) {
    for (const [k, w] of this.windows) if (t - w.start >= this.limit.windowMs) this.windows.delete(k);
  }
}

export function tooManyRequests(c: { header(name: string, value: string): void; json: (...a: any[]) => Response }, waitMs: number, message: string) {
  c.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
  return c.json({ error: { code: 'rate_limited', message } }, 429);
}

/** Limits one class of public endpoints per IP. */
export function rateLimit(limit: WindowLimit, now: () => number) {
  const counter = new WindowCounter(limit, now);
  return createMiddleware(async (c, next) => {
    const wait = counter.hit(clientIp(c));
    if (wait > 0) return tooManyRequests(c, wait, 'too many requests from this address; try again shortly');
    await next();
  });
}
