/** Every route of the OpenAPI document, called as nobody, staff, admin, a kiosk and a board: 401, 403 or 2xx as its role says. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADMIN_PASSWORD, STAFF_PASSWORD, makeTestApp, type TestApp } from '../helpers/test-app.ts';
import { tempDataDir } from '../helpers/test-server.ts';
import { ROUTES, makeFixtures, type Access, type Fixtures, type Prepared } from './route-fixtures.ts';

type Caller = 'nobody' | 'staff' | 'admin' | 'kiosk' | 'board';
const CALLERS: Caller[] = ['nobody', 'staff', 'admin', 'kiosk', 'board'];

/** The whole matrix, written out: what each caller gets from a route of each access class. */
const EXPECTED: Record<Access, Record<Caller, 'ok' | 401 | 403>> = {
  public: { nobody: 'ok', staff: 'ok', admin: 'ok', kiosk: 'ok', board: 'ok' },
  staff: { nobody: 401, staff: 'ok', admin: 'ok', kiosk: 403, board: 403 },
  issuer: { nobody: 401, staff: 'ok', admin: 'ok', kiosk: 'ok', board: 403 },
  admin: { nobody: 401, staff: 403, admin: 'ok', kiosk: 403, board: 403 },
  display: { nobody: 401, staff: 403, admin: 403, kiosk: 403, board: 'ok' },
};

/** Routes the router serves but the OpenAPI document does not describe, with their access class. */
const UNDOCUMENTED: Record<string, Access> = {};

let t: TestApp;
let data: ReturnType<typeof tempDataDir>;
let fixtures: Fixtures;
let documented: string[];
const credentials: Partial<Record<Caller, { cookie?: string; bearer?: string }>> = {};

beforeAll(async () => {
  // Lockout and rate limits are tested on their own; here every caller shares one in-process address.
  data = tempDataDir(); // uploads need somewhere to go
  t = await makeTestApp({ dataDir: data.dir, security: { login: { maxFailures: 1000, maxFailuresPerIp: 1000, lockoutMs: 1 } } });
  await t.call('PATCH', `/api/branches/${t.branch.id}`, { cookie: await t.login('admin', ADMIN_PASSWORD), body: { allowRemoteJoin: true } });
  const adminCookie = await t.login('admin', ADMIN_PASSWORD);
  fixtures = await makeFixtures(t, await t.login('admin', ADMIN_PASSWORD));
  credentials.nobody = {};
  credentials.staff = { cookie: await t.login('staff', STAFF_PASSWORD) };
  credentials.admin = { cookie: adminCookie };
  credentials.kiosk = { bearer: t.kioskToken };
  credentials.board = { bearer: t.boardToken };
  const doc = (await t.call('GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} /api${path.replace(/^\/api/, '')}`));
});

afterAll(() => {
  t.close();
  data.remove();
});

function urlOf(route: string, prepared: Prepared): { method: string; url: string } {
  const [method, template] = route.split(' ') as [string, string];
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = prepared.params?.[name];
    if (value === undefined) throw new Error(`${route}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  const query = prepared.query ? `?${new URLSearchParams(prepared.query)}` : '';
  return { method, url: path + query };
}

/** Raw, so CSV and JSON answers alike are only read as text. */
async function request(method: string, url: string, caller: Caller, body: unknown, raw?: Prepared['raw']) {
  const { cookie, bearer } = credentials[caller]!;
  const headers: Record<string, string> = { ...raw?.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const res = await t.cb.app.request(url, { method, headers, body: raw ? raw.body : body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

describe('role matrix', () => {
  test('every documented route has an explicit entry, and every entry is documented', () => {
    expect([...documented].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  test('the declared OpenAPI security matches the access class (public routes declare none)', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const access = ROUTES[`${method.toUpperCase()} /api${path.replace(/^\/api/, '')}`]?.access;
        expect({ route: `${method} ${path}`, declared: (op.security?.length ?? 0) > 0 }).toEqual({ route: `${method} ${path}`, declared: access !== 'public' });
      }
    }
  });

  test('routes outside the OpenAPI document (multipart uploads) are listed and refuse everyone but their role', async () => {
    const routed = new Set(
      t.cb.app.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.includes('*') && r.path !== '/api/openapi.json')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`),
    );
    const undocumented = [...routed].filter((r) => !(r in ROUTES)).sort();
    expect(undocumented).toEqual(Object.keys(UNDOCUMENTED).sort());
    for (const [route, access] of Object.entries(UNDOCUMENTED)) {
      const seen: Record<string, string | number> = {};
      const want: Record<string, string | number> = {};
      for (const caller of CALLERS) {
        const expected = EXPECTED[access][caller];
        if (expected === 'ok') continue; // a valid multipart upload is the owner's test; here only the refusals
        const { method, url } = urlOf(route, { params: { id: t.branch.id } });
        seen[caller] = (await request(method, url, caller, undefined)).status;
        want[caller] = expected;
      }
      expect({ route, ...seen }).toEqual({ route, ...want });
    }
  });

  // Logout goes last (insertion order of ROUTES) because it ends the caller's session.
  for (const [route, fixture] of Object.entries(ROUTES)) {
    test(`${route} answers each caller as a ${fixture.access} route`, async () => {
      const seen: Record<string, string | number> = {};
      const want: Record<string, string | number> = {};
      for (const caller of CALLERS) {
        const prepared = fixture.prepare ? await fixture.prepare(fixtures) : {};
        const { method, url } = urlOf(route, prepared);
        const res = await request(method, url, caller, prepared.body, prepared.raw);
        const outcome = res.status >= 200 && res.status < 300 ? 'ok' : res.status;
        seen[caller] = outcome === 'ok' || outcome === 401 || outcome === 403 ? outcome : `${res.status} ${res.text.slice(0, 200)}`;
        want[caller] = EXPECTED[fixture.access][caller];
      }
      expect(seen).toEqual(want);
    });
  }
});
