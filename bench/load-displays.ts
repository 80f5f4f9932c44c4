/**
 * The display load, as its own process: opens N sockets, then triggers R calls over HTTP and records,
 * per socket and call, the time from sending the trigger to receiving the call. Prints JSON on stdout.
 *   callboard <url> <n> <rounds> <branchId> <boardToken> <counterId> <cookie>
 *   baseline  <url> <n> <rounds> <payloadBytes>
 */
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../shared/protocol.ts';

const [mode, url, nArg, roundsArg, ...rest] = process.argv.slice(2);
const n = Number(nArg);
const rounds = Number(roundsArg);
const wsUrl = url!.replace(/^http/, 'ws') + (mode === 'callboard' ? '/ws' : '/');

let onMessage: (client: number, data: string) => void = () => {};
let connected = 0;
const sockets: WebSocket[] = [];

async function open(i: number): Promise<void> {
  const ws = new WebSocket(wsUrl, { perMessageDeflate: false });
  sockets.push(ws);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => {
      if (mode !== 'callboard') return resolve();
      const [branchId, token] = rest;
      ws.send(JSON.stringify({ type: 'hello', v: PROTOCOL_VERSION, auth: { kind: 'device', token }, branchId: Number(branchId) }));
      ws.once('message', () => resolve()); // the snapshot
    });
    ws.once('error', reject);
  });
  ws.on('message', (data) => onMessage(i, String(data)));
  connected += 1;
}

// Connect in batches so the listen backlog is never the bottleneck being measured.
for (let i = 0; i < n; i += 200) {
  await Promise.all(Array.from({ length: Math.min(200, n - i) }, (_, j) => open(i + j)));
}

// Memory of the server under test, read while every display is connected (pid passed by the runner).
const serverPid = Number(process.env.BENCH_SERVER_PID ?? 0);
let serverRssMb: number | null = null;
if (serverPid) {
  await new Promise((r) => setTimeout(r, 500));
  const status = readFileSync(`/proc/${serverPid}/status`, 'utf8');
  serverRssMb = Math.round((Number(status.match(/VmRSS:\s+(\d+)/)?.[1]) / 1024) * 10) / 10;
}

// The first calls in a fresh process pay for JIT compilation on both sides: not measured.
const WARMUP = 2;
// Calls at a branch come seconds apart; the gap lets each call's after-effects (stats a few hundred ms
// later, speech pre-synthesis) finish, so a round measures the call alone, as the baseline does.
const GAP_MS = 400;

const latencies: number[] = [];
let delivered = 0;
let payloadBytes = 0;
for (let round = -WARMUP; round < rounds; round++) {
  const seen = new Uint8Array(n);
  let got = 0;
  let t0 = 0;
  const done = new Promise<void>((resolve) => {
    const timeout = setTimeout(resolve, 10_000);
    onMessage = (client, data) => {
      const isCall = mode === 'callboard' ? data.includes('"ticket_called"') : true;
      if (!isCall || seen[client]) return;
      seen[client] = 1;
      payloadBytes = Buffer.byteLength(data);
      if (round >= 0) latencies.push(performance.now() - t0);
      got += 1;
      if (got === n) {
        clearTimeout(timeout);
        resolve();
      }
    };
  });
  t0 = performance.now();
  if (mode === 'callboard') {
    const [, , counterId, cookie] = rest;
    const res = await fetch(`${url}/api/counters/${counterId}/call-next`, { method: 'POST', headers: { cookie: cookie! } });
    if (res.status !== 200) throw new Error(`call-next answered ${res.status}`);
  } else {
    await fetch(`${url}/trigger`, { method: 'POST', body: JSON.stringify({ size: Number(rest[0]) }) });
  }
  await done;
  if (round >= 0) delivered += got;
  // The measuring process collects its garbage between calls, not during one (run with --expose-gc).
  globalThis.gc?.();
  await new Promise((r) => setTimeout(r, GAP_MS));
}

latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
console.log(
  JSON.stringify({
    connected,
    delivered,
    expected: n * rounds,
    p50: pct(50),
    p99: pct(99),
    max: latencies[latencies.length - 1] ?? NaN,
    payloadBytes,
    serverRssMb,
  }),
);
for (const s of sockets) s.terminate();
process.exit(0);
