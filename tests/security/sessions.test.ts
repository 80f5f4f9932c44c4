/** Sessions hold against cross-site requests and password guessing; the cookie is Secure behind TLS. */
import { afterEach, describe, expect, test } from 'vitest';
import { ADMIN_PASSWORD, STAFF_PASSWORD, makeTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

let t: TestApp | undefined;
afterEach(() => t?.close());

async function raw(app: TestApp, path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  const res = await app.cb.app.request(path, {
    method: init.method ?? 'GET',
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json().catch(() => null)) as any };
}

const login = (app: TestApp, username: string, password: string, headers: Record<string, string> = {}) =>
  raw(app, '/api/auth/login', { method: 'POST', headers, body: { username, password } });

describe('CSRF', () => {
  test('a cookie-authenticated change from a foreign origin is refused; nothing changes', async () => {
    t = await makeTestApp();
    const cookie = await t.login('admin', ADMIN_PASSWORD);
    const path = `/api/branches/${t.branch.id}`;
    const res = await raw(t, path, { method: 'PATCH', headers: { cookie, origin: 'https://evil.example', host: 'callboard.local' }, body: { ticker: 'pwned' } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf');
    const cross = await raw(t, `/api/counters/${t.counter1.id}/call-next`, { method: 'POST', headers: { cookie, 'sec-fetch-site': 'cross-site' } });
    expect(cross.status).toBe(403);
    expect(t.cb.deps.repos.setup.getBranch(t.branch.id)?.ticker).not.toBe('pwned');
  });

  test('the same origin, or the console\'s X-Callboard-CSRF header, is let through', async () => {
    t = await makeTestApp();
    const cookie = await t.login('admin', ADMIN_PASSWORD);
    const path = `/api/branches/${t.branch.id}`;
    const same = await raw(t, path, { method: 'PATCH', headers: { cookie, origin: 'http://callboard.local', host: 'callboard.local' }, body: { ticker: 'a' } });
    expect(same.status).toBe(200);
    const header = await raw(t, path, { method: 'PATCH', headers: { cookie, 'x-callboard-csrf': '1', 'sec-fetch-site': 'cross-site' }, body: { ticker: 'b' } });
    expect(header.status).toBe(200);
  });

  test('device tokens carry no ambient credential and are not subject to the check', async () => {
    t = await makeTestApp();
    const res = await raw(t, `/api/branches/${t.branch.id}/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.kioskToken}`, origin: 'https://elsewhere.example', host: 'callboard.local' },
      body: { serviceId: t.serviceA.id },
    });
    expect(res.status).toBe(201);
  });
});

describe('login lockout', () => {
  test('five failures lock the username for 15 minutes, even with the right password, with Retry-After', async () => {
    const clock = manualClock();
    t = await makeTestApp({ now: clock.now });
    for (let i = 0; i < 5; i++) expect((await login(t, 'staff', 'wrong-password')).status).toBe(401);
    const locked = await login(t, 'staff', STAFF_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBe(15 * 60);
    expect(locked.body.error.code).toBe('rate_limited');
    // Another account from the same address still works (the per-address threshold is higher).
    expect((await login(t, 'admin', ADMIN_PASSWORD)).status).toBe(200);
    clock.advance(15 * 60_000);
    expect((await login(t, 'staff', STAFF_PASSWORD)).status).toBe(200);
  });

  test('one address spraying many usernames is locked out as a whole', async () => {
    const clock = manualClock();
    t = await makeTestApp({ now: clock.now, security: { login: { maxFailures: 5, maxFailuresPerIp: 8, lockoutMs: 60_000 } } });
    for (let i = 0; i < 8; i++) expect((await login(t, `nobody${i}`, 'wrong-password')).status).toBe(401);
    expect((await login(t, 'admin', ADMIN_PASSWORD)).status).toBe(429);
    clock.advance(60_000);
    expect((await login(t, 'admin', ADMIN_PASSWORD)).status).toBe(200);
  });

  test('a success clears the username\'s failures', async () => {
    t = await makeTestApp();
    for (let i = 0; i < 4; i++) await login(t, 'staff', 'wrong-password');
    expect((await login(t, 'staff', STAFF_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(t, 'staff', 'wrong-password')).status).toBe(401);
    expect((await login(t, 'staff', STAFF_PASSWORD)).status).toBe(200);
  });
});

describe('cookies', () => {
  test('the session cookie is httpOnly and SameSite=Lax, and Secure when configured for TLS', async () => {
    t = await makeTestApp({ secureCookies: true });
    const cookie = (await login(t, 'admin', ADMIN_PASSWORD)).headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/i);
  });

  test('logout ends the session server-side: the old cookie no longer works', async () => {
    t = await makeTestApp();
    const cookie = await t.login('staff', STAFF_PASSWORD);
    expect((await t.call('POST', '/api/auth/logout', { cookie })).status).toBe(200);
    expect((await t.call('GET', '/api/auth/me', { cookie })).status).toBe(401);
  });

  test('a session expires after 12 hours', async () => {
    const clock = manualClock();
    t = await makeTestApp({ now: clock.now });
    const cookie = await t.login('staff', STAFF_PASSWORD);
    clock.advance(12 * 60 * 60_000 - 1000);
    expect((await t.call('GET', '/api/auth/me', { cookie })).status).toBe(200);
    clock.advance(2000);
    expect((await t.call('GET', '/api/auth/me', { cookie })).status).toBe(401);
  });
});
