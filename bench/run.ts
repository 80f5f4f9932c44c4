/** `npm run bench`: every benchmark beside its baseline, as a table and as bench/results/latest.json. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { boardBrotliBytes, boardGzipBytes } from './bundle.ts';
import { benchCallNext } from './call-next.ts';
import { benchFanout } from './fanout.ts';
import { benchSpeech } from './speech.ts';
import { benchThroughput } from './throughput.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : NaN);

const results: Record<string, unknown> = {};
const table: [string, string, string, string][] = [];

// The apps (for the bundle) and the compiled server (what `npm start` runs, and what the benchmarks spawn).
if (['bundle', 'fanout', 'throughput'].some(wanted)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });

if (wanted('bundle')) {
  const bytes = boardGzipBytes();
  results.bundle = { board_gzip_bytes: bytes };
  const served = `${(boardBrotliBytes() / 1024).toFixed(1)} KB as served (Brotli)`;
  table.push(['board JS+CSS gzip', `${(bytes / 1024).toFixed(1)} KB (${bytes} B); ${served}`, 'budget 30 KB', `${ratio(bytes, 30 * 1024)} of budget`]);
}
if (wanted('fanout')) {
  const rows = await benchFanout([100, 1000, 5000]);
  results.fanout = rows.map(({ rss_mb: _rss, ...row }) => row);
  for (const r of rows) {
    table.push([
      `call → screen, ${r.displays} displays`,
      `p50 ${r.p50_ms} ms, p99 ${r.p99_ms} ms, max ${r.max_ms} ms, ${r.delivered}/${r.expected}`,
      `bare ws p50 ${r.baseline_p50_ms} ms, p99 ${r.baseline_p99_ms} ms`,
      `p99 ×${ratio(r.p99_ms, r.baseline_p99_ms)} (target ≤ 1.15)`,
    ]);
  }
  const big = rows.find((r) => r.displays === 5000);
  if (big) {
    results.memory = { displays: 5000, rss_mb: big.rss_mb };
    table.push(['server RSS, 5000 displays', `${big.rss_mb} MB`, 'budget 250 MB', `${ratio(big.rss_mb, 250)} of budget`]);
  }
}
if (wanted('throughput')) {
  const t = await benchThroughput();
  results.issue_throughput = { per_s: t.per_s, baseline_per_s: t.baseline_per_s };
  table.push(['ticket issue (durable), 10 conns', `${t.per_s}/s (${t.non2xx} non-2xx)`, `bare Hono POST ${t.baseline_per_s}/s`, `×${ratio(t.per_s, t.baseline_per_s)} (target ≥ 0.5)`]);
}
if (wanted('call-next')) {
  const c = await benchCallNext();
  results.call_next = c;
  table.push([
    'call-next median',
    `${c.history_large} past: ${c.large_ms} ms`,
    `${c.history_small} past: ${c.small_ms} ms`,
    `×${ratio(c.large_ms, c.small_ms)} (target ≤ 1.2)`,
  ]);
}
if (wanted('speech')) {
  const s = await benchSpeech();
  results.speech = s;
  table.push(['speech, first audio byte', `cold ${s.cold_ms} ms`, `pre-synthesized ${s.warm_ms} ms`, `×${ratio(s.cold_ms, s.warm_ms)} faster warm`]);
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...table.map((r) => r[i]!.length), 8));
console.log(['benchmark', 'callboard', 'baseline', 'ratio'].map((h, i) => h.padEnd(widths[i]!)).join('  '));
for (const row of table) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));

mkdirSync(`${ROOT}/bench/results`, { recursive: true });
writeFileSync(`${ROOT}/bench/results/latest.json`, JSON.stringify(results, null, 2) + '\n');
console.log('\nwritten to bench/results/latest.json');
