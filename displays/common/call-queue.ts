/** Sequences calls so each is shown and announced in turn, for at least its hold time: none lost, none overwritten. */
import type { CallRecord } from '../../shared/model.ts';
import { systemClock, type Clock } from './clock.ts';

/** Shows and announces one call; a returned promise (the announcement) extends the hold until it settles. */
export type Presenter = (call: CallRecord) => void | Promise<unknown>;

export interface CallQueueOptions {
  clock?: Clock;
  /** Minimum time each call stays the current call. */
  holdMs?: number;
  /** Calls older than this (server time) go to the history without being shown or announced. */
  freshForMs?: number;
  /** Upper bound on one presentation, so a presenter that never settles cannot stall the queue. */
  maxHoldMs?: number;
  historySize?: number;
  log?: (message: string, detail?: unknown) => void;
}

export interface CallQueueView {
  /** The call presented most recently (still current until the next one is presented). */
  current: CallRecord | null;
  /** Presented and skipped calls, most recent first; calls still waiting their turn are not in it. */
  history: readonly CallRecord[];
  /** Calls waiting their turn. */
  pending: number;
}

const SEEN_KEPT = 500;

export class CallQueue {
  private readonly clock: Clock;
  private readonly holdMs: number;
  private readonly freshForMs: number;
  private readonly maxHoldMs: number;
  private readonly historySize: number;
  private readonly log: (message: string, detail?: unknown) => void;
  private readonly listeners = new Set<(view: CallQueueView) => void>();
  private readonly seen = new Set<number>();
  private readonly waiting: CallRecord[] = [];
  private presented: CallRecord | null = null;
  private calls: CallRecord[] = [];
  private offsetMs = 0;
  private busy = false;
  private timers: unknown[] = [];
  private disposed = false;

  constructor(
    private readonly present: Presenter,
    options: CallQueueOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.holdMs = options.holdMs ?? 6_000;
    this.freshForMs = options.freshForMs ?? 120_000;
    this.maxHoldMs = Math.max(options.maxHoldMs ?? 45_000, this.holdMs);
    this.historySize = options.historySize ?? 20;
    this.log = options.log ?? ((message, detail) => console.warn(`[call-queue] ${message}`, detail ?? ''));
  }

  get view(): CallQueueView {
    return { current: this.presented, history: this.calls, pending: this.waiting.length };
  }

  /** Server time minus local time: call ages are judged on the server's clock, not the TV's. */
  setServerOffset(offsetMs: number): void {
    this.offsetMs = offsetMs;
  }

  /**
   * Takes calls from a snapshot or from live events, in any order and with repeats.
   * `silent` files them in the history unannounced: calls this screen already showed before a reload.
   */
  add(calls: readonly CallRecord[], options: { silent?: boolean } = {}): void {
    if (this.disposed) return;
    const fresh = calls
      .filter((call) => !this.seen.has(call.callId))
      .sort((a, b) => a.at - b.at || a.callId - b.callId);
    if (fresh.length === 0) return;
    const serverNow = this.clock.now() + this.offsetMs;
    for (const call of fresh) {
      this.remember(call.callId);
      if (options.silent || serverNow - call.at > this.freshForMs) this.file(call);
      else this.waiting.push(call);
    }
    this.notify();
    this.next();
  }

  subscribe(listener: (view: CallQueueView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.disposed = true;
    this.waiting.length = 0;
    for (const timer of this.timers) this.clock.clearTimeout(timer);
    this.timers = [];
    this.listeners.clear();
  }

  private next(): void {
    if (this.busy || this.disposed) return;
    const call = this.waiting.shift();
    if (!call) return;
    this.busy = true;
    this.presented = call;
    this.file(call);
    this.notify();

    let held = false;
    let settled = false;
    const finish = () => {
      if (!this.busy || this.presented !== call) return;
      for (const timer of this.timers) this.clock.clearTimeout(timer);
      this.timers = [];
      this.busy = false;
      this.notify();
      this.next();
    };
    this.timers = [
      this.clock.setTimeout(() => {
        held = true;
        if (settled) finish();
      }, this.holdMs),
      this.clock.setTimeout(() => {
        this.log(`presentation of ${call.code} did not finish; moving on`);
        finish();
      }, this.maxHoldMs),
    ];

    let result: void | Promise<unknown> = undefined;
    try {
      result = this.present(call);
    } catch (error) {
      this.log('presenter threw', error);
    }
    void Promise.resolve(result)
      .catch((error: unknown) => this.log('presentation failed', error))
      .then(() => {
        settled = true;
        if (held) finish();
      });
  }

  private file(call: CallRecord): void {
    this.calls = [call, ...this.calls.filter((c) => c.callId !== call.callId)]
      .sort((a, b) => b.at - a.at || b.callId - a.callId)
      .slice(0, this.historySize);
  }

  private remember(callId: number): void {
    this.seen.add(callId);
    if (this.seen.size > SEEN_KEPT) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }

  private notify(): void {
    const view = this.view;
    for (const listener of this.listeners) listener(view);
  }
}
