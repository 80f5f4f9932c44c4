/**
 * The staff console lists the tickets a counter may call in the order "Call next" takes them: checked
 * against the server itself, which picks with SQL heads of queue and the shared rule.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SERVICE_STEP_MS } from '../../shared/call-next.ts';
import { buildSnapshot } from '../../server/services/snapshot-service.ts';
import { callableTickets } from '../../displays/staff/counter-view.ts';
import { STAFF_PASSWORD, makeTestApp, manualClock, type Clock, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let clock: Clock;
let staff: string;

beforeEach(async () => {
  clock = manualClock();
  t = await makeTestApp({ now: clock.now });
  staff = await t.login('staff', STAFF_PASSWORD);
});
afterEach(() => t.close());

const issue = async (serviceId: number, priority: 'normal' | 'priority' = 'normal') => {
  const res = await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { cookie: staff, body: { serviceId, priority } });
  expect(res.status).toBe(201);
  clock.advance(60_000);
  return res.body.ticket.code as string;
};

describe('callable tickets in call order', () => {
  it('lists exactly the order in which Call next then calls them', async () => {
    // Counter 1 prefers service A, then B. A mix that arrival order gets wrong: an old B ticket that has
    // waited long enough to beat A, a later priority ticket, and a ticket sent to this very counter.
    await issue(t.serviceB.id);
    clock.advance(SERVICE_STEP_MS);
    await issue(t.serviceA.id);
    await issue(t.serviceA.id);
    await issue(t.serviceA.id, 'priority');
    await issue(t.serviceB.id);
    const sent = await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { cookie: staff, body: { serviceId: t.serviceB.id } });
    clock.advance(60_000);
    expect((await t.call('POST', `/api/tickets/${sent.body.ticket.id}/transfer`, { cookie: staff, body: { counterId: t.counter1.id, position: 'back' } })).status).toBe(200);
    await issue(t.serviceA.id);

    const snapshot = buildSnapshot(t.cb.deps, t.branch.id);
    const counter = snapshot.counters.find((c) => c.id === t.counter1.id)!;
    const callable = callableTickets(snapshot, counter);
    const listed = callable.map((x) => x.code);
    const byArrival = [...callable].sort((x, y) => x.effectiveAt - y.effectiveAt || x.id - y.id).map((x) => x.code);
    // The scenario is one where arrival order would mislead the desk.
    expect(listed.slice(1)).not.toEqual(byArrival.filter((code) => code !== listed[0]));
    expect(listed[0]).toBe(sent.body.ticket.code);

    const called: string[] = [];
    for (;;) {
      const res = await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff });
      expect(res.status).toBe(200);
      if (!res.body.ticket) break;
      called.push(res.body.ticket.code);
    }
    expect(called).toEqual(listed);
  });

  it('leaves out tickets sent to another counter and tickets already called', async () => {
    const a = await issue(t.serviceA.id);
    const b = (await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { cookie: staff, body: { serviceId: t.serviceA.id } })).body.ticket;
    await t.call('POST', `/api/tickets/${b.id}/transfer`, { cookie: staff, body: { counterId: t.counter2.id, position: 'back' } });
    const c = (await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { cookie: staff, body: { serviceId: t.serviceB.id } })).body.ticket;
    expect((await t.call('POST', `/api/tickets/${c.id}/call`, { cookie: staff, body: { counterId: t.counter2.id } })).status).toBe(200);
    const d = await issue(t.serviceB.id);
    const snapshot = buildSnapshot(t.cb.deps, t.branch.id);
    const counter = snapshot.counters.find((x) => x.id === t.counter1.id)!;
    expect(callableTickets(snapshot, counter).map((x) => x.code)).toEqual([a, d]);
  });
});
