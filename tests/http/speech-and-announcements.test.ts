import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSpeech, type Speech } from '../../server/speech/index.ts';
import { parseWav } from '../../server/speech/wav.ts';
import { ADMIN_PASSWORD, STAFF_PASSWORD, makeTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let speech: Speech;
let cacheDir: string;
let staff: string;

beforeEach(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'callboard-speech-'));
  speech = createSpeech({ cacheDir });
  t = await makeTestApp({ speech });
  staff = await t.login('staff', STAFF_PASSWORD);
});
afterEach(async () => {
  t.close();
  await speech.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

const issue = async (language: string | null = null) =>
  (await t.call('POST', `/api/branches/${t.branch.id}/tickets`, { bearer: t.kioskToken, body: { serviceId: t.serviceA.id, language } })).body
    .ticket;

async function wav(path: string) {
  const res = await t.cb.app.request(path);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('spoken calls over HTTP', () => {
  it('serves a real WAV for a call of a ticket that exists, with cache headers, then from the cache', async () => {
    const ticket = await issue('es');
    const path = `/speech/call.wav?code=${ticket.code}&counter=${t.counter1.id}&lang=es`;
    const first = await wav(path);
    expect(first.res.status).toBe(200);
    expect(first.res.headers.get('content-type')).toBe('audio/wav');
    expect(first.res.headers.get('cache-control')).toContain('max-age');
    const info = parseWav(first.bytes);
    expect(info.durationMs).toBeGreaterThan(500);
    const before = speech.stats().hits;
    const second = await wav(path);
    expect(second.res.status).toBe(200);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(speech.stats().hits).toBe(before + 1);
    const revalidate = await t.cb.app.request(path, { headers: { 'if-none-match': first.res.headers.get('etag')! } });
    expect(revalidate.status).toBe(304);
  });

  it('refuses to synthesize what is not a real call: unknown ticket 404, malformed code or language 400', async () => {
    await issue();
    expect((await t.call('GET', `/speech/call.wav?code=Z999&counter=${t.counter1.id}&lang=en`)).status).toBe(404);
    expect((await t.call('GET', `/speech/call.wav?code=A001&counter=999&lang=en`)).status).toBe(404);
    const bad = await t.call('GET', `/speech/call.wav?code=<x>&counter=${t.counter1.id}&lang=en`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_request');
    expect((await t.call('GET', `/speech/call.wav?code=A001&counter=${t.counter1.id}&lang=../../etc`)).status).toBe(400);
    expect((await t.call('GET', `/speech/${'0'.repeat(64)}.wav`)).status).toBe(404);
  });

  it('pre-synthesizes the next call of each open counter, so the call is a cache hit', async () => {
    await t.call('POST', `/api/counters/${t.counter1.id}/status`, { cookie: staff, body: { status: 'open' } });
    const ticket = await issue('fr');
    // The prewarm runs shortly after the change; wait until it has synthesized and gone idle.
    await new Promise((r) => setTimeout(r, 400));
    await speech.idle();
    const misses = speech.stats().misses;
    expect(misses).toBeGreaterThanOrEqual(2); // French (the visitor's) and English (the branch's first)
    const res = await t.cb.app.request(`/speech/call.wav?code=${ticket.code}&counter=${t.counter1.id}&lang=fr`);
    expect(res.status).toBe(200);
    expect(speech.stats().misses).toBe(misses);
  });
});

describe('announcements', () => {
  it('staff announce free text: stored, published to the branch, and spoken on request', async () => {
    const res = await t.call('POST', `/api/branches/${t.branch.id}/announcements`, {
      cookie: staff,
      body: { text: 'The office closes in 15 minutes.', language: 'en' },
    });
    expect(res.status).toBe(201);
    expect(res.body.announcement).toMatchObject({ text: 'The office closes in 15 minutes.', language: 'en', group: null });
    const audio = await wav(`/speech/announcement/${res.body.announcement.id}.wav`);
    expect(audio.res.status).toBe(200);
    expect(parseWav(audio.bytes).durationMs).toBeGreaterThan(1000);
  });

  it('limits length and refuses empty text', async () => {
    const long = await t.call('POST', `/api/branches/${t.branch.id}/announcements`, { cookie: staff, body: { text: 'x'.repeat(501) } });
    expect(long.status).toBe(400);
    const empty = await t.call('POST', `/api/branches/${t.branch.id}/announcements`, { cookie: staff, body: { text: '   ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('announcement_empty');
    const nobody = await t.call('POST', `/api/branches/${t.branch.id}/announcements`, { body: { text: 'hi' } });
    expect(nobody.status).toBe(401);
  });

  it('admins save announcements that staff pick by id', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const saved = await t.call('POST', `/api/branches/${t.branch.id}/saved-announcements`, {
      cookie: admin,
      body: { title: 'Closing', text: 'We close in ten minutes.', language: 'en' },
    });
    expect(saved.status).toBe(201);
    const list = await t.call('GET', `/api/branches/${t.branch.id}/saved-announcements`, { cookie: staff });
    expect(list.body.saved).toHaveLength(1);
    const made = await t.call('POST', `/api/branches/${t.branch.id}/announcements`, { cookie: staff, body: { savedId: saved.body.saved.id } });
    expect(made.body.announcement.text).toBe('We close in ten minutes.');
    expect((await t.call('POST', `/api/branches/${t.branch.id}/saved-announcements`, { cookie: staff, body: { title: 'x', text: 'y', language: 'en' } })).status).toBe(403);
  });
});
