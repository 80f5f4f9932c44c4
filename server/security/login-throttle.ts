/**
 * Login lockout: after `maxFailures` failed logins for one username (or `maxFailuresPerIp` from one
 * address) within the lockout window, further attempts are refused for `lockoutMs`, even with the
 * right password, so guessing cannot be spread over time faster than the window allows.
 */
export interface LoginThrottleOptions {
  maxFailures: number;
  maxFailuresPerIp: number;
  lockoutMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = { maxFailures: 5, maxFailuresPerIp: 20, lockoutMs: 15 * 60_000 };

interface Record_ {
  failures: number[];
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly byKey = new Map<string, Record_>();

  constructor(
    private readonly options: LoginThrottleOptions,
    private readonly now: () => number,
  ) {}

  /** Milliseconds until this username/IP may try again, or 0. */
  retryAfter(username: string, ip: string): number {
    const t = this.now();
    const waits = [this.keyOf('u', username), this.keyOf('ip', ip)].map((k) => (this.byKey.get(k)?.lockedUntil ?? 0) - t);
    return Math.max(0, ...waits);
  }

  recordFailure(username: string, ip: string): void {
    this.fail(this.keyOf('u', username), this.options.maxFailures);
    this.fail(this.keyOf('ip', ip), this.options.maxFailuresPerIp);
  }

  /** A successful login clears the username's count (not the IP's: one right guess must not reset a spray). */
  recordSuccess(username: string): void {
    this.byKey.delete(this.keyOf('u', username));
  }

  private keyOf(kind: string, value: string) {
    return `${kind}:${value.toLowerCase()}`;
  }

  private fail(key: string, max: number) {
    const t = this.now();
    const r = this.byKey.get(key) ?? { failures: [], lockedUntil: 0 };
    r.failures = r.failures.filter((at) => t - at < this.options.lockoutMs);
    r.failures.push(t);
    if (r.failures.length >= max) {
      r.lockedUntil = t + this.options.lockoutMs;
      r.failures = [];
    }
    this.byKey.set(key, r);
    if (this.byKey.size > 10_000) this.prune(t);
  }

  private prune(t: number) {
    for (const [k, r] of this.byKey) {
      if (r.lockedUntil <= t && r.failures.every((at) => t - at >= this.options.lockoutMs)) this.byKey.delete(k);
    }
  }
}
