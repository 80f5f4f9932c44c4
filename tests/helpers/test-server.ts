/** A real Callboard server on an OS-picked port over a real SQLite file in a temp dir. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppOptions } from '../../server/app.ts';
import type { Config } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';

export const TEST_ADMIN_PASSWORD = 'test-admin-password';

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'callboard-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(dataDir: string, overrides: Partial<Config> = {}): Config {
  return {
    dataDir,
    port: 0,
    host: '127.0.0.1',
    publicUrl: null,
    adminPassword: TEST_ADMIN_PASSWORD,
    demo: true,
    sqliteSync: 'NORMAL',
    secureCookies: false,
    trustedProxies: [],
    metricsToken: null,
    contactRetentionDays: 30,
    ...overrides,
  };
}

export async function startTestServer(dataDir: string, overrides: Partial<Config> = {}, extra: Partial<AppOptions> = {}) {
  const server = await startServer(testConfig(dataDir, overrides), { statsDelayMs: 5, ...extra });
  const url = `http://127.0.0.1:${server.port}`;
  async function login(username: string, password: string) {
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
    return res.headers.get('set-cookie')!.split(';')[0]!;
  }
  async function post(path: string, cookie: string, body?: unknown) {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  }
  return { server, url, login, post };
}
