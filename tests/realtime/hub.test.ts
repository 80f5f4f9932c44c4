/** The hub's stream (P5, P6, P9): one message per commit, numbered per event, replayed by whole commits. */
import { describe, expect, it } from 'vitest';
import type { QueueEvent, ServerMessage } from '../../shared/protocol.ts';
import { Hub } from '../../server/realtime/hub.ts';
import type { FrameBatch } from '../../server/realtime/frame.ts';
import { issued, makeSnapshot } from '../displays/helpers/fixtures.ts';

function recorder() {
  const got: ServerMessage[][] = [];
  return { got, subscriber: { deliver: (batch: FrameBatch) => got.push(batch.frames.map((f) => JSON.parse(f.text) as ServerMessage)) } };
}

const newHub = (replayLimit?: number) => new Hub({ snapshotOf: () => makeSnapshot(), now: () => 1000, replayLimit });
const config: QueueEvent = { kind: 'config_changed' };

describe('hub', () => {
  it('P6 sends a commit as one message whose events take consecutive seqs', () => {
    const hub = newHub();
    const r = recorder();
    hub.subscribe(1, r.subscriber, undefined);
    hub.publish(1, [issued(1)]);
    hub.publish(1, [issued(2), issued(3)]);
    expect(r.got.slice(1)).toEqual([
      [{ type: 'events', seq: 1, at: 1000, events: [issued(1)] }],
      [{ type: 'events', seq: 2, at: 1000, events: [issued(2), issued(3)] }],
    ]);
    expect(hub.currentSeq(1)).toBe(3);
  });

  it('P5 replays every commit after the one the client applied last, exactly once', () => {
    const hub = newHub();
    for (const events of [[issued(1)], [issued(2), issued(3)], [issued(4)], [issued(5), issued(6)]]) hub.publish(1, events);
    const r = recorder();
    hub.subscribe(1, r.subscriber, { epoch: hub.epoch, seq: 3 });
    const [resumed, ...replayed] = r.got[0]!;
    expect(resumed).toEqual({ type: 'resumed', epoch: hub.epoch, fromSeq: 4, toSeq: 6 });
    expect(replayed.map((m) => (m.type === 'events' ? [m.seq, m.events.length] : m.type))).toEqual([[4, 1], [5, 2]]);
  });

  it('P5 answers a position inside a commit, another epoch or one older than the buffer with a snapshot', () => {
    const hub = newHub(3);
    for (const events of [[issued(1)], [issued(2), issued(3)], [issued(4)], [issued(5)]]) hub.publish(1, events);
    for (const resume of [{ epoch: hub.epoch, seq: 2 }, { epoch: 'other', seq: 5 }, { epoch: hub.epoch, seq: 1 }, { epoch: hub.epoch, seq: 9 }]) {
      const r = recorder();
      hub.subscribe(1, r.subscriber, resume);
      expect(r.got[0]!.map((m) => m.type)).toEqual(['snapshot']);
    }
    // The last three events are kept, as whole commits: from seq 3 (the end of the second commit) it resumes.
    const r = recorder();
    hub.subscribe(1, r.subscriber, { epoch: hub.epoch, seq: 3 });
    expect(r.got[0]!.map((m) => m.type)).toEqual(['resumed', 'events', 'events']);
  });

  it('P9 follows a commit with a configuration change by a snapshot at its last seq, and never replays across it', () => {
    const hub = newHub();
    const live = recorder();
    hub.subscribe(1, live.subscriber, undefined);
    hub.publish(1, [issued(1)]);
    hub.publish(1, [config, issued(2)]);
    expect(live.got[2]!.map((m) => m.type)).toEqual(['events', 'snapshot']);
    expect(live.got[2]![1]).toMatchObject({ type: 'snapshot', seq: 3 });
    for (const seq of [1, 3]) {
      const r = recorder();
      hub.subscribe(1, r.subscriber, { epoch: hub.epoch, seq });
      expect(r.got[0]!.map((m) => m.type)).toEqual(['snapshot']);
    }
  });
});
