/** Signage on a real board in Chromium: scheduled switching at a boundary, calls before content, offline boot. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../server/services/demo-seed.ts';
import { localParts } from '../../server/signage/local-time.ts';
import { useBrowser } from '../helpers/browser.ts';
import { TEST_ADMIN_PASSWORD, useTestServer } from '../helpers/test-server.ts';
import { tinyPng } from '../signage/media-fixtures.ts';

/** The server's clock runs shifted so a schedule boundary comes a few seconds after the board is up. */
let shift = 0;
const srv = useTestServer({}, { now: () => Date.now() + shift });
const browser = useBrowser();
let admin: string;

beforeAll(async () => {
  admin = await srv.login('admin', TEST_ADMIN_PASSWORD);
});

const demo = () => srv.server.demo!;
const base = () => `/api/branches/${demo().branchId}/signage`;

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${srv.url}${path}`, {
    method,
    headers: { cookie: admin, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as any;
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function upload(bytes: Uint8Array, name: string) {
  const res = await fetch(`${srv.url}/api/signage/uploads`, { method: 'POST', headers: { cookie: admin, 'x-file-name': name }, body: new Uint8Array(bytes) });
  return ((await res.json()) as any).item as { id: number; sha256: string };
}

const entry = (itemId: number, durationMs = 60_000) => ({ itemId, durationMs, transition: 'cut', validFrom: null, validTo: null });
const playlist = async (name: string, itemIds: number[]) => (await api('POST', `${base()}/playlists`, { name, items: itemIds.map((id) => entry(id)) })).playlist.id as number;

async function openBoard(): Promise<Page> {
  const page = await browser.newPage({ width: 1280, height: 720 });
  await page.goto(`${srv.url}/board/?branch=${demo().branchId}&token=${demo().boardToken}&hold=3`);
  await page.locator('cb-board header').waitFor();
  return page;
}
const shownItem = (page: Page) => page.locator('cb-content-zone .layer.on').getAttribute('data-item', { timeout: 1_000 }).catch(() => null);

/** A WebM recorded from an animated canvas by Chromium itself, so the tests need no ffmpeg. */
async function recordWebm(page: Page, ms: number): Promise<Uint8Array> {
  const b64 = await page.evaluate(async (duration) => {
    const canvas = Object.assign(document.createElement('canvas'), { width: 160, height: 90 });
    const g = canvas.getContext('2d')!;
    let frame = 0;
    const draw = setInterval(() => {
      g.fillStyle = `hsl(${(frame += 7) % 360} 80% 50%)`;
      g.fillRect(0, 0, 160, 90);
    }, 40);
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm;codecs=vp8' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise((r) => (recorder.onstop = r));
    recorder.start();
    await new Promise((r) => setTimeout(r, duration));
    recorder.stop();
    await stopped;
    clearInterval(draw);
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, ms);
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

describe('signage on the board', () => {
  it('plays the default playlist, then switches to a scheduled one at its boundary', async () => {
    const red = await upload(await tinyPng([220, 20, 20]), 'red.png');
    const blue = await upload(await tinyPng([20, 20, 220]), 'blue.png');
    const a = await playlist('Default', [red.id]);
    const b = await playlist('Lunch', [blue.id]);
    await api('PUT', `${base()}/settings`, { defaultPlaylistId: a, blankOutsideHours: false });
    // A minute boundary 20 s ahead on the server's clock, scheduled by cron in the branch's zone.
    const boundary = Math.ceil(Date.now() / 60_000) * 60_000 + 10 * 60_000;
    shift = boundary - 20_000 - Date.now();
    const tz = srv.server.app.deps.repos.setup.getBranch(demo().branchId)!.timezone;
    const p = localParts(boundary, tz);
    await api('POST', `${base()}/schedules`, {
      name: 'Lunch', playlistId: b, groups: null, validFrom: null, validTo: null, priority: 1,
      rule: { kind: 'cron', expression: `${p.minute} ${p.hour} * * *` },
    });
    const page = await openBoard();
    await expect.poll(() => shownItem(page), { timeout: 15_000 }).toBe(String(red.id));
    await expect.poll(() => shownItem(page), { timeout: 40_000 }).toBe(String(blue.id));
    // The switch was gapless: the new image was decoded before it was shown.
    expect(await page.locator('cb-content-zone .layer.on img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
    await page.close();
    shift = 0;
  });

  it('pauses a playing video while a call is presented, then resumes it where it was', async () => {
    const page = await openBoard();
    const video = await upload(await recordWebm(page, 8_000), 'clip.webm');
    expect(video.id).toBeGreaterThan(0);
    const clip = await playlist('Clip', [video.id]);
    await api('PUT', `${base()}/settings`, { defaultPlaylistId: clip, blankOutsideHours: false });
    // Schedules of the previous test must not hide the default.
    for (const s of (await api('GET', `${base()}/schedules`)).schedules) await api('DELETE', `${base()}/schedules/${s.id}`);
    const v = page.locator('cb-content-zone .layer.on video');
    await expect.poll(() => v.evaluate((el: HTMLVideoElement) => el.currentTime).catch(() => 0), { timeout: 30_000 }).toBeGreaterThan(1);

    const staff = await srv.login(DEMO_STAFF.username, DEMO_STAFF.password);
    await fetch(`${srv.url}/api/branches/${demo().branchId}/tickets`, {
      method: 'POST', headers: { authorization: `Bearer ${demo().kioskToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ serviceId: 1 }),
    });
    expect((await srv.post(`/api/counters/${demo().counterId}/call-next`, staff)).status).toBe(200);
    await expect.poll(() => v.evaluate((el: HTMLVideoElement) => el.paused)).toBe(true);
    const pausedAt = await v.evaluate((el: HTMLVideoElement) => el.currentTime);
    expect(pausedAt).toBeGreaterThan(0);
    // After the call (announcement + 3 s hold) the same video continues from where it stopped.
    await expect.poll(() => v.evaluate((el: HTMLVideoElement) => !el.paused), { timeout: 45_000 }).toBe(true);
    const resumedAt = await v.evaluate((el: HTMLVideoElement) => el.currentTime);
    expect(resumedAt).toBeGreaterThanOrEqual(pausedAt);
    expect(resumedAt).toBeLessThan(pausedAt + 3);
    await page.close();
  });

  it('shows a takeover pushed by the server at once, and returns to its content when it is cleared', async () => {
    const slide = (await api('POST', '/api/signage/items', { kind: 'text', name: 'Hello', html: '<h1>Welcome to the hall</h1><script>window.__owned = 1</script>' })).item;
    const news = (await api('POST', '/api/signage/items', { kind: 'ticker', name: 'News', text: 'Passport photos now on the 2nd floor' })).item;
    const p = await playlist('Slides', [slide.id, news.id]);
    await api('PUT', `${base()}/settings`, { defaultPlaylistId: p, blankOutsideHours: false });
    const page = await openBoard();
    await expect.poll(() => shownItem(page), { timeout: 15_000 }).toBe(String(slide.id));
    await expect.poll(() => page.locator('cb-content-zone .layer.on .slide').textContent()).toBe('Welcome to the hall');
    expect(await page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
    // A ticker item of the playlist runs in the board's news line, after the branch's own ticker.
    await expect.poll(() => page.locator('cb-ticker .track span').first().textContent()).toContain('Passport photos now on the 2nd floor');

    await api('POST', `${base()}/takeover`, { message: 'The office closes at 14:00 today', groups: null, until: null, speak: false });
    const takeover = page.locator('cb-content-zone .takeover');
    await expect.poll(() => takeover.isVisible()).toBe(true);
    expect(await takeover.textContent()).toBe('The office closes at 14:00 today');
    await api('DELETE', `${base()}/takeover`);
    await expect.poll(() => takeover.isVisible()).toBe(false);
    await expect.poll(() => shownItem(page)).toBe(String(slide.id));
    await page.close();
  });

  it('boots from its caches and keeps playing its content while the server is down', async () => {
    const green = await upload(await tinyPng([20, 200, 20]), 'green.png');
    const g = await playlist('Green', [green.id]);
    await api('PUT', `${base()}/settings`, { defaultPlaylistId: g, blankOutsideHours: false });
    const page = await openBoard();
    await expect.poll(() => shownItem(page), { timeout: 15_000 }).toBe(String(green.id));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await expect
      .poll(() => page.evaluate(async (sha) => !!(await (await caches.open('callboard-signage-v1')).match(`/signage/media/${sha}.png`)), green.sha256))
      .toBe(true);
    // The lazy player chunk must be cached too: load it once under the worker's control.
    await page.reload();
    await expect.poll(() => shownItem(page), { timeout: 15_000 }).toBe(String(green.id));

    const url = srv.url;
    await srv.server.close();
    await page.goto(`${url}/board/`);
    await expect.poll(() => shownItem(page), { timeout: 15_000 }).toBe(String(green.id));
    expect(await page.locator('cb-content-zone .layer.on img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
    await page.close();
  });
});
