/** Hostile text in every field that reaches a screen is shown as text on the board and the staff console, never run. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../server/services/demo-seed.ts';
import { useBrowser } from '../helpers/browser.ts';
import { TEST_ADMIN_PASSWORD, useTestServer } from '../helpers/test-server.ts';

/** Each payload tags what it would inject with data-xss, and reaches for a foreign host, so success is visible. */
const PAYLOADS = [
  '<img data-xss src=x onerror=alert(1)>',
  '<script data-xss>alert(2)</script>',
  '"><svg data-xss onload=alert(3)>',
  "'><iframe data-xss src=javascript:alert(4)>",
  '<a data-xss href="javascript:alert(5)">x</a>',
  '<img data-xss src="http://evil.example/p.png">',
  '{{constructor.constructor("alert(6)")()}}',
  '<style data-xss>@import "http://evil.example/s.css";</style>',
  '<math><mtext><table><mglyph><style><img data-xss src=x onerror=alert(7)>',
  '${alert(8)}<x data-xss onmouseover=alert(9)>',
];

const srv = useTestServer();
const browser = useBrowser();
let admin: string;
let staff: string;

const demo = () => srv.server.demo!;
const repos = () => srv.server.app.deps.repos;

async function send(method: string, path: string, cookie: string, body?: unknown) {
  const res = await fetch(`${srv.url}${path}`, {
    method,
    headers: { cookie, 'x-callboard-csrf': '1', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as any;
}

beforeAll(async () => {
  admin = await srv.login('admin', TEST_ADMIN_PASSWORD);
  staff = await srv.login(DEMO_STAFF.username, DEMO_STAFF.password);
  const branchId = demo().branchId;
  await send('PATCH', `/api/branches/${branchId}`, admin, { name: PAYLOADS[0]!.slice(0, 80), ticker: PAYLOADS.join(' ') });
  for (const [i, service] of repos().setup.listServices(branchId).entries()) {
    await send('PATCH', `/api/services/${service.id}`, admin, { names: { en: PAYLOADS[(i + 1) % PAYLOADS.length]! } });
  }
  for (const [i, counter] of repos().setup.listCounters(branchId).entries()) {
    await send('PATCH', `/api/counters/${counter.id}`, admin, { name: PAYLOADS[(i + 2) % PAYLOADS.length]!.slice(0, 60) });
  }
});

interface Watch {
  page: Page;
  dialogs: string[];
  foreign: string[];
}

async function watch(path: string): Promise<Watch> {
  const page = await browser.newPage({ width: 1920, height: 1080 });
  const w: Watch = { page, dialogs: [], foreign: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  const own = new URL(srv.url).host;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== own) w.foreign.push(r.url());
  });
  await page.goto(`${srv.url}${path}`);
  return w;
}

/** Elements a payload would have created, and event-handler attributes, searched through every shadow root. */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const attrs = [...el.attributes].map((a) => a.name);
        if (attrs.includes('data-xss') || attrs.some((a) => a.startsWith('on'))) found.push(el.outerHTML.slice(0, 120));
        if (el.tagName === 'A' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) found.push(el.outerHTML.slice(0, 120));
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

/** All text rendered in the page, shadow roots included. */
function allText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return parts.join(' ');
  });
}

async function expectInert(w: Watch) {
  await w.page.mouse.move(400, 300);
  await w.page.mouse.move(1200, 700);
  expect(w.dialogs).toEqual([]);
  expect(w.foreign).toEqual([]);
  expect(await injected(w.page)).toEqual([]);
}

describe('hostile text reaches the screens as text', () => {
  it('the detector itself sees markup injected into a shadow root (control)', async () => {
    const w = await watch(`/board/?branch=${demo().branchId}&token=${demo().boardToken}`);
    await w.page.locator('cb-board header').waitFor();
    await w.page.evaluate((p) => {
      document.querySelector('cb-board')!.shadowRoot!.append(Object.assign(document.createElement('div'), { innerHTML: p }));
    }, PAYLOADS[0]!);
    expect(await injected(w.page)).toHaveLength(1);
    await w.page.close();
  });

  it('the board shows the branch name, services, counter, announcement and ticker literally', async () => {
    const w = await watch(`/board/?branch=${demo().branchId}&token=${demo().boardToken}&hold=2`);
    await w.page.locator('cb-board header').waitFor();
    const service = repos().setup.listServices(demo().branchId)[0]!;
    await send('POST', `/api/branches/${demo().branchId}/tickets`, staff, { serviceId: service.id });
    await send('POST', `/api/counters/${demo().counterId}/call-next`, staff);
    await send('POST', `/api/branches/${demo().branchId}/announcements`, staff, { text: PAYLOADS.slice(3, 7).join(' ') });
    await w.page.locator('cb-announcement-banner').getByText('javascript:alert(5)', { exact: false }).first().waitFor();
    await expect.poll(() => allText(w.page)).toContain('onerror=alert(1)');
    await expectInert(w);
    await w.page.close();
  });

  it('a signage text slide built from the whole corpus shows inert on the board', async () => {
    const base = `/api/branches/${demo().branchId}/signage`;
    const html = `<p style="color: #ff0000">${PAYLOADS.join('<br>')}</p><object data-xss data="http://evil.example/x"></object>`;
    const item = (await send('POST', '/api/signage/items', admin, { kind: 'text', name: 'Hostile', html })).item;
    const entry = { itemId: item.id, durationMs: 60_000, transition: 'cut', validFrom: null, validTo: null };
    const playlist = (await send('POST', `${base}/playlists`, admin, { name: 'Hostile', items: [entry] })).playlist;
    await send('PUT', `${base}/settings`, admin, { defaultPlaylistId: playlist.id, blankOutsideHours: false });
    const w = await watch(`/board/?branch=${demo().branchId}&token=${demo().boardToken}`);
    await expect.poll(() => w.page.locator('cb-content-zone .layer.on').getAttribute('data-item', { timeout: 1_000 }).catch(() => null)).toBe(String(item.id));
    // The sanitized colour survives the CSP (re-applied through the CSSOM), the payloads do not.
    expect(await w.page.locator('cb-content-zone .layer.on p').first().evaluate((p) => getComputedStyle(p).color)).toBe('rgb(255, 0, 0)');
    await expectInert(w);
    await w.page.close();
  });

  it('the staff console shows the same names literally, and a hostile finish note stays inert', async () => {
    const w = await watch('/staff/');
    const signIn = w.page.getByRole('button', { name: 'Sign in' });
    const callNext = w.page.getByRole('button', { name: 'Call next' });
    const pick = w.page.getByRole('button', { name: /Counter|data-xss|alert/ });
    await signIn.or(callNext).or(pick).first().waitFor();
    if (await signIn.isVisible()) {
      await w.page.getByLabel('Username').fill(DEMO_STAFF.username);
      await w.page.getByLabel('Password').fill(DEMO_STAFF.password);
      await signIn.click();
    }
    await pick.or(callNext).first().waitFor();
    if (!(await callNext.isVisible())) await pick.first().click();
    await callNext.waitFor();
    const service = repos().setup.listServices(demo().branchId)[0]!;
    const issued = await send('POST', `/api/branches/${demo().branchId}/tickets`, staff, { serviceId: service.id });
    await send('POST', `/api/tickets/${issued.ticket.id}/call`, staff, { counterId: demo().counterId });
    await send('POST', `/api/tickets/${issued.ticket.id}/finish`, staff, { outcome: PAYLOADS[2], note: PAYLOADS.join('\n') });
    await expect.poll(() => allText(w.page)).toMatch(/alert\(\d\)/);
    await expectInert(w);
    await w.page.close();
  });
});
