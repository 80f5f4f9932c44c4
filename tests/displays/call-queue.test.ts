/** The call sequencer: every call shown in turn and held, none lost, stale ones kept quiet, recalls repeated. */
import { describe, expect, it } from 'vitest';
import { CallQueue, type CallQueueOptions } from '../../displays/common/call-queue.ts';
import type { CallRecord } from '../../shared/model.ts';
import { FakeClock, advanceWithPromises, flush } from './helpers/fake-clock.ts';
import { makeCall } from './helpers/fixtures.ts';

function setup(options: Partial<CallQueueOptions> = {}, present?: (call: CallRecord) => void | Promise<unknown>) {
  const clock = new FakeClock();
  const shown: { code: string; at: number }[] = [];
  const queue = new CallQueue(
    (call) => {
      shown.push({ code: call.code, at: clock.now() });
      return present?.(call);
    },
    { clock, log: () => {}, ...options },
  );
  return { clock, shown, queue };
}

describe('call queue', () => {
  it('presents two calls that arrive together one after the other, each held at least the hold time', async () => {
    const { clock, shown, queue } = setup({ holdMs: 6_000 });
    const now = clock.now();
    queue.add([makeCall(2, now), makeCall(1, now - 1_000)]);
    await advanceWithPromises(clock, 20_000);

    expect(shown.map((s) => s.code)).toEqual(['A001', 'A002']);
    expect(shown[1]!.at - shown[0]!.at).toBeGreaterThanOrEqual(6_000);
    expect(queue.view.current?.code).toBe('A002');
    expect(queue.view.history.map((c) => c.code)).toEqual(['A002', 'A001']);
  });

  it('keeps a call current until its announcement ends when that takes longer than the hold', async () => {
    const endings: (() => void)[] = [];
    const { clock, shown, queue } = setup({ holdMs: 6_000 }, () => new Promise<void>((r) => endings.push(r)));
    queue.add([makeCall(1, clock.now()), makeCall(2, clock.now())]);
    await advanceWithPromises(clock, 9_000);
    expect(shown.map((s) => s.code)).toEqual(['A001']);

    endings[0]!();
    await flush();
    expect(shown.map((s) => s.code)).toEqual(['A001', 'A002']);
  });

  it('lists a waiting call in the history only once it has been presented', async () => {
    const { clock, queue } = setup({ holdMs: 6_000 });
    queue.add([makeCall(1, clock.now()), makeCall(2, clock.now())]);
    await flush();
    expect(queue.view.history.map((c) => c.code)).toEqual(['A001']);
    expect(queue.view.pending).toBe(1);
    await advanceWithPromises(clock, 7_000);
    expect(queue.view.history.map((c) => c.code)).toEqual(['A002', 'A001']);
  });

  it('files calls older than two minutes (server time) in the history without presenting them', async () => {
    const { clock, shown, queue } = setup();
    // This TV's clock runs five minutes slow; ages must be judged on the server's clock.
    const serverNow = clock.now() + 5 * 60_000;
    queue.setServerOffset(5 * 60_000);
    queue.add([makeCall(1, serverNow - 3 * 60_000), makeCall(2, serverNow - 30_000)]);
    await advanceWithPromises(clock, 10_000);

    expect(shown.map((s) => s.code)).toEqual(['A002']);
    expect(queue.view.history.map((c) => c.code)).toEqual(['A002', 'A001']);
  });

  it('presents a call once even when it arrives in a snapshot and as an event', async () => {
    const { clock, shown, queue } = setup();
    const call = makeCall(1, clock.now());
    queue.add([call]);
    queue.add([call]);
    await advanceWithPromises(clock, 7_000);
    queue.add([call]);
    await advanceWithPromises(clock, 7_000);
    expect(shown.map((s) => s.code)).toEqual(['A001']);
    expect(queue.view.history).toHaveLength(1);
  });

  it('presents a recall again: it is a new call of the same ticket', async () => {
    const { clock, shown, queue } = setup();
    queue.add([makeCall(1, clock.now(), { code: 'B007', ticketId: 70 })]);
    await advanceWithPromises(clock, 7_000);
    queue.add([makeCall(2, clock.now(), { code: 'B007', ticketId: 70, recall: true })]);
    await advanceWithPromises(clock, 7_000);
    expect(shown.map((s) => s.code)).toEqual(['B007', 'B007']);
    expect(queue.view.current).toMatchObject({ callId: 2, recall: true });
  });

  it('files silently the calls restored from a cache, so a reload does not repeat them', async () => {
    const { clock, shown, queue } = setup();
    queue.add([makeCall(1, clock.now())], { silent: true });
    await advanceWithPromises(clock, 7_000);
    expect(shown).toEqual([]);
    expect(queue.view.history.map((c) => c.code)).toEqual(['A001']);
  });

  it('moves on from a presenter that never finishes', async () => {
    const { clock, shown, queue } = setup({ holdMs: 6_000, maxHoldMs: 20_000 }, () => new Promise(() => {}));
    queue.add([makeCall(1, clock.now()), makeCall(2, clock.now())]);
    await advanceWithPromises(clock, 25_000);
    expect(shown.map((s) => s.code)).toEqual(['A001', 'A002']);
  });

  it('presents a burst of calls in full, in order', async () => {
    const { clock, shown, queue } = setup({ holdMs: 6_000 });
    const now = clock.now();
    queue.add([5, 3, 4, 1, 2].map((id) => makeCall(id, now + id)));
    await advanceWithPromises(clock, 40_000);
    expect(shown.map((s) => s.code)).toEqual(['A001', 'A002', 'A003', 'A004', 'A005']);
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.at - shown[i - 1]!.at).toBeGreaterThanOrEqual(6_000);
  });
});
