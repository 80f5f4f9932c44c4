/** Ticket issue throughput over HTTP with durable commits vs. a bare Hono JSON POST handler (autocannon). */
import autocannon from 'autocannon';
import { spawnServer } from '../tests/helpers/server-process.ts';
import { scrape, total } from '../tests/helpers/metrics.ts';
import { tempDataDir } from '../tests/helpers/temp-data-dir.ts';
import { startListening } from './processes.ts';

const CONNECTIONS = 10;
const SECONDS = 5;

async function measure(url: string, headers: Record<string, string>, bodies: string[]): Promise<{ perSecond: number; ok: number; non2xx: number }> {
  let i = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
  });
  return { perSecond: Math.round(result['2xx'] / SECONDS), ok: result['2xx'], non2xx: result.non2xx };
}

export async function benchThroughput(): Promise<{ per_s: number; baseline_per_s: number; non2xx: number }> {
  const data = tempDataDir();
  const server = await spawnServer(data.dir, { CALLBOARD_LOG_LEVEL: 'error', CALLBOARD_DEMO: '0' });
  let ours: { perSecond: number; ok: number; non2xx: number };
  try {
    const json = async (path: string, body: unknown, cookie?: string) => {
      const res = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
      return { res, body: (await res.json()) as any };
    };
    const login = await json('/api/auth/login', { username: 'admin', password: 'process-admin-password' });
    const cookie = login.res.headers.get('set-cookie')!.split(';')[0]!;
    const branch = (await json('/api/branches', { name: 'Bench', timezone: 'UTC', languages: ['en'] }, cookie)).body.branch;
    // 26 services × 999 codes: room for every ticket the run can issue without a queue_full.
    const serviceIds: number[] = [];
    for (const prefix of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      serviceIds.push((await json(`/api/branches/${branch.id}/services`, { prefix, names: { en: prefix } }, cookie)).body.service.id);
    }
    const kiosk = (await json(`/api/branches/${branch.id}/devices`, { name: 'k', kind: 'kiosk', languages: ['en'] }, cookie)).body.token;
    ours = await measure(`${server.url}/api/branches/${branch.id}/tickets`, { authorization: `Bearer ${kiosk}` },
      serviceIds.map((id) => JSON.stringify({ serviceId: id })));
    // The server's own counter agrees: every answered issue is one it counted, plus at most the one per
    // connection still in flight when autocannon stopped.
    const issued = total(await scrape(server.url), 'callboard_tickets_issued_total', { branch: String(branch.id) });
    if (issued < ours.ok || issued > ours.ok + CONNECTIONS) {
      throw new Error(`autocannon saw ${ours.ok} tickets issued, the server counted ${issued}`);
    }
  } finally {
    await server.kill();
    data.remove();
  }
  const base = await startListening('bench/baseline-servers.ts', ['hono']);
  try {
    const baseline = await measure(`http://127.0.0.1:${base.port}/tickets`, {}, [JSON.stringify({ serviceId: 1 })]);
    return { per_s: ours.perSecond, baseline_per_s: baseline.perSecond, non2xx: ours.non2xx };
  } finally {
    await base.stop();
  }
}
