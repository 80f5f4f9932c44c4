import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, STAFF_PASSWORD, makeTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let staff: string;
const clock = manualClock();

beforeEach(async () => {
  clock.set(Date.UTC(2026, 11, 4, 10, 0, 0));
  t = await makeTestApp({ now: clock.now });
  staff = await t.login('staff', STAFF_PASSWORD);
});
afterEach(() => t.close());

const issue = (serviceId: number, extra: Record<string, unknown> = {}) =>
  t.call('POST', `/api/branches/${t.branch.id}/tickets`, { bearer: t.kioskToken, body: { serviceId, ...extra } });

describe('issuing tickets', () => {
  it('a kiosk issues A001, A002 … with a phone token, people ahead and stats', async () => {
    const first = await issue(t.serviceA.id, { language: 'es' });
    expect(first.status).toBe(201);
    expect(first.body.ticket).toMatchObject({ code: 'A001', status: 'waiting', channel: 'kiosk', language: 'es', priority: 'normal' });
    expect(first.body.phoneToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first.body.ahead).toBe(0);
    clock.advance(1000);
    const second = await issue(t.serviceA.id);
    expect(second.body.ticket.code).toBe('A002');
    expect(second.body.ahead).toBe(1);
    const other = await issue(t.serviceB.id);
    expect(other.body.ticket.code).toBe('B001');
  });

  it('restarts numbering at the branch-local midnight, skipping codes still held from the day before', async () => {
    clock.set(Date.UTC(2026, 11, 4, 22, 58)); // 23:58 in Madrid
    const late1 = (await issue(t.serviceA.id)).body.ticket;
    const late2 = (await issue(t.serviceA.id)).body.ticket;
    expect([late1.code, late2.code]).toEqual(['A001', 'A002']);
    // The morning's 12-hour session has expired by now: log in again.
    const evening = await t.login('staff', STAFF_PASSWORD);
    expect((await t.call('POST', `/api/tickets/${late1.id}/cancel`, { cookie: evening })).status).toBe(200);
    clock.set(Date.UTC(2026, 11, 4, 23, 1)); // 00:01 on the 5th in Madrid; A002 is still waiting
    expect((await issue(t.serviceA.id)).body.ticket.code).toBe('A001');
    expect((await issue(t.serviceA.id)).body.ticket.code).toBe('A003');
  });

  it('requires a kiosk, staff or admin: nobody gets 401, a board device 403', async () => {
    const anon = await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { body: { serviceId: t.serviceA.id } });
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBe('unauthorized');
    const board = await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { bearer: t.boardToken, body: { serviceId: t.serviceA.id } });
    expect(board.status).toBe(403);
    expect(board.body.error.code).toBe('forbidden');
  });

  it('rejects bad input with a 400 JSON error, never a 500', async () => {
    for (const body of [{}, { serviceId: 'x' }, { serviceId: -1 }, { serviceId: t.serviceA.id, priority: 'vip' }, { serviceId: t.serviceA.id, language: 'english!' }]) {
      const res = await issue(0, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
      expect(typeof res.body.error.message).toBe('string');
    }
    const malformed = await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { bearer: t.kioskToken, body: '{"serviceId":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('bad_request');
  });

  it('answers 404 for an unknown service or branch, and 409 for a closed service', async () => {
    expect((await issue(9999)).status).toBe(404);
    const other = await t.call('POST', `/api/branches/999/tickets`, { cookie: await t.login('admin', ADMIN_PASSWORD), body: { serviceId: t.serviceA.id } });
    expect(other.status).toBe(404);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    await t.call('PATCH', `/api/services/${t.serviceB.id}`, { cookie: admin, body: { openingHours: { mon: [['08:00', '09:00']] } } });
    const closed = await issue(t.serviceB.id);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('service_closed');
  });

  it('refuses a body over 64 KiB with 413', async () => {
    const res = await issue(t.serviceA.id, { pad: 'x'.repeat(70_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });
});

describe('serving tickets', () => {
  it('call-next calls by the rule, finishing the previous ticket, and answers null when nobody waits', async () => {
    const a1 = (await issue(t.serviceA.id)).body.ticket;
    clock.advance(60_000);
    const b1 = (await issue(t.serviceB.id)).body.ticket;
    clock.advance(60_000);
    const first = await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff });
    expect(first.status).toBe(200);
    expect(first.body.ticket).toMatchObject({ id: a1.id, status: 'called', counterId: t.counter1.id });
    const second = await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff });
    expect(second.body.ticket.id).toBe(b1.id);
    const a1After = await t.call('GET', `/api/tickets/${a1.id}`, { cookie: staff });
    expect(a1After.body.ticket.status).toBe('done');
    await t.call('POST', `/api/tickets/${b1.id}/finish`, { cookie: staff, body: {} });
    const none = await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff });
    expect(none.status).toBe(200);
    expect(none.body.ticket).toBeNull();
  });

  it('walks a ticket through recall, start, finish with outcome, and logs every step', async () => {
    const ticket = (await issue(t.serviceA.id)).body.ticket;
    await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff });
    const recalled = await t.call('POST', `/api/tickets/${ticket.id}/recall`, { cookie: staff });
    expect(recalled.body.ticket).toMatchObject({ status: 'called', recallCount: 1 });
    expect((await t.call('POST', `/api/tickets/${ticket.id}/start`, { cookie: staff })).body.ticket.status).toBe('serving');
    const done = await t.call('POST', `/api/tickets/${ticket.id}/finish`, { cookie: staff, body: { outcome: 'resolved', note: 'renewed ID' } });
    expect(done.body.ticket.status).toBe('done');
    const log = t.database.sqlite
      .prepare('select type, from_status, to_status, user_id, counter_id from ticket_events where ticket_id = ? order by id')
      .all(ticket.id);
    expect(log).toEqual([
      { type: 'issue', from_status: null, to_status: 'waiting', user_id: null, counter_id: null },
      { type: 'call', from_status: 'waiting', to_status: 'called', user_id: t.staffUser.id, counter_id: t.counter1.id },
      { type: 'recall', from_status: 'called', to_status: 'called', user_id: t.staffUser.id, counter_id: t.counter1.id },
      { type: 'start', from_status: 'called', to_status: 'serving', user_id: t.staffUser.id, counter_id: t.counter1.id },
      { type: 'finish', from_status: 'serving', to_status: 'done', user_id: t.staffUser.id, counter_id: t.counter1.id },
    ]);
  });

  it('an illegal transition is a 409 with a code, and changes nothing', async () => {
    const ticket = (await issue(t.serviceA.id)).body.ticket;
    const res = await t.call('POST', `/api/tickets/${ticket.id}/start`, { cookie: staff });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({ code: 'illegal_transition', message: 'cannot start a ticket that is waiting' });
    expect((await t.call('GET', `/api/tickets/${ticket.id}`, { cookie: staff })).body.ticket.status).toBe('waiting');
  });

  it('no-show, cancel, park and unpark', async () => {
    const a = (await issue(t.serviceA.id)).body.ticket;
    const b = (await issue(t.serviceA.id)).body.ticket;
    await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff });
    expect((await t.call('POST', `/api/tickets/${a.id}/no-show`, { cookie: staff })).body.ticket.status).toBe('no_show');
    expect((await t.call('POST', `/api/tickets/${b.id}/cancel`, { cookie: staff })).body.ticket.status).toBe('cancelled');
    const c = (await issue(t.serviceA.id)).body.ticket;
    await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff });
    expect((await t.call('POST', `/api/tickets/${c.id}/park`, { cookie: staff })).body.ticket.status).toBe('parked');
    expect((await t.call('POST', `/api/tickets/${c.id}/unpark`, { cookie: staff })).body.ticket.status).toBe('waiting');
  });

  it('transfers to another service at the front or the back, and to a specific counter', async () => {
    const b1 = (await issue(t.serviceB.id)).body.ticket;
    clock.advance(1000);
    const a1 = (await issue(t.serviceA.id)).body.ticket;
    clock.advance(1000);
    const a2 = (await issue(t.serviceA.id)).body.ticket;
    clock.advance(1000);
    // Counter 1 serves A first: A001 is called, then sent to the front of B.
    expect((await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff })).body.ticket.id).toBe(a1.id);
    const moved = await t.call('POST', `/api/tickets/${a1.id}/transfer`, { cookie: staff, body: { serviceId: t.serviceB.id, position: 'front' } });
    expect(moved.body.ticket).toMatchObject({ status: 'transferred', serviceId: t.serviceB.id, code: 'A001' });
    // Counter 2 serves B first: the transferred ticket is ahead of B001.
    expect((await t.call('POST', `/api/counters/${t.counter2.id}/call-next`, { cookie: staff })).body.ticket.id).toBe(a1.id);
    expect((await t.call('POST', `/api/counters/${t.counter2.id}/call-next`, { cookie: staff })).body.ticket.id).toBe(b1.id);
    // Sent to counter 1 specifically: counter 1 calls it before its own queues.
    await t.call('POST', `/api/tickets/${b1.id}/transfer`, { cookie: staff, body: { counterId: t.counter1.id } });
    expect((await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff })).body.ticket.id).toBe(b1.id);
    expect((await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff })).body.ticket.id).toBe(a2.id);
    const bad = await t.call('POST', `/api/tickets/${a2.id}/transfer`, { cookie: staff, body: { serviceId: t.serviceB.id, counterId: t.counter1.id } });
    expect(bad.status).toBe(400);
  });

  it('calls a chosen ticket out of order', async () => {
    await issue(t.serviceA.id);
    const later = (await issue(t.serviceA.id)).body.ticket;
    const res = await t.call('POST', `/api/tickets/${later.id}/call`, { cookie: staff, body: { counterId: t.counter2.id } });
    expect(res.body.ticket).toMatchObject({ id: later.id, status: 'called', counterId: t.counter2.id });
  });

  it('pauses with a reason and reopens a counter', async () => {
    const paused = await t.call('POST', `/api/counters/${t.counter1.id}/status`, { cookie: staff, body: { status: 'paused', reason: 'break' } });
    expect(paused.body.counter).toMatchObject({ status: 'paused', pauseReason: 'break' });
    const open = await t.call('POST', `/api/counters/${t.counter1.id}/status`, { cookie: staff, body: { status: 'open' } });
    expect(open.body.counter).toMatchObject({ status: 'open', pauseReason: null });
  });
});

describe('accounts and sessions', () => {
  it('logs in with an httpOnly cookie, knows who you are, and logs out', async () => {
    const res = await t.cb.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'staff', password: STAFF_PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/cb_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = cookie.split(';')[0]!;
    expect((await t.call('GET', '/api/auth/me', { cookie: session })).body.user).toMatchObject({ username: 'staff', role: 'staff' });
    await t.call('POST', '/api/auth/logout', { cookie: session });
    expect((await t.call('GET', '/api/auth/me', { cookie: session })).status).toBe(401);
  });

  it('refuses a wrong password with 401 bad_credentials, the same for an unknown user', async () => {
    for (const username of ['staff', 'nobody']) {
      const res = await t.call('POST', '/api/auth/login', { body: { username, password: 'wrong-password' } });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('bad_credentials');
    }
  });

  it('stores passwords as scrypt hashes, never in clear', () => {
    const row = t.database.sqlite.prepare('select password_hash from users where username = ?').get('staff') as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.password_hash).not.toContain(STAFF_PASSWORD);
  });

  it('keeps setup for admins: staff get 403 creating a service', async () => {
    const res = await t.call('POST', `/api/branches/${t.branch.id}/services`, { cookie: staff, body: { prefix: 'C', names: { en: 'X' } } });
    expect(res.status).toBe(403);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const ok = await t.call('POST', `/api/branches/${t.branch.id}/services`, { cookie: admin, body: { prefix: 'C', names: { en: 'Documents' } } });
    expect(ok.status).toBe(201);
    const dup = await t.call('POST', `/api/branches/${t.branch.id}/services`, { cookie: admin, body: { prefix: 'C', names: { en: 'Again' } } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('prefix_taken');
  });
});

describe('API surface', () => {
  it('GET /healthz answers ok', async () => {
    const res = await t.call('GET', '/healthz');
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
  });

  it('unknown routes are JSON 404s', async () => {
    const res = await t.call('GET', '/api/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('the OpenAPI document covers every /api route the app serves', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body;
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const served = t.cb.app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && r.path !== '/api/openapi.json')
      .map((r) => `${r.method} ${r.path}`);
    expect(served.length).toBeGreaterThan(20);
    for (const route of served) expect(documented, route).toContain(route);
    // Each operation documents its error shape.
    expect(doc.components.schemas.Error).toBeDefined();
  });
});

describe('observability', () => {
  it('GET /metrics exposes calls, waiting tickets and wait histograms in Prometheus format', async () => {
    await issue(t.serviceA.id);
    await issue(t.serviceA.id);
    clock.advance(120_000);
    await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff });
    const res = await t.cb.app.request('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain(`callboard_calls_total{branch="${t.branch.id}",kind="call"} 1`);
    expect(text).toContain(`callboard_tickets_issued_total{branch="${t.branch.id}"} 2`);
    expect(text).toContain(`callboard_tickets_waiting{branch="${t.branch.id}",service="A"} 1`);
    expect(text).toContain(`callboard_wait_seconds_bucket{le="120",branch="${t.branch.id}"} 1`);
    expect(text).toContain('callboard_socket_send_queue_bytes{stat="max"} 0');
  });

  it('GET /metrics wants the scraper token when CALLBOARD_METRICS_TOKEN is set', async () => {
    const guarded = await makeTestApp({ metricsToken: 'scraper-secret-0123456789' });
    try {
      const get = (authorization?: string) => guarded.cb.app.request('/metrics', { headers: authorization ? { authorization } : {} });
      expect((await get()).status).toBe(401);
      expect((await get('Bearer scraper-secret-012345678')).status).toBe(401);
      const ok = await get('Bearer scraper-secret-0123456789');
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('callboard_calls_total');
    } finally {
      guarded.close();
    }
  });
});
