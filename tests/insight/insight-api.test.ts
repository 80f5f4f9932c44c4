/** Insight over HTTP: the one survey answer per finished ticket, admin-only reports, CSV exports, roster and staffing. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, STAFF_PASSWORD, makeTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let staff: string;
const clock = manualClock(Date.UTC(2026, 11, 1, 10, 0)); // Tuesday 11:00 in Madrid
beforeEach(async () => {
  clock.set(Date.UTC(2026, 11, 1, 10, 0));
  t = await makeTestApp({ now: clock.now });
  staff = await t.login('staff', STAFF_PASSWORD);
  await t.call('POST', `/api/counters/${t.counter1.id}/status`, { cookie: staff, body: { status: 'open' } });
});
afterEach(() => t.close());

async function serveOne(minutesWaited: number, serviceMin: number) {
  const issued = (await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { bearer: t.kioskToken, body: { serviceId: t.serviceA.id, language: 'es' } })).body;
  clock.advance(minutesWaited * 60_000);
  await t.call('POST', `/api/counters/${t.counter1.id}/call-next`, { cookie: staff });
  clock.advance(serviceMin * 60_000);
  await t.call('POST', `/api/tickets/${issued.ticket.id}/finish`, { cookie: staff, body: {} });
  return issued as { phoneToken: string; ticket: { id: number } };
}

describe('feedback', () => {
  it('takes one 1–5 answer for a finished ticket and refuses a second with 409', async () => {
    const { phoneToken } = await serveOne(3, 5);
    expect((await t.call('GET', `/api/phone/${phoneToken}/feedback`)).body).toEqual({ canAnswer: true, answered: false, score: null, language: 'es' });
    const first = await t.call('POST', `/api/phone/${phoneToken}/feedback`, { body: { score: 4, comment: 'Muy rápido' } });
    expect(first.status).toBe(201);
    const second = await t.call('POST', `/api/phone/${phoneToken}/feedback`, { body: { score: 1 } });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('already_answered');
    expect((await t.call('GET', `/api/phone/${phoneToken}/feedback`)).body).toMatchObject({ canAnswer: false, answered: true, score: 4 });
  });

  it('refuses answers before the visit is finished and scores outside 1–5', async () => {
    const waiting = (await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { bearer: t.kioskToken, body: { serviceId: t.serviceA.id } })).body;
    expect((await t.call('POST', `/api/phone/${waiting.phoneToken}/feedback`, { body: { score: 5 } })).status).toBe(409);
    const { phoneToken } = await serveOne(1, 1);
    expect((await t.call('POST', `/api/phone/${phoneToken}/feedback`, { body: { score: 6 } })).status).toBe(400);
  });
});

describe('reports', () => {
  it('are for admins only, and show waits, service times and satisfaction from the log', async () => {
    const a = await serveOne(0, 6); // waits 0 (called at once), 6 min service
    await serveOne(0, 10);
    await t.call('POST', `/api/phone/${a.phoneToken}/feedback`, { body: { score: 5 } });
    const url = `/api/branches/${t.branch.id}/reports?from=2026-12-01&to=2026-12-01`;
    expect((await t.call('GET', url, { cookie: staff })).status).toBe(403);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const r = await t.call('GET', url, { cookie: admin });
    expect(r.status).toBe(200);
    expect(r.body.figures).toMatchObject({ issued: 2, served: 2, servedRate: 1, satisfaction: { count: 1, mean: 5 } });
    expect(r.body.figures.serviceTime.mean).toBe(8);
    expect(r.body.figures.arrivals[1][11]).toBe(2); // Tuesday, 11:00 local
    const other = await t.call('GET', `${url}&counterId=${t.counter2.id}`, { cookie: admin });
    expect(other.body.figures.issued).toBe(0);
  });

  it('exports tickets and answers as escaped CSV attachments', async () => {
    const a = await serveOne(1, 2);
    await t.call('POST', `/api/phone/${a.phoneToken}/feedback`, { body: { score: 2, comment: 'Slow, "very" slow\n=SUM(A1)' } });
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const res = await t.cb.app.request(`/api/branches/${t.branch.id}/reports/answers.csv?from=2026-12-01&to=2026-12-01`, { headers: { cookie: admin } });
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="callboard-branch\d+-answers-[\d-]+\.csv"$/);
    const text = await res.text();
    expect(text.split('\r\n')[0]).toBe('ticket_id,code,answered_at,service_id,counter_id,user_id,score,comment,language');
    expect(text).toContain(',2,"Slow, ""very"" slow\n=SUM(A1)",es');
    const tickets = await t.cb.app.request(`/api/branches/${t.branch.id}/reports/tickets.csv?from=2026-12-01&to=2026-12-01`, { headers: { cookie: admin } });
    expect((await tickets.text()).trim().split('\r\n')).toHaveLength(2);
  });
});

describe('roster and staffing', () => {
  it('stores a roster and compares it with the counters needed per interval', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const shifts = [{ weekday: 1, from: '09:00', to: '14:00', counters: 2 }];
    const saved = await t.call('PUT', `/api/branches/${t.branch.id}/roster`, { cookie: admin, body: { shifts } });
    expect(saved.body.shifts).toEqual(shifts);
    expect((await t.call('PUT', `/api/branches/${t.branch.id}/roster`, { cookie: admin, body: { shifts: [{ ...shifts[0], from: '15:00' }] } })).status).toBe(400);
    const s = await t.call('GET', `/api/branches/${t.branch.id}/staffing?days=7&interval=30`, { cookie: admin });
    expect(s.status).toBe(200);
    expect(s.body.target).toEqual({ level: 80, waitMin: 10 });
    expect(s.body.intervals).toHaveLength(7 * 48);
    const tuesdayTen = s.body.intervals.find((i: { start: number }) => i.start === Date.UTC(2026, 11, 8, 9, 0));
    expect(tuesdayTen).toMatchObject({ rostered: 2, needed: 0, gap: 2 });
  });
});
