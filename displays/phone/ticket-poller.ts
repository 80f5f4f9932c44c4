/**
 * Keeps the visitor's ticket fresh by polling: every 3 s while the page is visible, at once when it becomes
 * visible again or the network returns, and slowly while hidden so a backgrounded phone can still be alerted.
 * Phones never join the branch's stream: they learn nothing about other visitors beyond counts.
 */
import type { ApiResult } from '../common/api-client.ts';
import type { PhoneView } from './phone-api.ts';

export interface PollState {
  view: PhoneView | null;
  /** Local time of the last good answer. */
  fetchedAt: number | null;
  /** `offline`: the last poll got no answer (the view shown may be old); `not_found`: the token matches no ticket. */
  problem: 'offline' | 'not_found' | null;
}

export interface PollerOptions {
  visibleMs?: number;
  hiddenMs?: number;
  /** A finished ticket barely changes; poll it rarely. */
  finishedMs?: number;
}

const FINISHED = new Set(['done', 'no_show', 'cancelled']);

export class TicketPoller {
  private state: PollState = { view: null, fetchedAt: null, problem: null };
  private readonly listeners = new Set<(state: PollState) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private running = false;
  private readonly options: Required<PollerOptions>;
  private readonly onWake = () => {
    if (document.visibilityState === 'visible') void this.poll();
  };

  constructor(
    private readonly fetch: () => Promise<ApiResult<PhoneView>>,
    options: PollerOptions = {},
  ) {
    this.options = { visibleMs: 3_000, hiddenMs: 20_000, finishedMs: 30_000, ...options };
  }

  get current(): PollState {
    return this.state;
  }

  subscribe(listener: (state: PollState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    document.addEventListener('visibilitychange', this.onWake);
    addEventListener('online', this.onWake);
    addEventListener('pageshow', this.onWake);
    void this.poll();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    document.removeEventListener('visibilitychange', this.onWake);
    removeEventListener('online', this.onWake);
    removeEventListener('pageshow', this.onWake);
  }

  /** Polls now (e.g. right after "I'm leaving"); a poll already on its way is reused rather than doubled. */
  poll(): Promise<void> {
    this.inFlight ??= this.fetchOnce().finally(() => {
      this.inFlight = null;
      this.schedule();
    });
    return this.inFlight;
  }

  private async fetchOnce(): Promise<void> {
    const result = await this.fetch();
    if (result.ok) this.set({ view: result.body, fetchedAt: Date.now(), problem: null });
    // 400: a token of the wrong shape (a mangled link) can match no ticket either.
    else if (result.status === 404 || result.status === 400) this.set({ ...this.state, problem: 'not_found' });
    else this.set({ ...this.state, problem: 'offline' });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (!this.running || this.state.problem === 'not_found') return;
    const finished = this.state.view !== null && FINISHED.has(this.state.view.ticket.status);
    const delay = finished
      ? this.options.finishedMs
      : document.visibilityState === 'visible'
        ? this.options.visibleMs
        : this.options.hiddenMs;
    this.timer = setTimeout(() => void this.poll(), delay);
  }

  private set(state: PollState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
