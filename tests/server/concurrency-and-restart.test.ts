import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../server/services/demo-seed.ts';
import { startTestServer, tempDataDir } from '../helpers/test-server.ts';

let data: ReturnType<typeof tempDataDir>;
afterEach(() => data?.remove());

describe('a real server on a real SQLite file', () => {
  it('never gives one ticket to two counters calling at the same moment', async () => {
    data = tempDataDir();
    const srv = await startTestServer(data.dir);
    try {
      const { branchId } = srv.server.demo!;
      const repos = srv.server.app.deps.repos;
      const counters = repos.setup.listCounters(branchId);
      const services = repos.setup.listServices(branchId);
      const staff = await srv.login(DEMO_STAFF.username, DEMO_STAFF.password);
      const general = services.find((s) => s.prefix === 'A')!;
      // Counters 1, 2 and 3 all serve A; 40 tickets for them to race over.
      for (let i = 0; i < 40; i++) await srv.post(`/api/branches/${branchId}/tickets`, staff, { serviceId: general.id });
      const racers = counters.filter((c) => c.serviceIds.includes(general.id));
      expect(racers.length).toBeGreaterThanOrEqual(3);
      const called: number[] = [];
      for (let round = 0; round < 14; round++) {
        const replies = await Promise.all(racers.map((c) => srv.post(`/api/counters/${c.id}/call-next`, staff)));
        for (const r of replies) {
          expect(r.status).toBe(200);
          if (r.body.ticket) called.push(r.body.ticket.id);
        }
      }
      expect(called.length).toBe(40);
      expect(new Set(called).size).toBe(40);
      const perTicket = new Database(join(data.dir, 'callboard.sqlite'), { readonly: true })
        .prepare(`select ticket_id, count(*) as n from ticket_events where type = 'call' group by ticket_id having n > 1`)
        .all();
      expect(perTicket).toEqual([]);
    } finally {
      await srv.server.close();
    }
  });

  it('keeps every ticket across a restart on the same database and continues the numbering', async () => {
    data = tempDataDir();
    const first = await startTestServer(data.dir);
    const { branchId, boardToken } = first.server.demo!;
    const staff = await first.login(DEMO_STAFF.username, DEMO_STAFF.password);
    const serviceId = first.server.app.deps.repos.setup.listServices(branchId)[0]!.id;
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) codes.push((await first.post(`/api/branches/${branchId}/tickets`, staff, { serviceId })).body.ticket.code);
    expect(codes).toEqual(['A001', 'A002', 'A003']);
    await first.server.close();

    const second = await startTestServer(data.dir);
    try {
      // Same demo branch and devices, not seeded again; the session survives too.
      expect(second.server.demo!.boardToken).toBe(boardToken);
      expect(second.server.app.deps.repos.setup.listBranches()).toHaveLength(1);
      expect(second.server.generatedAdminPassword).toBeNull();
      const next = await second.post(`/api/branches/${branchId}/tickets`, staff, { serviceId });
      expect(next.status).toBe(201);
      expect(next.body.ticket.code).toBe('A004');
      const active = second.server.app.deps.repos.tickets.active(branchId).map((t) => t.code).sort();
      expect(active).toEqual(['A001', 'A002', 'A003', 'A004']);
    } finally {
      await second.server.close();
    }
  });

  it('applies migrations once: the schema is at the latest migration and ticket_events refuses edits', async () => {
    data = tempDataDir();
    const startedAt = Date.now();
    const srv = await startTestServer(data.dir);
    await srv.server.close();
    const again = await startTestServer(data.dir);
    await again.server.close();
    const db = new Database(join(data.dir, 'callboard.sqlite'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const migrations = db.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
      expect(migrations.n).toBe(readdirSync(join(import.meta.dirname, '../../server/db/migrations')).filter((f) => f.endsWith('.sql')).length);
      // The demo's simulated history lies before today; nothing happened since the server started.
      const { n } = db.prepare('select count(*) as n from ticket_events where at >= ?').get(startedAt) as { n: number };
      expect(n).toBe(0);
      db.prepare(`insert into branches (name, timezone, languages, theme, created_at) values ('x', 'UTC', '["en"]', '{}', 0)`).run();
      db.prepare(`insert into services (branch_id, prefix, names) values (1, 'Z', '{}')`).run();
      db.prepare(`insert into tickets (branch_id, service_id, issued_service_id, day, number, code, channel, status, effective_at, phone_token, created_at)
                  values (1, 1, 1, '2026-12-04', 1, 'Z001', 'staff', 'waiting', 0, 'tok', 0)`).run();
      db.prepare(`insert into ticket_events (ticket_id, branch_id, type, to_status, service_id, at) values (1, 1, 'issue', 'waiting', 1, 0)`).run();
      expect(() => db.prepare(`update ticket_events set type = 'x'`).run()).toThrow(/append-only/);
      expect(() => db.prepare(`delete from ticket_events`).run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });
});
