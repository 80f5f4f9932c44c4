/** A real Callboard server on an OS-picked port over a real SQLite file in a temp dir. */
import { afterAll, beforeAll } from 'vitest';
import type { AppOptions } from '../../server/app.ts';
import type { Config } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';
import { tempDataDir } from './temp-data-dir.ts';

export const TEST_ADMIN_PASSWORD = 'test-admin-password';

export { tempDataDir } from './temp-data-dir.ts';

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

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * A server for the calling file (or describe block): started in its own `beforeAll` over a fresh data dir,
 * closed and the dir removed in `afterAll`, also after a failed start. The handle reads through to the
 * started server, so a file's own `beforeAll`, registered after this call, already sees it running.
 */
export function useTestServer(overrides: Partial<Config> = {}, extra: Partial<AppOptions> = {}): TestServer {
  let data: ReturnType<typeof tempDataDir> | null = null;
  let started: TestServer | null = null;
  beforeAll(async () => {
    data = tempDataDir();
    started = await startTestServer(data.dir, overrides, extra);
  });
  afterAll(async () => {
    try {
      await started?.server.close(); // a no-op for a test that closed it itself
    } finally {
      data?.remove();
    }
  });
  const running = (): TestServer => {
    if (!started) throw new Error('useTestServer: the server is read before its beforeAll started it (or its start failed)');
    return started;
  };
  return {
    get server() {
      return running().server;
    },
    get url() {
      return running().url;
    },
    login: (username, password) => running().login(username, password),
    post: (path, cookie, body) => running().post(path, cookie, body),
  };
}
