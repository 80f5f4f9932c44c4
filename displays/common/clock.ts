/** Time as the display modules see it, injected so sequencing and backoff are testable without waiting. */

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

type NativeHandle = Parameters<typeof globalThis.clearTimeout>[0];

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as NativeHandle),
};
