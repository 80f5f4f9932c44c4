/** Signage over HTTP: playlists and schedules resolve into a display's manifest; takeover; proof of play. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, makeTestApp, manualClock, type Clock, type TestApp } from '../helpers/test-app.ts';
import { tinyPng } from './media-fixtures.ts';

let t: TestApp;
let clock: Clock;
let dataDir: string;
let admin: string;

// Monday 2026-12-07 07:00 in Madrid (UTC+1).
const MONDAY_7 = Date.UTC(2026, 11, 7, 6, 0);

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'callboard-signage-'));
  clock = manualClock(MONDAY_7);
  t = await makeTestApp({ dataDir, now: clock.now });
  admin = await t.login('admin', ADMIN_PASSWORD);
});
afterEach(() => {
  t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function setUp() {
  const res = await t.cb.app.request('/api/signage/uploads', { method: 'POST', headers: { cookie: admin, 'x-file-name': 'a.png' }, body: new Uint8Array(await tinyPng()) });
  const image = (await res.json()).item;
  const slide = (await t.call('POST', '/api/signage/items', { cookie: admin, body: { kind: 'text', name: 'Hi', html: '<p>Welcome</p>' } })).body.item;
  const item = (id: number) => ({ itemId: id, durationMs: 8000, transition: 'fade', validFrom: null, validTo: null });
  const base = `/api/branches/${t.branch.id}/signage`;
  const morning = (await t.call('POST', `${base}/playlists`, { cookie: admin, body: { name: 'Morning', items: [item(image.id), item(slide.id)] } })).body.playlist;
  const fallback = (await t.call('POST', `${base}/playlists`, { cookie: admin, body: { name: 'Default', items: [item(slide.id)] } })).body.playlist;
  expect((await t.call('PUT', `${base}/settings`, { cookie: admin, body: { defaultPlaylistId: fallback.id, blankOutsideHours: false } })).status).toBe(200);
  const schedule = { name: 'Weekday mornings', playlistId: morning.id, groups: null, validFrom: null, validTo: null, priority: 1 };
  const created = await t.call('POST', `${base}/schedules`, { cookie: admin, body: { ...schedule, rule: { kind: 'daypart', days: [1, 2, 3, 4, 5], from: '08:00', to: '12:00' } } });
  expect(created.status).toBe(200);
  return { base, image, slide, morning, fallback, schedule };
}

describe('signage API', () => {
  it('gives a board the manifest of its next 24 h with every file, hash and size', async () => {
    const { image, morning, fallback } = await setUp();
    const m = (await t.call('GET', '/api/signage/manifest', { bearer: t.boardToken })).body;
    expect(m.segments.slice(0, 3).map((s: { playlistId: number }) => s.playlistId)).toEqual([fallback.id, morning.id, fallback.id]);
    expect(m.segments[1].from).toBe(Date.UTC(2026, 11, 7, 7, 0));
    expect(m.files).toEqual([{ src: `/signage/media/${image.sha256}.png`, sha256: image.sha256, size: image.size }]);
    expect(m.playlists[morning.id].map((i: { kind: string }) => i.kind)).toEqual(['image', 'text']);
    // Same content later in the same segment: same rev; past the boundary: a new one.
    clock.advance(10 * 60_000);
    expect((await t.call('GET', '/api/signage/manifest', { bearer: t.boardToken })).body.rev).toBe(m.rev);
    clock.set(Date.UTC(2026, 11, 7, 7, 1));
    expect((await t.call('GET', '/api/signage/manifest', { bearer: t.boardToken })).body.rev).not.toBe(m.rev);
  });

  it('refuses a cron expression node-cron does not accept', async () => {
    const { base, schedule } = await setUp();
    const bad = await t.call('POST', `${base}/schedules`, { cookie: admin, body: { ...schedule, rule: { kind: 'cron', expression: '61 * * * * *' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_cron');
  });

  it('replaces a playlist and removes a schedule, and the manifest follows', async () => {
    const { base, slide, morning, fallback } = await setUp();
    const one = [{ itemId: slide.id, durationMs: 5000, transition: 'cut', validFrom: null, validTo: null }];
    expect((await t.call('PUT', `${base}/playlists/${morning.id}`, { cookie: admin, body: { name: 'Morning', items: one } })).status).toBe(200);
    const [schedule] = (await t.call('GET', `${base}/schedules`, { cookie: admin })).body.schedules;
    expect((await t.call('DELETE', `${base}/schedules/${schedule.id}`, { cookie: admin })).status).toBe(200);
    const m = (await t.call('GET', '/api/signage/manifest', { bearer: t.boardToken })).body;
    expect(m.segments.map((s: { playlistId: number }) => s.playlistId)).toEqual([fallback.id]);
    expect(m.files).toEqual([]);
  });

  it('replaces a schedule with the same checks as adding one, and the manifest follows', async () => {
    const { base, morning, fallback, schedule } = await setUp();
    const [created] = (await t.call('GET', `${base}/schedules`, { cookie: admin })).body.schedules;
    // Monday 07:00: the 08:00–12:00 schedule has not started; moved to 07:00–09:00 it plays now.
    const before = (await t.call('GET', '/api/signage/manifest', { bearer: t.boardToken })).body;
    expect(before.segments[0].playlistId).toBe(fallback.id);
    const rule = { kind: 'daypart', days: [1, 2, 3, 4, 5], from: '07:00', to: '09:00' };
    const saved = await t.call('PUT', `${base}/schedules/${created.id}`, { cookie: admin, body: { ...schedule, name: 'Early mornings', rule } });
    expect(saved.status).toBe(200);
    expect(saved.body.schedule).toMatchObject({ id: created.id, name: 'Early mornings', rule });
    expect((await t.call('GET', '/api/signage/manifest', { bearer: t.boardToken })).body.segments[0].playlistId).toBe(morning.id);

    const backwards = await t.call('PUT', `${base}/schedules/${created.id}`, { cookie: admin, body: { ...schedule, rule, validFrom: '2027-05-01', validTo: '2027-04-01' } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.code).toBe('invalid_dates');
    const badCron = await t.call('PUT', `${base}/schedules/${created.id}`, { cookie: admin, body: { ...schedule, rule: { kind: 'cron', expression: 'not cron' } } });
    expect(badCron.status).toBe(400);
    expect((await t.call('PUT', `${base}/schedules/99999`, { cookie: admin, body: { ...schedule, rule } })).status).toBe(404);
    expect((await t.call('GET', `${base}/schedules`, { cookie: admin })).body.schedules[0].name).toBe('Early mornings');
  });

  it('refuses a playlist entry for an unknown item or with its dates backwards, on create and on replace', async () => {
    const { base, slide, morning } = await setUp();
    const entry = (itemId: number, validFrom: string | null = null, validTo: string | null = null) => ({ itemId, durationMs: 5000, transition: 'cut', validFrom, validTo });
    for (const [method, path] of [['POST', `${base}/playlists`], ['PUT', `${base}/playlists/${morning.id}`]] as const) {
      const unknown = await t.call(method, path, { cookie: admin, body: { name: 'X', items: [entry(slide.id), entry(9999)] } });
      expect(unknown.status, method).toBe(404);
      const backwards = await t.call(method, path, { cookie: admin, body: { name: 'X', items: [entry(slide.id, '2027-03-01', '2027-02-01')] } });
      expect(backwards.status, method).toBe(400);
      expect(backwards.body.error).toEqual({ code: 'invalid_dates', message: 'item 1 ("Hi") is valid until 2027-02-01, before it starts on 2027-03-01' });
    }
    // Nothing of the refused replacements was stored.
    const stored = (await t.call('GET', `${base}/playlists`, { cookie: admin })).body.playlists.find((p: { id: number }) => p.id === morning.id);
    expect(stored.items).toHaveLength(2);
  });

  it('deletes playlists and library items only when nothing uses them, saying what does', async () => {
    const { base, image, slide, morning, fallback } = await setUp();
    const scheduled = await t.call('DELETE', `${base}/playlists/${morning.id}`, { cookie: admin });
    expect(scheduled.status).toBe(409);
    expect(scheduled.body.error).toEqual({ code: 'playlist_in_use', message: 'it is used by schedule "Weekday mornings": change that first' });
    const theDefault = await t.call('DELETE', `${base}/playlists/${fallback.id}`, { cookie: admin });
    expect(theDefault.status).toBe(409);
    expect(theDefault.body.error.message).toBe("it is used by the branch's default playlist: change that first");
    const inUse = await t.call('DELETE', `/api/signage/items/${slide.id}`, { cookie: admin });
    expect(inUse.status).toBe(409);
    expect(inUse.body.error).toEqual({ code: 'item_in_use', message: 'remove it from "Morning", "Default" first' });

    const [schedule] = (await t.call('GET', `${base}/schedules`, { cookie: admin })).body.schedules;
    await t.call('DELETE', `${base}/schedules/${schedule.id}`, { cookie: admin });
    expect((await t.call('DELETE', `${base}/playlists/${morning.id}`, { cookie: admin })).status).toBe(200);
    expect((await t.call('DELETE', `/api/signage/items/${image.id}`, { cookie: admin })).status).toBe(200);
    const items = (await t.call('GET', '/api/signage/items', { cookie: admin })).body.items.map((i: { id: number }) => i.id);
    expect(items).toEqual([slide.id]);
    expect((await t.call('DELETE', `/api/signage/items/${image.id}`, { cookie: admin })).status).toBe(404);
  });

  it('previews what a group shows at a time T', async () => {
    const { base, morning } = await setUp();
    const at = Date.UTC(2026, 11, 8, 9, 0); // Tuesday 10:00 Madrid
    const p = (await t.call('GET', `${base}/preview?group=main&at=${at}`, { cookie: admin })).body;
    expect(p.segments[0]).toMatchObject({ from: at, playlistId: morning.id });
  });

  it('takes over the screens with a message until cleared', async () => {
    const { base } = await setUp();
    const on = await t.call('POST', `${base}/takeover`, { cookie: admin, body: { message: 'Closing early today', groups: null, until: null, speak: false } });
    expect(on.status).toBe(200);
    expect((await t.call('GET', '/api/signage/manifest', { bearer: t.boardToken })).body.takeover).toMatchObject({ message: 'Closing early today' });
    await t.call('DELETE', `${base}/takeover`, { cookie: admin });
    expect((await t.call('GET', '/api/signage/manifest', { bearer: t.boardToken })).body.takeover).toBeNull();
  });

  it('blanks the screens outside opening hours when asked to', async () => {
    const { base, fallback } = await setUp();
    // Every service opens weekdays 09:00–17:00 (Madrid); Monday 07:00 is before opening.
    const hours = JSON.stringify({ mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] });
    t.database.sqlite.prepare('update services set opening_hours = ?').run(hours);
    await t.call('PUT', `${base}/settings`, { cookie: admin, body: { defaultPlaylistId: fallback.id, blankOutsideHours: true } });
    const m = (await t.call('GET', '/api/signage/manifest', { bearer: t.boardToken })).body;
    const at = (t: number) => m.segments.find((s: { from: number; to: number }) => s.from <= t && t < s.to);
    expect(at(Date.UTC(2026, 11, 7, 6, 0))).toMatchObject({ blank: true }); // 07:00 Madrid
    expect(at(Date.UTC(2026, 11, 7, 7, 30))).toMatchObject({ blank: true }); // 08:30: scheduled, but closed
    expect(at(Date.UTC(2026, 11, 7, 8, 0))).toMatchObject({ blank: false, from: Date.UTC(2026, 11, 7, 8, 0) }); // opens 09:00
    expect(at(Date.UTC(2026, 11, 7, 16, 0))).toMatchObject({ blank: true, from: Date.UTC(2026, 11, 7, 16, 0) }); // closes 17:00
  });

  it('counts plays a display reports', async () => {
    const { base, image, morning } = await setUp();
    const plays = [0, 1, 2].map((i) => ({ itemId: image.id, playlistId: morning.id, startedAt: MONDAY_7 + i * 8000, durationMs: 8000 }));
    expect((await t.call('POST', '/api/signage/plays', { bearer: t.boardToken, body: { plays } })).status).toBe(200);
    const counts = (await t.call('GET', `${base}/plays?since=0`, { cookie: admin })).body.plays;
    expect(counts).toEqual([{ itemId: image.id, plays: 3, lastAt: MONDAY_7 + 16000 }]);
  });
});
