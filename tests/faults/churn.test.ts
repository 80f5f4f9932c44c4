import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import type { DemoCredentials } from '../../server/services/demo-seed.ts';
import { spawnServer } from '../helpers/server-process.ts';
import { scrape, total } from '../helpers/metrics.ts';
import { tempDataDir } from '../helpers/test-server.ts';

let data: ReturnType<typeof tempDataDir>;
afterEach(() => data?.remove());

const GC_PROBE = fileURLToPath(new URL('../helpers/gc-probe.mjs', import.meta.url));

/** The live heap after a full collection in the server process (see gc-probe.mjs). */
async function liveHeap(pid: number, file: string): Promise<number> {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  process.kill(pid, 'SIGUSR2');
  await expect.poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : '')).not.toBe(previous);
  return (JSON.parse(readFileSync(file, 'utf8')) as { heapUsed: number }).heapUsed;
}

/** Connects `n` displays (hello, snapshot), runs `whileOpen`, then closes them all. */
async function churn(url: string, n: number, branchId: number, token: string, whileOpen: () => Promise<void> = async () => {}) {
  const sockets = await Promise.all(
    Array.from({ length: n }, async () => {
      const ws = new WebSocket(url.replace(/^http/, 'ws') + '/ws');
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => ws.send(JSON.stringify({ type: 'hello', v: PROTOCOL_VERSION, auth: { kind: 'device', token }, branchId })));
        ws.once('message', () => resolve());
        ws.once('error', reject);
      });
      return ws;
    }),
  );
  await whileOpen();
  await Promise.all(sockets.map((ws) => new Promise((r) => (ws.once('close', r), ws.close()))));
}

/** Live sessions as /metrics counts them (what operators and the benchmark read). */
async function connectedCount(url: string): Promise<number> {
  return total(await scrape(url), 'callboard_displays_connected');
}

describe('connection churn', () => {
  it('1,000 displays connecting and disconnecting in a loop leave no sessions behind and no memory growth over 20%', async () => {
    data = tempDataDir();
    const heapFile = join(data.dir, 'heap.json');
    const server = await spawnServer(data.dir, { CALLBOARD_HEAP_FILE: heapFile }, 0, ['--expose-gc', '--import', GC_PROBE]);
    try {
      const demo = JSON.parse(readFileSync(join(data.dir, 'demo-credentials.json'), 'utf8')) as DemoCredentials;
      const pid = server.child.pid!;
      // One round first, so the heap has grown to its working size before we take the baseline.
      await churn(server.url, 1000, demo.branchId, demo.boardToken, async () => {
        expect(await connectedCount(server.url)).toBe(1000);
      });
      await expect.poll(() => connectedCount(server.url)).toBe(0);
      const before = await liveHeap(pid, heapFile);
      for (let round = 0; round < 5; round++) await churn(server.url, 1000, demo.branchId, demo.boardToken);
      await expect.poll(() => connectedCount(server.url)).toBe(0);
      // Nothing left queued for sockets that are gone.
      expect(total(await scrape(server.url), 'callboard_socket_send_queue_bytes', { stat: 'sum' })).toBe(0);
      const after = await liveHeap(pid, heapFile);
      expect(after / before).toBeLessThanOrEqual(1.2);
    } finally {
      await server.kill('SIGTERM');
    }
  });
});
