/** The display connection: handshake, resume, sequencing, heartbeat, backoff and the offline cache. */
import { describe, expect, it } from 'vitest';
import { Connection, type ConnectionOptions, type ConnectionUpdate } from '../../displays/common/connection.ts';
import { CloseCode, PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { FakeClock } from './helpers/fake-clock.ts';
import { FakeSockets, MemoryStore } from './helpers/fake-socket.ts';
import { eventMessage, issued, makeSnapshot, snapshotMessage } from './helpers/fixtures.ts';

const TOKEN = 'device-token-0123456789';

function setup(options: Partial<ConnectionOptions> = {}) {
  const clock = new FakeClock();
  const sockets = new FakeSockets();
  const logs: string[] = [];
  const store = new MemoryStore();
  const connection = new Connection({
    token: TOKEN,
    branchId: 7,
    url: 'ws://board.test/ws',
    socketFactory: sockets.factory,
    clock,
    storage: store,
    random: () => 0.5,
    log: (message) => logs.push(message),
    ...options,
  });
  const updates: ConnectionUpdate[] = [];
  connection.subscribe((u) => updates.push(u));
  return { clock, sockets, logs, store, connection, updates };
}

/** Connects and delivers a snapshot at `seq`. */
function online(ctx: ReturnType<typeof setup>, seq = 10, epoch = 'e1') {
  ctx.connection.start();
  ctx.sockets.last.open();
  ctx.sockets.last.receive(snapshotMessage(epoch, seq, ctx.clock.now()));
}

/** How long until the connection opens its next socket, probing in 50 ms steps. */
function delayUntilNextSocket(ctx: ReturnType<typeof setup>, limitMs = 60_000): number {
  const before = ctx.sockets.all.length;
  for (let waited = 0; waited <= limitMs; waited += 50) {
    if (ctx.sockets.all.length > before) return waited;
    ctx.clock.advance(50);
  }
  return Infinity;
}

describe('connection', () => {
  it('says hello with the device token and branch, without resume the first time', () => {
    const ctx = setup();
    ctx.connection.start();
    ctx.sockets.last.open();
    expect(ctx.sockets.last.url).toBe('ws://board.test/ws');
    expect(ctx.sockets.last.sentOf('hello')).toEqual([
      { type: 'hello', v: PROTOCOL_VERSION, auth: { kind: 'device', token: TOKEN }, branchId: 7 },
    ]);
  });

  it('goes online with the snapshot and applies events in order', () => {
    const ctx = setup();
    online(ctx, 10);
    ctx.sockets.last.receive(eventMessage(11, issued(1)));
    ctx.sockets.last.receive(eventMessage(12, issued(2)));
    expect(ctx.connection.link).toMatchObject({ status: 'online', stale: false });
    expect(ctx.connection.state?.tickets.map((t) => t.code)).toEqual(['A001', 'A002']);
  });

  it('applies a commit of several events whole: one state, then each event with its own seq', () => {
    const ctx = setup();
    online(ctx, 10);
    ctx.updates.length = 0;
    ctx.sockets.last.receive({ type: 'events', seq: 11, at: 5, events: [issued(1), issued(2), issued(3)] });
    expect(ctx.updates.map((u) => u.kind)).toEqual(['state', 'event', 'event', 'event']);
    const state = ctx.updates[0] as Extract<ConnectionUpdate, { kind: 'state' }>;
    expect(state.state.tickets.map((t) => t.id)).toEqual([1, 2, 3]);
    expect(ctx.updates.flatMap((u) => (u.kind === 'event' ? [[u.seq, u.at]] : []))).toEqual([[11, 5], [12, 5], [13, 5]]);
    // The next commit continues from the last event of this one.
    ctx.sockets.last.receive(eventMessage(14, issued(4)));
    expect(ctx.connection.state?.tickets.map((t) => t.id)).toEqual([1, 2, 3, 4]);
    expect(ctx.sockets.all).toHaveLength(1);
  });

  it('of a commit that overlaps what it holds, applies only the events it has not', () => {
    const ctx = setup();
    online(ctx, 10);
    ctx.sockets.last.receive(eventMessage(11, issued(1)));
    ctx.updates.length = 0;
    ctx.sockets.last.receive({ type: 'events', seq: 11, at: 0, events: [issued(1), issued(2)] });
    expect(ctx.updates.flatMap((u) => (u.kind === 'event' ? [u.seq] : []))).toEqual([12]);
    expect(ctx.connection.state?.tickets.map((t) => t.id)).toEqual([1, 2]);
  });

  it('ignores an event it has already applied', () => {
    const ctx = setup();
    online(ctx, 10);
    ctx.sockets.last.receive(eventMessage(11, issued(1)));
    ctx.sockets.last.receive(eventMessage(11, issued(1)));
    expect(ctx.updates.filter((u) => u.kind === 'event')).toHaveLength(1);
    expect(ctx.sockets.all).toHaveLength(1);
  });

  it('on a seq gap, drops the socket and reconnects without resume to take a fresh snapshot', () => {
    const ctx = setup();
    online(ctx, 10);
    const first = ctx.sockets.last;
    first.receive(eventMessage(12, issued(2)));
    expect(first.closedByClient).not.toBeNull();
    expect(ctx.connection.state?.tickets).toEqual([]);
    expect(ctx.connection.link.stale).toBe(true);

    ctx.clock.advance(10_000);
    const second = ctx.sockets.last;
    expect(second).not.toBe(first);
    second.open();
    expect(second.sentOf('hello')[0]?.resume).toBeUndefined();
    second.receive(snapshotMessage('e1', 12, ctx.clock.now(), makeSnapshot({ tickets: [] })));
    expect(ctx.connection.link.status).toBe('online');
  });

  it('after a drop, resumes with the epoch and the last applied seq, then applies the missed events', () => {
    const ctx = setup();
    online(ctx, 10, 'epoch-A');
    ctx.sockets.last.receive(eventMessage(11, issued(1)));
    ctx.sockets.last.serverClose(1006);
    expect(ctx.connection.link.status).toBe('offline');

    ctx.clock.advance(10_000);
    ctx.sockets.last.open();
    expect(ctx.sockets.last.sentOf('hello')[0]?.resume).toEqual({ epoch: 'epoch-A', seq: 11 });
    ctx.sockets.last.receive({ type: 'resumed', epoch: 'epoch-A', fromSeq: 12, toSeq: 13 });
    ctx.sockets.last.receive(eventMessage(12, issued(2)));
    ctx.sockets.last.receive(eventMessage(13, issued(3)));
    ctx.sockets.last.receive(eventMessage(14, issued(4)));

    expect(ctx.connection.link.status).toBe('online');
    expect(ctx.connection.state?.tickets.map((t) => t.id)).toEqual([1, 2, 3, 4]);
    const events = ctx.updates.filter((u) => u.kind === 'event');
    expect(events.map((e) => [e.seq, e.catchUp])).toEqual([
      [11, false],
      [12, true],
      [13, true],
      [14, false],
    ]);
  });

  it('backs off exponentially with jitter, never beyond 10 s', () => {
    const randoms = [0.9, 0.1, 0.7, 0.3, 0.99, 0.01, 0.5, 0.8, 0.2];
    const ctx = setup({ random: () => randoms.shift() ?? 0.5 });
    ctx.connection.start();
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      ctx.sockets.last.serverClose(1006);
      delays.push(delayUntilNextSocket(ctx));
    }
    expect(Math.max(...delays)).toBeLessThanOrEqual(10_000);
    expect(delays[3]!).toBeGreaterThan(delays[0]!);
    // Once capped, jitter keeps screens apart: the same attempt number gives different delays.
    const capped = delays.slice(5);
    expect(new Set(capped).size).toBeGreaterThan(1);
    expect(Math.min(...capped)).toBeGreaterThanOrEqual(5_000);
  });

  it('when refused (4001), shows the reason and retries slowly instead of hammering', () => {
    const ctx = setup();
    ctx.connection.start();
    ctx.sockets.last.open();
    ctx.sockets.last.serverClose(CloseCode.Unauthorized, 'revoked');
    expect(ctx.connection.link).toMatchObject({ status: 'refused', refusedCode: 4001, stale: true });

    const before = ctx.sockets.all.length;
    ctx.clock.advance(20_000);
    expect(ctx.sockets.all.length).toBe(before);
    ctx.clock.advance(20_000);
    expect(ctx.sockets.all.length).toBe(before + 1);
  });

  it('on 4000 loads the server\'s newer app once; refused again within 10 min, it shows the reason instead', () => {
    let reloads = 0;
    const ctx = setup({ reloadApp: () => reloads++ });
    ctx.connection.start();
    ctx.sockets.last.open();
    ctx.sockets.last.serverClose(CloseCode.BadVersion, 'protocol 1 not supported');
    expect(reloads).toBe(1);
    const sockets = ctx.sockets.all.length;
    ctx.clock.advance(60_000);
    expect(ctx.sockets.all.length).toBe(sockets);

    // The page came back (same storage) and the server still refuses: no reload loop.
    const again = setup({ reloadApp: () => reloads++, storage: ctx.store });
    again.clock.advance(120_000);
    again.connection.start();
    again.sockets.last.open();
    again.sockets.last.serverClose(CloseCode.BadVersion, 'protocol 1 not supported');
    expect(reloads).toBe(1);
    expect(again.connection.link).toMatchObject({ status: 'refused', refusedCode: CloseCode.BadVersion });
  });

  it('pings every 10 s and treats 25 s of silence as a dead link', () => {
    const ctx = setup();
    online(ctx);
    const socket = ctx.sockets.last;
    ctx.clock.advance(10_000);
    expect(socket.sentOf('ping')).toHaveLength(1);
    socket.receive({ type: 'pong', t: ctx.clock.now(), serverTime: ctx.clock.now() });
    ctx.clock.advance(24_000);
    expect(socket.closedByClient).toBeNull();
    ctx.clock.advance(2_000);
    expect(socket.closedByClient).not.toBeNull();
    expect(ctx.connection.link.stale).toBe(true);
    ctx.clock.advance(10_000);
    expect(ctx.sockets.last).not.toBe(socket);
  });

  it('drops and logs a message that does not decode, keeping its state', () => {
    const ctx = setup();
    online(ctx, 10);
    ctx.sockets.last.receive('{"type":"event","seq":11,"event":{"kind":"nonsense"}}');
    ctx.sockets.last.receive('not json');
    expect(ctx.logs.filter((l) => l.includes('does not decode'))).toHaveLength(2);
    ctx.sockets.last.receive(eventMessage(11, issued(1)));
    expect(ctx.connection.state?.tickets).toHaveLength(1);
    expect(ctx.connection.link.status).toBe('online');
  });

  it('measures the server clock offset from snapshot and pong', () => {
    const ctx = setup();
    ctx.connection.start();
    ctx.sockets.last.open();
    ctx.sockets.last.receive(snapshotMessage('e1', 1, ctx.clock.now() + 60_000));
    expect(ctx.connection.clockOffsetMs).toBe(60_000);
    const sentAt = ctx.clock.now();
    ctx.clock.advance(200);
    ctx.sockets.last.receive({ type: 'pong', t: sentAt, serverTime: sentAt + 100 + 30_000 });
    expect(ctx.connection.clockOffsetMs).toBe(30_000);
  });

  it('reports device status after every snapshot and whenever it changes', () => {
    const ctx = setup();
    ctx.connection.setStatus({ appVersion: '1.0.0', screen: { w: 1920, h: 1080 }, audio: 'blocked' });
    online(ctx);
    expect(ctx.sockets.last.sentOf('status').map((s) => s.audio)).toEqual(['blocked']);
    ctx.connection.setStatus({ appVersion: '1.0.0', screen: { w: 1920, h: 1080 }, audio: 'unlocked' });
    expect(ctx.sockets.last.sentOf('status').map((s) => s.audio)).toEqual(['blocked', 'unlocked']);
  });

  it('restores the last state from storage, marked stale, and resumes from it', () => {
    const first = setup();
    online(first, 10, 'epoch-B');
    first.sockets.last.receive(eventMessage(11, issued(5)));
    first.connection.stop();

    const second = setup({ storage: first.store });
    second.connection.start();
    expect(second.updates[0]).toMatchObject({ kind: 'link', link: { stale: true } });
    expect(second.connection.state?.tickets.map((t) => t.id)).toEqual([5]);
    expect(second.updates.find((u) => u.kind === 'state')).toMatchObject({ cause: 'restored' });
    second.sockets.last.open();
    expect(second.sockets.last.sentOf('hello')[0]?.resume).toEqual({ epoch: 'epoch-B', seq: 11 });
  });
});
