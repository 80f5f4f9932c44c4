import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DemoCredentials } from '../../server/services/demo-seed.ts';
import { spawnServer } from '../helpers/server-process.ts';
import { scrape, total } from '../helpers/metrics.ts';
import { tempDataDir } from '../helpers/test-server.ts';

let data: ReturnType<typeof tempDataDir>;
afterEach(() => data?.remove());

describe('crash durability', () => {
  it('after SIGKILL under concurrent issuing, every ticket answered 2xx exists, no code is duplicated, integrity is ok', async () => {
    data = tempDataDir();
    const first = await spawnServer(data.dir);
    const demo = JSON.parse(readFileSync(join(data.dir, 'demo-credentials.json'), 'utf8')) as DemoCredentials;
    // The demo branch's four services (A–D) have ids 1–4 on a fresh database.
    const services = [1, 2, 3, 4];
    const acknowledged: { id: number; code: string }[] = [];
    let failures = 0;
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${first.url}/api/branches/${demo.branchId}/tickets`, {
            method: 'POST',
            headers: { authorization: `Bearer ${demo.kioskToken}`, 'content-type': 'application/json' },
            body: JSON.stringify({ serviceId: services[(w + i) % services.length] }),
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { ticket: { id: number; code: string } }).ticket);
        } catch {
          failures += 1; // the connection died with the server: this ticket was never acknowledged
          return;
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, w) => worker(w));
    // Kill in the middle of the stream, once a good number of tickets have been acknowledged.
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (acknowledged.length >= 300) {
          clearInterval(check);
          resolve();
        }
      }, 5);
    });
    await first.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);

    // Restart on the same data directory: the server must come up and hold every acknowledged ticket.
    const second = await spawnServer(data.dir);
    // The restarted server's own gauge counts every acknowledged ticket as waiting (nobody was called).
    const waitingAfterRestart = total(await scrape(second.url), 'callboard_tickets_waiting');
    await second.kill('SIGTERM');
    const db = new Database(join(data.dir, 'callboard.sqlite'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('select id, code from tickets').all() as { id: number; code: string }[];
      const stored = new Map(rows.map((r) => [r.id, r.code]));
      for (const t of acknowledged) expect(stored.get(t.id), `ticket ${t.id}`).toBe(t.code);
      const duplicates = db
        .prepare('select day, code, count(*) as n from tickets group by day, code having n > 1')
        .all();
      expect(duplicates).toEqual([]);
      // The event log holds an issue event for every stored ticket (both in the same transaction).
      const orphans = db
        .prepare(`select count(*) as n from tickets t where not exists (select 1 from ticket_events e where e.ticket_id = t.id and e.type = 'issue')`)
        .get() as { n: number };
      expect(orphans.n).toBe(0);
      const waiting = db.prepare(`select count(*) as n from tickets where status = 'waiting'`).get() as { n: number };
      expect(waitingAfterRestart).toBe(waiting.n);
      expect(waitingAfterRestart).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      db.close();
    }
  });
});
