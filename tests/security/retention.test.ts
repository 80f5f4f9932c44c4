import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eraseExpiredContacts } from '../../server/security/retention.ts';
import { STAFF_PASSWORD, makeTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';
import { startTestServer, tempDataDir } from '../helpers/test-server.ts';

const DAY = 86_400_000;
let t: TestApp | null = null;
let data: ReturnType<typeof tempDataDir> | null = null;
afterEach(() => {
  t?.close();
  data?.remove();
  t = null;
  data = null;
});

describe('privacy', () => {
  it('queues without personal data, keeps an optional contact for its retention period, then erases it', async () => {
    const clock = manualClock();
    t = await makeTestApp({ now: clock.now });
    const staff = await t.login('staff', STAFF_PASSWORD);
    const plain = await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { cookie: staff, body: { serviceId: t.serviceA.id } });
    expect(plain.status).toBe(201);
    const withContact = await t.call('POST', `/api/branches/${t.branch.id}/tickets`, {
      cookie: staff,
      body: { serviceId: t.serviceA.id, contact: { name: 'Ana López', phone: '+34 600 123 456' } },
    });
    expect(withContact.status).toBe(201);
    // The contact never reaches a screen: not in the reply, not on the wire.
    expect(JSON.stringify(withContact.body)).not.toContain('Ana');
    const bad = await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { cookie: staff, body: { serviceId: t.serviceA.id, contact: { phone: 'call me' } } });
    expect(bad.status).toBe(400);

    const contact = () =>
      t!.database.sqlite.prepare('select contact_name as name, contact_phone as phone from tickets where id = ?').get(withContact.body.ticket.id);
    expect(eraseExpiredContacts(t.database.sqlite, clock.now() + 29 * DAY, 30)).toBe(0);
    expect(contact()).toEqual({ name: 'Ana López', phone: '+34 600 123 456' });
    expect(eraseExpiredContacts(t.database.sqlite, clock.now() + 31 * DAY, 30)).toBe(1);
    expect(contact()).toEqual({ name: null, phone: null });
  });

  it('the server erases expired contact data when it starts (and nightly)', async () => {
    data = tempDataDir();
    const first = await startTestServer(data.dir);
    await first.server.close();
    const db = new Database(join(data.dir, 'callboard.sqlite'));
    db.prepare(`insert into tickets (branch_id, service_id, issued_service_id, day, number, code, channel, status, effective_at, phone_token, created_at, contact_name)
                values (1, 1, 1, '2020-01-01', 1, 'A001', 'staff', 'done', 0, 'old-token-for-retention', ?, 'Old Visitor')`).run(Date.now() - 400 * DAY);
    db.close();
    const second = await startTestServer(data.dir);
    await second.server.close();
    const check = new Database(join(data.dir, 'callboard.sqlite'), { readonly: true });
    expect(check.prepare(`select contact_name from tickets where phone_token = 'old-token-for-retention'`).get()).toEqual({ contact_name: null });
    check.close();
  });
});
