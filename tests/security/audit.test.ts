/** The audit log records logins and every change by a user or device, is filterable by admins, and cannot be edited. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADMIN_PASSWORD, STAFF_PASSWORD, makeTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: string;
let staff: string;
const clock = manualClock();
const start = clock.now();

beforeAll(async () => {
  t = await makeTestApp({ now: clock.now });
  await t.call('POST', '/api/auth/login', { body: { username: 'staff', password: 'not-the-password' } });
  clock.advance(1000);
  admin = await t.login('admin', ADMIN_PASSWORD);
  staff = await t.login('staff', STAFF_PASSWORD);
  const issued = await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { bearer: t.kioskToken, body: { serviceId: t.serviceA.id } });
  clock.advance(1000);
  await t.call('POST', `/api/tickets/${issued.body.ticket.id}/call`, { cookie: staff, body: { counterId: t.counter1.id } });
  await t.call('POST', `/api/tickets/${issued.body.ticket.id}/transfer`, { cookie: staff, body: { serviceId: t.serviceB.id } });
  await t.call('POST', `/api/branches/${t.branch.id}/announcements`, { cookie: staff, body: { text: 'Closing soon' } });
  await t.call('PATCH', `/api/branches/${t.branch.id}`, { cookie: staff, body: { ticker: 'staff may not' } });
  clock.advance(1000);
  await t.call('PATCH', `/api/branches/${t.branch.id}`, { cookie: admin, body: { ticker: 'Welcome' } });
  const device = await t.call('POST', `/api/branches/${t.branch.id}/devices`, { cookie: admin, body: { name: 'Hall board', kind: 'board', languages: ['en'] } });
  await t.call('POST', `/api/devices/${device.body.device.id}/revoke`, { cookie: admin });
});
afterAll(() => t.close());

const entries = async (query = '') => {
  const res = await t.call('GET', `/api/audit${query}`, { cookie: admin });
  expect(res.status).toBe(200);
  return res.body.entries as { actorName: string | null; actorKind: string; action: string; target: string | null; outcome: string; at: number }[];
};

describe('audit log', () => {
  test('records logins (failed and successful), calls, transfers, announcements, config changes, devices, denials', async () => {
    const all = (await entries()).map((e) => `${e.actorName} ${e.action} ${e.outcome}`);
    expect(all).toEqual(
      expect.arrayContaining([
        'staff login failed',
        'admin login ok',
        'staff login ok',
        'Kiosk POST /branches/:id/tickets ok',
        'staff POST /tickets/:id/call ok',
        'staff POST /tickets/:id/transfer ok',
        'staff POST /branches/:id/announcements ok',
        'staff PATCH /branches/:id denied',
        'admin PATCH /branches/:id ok',
        'admin POST /branches/:id/devices ok',
        'admin POST /devices/:id/revoke ok',
      ]),
    );
  });

  test('filters by actor, action and time', async () => {
    const byStaff = await entries('?actor=staff');
    expect(byStaff.length).toBeGreaterThan(0);
    expect(byStaff.every((e) => e.actorName === 'staff')).toBe(true);
    expect((await entries('?action=transfer')).map((e) => e.target)).toEqual([expect.stringMatching(/^\/tickets\/\d+\/transfer$/)]);
    const late = await entries(`?from=${start + 3000}`);
    expect(late.map((e) => e.action).sort()).toEqual(['PATCH /branches/:id', 'POST /branches/:id/devices', 'POST /devices/:id/revoke']);
    expect((await entries(`?to=${start}`)).map((e) => `${e.actorName} ${e.outcome}`)).toEqual(['staff failed']);
  });

  test('only admins may read it', async () => {
    expect((await t.call('GET', '/api/audit', { cookie: staff })).status).toBe(403);
    expect((await t.call('GET', '/api/audit')).status).toBe(401);
  });

  test('the table refuses updates and deletions', () => {
    const { sqlite } = t.cb.deps;
    expect(() => sqlite.prepare("update audit_log set outcome = 'ok'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/);
  });

  test('passwords never reach the log', async () => {
    const text = JSON.stringify(await entries('?limit=1000'));
    expect(text).not.toContain(STAFF_PASSWORD);
    expect(text).not.toContain('not-the-password');
  });
});
