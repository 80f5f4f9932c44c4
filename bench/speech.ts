/** Time to the first audio byte of a call announcement: synthesized on demand (cold) and pre-synthesized. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from '../server/app.ts';
import { openDatabase } from '../server/db/client.ts';
import { seedDemo } from '../server/services/demo-seed.ts';
import { createSpeech } from '../server/speech/index.ts';

async function firstByteMs(app: ReturnType<typeof createApp>, path: string): Promise<number> {
  const t0 = performance.now();
  const res = await app.app.request(path);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  const reader = res.body!.getReader();
  await reader.read();
  const ms = performance.now() - t0;
  await reader.cancel();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchSpeech(samples = 15): Promise<{ cold_ms: number; warm_ms: number }> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'callboard-bench-speech-'));
  const speech = createSpeech({ cacheDir });
  const database = openDatabase(':memory:');
  const app = createApp({ database, speech, logger: pino({ level: 'silent' }) });
  try {
    const demo = (await seedDemo(app.deps, app.services.setup, app.services.auth))!;
    const issue = async () =>
      (await app.services.queue.issue(demo.branchId, { serviceId: 1, channel: 'kiosk', priority: 'normal', language: 'en' }, { kind: 'system' })).ticket;
    const cold: number[] = [];
    for (let i = 0; i < samples; i++) {
      cold.push(await firstByteMs(app, `/speech/call.wav?code=${(await issue()).code}&counter=${demo.counterId}&lang=en`));
    }
    // Pre-synthesized: with the counter open and its queue empty, each new ticket is the head of the
    // queue, so its call is spoken into the cache before anyone asks for it.
    app.services.queue.setCounterStatus(demo.counterId, 'open', null, { kind: 'system' });
    while (app.services.queue.callNext(demo.counterId, { kind: 'system' })) {}
    const warm: number[] = [];
    for (let i = 0; i < samples; i++) {
      const ticket = await issue();
      await new Promise((r) => setTimeout(r, 300));
      await speech.idle();
      warm.push(await firstByteMs(app, `/speech/call.wav?code=${ticket.code}&counter=${demo.counterId}&lang=en`));
      app.services.queue.callNext(demo.counterId, { kind: 'system' });
    }
    return { cold_ms: Math.round(median(cold) * 100) / 100, warm_ms: Math.round(median(warm) * 100) / 100 };
  } finally {
    app.close();
    await speech.close();
    database.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
