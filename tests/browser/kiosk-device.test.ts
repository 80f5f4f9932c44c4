/** The kiosk as a device: pairing by code, admin settings applied live, the out-of-service cover, the return to the start screen. */
import type { Page, WebSocketRoute } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, useBrowser } from '../helpers/browser.ts';
import { TEST_ADMIN_PASSWORD, useTestServer } from '../helpers/test-server.ts';

/** Waits for what arrives over the network (a snapshot, a poll), without timing anything. */
const LIVE = { timeout: 15_000 };

const srv = useTestServer();
const browser = useBrowser();
let admin: string;

beforeAll(async () => {
  admin = await srv.login('admin', TEST_ADMIN_PASSWORD);
});

const demo = () => srv.server.demo!;
const kioskUrl = () => `${srv.url}/kiosk/?token=${demo().kioskToken}&branch=${demo().branchId}`;
const serviceNamed = (name: string) => srv.server.app.deps.repos.setup.listServices(demo().branchId).find((s) => s.names.en === name)!;

function patchService(id: number, body: unknown) {
  return fetch(`${srv.url}/api/services/${id}`, {
    method: 'PATCH',
    headers: { cookie: admin, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.status);
}

async function openKiosk(before?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await browser.newPage({ width: 1080, height: 1920 });
  await page.addInitScript(() => (window.print = () => undefined));
  await before?.(page);
  await page.goto(kioskUrl());
  await page.getByRole('heading', { name: 'Welcome' }).waitFor();
  return page;
}

describe('the kiosk as a device', () => {
  it('covers the screen with "Out of service" while the server is unreachable, and comes back by itself with what changed meanwhile', async () => {
    let cut = false;
    const sockets: WebSocketRoute[] = [];
    const page = await openKiosk((p) =>
      p.routeWebSocket(/\/ws$/, (ws) => {
        if (cut) return void ws.close({ code: 1001 });
        sockets.push(ws);
        ws.connectToServer();
      }),
    );
    const outage = page.getByRole('heading', { name: 'Out of service' });
    await page.getByRole('button', { name: /^English/ }).click();
    cut = true;
    for (const ws of sockets) await ws.close({ code: 1001 });
    await outage.waitFor();
    expect(await page.getByText('Please ask at the desk.').isVisible()).toBe(true);
    // Set-up changes while the kiosk is away reach it when it resumes.
    const payments = serviceNamed('Payments');
    expect(await patchService(payments.id, { active: false })).toBe(200);
    try {
      cut = false;
      await outage.waitFor({ state: 'detached', timeout: 30_000 });
      // Whoever was mid-way has gone to the desk: the kiosk starts over.
      expect(await page.getByRole('heading', { name: 'Welcome' }).isVisible()).toBe(true);
      await page.getByRole('button', { name: /^English/ }).click();
      await page.getByRole('button', { name: /^General enquiries/ }).waitFor();
      await expect.poll(() => page.getByRole('button', { name: /^Payments/ }).count(), LIVE).toBe(0);
    } finally {
      await patchService(payments.id, { active: true });
    }
    await page.close();
  });

  it('pairs by code on first start and offers the languages the admin set for it, first to last', async () => {
    const fresh = await launchBrowser();
    try {
      const page = await fresh.newPage({ width: 1080, height: 1920 });
      await page.goto(`${srv.url}/kiosk/`);
      const code = page.locator('cb-pairing-code .code');
      await expect.poll(() => code.textContent(), LIVE).toMatch(/^[A-Z0-9-]{6,12}$/);
      const paired = await fetch(`${srv.url}/api/branches/${demo().branchId}/devices/pair`, {
        method: 'POST',
        headers: { cookie: admin, 'content-type': 'application/json' },
        body: JSON.stringify({ code: await code.textContent(), name: 'Second kiosk', kind: 'kiosk', languages: ['fr', 'en'] }),
      });
      expect(paired.status).toBe(201);
      const { device } = (await paired.json()) as { device: { id: number } };
      await page.getByRole('heading', { name: 'Bienvenue' }).waitFor(LIVE);
      expect(await page.locator('cb-kiosk-languages .lang .name').first().textContent()).toBe('Français');
      // A change in the admin app reaches the running kiosk.
      await fetch(`${srv.url}/api/devices/${device.id}`, {
        method: 'PATCH',
        headers: { cookie: admin, 'content-type': 'application/json' },
        body: JSON.stringify({ languages: ['de'] }),
      });
      await page.getByRole('heading', { name: 'Willkommen' }).waitFor(LIVE);
    } finally {
      await fresh.close();
    }
  });

  it('returns to the start screen when left alone', async () => {
    const page = await browser.newPage({ width: 1080, height: 1920 });
    await page.clock.install();
    await page.goto(kioskUrl());
    await page.getByRole('button', { name: /^Español/ }).click();
    await page.getByRole('heading', { name: '¿En qué podemos ayudarle?' }).waitFor();
    await page.clock.fastForward(31_000);
    await page.getByRole('heading', { name: 'Welcome' }).waitFor();
    await page.close();
  });
});
