/** A background queue that works through items one at a time, never failing its caller. */

export interface Prewarmer<T> {
  /** Queues items and returns at once; items already queued are not queued twice. */
  add(items: readonly T[]): void;
  /** Resolves once the queue is empty and nothing is running. */
  idle(): Promise<void>;
  /** Drops what is queued and refuses new items; the item in progress finishes. */
  stop(): void;
}

export interface PrewarmOptions<T> {
  keyOf: (item: T) => string;
  log: (message: string, error: unknown) => void;
  /** Beyond this, new items are dropped: prewarming is a bonus, never a backlog. */
  maxQueued?: number;
}

export function createPrewarmer<T>(work: (item: T) => Promise<unknown>, options: PrewarmOptions<T>): Prewarmer<T> {
  const maxQueued = options.maxQueued ?? 100;
  const queue = new Map<string, T>();
  let running: Promise<void> | null = null;
  let stopped = false;
  const first = () => queue.entries().next().value;

  async function drain() {
    // Start on a later turn so the caller's own request is answered first.
    await new Promise((resolve) => setImmediate(resolve));
    for (let next = first(); next && !stopped; next = first()) {
      const [key, item] = next;
      queue.delete(key);
      try {
        await work(item);
      } catch (error) {
        options.log(`speech: prewarm of ${key} failed`, error);
      }
    }
    running = null;
  }

  return {
    add(items) {
      if (stopped) return;
      for (const item of items) {
        if (queue.size >= maxQueued) break;
        queue.set(options.keyOf(item), item);
      }
      if (queue.size > 0) running ??= drain();
    },
    async idle() {
      while (running) await running;
    },
    stop() {
      stopped = true;
      queue.clear();
    },
  };
}
