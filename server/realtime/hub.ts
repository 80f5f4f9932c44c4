/**
 * The fan-out: one topic per branch with a sequence counter, a bounded replay buffer and its subscribers.
 * Each event is serialized once per topic, never once per client (PROTOCOL.md P6).
 */
import { randomBytes } from 'node:crypto';
import { PROTOCOL_VERSION, type QueueEvent, type Resume, type ServerMessage } from '../../shared/protocol.ts';
import type { BranchSnapshot } from '../../shared/model.ts';
import type { EventPublisher } from '../services/deps.ts';
import { FrameBatch, OutFrame } from './frame.ts';

export interface Subscriber {
  /** Sends already-serialized frames, in order. */
  deliver(batch: FrameBatch): void;
}

/** One commit's `events` message, as sent live and replayed (P5, P6). */
interface Sequenced {
  /** The seq of its first and last event. */
  first: number;
  last: number;
  frame: OutFrame;
  /** A configuration change is followed live by a snapshot (P9); a replay cannot carry that. */
  configChange: boolean;
}

class Topic {
  seq = 0;
  readonly buffer: Sequenced[] = [];
  readonly subscribers = new Set<Subscriber>();
  snapshotCache: { seq: number; frame: OutFrame } | null = null;
}

export interface HubOptions {
  snapshotOf: (branchId: number) => BranchSnapshot;
  now: () => number;
  /** Events kept per branch for resuming clients (P5). */
  replayLimit?: number;
}

export class Hub implements EventPublisher {
  /** Identifies this server's event stream; a resume from another epoch (a restart) gets a snapshot. */
  readonly epoch = `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
  private readonly topics = new Map<number, Topic>();
  private readonly replayLimit: number;

  constructor(private readonly options: HubOptions) {
    this.replayLimit = options.replayLimit ?? 2000;
  }

  private topic(branchId: number): Topic {
    let t = this.topics.get(branchId);
    if (!t) {
      t = new Topic();
      this.topics.set(branchId, t);
    }
    return t;
  }

  publish(branchId: number, events: QueueEvent[]): void {
    if (events.length === 0) return;
    const topic = this.topic(branchId);
    // One message per commit: a screen applies a commit whole, and a call that finishes the previous
    // ticket reaches each screen as one frame, not two.
    const message: ServerMessage = { type: 'events', seq: topic.seq + 1, at: this.options.now(), events };
    topic.seq += events.length;
    const frame = new OutFrame(JSON.stringify(message));
    const configChange = events.some((e) => e.kind === 'config_changed');
    topic.buffer.push({ first: message.seq, last: topic.seq, frame, configChange });
    // P5 keeps the last `replayLimit` events, so whole commits are dropped from the front.
    let drop = 0;
    while (topic.buffer[drop]!.last <= topic.seq - this.replayLimit) drop++;
    if (drop > 0) topic.buffer.splice(0, drop);
    // P9: after a configuration change every subscriber gets a fresh snapshot at the new seq.
    const batch = new FrameBatch(configChange ? [frame, this.snapshotFrame(branchId, topic)] : [frame]);
    for (const s of topic.subscribers) s.deliver(batch);
  }

  /**
   * Subscribes and brings the subscriber up to date: the missed events when `resume` is in this epoch and
   * within the buffer (P5), else a snapshot (P4). Synchronous, so no event can slip between the two.
   */
  subscribe(branchId: number, subscriber: Subscriber, resume: Resume | undefined): () => void {
    const topic = this.topic(branchId);
    const missed = this.replayFrom(topic, resume);
    if (missed) {
      const resumed: ServerMessage = { type: 'resumed', epoch: this.epoch, fromSeq: resume!.seq + 1, toSeq: topic.seq };
      subscriber.deliver(new FrameBatch([new OutFrame(JSON.stringify(resumed)), ...missed.map((m) => m.frame)]));
    } else {
      subscriber.deliver(new FrameBatch([this.snapshotFrame(branchId, topic)]));
    }
    topic.subscribers.add(subscriber);
    return () => {
      topic.subscribers.delete(subscriber);
    };
  }

  private replayFrom(topic: Topic, resume: Resume | undefined): Sequenced[] | null {
    if (!resume || resume.epoch !== this.epoch || resume.seq > topic.seq) return null;
    // The commit the client applied last is needed too (see below). Clients apply whole messages, so a
    // position inside a commit is not one a client can hold: it gets a snapshot.
    const lastApplied = topic.buffer.findLastIndex((m) => m.last <= resume.seq);
    if (lastApplied < 0 || topic.buffer[lastApplied]!.last !== resume.seq) return null;
    const fromLast = topic.buffer.slice(lastApplied);
    // P5/P9: a configuration change the client missed, or one it applied last (it may have dropped before
    // the snapshot that followed it, which shares its seq), leaves its setup stale: give it a snapshot.
    if (fromLast.some((m) => m.configChange)) return null;
    return fromLast.slice(1);
  }

  private snapshotFrame(branchId: number, topic: Topic): OutFrame {
    if (topic.snapshotCache?.seq !== topic.seq) {
      const message: ServerMessage = {
        type: 'snapshot',
        v: PROTOCOL_VERSION,
        epoch: this.epoch,
        seq: topic.seq,
        serverTime: this.options.now(),
        state: this.options.snapshotOf(branchId),
      };
      topic.snapshotCache = { seq: topic.seq, frame: new OutFrame(JSON.stringify(message)) };
    }
    return topic.snapshotCache.frame;
  }

  subscriberCount(branchId?: number): number {
    if (branchId !== undefined) return this.topics.get(branchId)?.subscribers.size ?? 0;
    let n = 0;
    for (const t of this.topics.values()) n += t.subscribers.size;
    return n;
  }

  subscriberCounts(): Map<number, number> {
    return new Map([...this.topics].map(([id, t]) => [id, t.subscribers.size]));
  }

  currentSeq(branchId: number): number {
    return this.topics.get(branchId)?.seq ?? 0;
  }
}
