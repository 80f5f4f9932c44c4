/**
 * Rows read by key and kept until a write drops them or they are `ttlMs` old. This process is the
 * database's only writer, so a repo that drops the keys each of its writes may change serves what the
 * database holds; the age bound covers edits made outside the server (a SQL shell). Misses are not kept,
 * nor anything read inside a transaction (it may roll back).
 */
export class ReadThroughCache<V> {
  private readonly entries = new Map<string, { value: V; readAt: number }>();

  constructor(
    private readonly sqlite: { readonly inTransaction: boolean },
    private readonly ttlMs: number,
    /** Unknown keys are never kept; this bounds the map when many keys come and go. */
    private readonly max: number,
  ) {}

  get(key: string, load: () => V | undefined): V | undefined {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.readAt < this.ttlMs) return hit.value;
    this.entries.delete(key);
    const value = load();
    if (value !== undefined && !this.sqlite.inTransaction) {
      if (this.entries.size >= this.max) this.entries.clear();
      this.entries.set(key, { value, readAt: Date.now() });
    }
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
