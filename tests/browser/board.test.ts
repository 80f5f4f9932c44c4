import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol.ts';
import { DEMO_STAFF } from '../../server/services/demo-seed.ts';
import { launchBrowser, useBrowser } from '../helpers/browser.ts';
import { TEST_ADMIN_PASSWORD, useTestServer } from '../helpers/test-server.ts';

const srv = useTestServer();
const browser = useBrowser();
let staff: string;
const SHOTS = join(tmpdir(), 'callboard-screens');

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  staff = await srv.login(DEMO_STAFF.username, DEMO_STAFF.password);
});

const demo = () => srv.server.demo!;
const boardUrl = (extra = '') => `${srv.url}/board/?branch=${demo().branchId}&token=${demo().boardToken}&hold=2${extra}`;
const issue = (serviceId = 1) =>
  fetch(`${srv.url}/api/branches/${demo().branchId}/tickets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${demo().kioskToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId }),
  }).then(async (r) => (await r.json()) as { ticket: { code: string } });
const counterIds = () => srv.server.app.deps.repos.setup.listCounters(demo().branchId).map((c) => c.id);

/** Records every audio clip that starts playing, in order, without touching the page (no user activation). */
const RECORD_PLAYS = () => {
  const plays: string[] = [];
  (window as unknown as { __plays: string[] }).__plays = plays;
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    this.addEventListener('play', () => plays.push(new URL(this.currentSrc || this.src).pathname + new URL(this.currentSrc || this.src).search), { once: true });
    return play.call(this);
  };
};

async function openBoard(viewport = { width: 1920, height: 1080 }, extra = ''): Promise<Page> {
  const page = await browser.newPage(viewport);
  await page.addInitScript(RECORD_PLAYS);
  await page.goto(boardUrl(extra));
  await page.locator('cb-board header').waitFor();
  return page;
}

const currentCode = (page: Page) => page.locator('cb-current-call .code');

describe('the waiting-room board', () => {
  it('shows a call made by staff over HTTP', async () => {
    const page = await openBoard();
    const { ticket } = await issue();
    const res = await srv.post(`/api/counters/${demo().counterId}/call-next`, staff);
    expect(res.body.ticket.code).toBe(ticket.code);
    await expect.poll(() => currentCode(page).textContent()).toBe(ticket.code);
    await expect.poll(() => page.locator('cb-current-call .counter-number').textContent()).toBe('1');
    await page.close();
  });

  it('shows and announces two calls made at the same moment, each in turn, in order', async () => {
    const page = await openBoard();
    const a = await issue(1);
    const b = await issue(1);
    const [c1, c2] = counterIds();
    // Two counters call at once.
    const [r1, r2] = await Promise.all([srv.post(`/api/counters/${c1}/call-next`, staff), srv.post(`/api/counters/${c2}/call-next`, staff)]);
    const codes = [r1.body.ticket.code, r2.body.ticket.code].sort();
    expect(codes).toEqual([a.ticket.code, b.ticket.code].sort());
    const shown: string[] = [];
    await expect
      .poll(async () => {
        const code = await currentCode(page).textContent();
        // The board opens on the last call of an earlier test; only the two new calls count.
        if (code && codes.includes(code) && !shown.includes(code)) shown.push(code);
        return shown.length;
      }, { timeout: 60_000 })
      .toBe(2);
    // Announced in the order shown: chime, the first call in each language, chime, the second call.
    const plays = async () => page.evaluate(() => (window as unknown as { __plays: string[] }).__plays);
    await expect.poll(async () => (await plays()).filter((p) => p.startsWith('/speech/')).length, { timeout: 60_000 }).toBe(4);
    const order = (await plays()).filter((p) => p.startsWith('/media/') || p.startsWith('/speech/')).map((p) => (p.startsWith('/media/') ? 'chime' : `${new URLSearchParams(p.split('?')[1]).get('code')}:${new URLSearchParams(p.split('?')[1]).get('lang')}`));
    expect(order).toEqual(['chime', `${shown[0]}:en`, `${shown[0]}:es`, 'chime', `${shown[1]}:en`, `${shown[1]}:es`]);
    // The first has moved to the history, the second is the current call: nothing was overwritten.
    expect(await page.locator('cb-call-history .code').allTextContents()).toContain(shown[0]);
    expect(await currentCode(page).textContent()).toBe(shown[1]);
    await page.close();
  });

  it('shows the calls made while its socket was down, after it reconnects', async () => {
    const page = await openBoard();
    const x = await issue(2);
    const y = await issue(2);
    const [c1, c2] = counterIds();
    // Drop every socket and call in the same tick, before any display can reconnect.
    srv.server.app.sessions.closeAll(CloseCode.ServerShutdown, 'test drop');
    const called = [
      srv.server.app.services.queue.act(srv.server.app.deps.repos.tickets.byCode(demo().branchId, localDay(), x.ticket.code)!.id, { type: 'call', counterId: c1! }, { kind: 'system' }),
      srv.server.app.services.queue.act(srv.server.app.deps.repos.tickets.byCode(demo().branchId, localDay(), y.ticket.code)!.id, { type: 'call', counterId: c2! }, { kind: 'system' }),
    ].map((t) => t.code);
    // Each call is announced in turn (chime and two languages, several seconds each) before the next shows.
    const seen = async () => [...(await page.locator('cb-call-history .code').allTextContents()), (await currentCode(page).textContent()) ?? ''];
    await expect.poll(seen, { timeout: 60_000 }).toEqual(expect.arrayContaining(called));
    await page.close();
  });

  for (const viewport of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }]) {
    it(`is legible at ${viewport.width}×${viewport.height}: code at least 8% of the screen height, nothing overflowing`, async () => {
      const page = await openBoard(viewport);
      const { ticket } = await issue(3);
      await srv.post(`/api/counters/${counterIds()[2]}/call-next`, staff);
      await expect.poll(() => currentCode(page).textContent()).toBe(ticket.code);
      // Let the entrance animations (flash, fade) finish so the picture shows the resting screen.
      await page.evaluate(() => {
        const roots: (Document | ShadowRoot)[] = [document];
        for (let i = 0; i < roots.length; i++) {
          for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
        }
        const finite = roots.flatMap((r) => r.getAnimations()).filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
        return Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
      });
      await page.screenshot({ path: join(SHOTS, `board-${viewport.width}x${viewport.height}.png`) });
      const box = await currentCode(page).boundingBox();
      const glyphHeight = await currentCode(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * 0.7);
      expect(box!.height / viewport.height).toBeGreaterThanOrEqual(0.08);
      expect(glyphHeight / viewport.height).toBeGreaterThanOrEqual(0.08);
      const overflow = await page.evaluate(() => {
        const out: string[] = [];
        const { innerWidth: w, innerHeight: h } = window;
        if (document.documentElement.scrollWidth > w || document.documentElement.scrollHeight > h) out.push('page scrolls');
        const walk = (root: ParentNode) => {
          for (const el of root.querySelectorAll('*')) {
            // The ticker is a marquee: its track scrolls past a clipping window by design.
            if (el.tagName === 'CB-TICKER') continue;
            const r = el.getBoundingClientRect();
            if (r.width > 0 && (r.right > w + 1 || r.bottom > h + 1 || r.left < -1 || r.top < -1)) out.push(`${el.tagName}.${el.className}`);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        return out;
      });
      expect(overflow).toEqual([]);
      await page.close();
    });
  }

  it('applies settings an admin changes remotely, and reports its audio state', async () => {
    const page = await openBoard();
    const admin = await srv.login('admin', TEST_ADMIN_PASSWORD);
    const devices = async () =>
      ((await (await fetch(`${srv.url}/api/branches/${demo().branchId}/devices`, { headers: { cookie: admin } })).json()) as {
        devices: { id: number; name: string; online: boolean; status: { audio: string } | null }[];
      }).devices;
    await expect.poll(async () => (await devices()).find((d) => d.name === 'Waiting room TV')?.status?.audio).toBe('unlocked');
    const board = (await devices()).find((d) => d.name === 'Waiting room TV')!;
    await fetch(`${srv.url}/api/devices/${board.id}`, {
      method: 'PATCH',
      headers: { cookie: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ languages: ['fr'] }),
    });
    // The board switches its screen language to the one the admin chose.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await fetch(`${srv.url}/api/devices/${board.id}`, {
      method: 'PATCH',
      headers: { cookie: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ languages: ['en', 'es'] }),
    });
    await page.close();
  });
});

describe('a board whose browser blocks sound', () => {
  it('reports "blocked" to the server and offers "tap to enable sound"', async () => {
    const strict = await launchBrowser({ autoplay: false });
    try {
      const page = await strict.newPage({ width: 1280, height: 720 });
      await page.goto(boardUrl());
      const admin = await srv.login('admin', TEST_ADMIN_PASSWORD);
      // Observed from the server first: any locator or evaluate call would count as a user gesture.
      await expect
        .poll(async () => {
          const res = await fetch(`${srv.url}/api/branches/${demo().branchId}/devices`, { headers: { cookie: admin } });
          const list = ((await res.json()) as { devices: { name: string; status: { audio: string } | null }[] }).devices;
          return list.find((d) => d.name === 'Waiting room TV')?.status?.audio;
        })
        .toBe('blocked');
      await expect.poll(() => page.getByRole('button', { name: /sound/i }).count()).toBe(1);
    } finally {
      await strict.close();
    }
  });
});

function localDay() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: srv.server.app.deps.repos.setup.getBranch(demo().branchId)!.timezone }).format(Date.now());
}
