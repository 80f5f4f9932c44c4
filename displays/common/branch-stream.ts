/** The display's copy of a branch's stream: a snapshot, then events strictly in seq order, or a call to start over. */
import { applyEvent } from '../../shared/branch-state.ts';
import type { BranchSnapshot } from '../../shared/model.ts';
import type { QueueEvent, Resume } from '../../shared/protocol.ts';

export type StreamStep =
  | { kind: 'applied'; state: BranchSnapshot; changed: boolean; catchUp: boolean }
  /** Already applied: a resume may overlap what we hold, and applying twice would corrupt counts. */
  | { kind: 'duplicate' }
  /** The stream cannot continue from what we hold; only a fresh snapshot can repair it. */
  | { kind: 'broken'; reason: string };

export class BranchStream {
  state: BranchSnapshot | null = null;
  private epoch: string | null = null;
  private seq = 0;
  /** Events up to this seq are replays after a resume, not news. */
  private catchUpTo = 0;

  /** What a reconnecting hello should ask for; undefined when only a snapshot will do. */
  get resume(): Resume | undefined {
    return this.epoch !== null && this.state !== null ? { epoch: this.epoch, seq: this.seq } : undefined;
  }

  get position(): { epoch: string; seq: number } | null {
    return this.epoch === null ? null : { epoch: this.epoch, seq: this.seq };
  }

  load(epoch: string, seq: number, state: BranchSnapshot): void {
    this.state = state;
    this.epoch = epoch;
    this.seq = seq;
    this.catchUpTo = 0;
  }

  /** Checks the server's `resumed` against what we hold; false means the stream cannot be resumed. */
  resumed(epoch: string, fromSeq: number, toSeq: number): boolean {
    if (epoch !== this.epoch || this.state === null || fromSeq > this.seq + 1) return false;
    this.catchUpTo = toSeq;
    return true;
  }

  apply(seq: number, event: QueueEvent): StreamStep {
    if (this.state === null || this.epoch === null) return { kind: 'broken', reason: 'event before any snapshot' };
    if (seq <= this.seq) return { kind: 'duplicate' };
    if (seq !== this.seq + 1) return { kind: 'broken', reason: `gap: expected seq ${this.seq + 1}, got ${seq}` };
    const before = this.state;
    this.state = applyEvent(before, event);
    this.seq = seq;
    return { kind: 'applied', state: this.state, changed: this.state !== before, catchUp: seq <= this.catchUpTo };
  }

  /** Keeps the state on screen but drops the stream position, so the next hello asks for a snapshot. */
  forgetPosition(): void {
    this.epoch = null;
    this.seq = 0;
    this.catchUpTo = 0;
  }
}
