/**
 * Client addresses behind a reverse proxy: X-Forwarded-For is believed only from configured proxies, so
 * per-address limits and the audit log see the visitor's address there, and a forged header elsewhere
 * changes nothing.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { startTestServer, tempDataDir, TEST_ADMIN_PASSWORD } from '../helpers/test-server.ts';

const limits = { security: { publicLimits: { pairing: { max: 2, windowMs: 60_000 }, join: { max: 50, windowMs: 60_000 }, phone: { max: 50, windowMs: 60_000 } } } };
let stop: (() => Promise<void>) | null = null;

async function server(trustedProxies: string[]) {
  const data = tempDataDir();
  const srv = await startTestServer(data.dir, { trustedProxies }, limits);
  stop = async () => {
    await srv.server.close();
    data.remove();
  };
  const pair = async (forwardedFor: string) =>
    (await fetch(`${srv.url}/api/pairings`, { method: 'POST', headers: { 'x-forwarded-for': forwardedFor } })).status;
  return { srv, pair };
}

afterEach(async () => {
  await stop?.();
  stop = null;
});

describe('trusted proxies', () => {
  test('behind a trusted proxy, each visitor has their own allowance', async () => {
    const { pair } = await server(['loopback']);
    // Two visitors behind the same proxy (the test client connects from 127.0.0.1, the "proxy").
    expect([await pair('203.0.113.5'), await pair('203.0.113.5'), await pair('203.0.113.5')]).toEqual([201, 201, 429]);
    expect(await pair('203.0.113.6')).toBe(201);
    // The nearest untrusted hop counts: a visitor cannot pick an address by prepending to the header.
    expect(await pair('198.51.100.1, 203.0.113.5')).toBe(429);
  });

  test('without trusted proxies the header is ignored: forging it does not buy a fresh allowance', async () => {
    const { pair } = await server([]);
    expect([await pair('203.0.113.5'), await pair('203.0.113.6'), await pair('203.0.113.7')]).toEqual([201, 201, 429]);
  });

  test('the audit log records the visitor\'s address from a trusted proxy', async () => {
    const { srv } = await server(['127.0.0.1']);
    const login = await fetch(`${srv.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.44' },
      body: JSON.stringify({ username: 'admin', password: 'not-the-password' }),
    });
    expect(login.status).toBe(401);
    const cookie = await srv.login('admin', TEST_ADMIN_PASSWORD);
    const entries = ((await (await fetch(`${srv.url}/api/audit?action=login&limit=5`, { headers: { cookie } })).json()) as any).entries;
    expect(entries.find((e: { outcome: string }) => e.outcome === 'failed')).toMatchObject({ actorName: 'admin', ip: '192.0.2.44' });
  });

  test('a list that is not addresses stops the server at start-up with a clear message', () => {
    expect(() => loadConfig({ CALLBOARD_TRUSTED_PROXIES: '10.0.0.1, not-a-proxy' })).toThrow(/CALLBOARD_TRUSTED_PROXIES/);
    expect(loadConfig({ CALLBOARD_TRUSTED_PROXIES: '10.0.0.0/8, loopback' }).trustedProxies).toEqual(['10.0.0.0/8', 'loopback']);
  });
});
