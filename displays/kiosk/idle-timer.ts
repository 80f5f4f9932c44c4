/** Sends an unattended kiosk back to its start screen: any touch or key restarts the countdown. */

export class IdleTimer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delayMs: number | null = null;

  constructor(private readonly onIdle: () => void) {}

  /** Starts (or restarts) the countdown; null stops it, e.g. on the start screen. */
  arm(delayMs: number | null): void {
    this.delayMs = delayMs;
    this.poke();
  }

  /** The visitor is still there. */
  poke(): void {
    clearTimeout(this.timer);
    if (this.delayMs === null) return;
    this.timer = setTimeout(() => {
      this.delayMs = null;
      this.onIdle();
    }, this.delayMs);
  }

  dispose(): void {
    this.delayMs = null;
    clearTimeout(this.timer);
  }
}
