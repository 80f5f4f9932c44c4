import { beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { DEMO_STAFF } from '../../server/services/demo-seed.ts';
import { TEST_ADMIN_PASSWORD, useTestServer } from '../helpers/test-server.ts';
import { TestClient } from '../helpers/ws-client.ts';

const srv = useTestServer({}, { realtime: { limits: { helloTimeoutMs: 300, maxMessages: 20, rateWindowMs: 10_000 } } });
let staff: string;
let branchId: number;
let token: string;
let counterId: number;
let serviceId: number;

beforeAll(async () => {
  const demo = srv.server.demo!;
  branchId = demo.branchId;
  token = demo.boardToken;
  counterId = demo.counterId;
  staff = await srv.login(DEMO_STAFF.username, DEMO_STAFF.password);
  serviceId = srv.server.app.deps.repos.setup.listServices(branchId)[0]!.id;
});

const issue = () => srv.post(`/api/branches/${branchId}/tickets`, staff, { serviceId });
const callNext = () => srv.post(`/api/counters/${counterId}/call-next`, staff);

describe('realtime protocol', () => {
  it('P4 answers a hello with a snapshot of the branch at the current seq', async () => {
    await issue();
    const client = await TestClient.connect(srv.url, branchId, token);
    const snap = client.messages[0]!;
    expect(snap.type).toBe('snapshot');
    if (snap.type !== 'snapshot') return;
    expect(snap.v).toBe(PROTOCOL_VERSION);
    expect(snap.state.branch.id).toBe(branchId);
    expect(snap.state.services.length).toBe(4);
    expect(snap.state.counters.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(snap.state.tickets.some((t) => t.status === 'waiting')).toBe(true);
    expect(snap.seq).toBe(srv.server.app.hub.currentSeq(branchId));
    client.close();
  });

  it('P6 fans every event out to every client, in seq order, with the call record', async () => {
    const clients = await Promise.all([1, 2, 3].map(() => TestClient.connect(srv.url, branchId, token)));
    const { body } = await issue();
    const called = await callNext();
    expect(called.status).toBe(200);
    for (const c of clients) {
      await c.waitFor((x) => x.events().some((e) => e.event.kind === 'ticket_called'), 'the call');
      const kinds = c.events().map((e) => e.event.kind);
      expect(kinds.indexOf('ticket_issued')).toBeLessThan(kinds.indexOf('ticket_called'));
      const call = c.events().find((e) => e.event.kind === 'ticket_called')!.event;
      if (call.kind !== 'ticket_called') throw new Error('unreachable');
      expect(call.call).toMatchObject({ counterId, counterNumber: 1, code: called.body.ticket.code });
      expect(c.state!.tickets.find((t) => t.id === body.ticket.id)).toBeDefined();
    }
    // Every client saw the same frames.
    const seqs = clients.map((c) => c.events().map((e) => e.seq).join(','));
    expect(new Set(seqs).size).toBe(1);
    clients.forEach((c) => c.close());
  });

  it('P5 a reconnect with lastSeq gets exactly the missed events, in order, once, and ends in the state of a fresh client', async () => {
    const stable = await TestClient.connect(srv.url, branchId, token);
    const dropping = await TestClient.connect(srv.url, branchId, token);
    dropping.close();
    await dropping.waitForClose();
    const lastSeq = dropping.seq;
    for (let i = 0; i < 5; i++) await issue();
    await callNext();
    await callNext();
    const target = srv.server.app.hub.currentSeq(branchId);
    const resumed = await TestClient.connect(srv.url, branchId, token, { epoch: dropping.epoch, seq: lastSeq }, dropping);
    await resumed.waitFor((c) => c.seq >= target, 'replay');
    const head = resumed.messages[0]!;
    expect(head).toMatchObject({ type: 'resumed', fromSeq: lastSeq + 1 });
    if (head.type !== 'resumed') return;
    expect(head.toSeq).toBeGreaterThanOrEqual(target);
    // Contiguous from the first missed seq, each exactly once (queue stats may still be arriving live).
    const replayed = resumed.events().map((e) => e.seq);
    expect(replayed).toEqual(Array.from({ length: resumed.seq - lastSeq }, (_, i) => lastSeq + 1 + i));
    // Let the coalesced stats settle, then compare with a client that connects now.
    await new Promise((r) => setTimeout(r, 100));
    const settled = srv.server.app.hub.currentSeq(branchId);
    await stable.waitFor((c) => c.seq >= settled);
    await resumed.waitFor((c) => c.seq >= settled);
    const fresh = await TestClient.connect(srv.url, branchId, token);
    expect(fresh.seq).toBe(settled);
    expect(normalize(resumed.state)).toEqual(normalize(fresh.state));
    expect(normalize(stable.state)).toEqual(normalize(fresh.state));
    [stable, resumed, fresh].forEach((c) => c.close());
  });

  it('P5 P9 a resume across a configuration change gets a fresh snapshot with the new setup', async () => {
    const client = await TestClient.connect(srv.url, branchId, token);
    client.close();
    await client.waitForClose();
    const admin = await srv.login('admin', TEST_ADMIN_PASSWORD);
    await fetch(`${srv.url}/api/branches/${branchId}`, {
      method: 'PATCH',
      headers: { cookie: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ ticker: 'Changed while you were away' }),
    });
    const back = await TestClient.connect(srv.url, branchId, token, { epoch: client.epoch, seq: client.seq }, client);
    expect(back.messages[0]!.type).toBe('snapshot');
    expect(back.state!.branch.ticker).toBe('Changed while you were away');
    back.close();
  });

  it('P5 P9 a resume from the configuration change itself (dropped before its snapshot) gets a snapshot', async () => {
    const client = await TestClient.connect(srv.url, branchId, token);
    const admin = await srv.login('admin', TEST_ADMIN_PASSWORD);
    await fetch(`${srv.url}/api/branches/${branchId}`, {
      method: 'PATCH',
      headers: { cookie: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ ticker: 'Applied the change, missed the snapshot' }),
    });
    await client.waitFor((c) => c.events().some((e) => e.event.kind === 'config_changed'));
    const changeSeq = client.events().find((e) => e.event.kind === 'config_changed')!.seq;
    client.close();
    const back = await TestClient.connect(srv.url, branchId, token, { epoch: client.epoch, seq: changeSeq });
    expect(back.messages[0]!.type).toBe('snapshot');
    expect(back.state!.branch.ticker).toBe('Applied the change, missed the snapshot');
    back.close();
  });

  it('P5 a resume from another epoch (a restarted server) gets a snapshot instead', async () => {
    const client = await TestClient.connect(srv.url, branchId, token, { epoch: 'old-epoch', seq: 3 });
    expect(client.messages[0]!.type).toBe('snapshot');
    client.close();
  });

  it('P2 closes a hello with a wrong version (4000), an unknown token (4001), another branch (4003)', async () => {
    const cases: [Record<string, unknown>, number][] = [
      [{ type: 'hello', v: 99, auth: { kind: 'device', token }, branchId }, CloseCode.BadVersion],
      [{ type: 'hello', v: PROTOCOL_VERSION, auth: { kind: 'device', token: 'x'.repeat(40) }, branchId }, CloseCode.Unauthorized],
      [{ type: 'hello', v: PROTOCOL_VERSION, auth: { kind: 'device', token }, branchId: branchId + 1 }, CloseCode.Forbidden],
      [{ type: 'hello', v: PROTOCOL_VERSION, auth: { kind: 'session' }, branchId }, CloseCode.Unauthorized],
    ];
    for (const [hello, code] of cases) {
      const client = await TestClient.open(srv.url);
      client.send(hello);
      expect((await client.waitForClose()).code, JSON.stringify(hello)).toBe(code);
      expect(client.messages).toEqual([]);
    }
  });

  it('P2 admits a staff browser by its session cookie sent with the upgrade', async () => {
    const client = await TestClient.open(srv.url, { cookie: staff });
    client.send({ type: 'hello', v: PROTOCOL_VERSION, auth: { kind: 'session' }, branchId });
    await client.waitFor((c) => c.messages.length > 0);
    expect(client.messages[0]!.type).toBe('snapshot');
    client.close();
  });

  it('P2 closes a socket that never says hello with 4008', async () => {
    const client = await TestClient.open(srv.url);
    expect((await client.waitForClose()).code).toBe(CloseCode.Timeout);
  });

  it('P3 closes on malformed input with 4004: not JSON, not in the union, binary, anything before hello', async () => {
    const inputs: (string | Buffer)[] = [
      'not json',
      JSON.stringify({ type: 'subscribe', topic: 'all' }),
      JSON.stringify({ type: 'hello', v: 1 }),
      Buffer.from([1, 2, 3]),
      JSON.stringify({ type: 'ping', t: 1 }),
    ];
    for (const input of inputs) {
      const client = await TestClient.open(srv.url);
      client.sendRaw(input);
      const closed = await client.waitForClose();
      expect(closed.code, String(input)).toBe(CloseCode.BadMessage);
    }
    // The server is still well.
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });

  it('P7 answers ping with pong and the server time', async () => {
    const client = await TestClient.connect(srv.url, branchId, token);
    client.send({ type: 'ping', t: 12345 });
    await client.waitFor((c) => c.messages.some((m) => m.type === 'pong'));
    const pong = client.messages.find((m) => m.type === 'pong')!;
    expect(pong).toMatchObject({ type: 'pong', t: 12345 });
    client.close();
  });

  it('P8 closes a client that floods with 4009', async () => {
    const client = await TestClient.connect(srv.url, branchId, token);
    for (let i = 0; i < 30; i++) client.send({ type: 'ping', t: i });
    expect((await client.waitForClose()).code).toBe(CloseCode.Overload);
  });

  it('P9 follows a configuration change with a fresh snapshot', async () => {
    const client = await TestClient.connect(srv.url, branchId, token);
    const admin = await srv.login('admin', TEST_ADMIN_PASSWORD);
    const res = await fetch(`${srv.url}/api/branches/${branchId}`, {
      method: 'PATCH',
      headers: { cookie: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ ticker: 'Closed on Monday' }),
    });
    expect(res.status).toBe(200);
    await client.waitFor((c) => c.messages.filter((m) => m.type === 'snapshot').length === 2, 'second snapshot');
    expect(client.state!.branch.ticker).toBe('Closed on Monday');
    client.close();
  });
});

/** Order-insensitive view of a branch state, for comparing clients. */
function normalize(state: TestClient['state']) {
  return { ...state!, tickets: [...state!.tickets].sort((a, b) => a.id - b.id) };
}

describe('heartbeat with a short idle limit', () => {
  const IDLE_MS = 600;
  const quick = useTestServer({}, { realtime: { limits: { idleTimeoutMs: IDLE_MS } } });

  it('P7 keeps a pinging display across several idle limits, and closes it with 4008 once it falls silent', async () => {
    const { branchId: branch, boardToken } = quick.server.demo!;
    const client = await TestClient.connect(quick.url, branch, boardToken);
    // Eight pings a quarter of the limit apart: two limits' worth of time, each ping re-arming the timer.
    for (let i = 1; i <= 8; i++) {
      await new Promise((r) => setTimeout(r, IDLE_MS / 4));
      client.send({ type: 'ping', t: i });
      await client.waitFor((c) => c.messages.some((m) => m.type === 'pong' && m.t === i), `pong ${i}`);
    }
    expect(client.closed).toBeNull();
    expect((await client.waitForClose()).code).toBe(CloseCode.Timeout);
  });
});
