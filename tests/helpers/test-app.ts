/** An app over a fresh migrated `:memory:` database with one branch, two services, two counters and accounts. */
import { createApp, type AppOptions } from '../../server/app.ts';
import { openDatabase } from '../../server/db/client.ts';
import type { Actor } from '../../server/services/deps.ts';

export const ADMIN_PASSWORD = 'admin-password-1';
export const STAFF_PASSWORD = 'staff-password-1';

export interface Clock {
  now: () => number;
  set(ms: number): void;
  advance(ms: number): void;
}

export function manualClock(start = Date.UTC(2026, 11, 4, 10, 0, 0)): Clock {
  let t = start;
  return { now: () => t, set: (ms) => (t = ms), advance: (ms) => (t += ms) };
}

export async function makeTestApp(options: Partial<AppOptions> & { timezone?: string } = {}) {
  const database = openDatabase(':memory:');
  const cb = createApp({ database, statsDelayMs: 5, ...options });
  const system: Actor = { kind: 'system' };
  const { setup, auth } = cb.services;
  const branch = setup.createBranch({ name: 'Test branch', timezone: options.timezone ?? 'Europe/Madrid', languages: ['en', 'es'] });
  const serviceA = setup.createService(branch.id, { prefix: 'A', names: { en: 'General' } }, system);
  const serviceB = setup.createService(branch.id, { prefix: 'B', names: { en: 'Payments' } }, system);
  const counter1 = setup.createCounter(branch.id, { name: 'Counter 1', number: 1, serviceIds: [serviceA.id, serviceB.id] }, system);
  const counter2 = setup.createCounter(branch.id, { name: 'Counter 2', number: 2, serviceIds: [serviceB.id, serviceA.id] }, system);
  await auth.createUser({ username: 'admin', displayName: 'Admin', password: ADMIN_PASSWORD, role: 'admin', branchId: null });
  const staffUser = await auth.createUser({ username: 'staff', displayName: 'Staff', password: STAFF_PASSWORD, role: 'staff', branchId: branch.id });
  const kiosk = auth.createDevice({ branchId: branch.id, name: 'Kiosk', kind: 'kiosk', languages: ['en'] });
  const board = auth.createDevice({ branchId: branch.id, name: 'Board', kind: 'board', languages: ['en'] });

  async function login(username: string, password: string): Promise<string> {
    const res = await cb.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers.get('set-cookie')!;
    return cookie.split(';')[0]!;
  }

  /** JSON request helper: returns status and parsed body. */
  async function call(method: string, path: string, opts: { cookie?: string; bearer?: string; body?: unknown } = {}) {
    const headers: Record<string, string> = {};
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.cookie) headers.cookie = opts.cookie;
    if (opts.bearer) headers.authorization = `Bearer ${opts.bearer}`;
    const res = await cb.app.request(path, {
      method,
      headers,
      body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }

  return {
    cb,
    database,
    branch,
    serviceA,
    serviceB,
    counter1,
    counter2,
    staffUser,
    kioskToken: kiosk.token,
    boardToken: board.token,
    login,
    call,
    staffActor: { kind: 'user', user: staffUser } as Actor,
    close() {
      cb.close();
      database.close();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof makeTestApp>>;
