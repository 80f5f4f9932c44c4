import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, STAFF_PASSWORD, makeTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let staff: string;
beforeEach(async () => {
  t = await makeTestApp();
  staff = await t.login('staff', STAFF_PASSWORD);
});
afterEach(() => t.close());

const issue = async () =>
  (await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { bearer: t.kioskToken, body: { serviceId: t.serviceA.id, language: 'fr' } })).body;

describe('phone: its own ticket by token', () => {
  it('shows the position and estimate, which move as tickets ahead are served', async () => {
    await issue();
    await issue();
    const mine = await issue();
    await t.call('POST', `/api/counters/${t.counter1.id}/status`, { cookie: staff, body: { status: 'open' } });
    const first = await t.call('GET', `/api/phone/${mine.phoneToken}`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ahead: 2, ticket: { code: mine.ticket.code, status: 'waiting' }, service: { prefix: 'A' }, counter: null });
    expect(first.body.estimate).not.toBeNull();
    await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff });
    expect((await t.call('GET', `/api/phone/${mine.phoneToken}`)).body.ahead).toBe(1);
    await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff });
    await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff });
    const called = (await t.call('GET', `/api/phone/${mine.phoneToken}`)).body;
    expect(called).toMatchObject({ ticket: { status: 'called' }, counter: { id: t.counter1.id, number: 1 } });
  });

  it("shows nothing of other visitors and refuses unknown tokens", async () => {
    const mine = await issue();
    const view = (await t.call('GET', `/api/phone/${mine.phoneToken}`)).body;
    expect(Object.keys(view).sort()).toEqual(['ahead', 'branch', 'counter', 'estimate', 'serverTime', 'service', 'ticket']);
    expect((await t.call('GET', `/api/phone/${'x'.repeat(32)}`)).status).toBe(404);
    expect((await t.call('GET', `/api/phone/1`)).status).toBe(400);
  });

  it("I'm leaving cancels the ticket, once", async () => {
    const mine = await issue();
    const left = await t.call('POST', `/api/phone/${mine.phoneToken}/leave`);
    expect(left.body.ticket.status).toBe('cancelled');
    const again = await t.call('POST', `/api/phone/${mine.phoneToken}/leave`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_served');
  });

  it('joins remotely only where the branch allows it', async () => {
    const off = await t.call('POST', `/api/branches/${t.branch.id}/join`, { body: { serviceId: t.serviceA.id } });
    expect(off.status).toBe(403);
    expect(off.body.error.code).toBe('remote_join_disabled');
    const admin = await t.login('admin', ADMIN_PASSWORD);
    await t.call('PATCH', `/api/branches/${t.branch.id}`, { cookie: admin, body: { allowRemoteJoin: true } });
    const options = await t.call('GET', `/api/branches/${t.branch.id}/join`);
    expect(options.body.services.map((s: { prefix: string }) => s.prefix)).toEqual(['A', 'B']);
    const joined = await t.call('POST', `/api/branches/${t.branch.id}/join`, { body: { serviceId: t.serviceB.id, language: 'de' } });
    expect(joined.status).toBe(201);
    expect(joined.body.ticket).toMatchObject({ code: 'B001', channel: 'phone', language: 'de' });
    expect((await t.call('GET', `/api/phone/${joined.body.phoneToken}`)).body.ticket.id).toBe(joined.body.ticket.id);
  });
});
