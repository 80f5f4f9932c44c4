/** Property-based: arbitrary bodies, path params and query strings against every JSON route never give a 500 or a bad row. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TICKET_STATUSES } from '../../shared/model.ts';
import { ADMIN_PASSWORD, STAFF_PASSWORD, makeTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let callers: { name: string; headers: Record<string, string> }[];
let routes: { method: string; path: string }[];

beforeAll(async () => {
  // Generous limits: the fuzzer is one address hammering public routes, which is what the limits are for.
  t = await makeTestApp({
    security: {
      login: { maxFailures: 1e6, maxFailuresPerIp: 1e6, lockoutMs: 1 },
      publicLimits: { pairing: { max: 1e6, windowMs: 1 }, join: { max: 1e6, windowMs: 1 }, phone: { max: 1e6, windowMs: 1 } },
    },
  });
  await t.call('PATCH', `/api/branches/${t.branch.id}`, { cookie: await t.login('admin', ADMIN_PASSWORD), body: { allowRemoteJoin: true } });
  // Tickets in the queue, so arbitrary actions on ids 1..6 exercise the state machine, not just 404s.
  for (let i = 0; i < 6; i++) await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { bearer: t.kioskToken, body: { serviceId: t.serviceA.id } });
  callers = [
    { name: 'admin', headers: { cookie: await t.login('admin', ADMIN_PASSWORD) } },
    { name: 'staff', headers: { cookie: await t.login('staff', STAFF_PASSWORD) } },
    { name: 'kiosk', headers: { authorization: `Bearer ${t.kioskToken}` } },
    { name: 'nobody', headers: {} },
  ];
  // The router's own table, so routes added later are fuzzed without anyone listing them here.
  const seen = new Set<string>();
  routes = t.cb.app.routes
    .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.includes('*') && !r.path.endsWith('/openapi.json'))
    .filter((r) => !/\/logout$|\/revoke$|\/users(\/|$)/.test(r.path)) // would end the fuzzer's own sessions and tokens
    .map((r) => ({ method: r.method, path: r.path }))
    .filter((r) => (seen.has(`${r.method} ${r.path}`) ? false : (seen.add(`${r.method} ${r.path}`), true)));
});
afterAll(() => t.close());

const ids = () => [t.branch.id, t.serviceA.id, t.serviceB.id, t.counter1.id, t.counter2.id, 1, 2];
const paramValue = fc.oneof(
  fc.constantFrom(...[1, 2, 3, 0, -1, 2 ** 53, 1e308].map(String)),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('..%2f..%2fetc%2fpasswd', '%00', '1;drop table tickets', 'NaN', 'Infinity', '1e3', '0x10', '٣'),
);
const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ serviceId: fc.oneof(fc.integer(), fc.constantFrom(1, 2)), priority: fc.string(), language: fc.string(), channel: fc.string() }, { requiredKeys: [] }),
  fc.record({ status: fc.constantFrom('open', 'paused', 'closed', 'x'), reason: fc.string(), counterId: fc.integer(), text: fc.string({ maxLength: 600 }) }, { requiredKeys: [] }),
  fc.record({ name: fc.string(), names: fc.dictionary(fc.string({ maxLength: 4 }), fc.string()), prefix: fc.string({ maxLength: 2 }), theme: fc.anything() }, { requiredKeys: [] }),
);
const body = fc.oneof(jsonish.map((v) => JSON.stringify(v)), fc.string({ maxLength: 200 }), fc.constant('{"a":'), fc.constant(''));
const query = fc.dictionary(fc.constantFrom('from', 'to', 'secret', 'day', 'q', 'format'), fc.string({ maxLength: 20 }), { maxKeys: 3 });

describe('fuzzing the HTTP API', () => {
  test('no route ever answers 500, whoever calls and whatever they send', async () => {
    expect(routes.length).toBeGreaterThan(30);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.nat(),
        fc.array(fc.oneof(paramValue, fc.constantFrom(...ids().map(String))), { minLength: 3, maxLength: 3 }),
        body,
        query,
        fc.boolean(),
        async (routeIndex, callerIndex, params, text, q, asJson) => {
          const route = routes[routeIndex % routes.length]!;
          const caller = callers[callerIndex % callers.length]!;
          let i = 0;
          const path = route.path.replace(/:\w+(\{[^}]*\})?/g, () => encodeURIComponent(params[i++ % params.length]!));
          const search = new URLSearchParams(q).toString();
          const hasBody = route.method !== 'GET' && route.method !== 'HEAD';
          const res = await t.cb.app.request(`${path}${search ? `?${search}` : ''}`, {
            method: route.method,
            headers: { ...caller.headers, ...(hasBody && asJson ? { 'content-type': 'application/json' } : {}) },
            body: hasBody ? text : undefined,
          });
          const answer = await res.text();
          // 503 is a deliberate answer (e.g. uploads on a server without storage); 500 means we crashed.
          if (res.status === 500 || (res.status > 500 && !answer.includes('"error"'))) throw new Error(`${route.method} ${path} as ${caller.name} → ${res.status} ${answer.slice(0, 200)} (body ${text.slice(0, 100)})`);
          if (res.headers.get('content-type')?.includes('json') && res.status >= 400) {
            expect(JSON.parse(answer)).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('an empty PATCH is a no-op, not a 500 (found by the fuzzer)', async () => {
    const admin = callers[0]!.headers;
    const device = t.cb.services.auth.createDevice({ branchId: t.branch.id, name: 'Spare', kind: 'board', languages: ['en'] });
    for (const path of [`/api/branches/${t.branch.id}`, `/api/services/${t.serviceA.id}`, `/api/counters/${t.counter1.id}`, `/api/users/${t.staffUser.id}`, `/api/devices/${device.display.id}`]) {
      const res = await t.cb.app.request(path, { method: 'PATCH', headers: { ...admin, 'content-type': 'application/json' }, body: '{}' });
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    }
  });

  test('afterwards the database holds only valid rows', () => {
    const { sqlite } = t.cb.deps;
    const tickets = sqlite.prepare('select id, code, status from tickets').all() as { id: number; code: string; status: string }[];
    expect(tickets.length).toBeGreaterThanOrEqual(6);
    for (const ticket of tickets) {
      expect(ticket.code).toMatch(/^[A-Z]\d{3}$/);
      expect(TICKET_STATUSES).toContain(ticket.status);
    }
    // Each ticket's latest event ends in the ticket's own status, and every event belongs to a ticket.
    const mismatched = sqlite
      .prepare(
        `select t.id from tickets t join ticket_events e on e.ticket_id = t.id
         where e.id = (select max(id) from ticket_events where ticket_id = t.id) and e.to_status != t.status`,
      )
      .all();
    expect(mismatched).toEqual([]);
    expect(sqlite.prepare('select count(*) n from ticket_events where ticket_id not in (select id from tickets)').get()).toEqual({ n: 0 });
    expect(sqlite.prepare('select count(*) n from tickets t where not exists (select 1 from ticket_events e where e.ticket_id = t.id)').get()).toEqual({ n: 0 });
    expect(sqlite.prepare('pragma foreign_key_check').all()).toEqual([]);
    expect(sqlite.prepare('pragma integrity_check').get()).toEqual({ integrity_check: 'ok' });
  });
});
