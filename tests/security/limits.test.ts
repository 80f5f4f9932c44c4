/** Per-IP limits on the public endpoints, and sockets that flood or send oversized frames are closed. */
import { beforeAll, describe, expect, test } from 'vitest';
import { CloseCode, PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { DEMO_STAFF } from '../../server/services/demo-seed.ts';
import { useTestServer } from '../helpers/test-server.ts';
import { TestClient } from '../helpers/ws-client.ts';

const srv = useTestServer({}, {
  security: { publicLimits: { pairing: { max: 3, windowMs: 60_000 }, join: { max: 3, windowMs: 60_000 }, phone: { max: 5, windowMs: 60_000 } } },
});
let branchId: number;
let boardToken: string;

beforeAll(() => {
  branchId = srv.server.demo!.branchId;
  boardToken = srv.server.demo!.boardToken;
});

describe('HTTP rate limits per address', () => {
  test('pairing codes: past the limit a 429 with Retry-After, no new pairing', async () => {
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 5; i++) {
      last = await fetch(`${srv.url}/api/pairings`, { method: 'POST' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await last!.json()) as any).error.code).toBe('rate_limited');
  });

  test('the public join page is limited per address, past a generous allowance', async () => {
    const join = async () => (await fetch(`${srv.url}/api/branches/${branchId}/join`)).status;
    const polls = [];
    for (let i = 0; i < 7; i++) polls.push(await join());
    expect(polls.slice(0, 5).every((s) => s !== 429)).toBe(true);
    expect(polls.slice(5)).toEqual([429, 429]);
  });

  test('staff endpoints are not limited per address', async () => {
    const cookie = await srv.login(DEMO_STAFF.username, DEMO_STAFF.password);
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${srv.url}/api/branches`, { headers: { cookie } });
      expect(res.status).toBe(200);
    }
  });
});

describe('socket limits', () => {
  test('a display that floods is closed with 4009', async () => {
    const client = await TestClient.connect(srv.url, branchId, boardToken);
    for (let i = 0; i < 100; i++) client.send({ type: 'ping', t: i });
    expect((await client.waitForClose()).code).toBe(CloseCode.Overload);
  });

  test('a frame over 64 KiB is closed with 1009 before it is parsed', async () => {
    const client = await TestClient.connect(srv.url, branchId, boardToken);
    client.sendRaw(JSON.stringify({ type: 'ping', t: 1, pad: 'x'.repeat(70 * 1024) }));
    expect((await client.waitForClose()).code).toBe(1009);
  });

  test('binary frames and garbage before hello are closed with 4004, and the server keeps serving', async () => {
    const binary = await TestClient.open(srv.url);
    binary.sendRaw(Buffer.from([0, 1, 2, 3]));
    expect((await binary.waitForClose()).code).toBe(CloseCode.BadMessage);
    const garbage = await TestClient.open(srv.url);
    garbage.sendRaw('{"type":"hello","v":');
    expect((await garbage.waitForClose()).code).toBe(CloseCode.BadMessage);
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });
});

describe('socket origin', () => {
  test('a session socket opened from a foreign origin is refused (4001); from our origin it is live', async () => {
    const cookie = await srv.login(DEMO_STAFF.username, DEMO_STAFF.password);
    const hello = { type: 'hello', v: PROTOCOL_VERSION, auth: { kind: 'session' }, branchId };
    const foreign = await TestClient.open(srv.url, { cookie, origin: 'https://evil.example' });
    foreign.send(hello);
    expect((await foreign.waitForClose()).code).toBe(CloseCode.Unauthorized);
    const own = await TestClient.open(srv.url, { cookie, origin: srv.url });
    own.send(hello);
    await own.waitFor((c) => c.messages.some((m) => m.type === 'snapshot'), 'snapshot');
    own.close();
  });
});
