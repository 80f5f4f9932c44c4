/** Call to screen: N displays on the real protocol vs. a bare `ws` broadcast of the same payload size. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoCredentials } from '../server/services/demo-seed.ts';
import { DEMO_STAFF } from '../server/services/demo-seed.ts';
import { spawnServer } from '../tests/helpers/server-process.ts';
import { tempDataDir } from '../tests/helpers/temp-data-dir.ts';
import { runTs, startListening } from './processes.ts';

interface SideFigures {
  delivered: number;
  expected: number;
  p50: number;
  p99: number;
  max: number;
}

interface LoadResult {
  callboard: SideFigures;
  baseline: SideFigures;
  payloadBytes: number;
  serverRssMb: number;
}

export interface FanoutRow {
  displays: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  delivered: number;
  expected: number;
  baseline_p50_ms: number;
  baseline_p99_ms: number;
  rss_mb: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
/** The load process collects garbage between calls (load-displays.ts), so its own pauses stay out of both sides' figures. */
const LOAD_NODE_ARGS = ['--expose-gc'];

/** Callboard and the bare `ws` baseline, both listening, measured from one load process in alternating calls. */
async function run(displays: number, rounds: number): Promise<LoadResult> {
  const data = tempDataDir();
  const server = await spawnServer(data.dir, { CALLBOARD_LOG_LEVEL: 'error' });
  let base: Awaited<ReturnType<typeof startListening>> | null = null;
  try {
    base = await startListening('bench/baseline-servers.ts', ['ws']);
    const demo = JSON.parse(readFileSync(join(data.dir, 'demo-credentials.json'), 'utf8')) as DemoCredentials;
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(DEMO_STAFF),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    // One ticket per call, warm-up calls included (see load-displays.ts).
    for (let i = 0; i < rounds + 2; i++) {
      const res = await fetch(`${server.url}/api/branches/${demo.branchId}/tickets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${demo.kioskToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId: 1 }),
      });
      if (res.status !== 201) throw new Error(`issuing a ticket answered ${res.status}: ${await res.text()}`);
    }
    const out = await runTs(
      'bench/load-displays.ts',
      [server.url, `http://127.0.0.1:${base.port}`, String(displays), String(rounds), String(demo.branchId), demo.boardToken, String(demo.counterId), cookie],
      {},
      LOAD_NODE_ARGS,
    );
    return JSON.parse(out) as LoadResult;
  } finally {
    await base?.stop();
    await server.kill();
    data.remove();
  }
}

export async function benchFanout(sizes: number[]): Promise<FanoutRow[]> {
  const rows: FanoutRow[] = [];
  for (const displays of sizes) {
    // p99 over few rounds is the worst round's luck; small fleets get more rounds (each is cheap).
    const rounds = displays >= 5000 ? 10 : displays >= 1000 ? 30 : 60;
    const result = await run(displays, rounds);
    const ours = result.callboard;
    const base = result.baseline;
    rows.push({
      displays,
      p50_ms: round2(ours.p50),
      p99_ms: round2(ours.p99),
      max_ms: round2(ours.max),
      delivered: ours.delivered,
      expected: ours.expected,
      baseline_p50_ms: round2(base.p50),
      baseline_p99_ms: round2(base.p99),
      rss_mb: result.serverRssMb,
    });
  }
  return rows;
}
