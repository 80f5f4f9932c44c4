/**
 * The display load, as its own process: N displays on Callboard's protocol and N on a bare `ws` server,
 * both from this one process. Calls alternate between the two (a staff call-next over HTTP, then a
 * baseline trigger carrying a payload of the size of Callboard's call message), so a noisy moment on a
 * shared machine lands on both sides alike. Records, per socket and call, the time from sending the
 * trigger to receiving the call, and prints both sides' figures as JSON on stdout.
 *   <callboardUrl> <baselineUrl> <n> <rounds> <branchId> <boardToken> <counterId> <cookie>
 */
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../shared/protocol.ts';
import { scrape, total } from '../tests/helpers/metrics.ts';

const [callboardUrl, baselineUrl, nArg, roundsArg, branchId, boardToken, counterId, cookie] = process.argv.slice(2);
const n = Number(nArg);
const rounds = Number(roundsArg);

interface Side {
  sockets: WebSocket[];
  onMessage: (client: number, data: string) => void;
  latencies: number[];
  delivered: number;
}

const callboard: Side = { sockets: [], onMessage: () => {}, latencies: [], delivered: 0 };
const baseline: Side = { sockets: [], onMessage: () => {}, latencies: [], delivered: 0 };

async function open(side: Side, i: number): Promise<void> {
  const url = side === callboard ? `${callboardUrl!.replace(/^http/, 'ws')}/ws` : `${baselineUrl!.replace(/^http/, 'ws')}/`;
  const ws = new WebSocket(url, { perMessageDeflate: false });
  side.sockets.push(ws);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => {
      if (side === baseline) return resolve();
      ws.send(JSON.stringify({ type: 'hello', v: PROTOCOL_VERSION, auth: { kind: 'device', token: boardToken }, branchId: Number(branchId) }));
      ws.once('message', () => resolve()); // the snapshot
    });
    ws.once('error', reject);
  });
  ws.on('message', (data) => side.onMessage(i, String(data)));
}

// Connect in batches so the listen backlog is never the bottleneck being measured.
for (const side of [callboard, baseline]) {
  for (let i = 0; i < n; i += 200) {
    await Promise.all(Array.from({ length: Math.min(200, n - i) }, (_, j) => open(side, i + j)));
  }
}

// The server's own counters, as operators read them: every display live, and its memory while they are.
await new Promise((r) => setTimeout(r, 500));
const before = await scrape(callboardUrl!);
const live = total(before, 'callboard_displays_connected', { branch: branchId! });
if (live !== n) throw new Error(`the server counts ${live} live displays, not ${n}`);
const serverRssMb = Math.round((total(before, 'process_resident_memory_bytes') / 2 ** 20) * 10) / 10;

// The first calls in a fresh process pay for JIT compilation on both sides: not measured.
const WARMUP = 2;
// Calls at a branch come seconds apart; the gap lets each call's after-effects (stats a few hundred ms
// later, speech pre-synthesis) finish, so a round measures the call alone, as the baseline does.
const GAP_MS = 400;
let payloadBytes = 0;

/** One call on one side: resolves when every display of that side has it (or after 10 s). */
async function round(side: Side, measured: boolean): Promise<void> {
  const seen = new Uint8Array(n);
  let got = 0;
  let t0 = 0;
  const done = new Promise<void>((resolve) => {
    const timeout = setTimeout(resolve, 10_000);
    side.onMessage = (client, data) => {
      const isCall = side === baseline || data.includes('"ticket_called"');
      if (!isCall || seen[client]) return;
      seen[client] = 1;
      if (side === callboard) payloadBytes = Buffer.byteLength(data);
      if (measured) side.latencies.push(performance.now() - t0);
      got += 1;
      if (got === n) {
        clearTimeout(timeout);
        resolve();
      }
    };
  });
  t0 = performance.now();
  if (side === callboard) {
    const res = await fetch(`${callboardUrl}/api/counters/${counterId}/call-next`, { method: 'POST', headers: { cookie: cookie! } });
    if (res.status !== 200) throw new Error(`call-next answered ${res.status}`);
  } else {
    await fetch(`${baselineUrl}/trigger`, { method: 'POST', body: JSON.stringify({ size: payloadBytes }) });
  }
  await done;
  if (measured) side.delivered += got;
  // Pings and garbage collection go in the gap after a call, so their replies and pauses land in
  // neither side's next call (pongs arriving during a call would slow that side's reading).
  heartbeat();
  globalThis.gc?.();
  await new Promise((r) => setTimeout(r, GAP_MS));
}

// Displays ping every 10 s (P7; the server closes a display silent for 45 s): done here between calls.
let pingedAt = performance.now();
function heartbeat(): void {
  if (performance.now() - pingedAt < 10_000) return;
  pingedAt = performance.now();
  for (const ws of callboard.sockets) ws.send(JSON.stringify({ type: 'ping', t: Date.now() }));
}

// Callboard goes first in each pair: the baseline's payload takes the size of its call message.
for (let r = -WARMUP; r < rounds; r++) {
  await round(callboard, r >= 0);
  await round(baseline, r >= 0);
}

// Every call the displays saw is one the server counted.
const calls = total(await scrape(callboardUrl!), 'callboard_calls_total', { kind: 'call' }) - total(before, 'callboard_calls_total', { kind: 'call' });
if (calls !== rounds + WARMUP) throw new Error(`the server counted ${calls} calls, not ${rounds + WARMUP}`);

function figures(side: Side) {
  const sorted = side.latencies.sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return { delivered: side.delivered, expected: n * rounds, p50: pct(50), p99: pct(99), max: sorted.at(-1) ?? NaN };
}

console.log(JSON.stringify({ callboard: figures(callboard), baseline: figures(baseline), payloadBytes, serverRssMb }));
for (const s of [...callboard.sockets, ...baseline.sockets]) s.terminate();
process.exit(0);
