/** Call-next latency with a small and a large history: no query may grow with past tickets. */
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from '../server/app.ts';
import { openDatabase } from '../server/db/client.ts';
import { DEMO_STAFF, seedDemo } from '../server/services/demo-seed.ts';
import { tempDataDir } from '../tests/helpers/temp-data-dir.ts';

const CALLS = 300;

/** Writes `count` finished tickets (issue, call, finish events each) on past days, in one transaction. */
function writeHistory(sqlite: import('better-sqlite3').Database, branchId: number, serviceIds: number[], counterId: number, count: number) {
  const ticket = sqlite.prepare(`insert into tickets (branch_id, service_id, issued_service_id, day, number, code, channel, priority,
    status, effective_at, counter_id, phone_token, created_at, called_at, serving_at, finished_at)
    values (?, ?, ?, ?, ?, ?, 'kiosk', 'normal', 'done', ?, ?, ?, ?, ?, ?, ?)`);
  const event = sqlite.prepare(`insert into ticket_events (ticket_id, branch_id, type, from_status, to_status, service_id, counter_id, at)
    values (?, ?, ?, ?, ?, ?, ?, ?)`);
  const start = Date.UTC(2025, 0, 1);
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const serviceId = serviceIds[i % serviceIds.length]!;
      const dayIndex = Math.floor(i / 400);
      const at = start + dayIndex * 86_400_000 + (i % 400) * 60_000;
      const day = new Date(at).toISOString().slice(0, 10);
      const number = (i % 400) + 1;
      const { lastInsertRowid } = ticket.run(branchId, serviceId, serviceId, day, number, `H${String(number).padStart(3, '0')}`,
        at, counterId, `history-${i}`, at, at + 300_000, at + 320_000, at + 600_000);
      const id = Number(lastInsertRowid);
      event.run(id, branchId, 'issue', null, 'waiting', serviceId, null, at);
      event.run(id, branchId, 'call', 'waiting', 'called', serviceId, counterId, at + 300_000);
      event.run(id, branchId, 'finish', 'called', 'done', serviceId, counterId, at + 600_000);
    }
  })();
}

async function measure(history: number): Promise<number> {
  const data = tempDataDir();
  const database = openDatabase(join(data.dir, 'callboard.sqlite'), 'FULL');
  const app = createApp({ database, logger: pino({ level: 'silent' }) });
  try {
    const demo = (await seedDemo(app.deps, app.services.setup, app.services.auth))!;
    const services = app.deps.repos.setup.listServices(demo.branchId).map((s) => s.id);
    writeHistory(database.sqlite, demo.branchId, services, demo.counterId, history);
    database.sqlite.pragma('optimize');
    const counter = app.deps.repos.setup.getCounter(demo.counterId)!;
    for (let i = 0; i < CALLS + 50; i++) {
      await app.services.queue.issue(demo.branchId, { serviceId: counter.serviceIds[i % 2]!, channel: 'kiosk', priority: 'normal', language: null }, { kind: 'system' });
    }
    const login = await app.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(DEMO_STAFF),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const t0 = performance.now();
      const res = await app.app.request(`/api/counters/${demo.counterId}/call-next`, { method: 'POST', headers: { cookie } });
      await res.arrayBuffer();
      times.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`call-next answered ${res.status}`);
    }
    times.sort((a, b) => a - b);
    return Math.round(times[Math.floor(times.length / 2)]! * 1000) / 1000;
  } finally {
    app.close();
    database.close();
    data.remove();
  }
}

export async function benchCallNext(small = 1_000, large = 200_000) {
  const small_ms = await measure(small);
  const large_ms = await measure(large);
  return { history_small: small, history_large: large, small_ms, large_ms };
}
