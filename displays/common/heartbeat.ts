/** App-level liveness for one socket: pings on a cadence and declares the link dead after a silence. */
import type { Clock } from './clock.ts';

export class Heartbeat {
  private pingTimer: unknown = null;
  private deadTimer: unknown = null;

  constructor(
    private readonly clock: Clock,
    private readonly intervalMs: number,
    private readonly deadAfterMs: number,
    private readonly ping: () => void,
    private readonly dead: () => void,
  ) {}

  /** Starts the silence watch only: a connect that hangs is as dead as a link that went quiet. */
  watch(): void {
    this.heard();
  }

  startPinging(): void {
    this.clock.clearTimeout(this.pingTimer);
    this.pingTimer = this.clock.setTimeout(() => {
      this.ping();
      this.startPinging();
    }, this.intervalMs);
  }

  /** Any message proves the link alive, not only pongs. */
  heard(): void {
    this.clock.clearTimeout(this.deadTimer);
    this.deadTimer = this.clock.setTimeout(() => {
      this.stop();
      this.dead();
    }, this.deadAfterMs);
  }

  stop(): void {
    this.clock.clearTimeout(this.pingTimer);
    this.clock.clearTimeout(this.deadTimer);
    this.pingTimer = this.deadTimer = null;
  }
}
