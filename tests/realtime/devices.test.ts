import { beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { TEST_ADMIN_PASSWORD, useTestServer } from '../helpers/test-server.ts';
import { TestClient } from '../helpers/ws-client.ts';

const srv = useTestServer();
let admin: string;
let branchId: number;

beforeAll(async () => {
  branchId = srv.server.demo!.branchId;
  admin = await srv.login('admin', TEST_ADMIN_PASSWORD);
});

async function json(method: string, path: string, body?: unknown, cookie = admin) {
  const res = await fetch(`${srv.url}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('device pairing and management', () => {
  it('pairs a new display by the code it shows; the token is handed over once', async () => {
    const start = await json('POST', '/api/pairings', undefined, '');
    expect(start.status).toBe(201);
    expect(start.body.code).toMatch(/^[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}$/);
    const poll = () => json('GET', `/api/pairings/${start.body.pairingId}?secret=${start.body.secret}`, undefined, '');
    expect((await poll()).body.status).toBe('pending');
    expect((await json('GET', `/api/pairings/${start.body.pairingId}?secret=wrong-secret`, undefined, '')).status).toBe(404);

    const typed = start.body.code.toLowerCase().replace('-', ' ');
    const paired = await json('POST', `/api/branches/${branchId}/devices/pair`, {
      code: typed,
      name: 'Hall TV',
      kind: 'board',
      group: 'hall',
      languages: ['es', 'en'],
      volume: 60,
    });
    expect(paired.status).toBe(201);
    const got = await poll();
    expect(got.body).toMatchObject({ status: 'paired', branchId, kind: 'board' });
    expect((await poll()).status).toBe(404); // single use

    // The token works on the socket, and the display receives its settings after the snapshot (P14).
    const tv = await TestClient.connect(srv.url, branchId, got.body.token);
    await tv.waitFor((c) => c.messages.some((m) => m.type === 'device'));
    const settings = tv.messages.find((m) => m.type === 'device');
    expect(settings).toMatchObject({ type: 'device', settings: { name: 'Hall TV', group: 'hall', languages: ['es', 'en'], volume: 60 } });
    tv.close();
  });

  it('refuses an unknown or reused code', async () => {
    const res = await json('POST', `/api/branches/${branchId}/devices/pair`, { code: 'ZZZ-ZZZ', name: 'x', kind: 'board', languages: ['en'] });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('unknown_code');
  });

  it('pushes changed settings to the connected display at once, lists it online with its audio state', async () => {
    const token = srv.server.demo!.boardToken;
    const tv = await TestClient.connect(srv.url, branchId, token);
    tv.send({ type: 'status', appVersion: '0.1.0', screen: { w: 1920, h: 1080 }, audio: 'blocked' });
    const list = async () => (await json('GET', `/api/branches/${branchId}/devices`)).body.devices as any[];
    let board: any;
    for (let i = 0; i < 50 && !(board = (await list()).find((d) => d.name === 'Waiting room TV'))?.status; i++) await new Promise((r) => setTimeout(r, 20));
    expect(board).toMatchObject({ online: true, status: { audio: 'blocked', screen: { w: 1920, h: 1080 } } });
    expect(board.lastSeenAt).toBeGreaterThan(0);

    const patched = await json('PATCH', `/api/devices/${board.id}`, { volume: 35, quietHours: { from: '19:00', to: '08:00', volume: 10 } });
    expect(patched.status).toBe(200);
    await tv.waitFor((c) => c.messages.some((m) => m.type === 'device' && m.settings.volume === 35));
    const last = tv.messages.filter((m) => m.type === 'device').at(-1);
    expect(last).toMatchObject({ settings: { quietHours: { from: '19:00', to: '08:00', volume: 10 } } });
    tv.close();
  });

  it('revoking a display disconnects it at once with 4001, and its token no longer works', async () => {
    const created = await json('POST', `/api/branches/${branchId}/devices`, { name: 'Spare TV', kind: 'board', languages: ['en'] });
    const tv = await TestClient.connect(srv.url, branchId, created.body.token);
    expect((await json('POST', `/api/devices/${created.body.device.id}/revoke`)).status).toBe(200);
    expect((await tv.waitForClose()).code).toBe(CloseCode.Unauthorized);
    const again = await TestClient.open(srv.url);
    again.send({ type: 'hello', v: PROTOCOL_VERSION, auth: { kind: 'device', token: created.body.token }, branchId });
    expect((await again.waitForClose()).code).toBe(CloseCode.Unauthorized);
  });

  it('only admins manage devices', async () => {
    const staff = await srv.login('staff', 'callboard-staff');
    expect((await json('GET', `/api/branches/${branchId}/devices`, undefined, staff)).status).toBe(403);
    expect((await json('POST', `/api/devices/1/revoke`, undefined, '')).status).toBe(401);
  });
});

describe('account changes', () => {
  it('disabling a user ends their sessions and live connections at once; a new password works', async () => {
    const created = await json('POST', '/api/users', { username: 'temp', displayName: 'Temp', password: 'temporary-pass', role: 'staff', branchId });
    expect(created.status).toBe(201);
    const cookie = await srv.login('temp', 'temporary-pass');
    const live = await TestClient.open(srv.url, { cookie });
    live.send({ type: 'hello', v: PROTOCOL_VERSION, auth: { kind: 'session' }, branchId });
    await live.waitFor((c) => c.messages.length > 0);
    expect((await json('PATCH', `/api/users/${created.body.user.id}`, { disabled: true })).status).toBe(200);
    expect((await live.waitForClose()).code).toBe(CloseCode.Unauthorized);
    expect((await json('GET', '/api/auth/me', undefined, cookie)).status).toBe(401);
    await json('PATCH', `/api/users/${created.body.user.id}`, { disabled: false, password: 'a-brand-new-pass' });
    expect(await srv.login('temp', 'a-brand-new-pass')).toMatch(/^cb_session=/);
  });
});
