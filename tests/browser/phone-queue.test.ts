/** The phone page in a real Chromium against a real server: position, movement, the call takeover, leaving, Arabic, joining. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../server/services/demo-seed.ts';
import { launchBrowser, useBrowser } from '../helpers/browser.ts';
import { seriousViolations } from '../helpers/pages.ts';
import { TEST_ADMIN_PASSWORD, useTestServer } from '../helpers/test-server.ts';

/** Waits for what the page learns by polling, without timing anything. */
const LIVE = { timeout: 15_000 };

const srv = useTestServer();
const browser = useBrowser();
let staff: string;
let admin: string;

beforeAll(async () => {
  staff = await srv.login(DEMO_STAFF.username, DEMO_STAFF.password);
  admin = await srv.login('admin', TEST_ADMIN_PASSWORD);
});

const demo = () => srv.server.demo!;
const setup = () => srv.server.app.deps.repos.setup;
const service = (name: string) => setup().listServices(demo().branchId).find((s) => s.names.en === name)!;
/** The counter that serves a service first: call-next there takes that service's tickets in order. */
const counterFirstFor = (serviceId: number) => setup().listCounters(demo().branchId).find((c) => c.serviceIds[0] === serviceId)!;

interface Issued {
  ticket: { id: number; code: string };
  phoneToken: string;
}

const issue = (serviceId: number, language = 'en') =>
  fetch(`${srv.url}/api/branches/${demo().branchId}/tickets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${demo().kioskToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId, language }),
  }).then((r) => r.json() as Promise<Issued>);

const phoneStatus = (token: string) =>
  fetch(`${srv.url}/api/phone/${token}`).then(async (r) => ((await r.json()) as { ticket: { status: string } }).ticket.status);

async function openPhone(path: string): Promise<Page> {
  const page = await browser.newPage({ width: 390, height: 844 });
  await page.goto(`${srv.url}${path}`);
  return page;
}

describe('the phone page', () => {
  it('shows its position, follows the queue as tickets ahead are served, and takes over the screen when called', async () => {
    const appointments = service('Appointments');
    const counter = counterFirstFor(appointments.id);
    await issue(appointments.id);
    await issue(appointments.id);
    const mine = await issue(appointments.id);
    const page = await openPhone(`/phone/?t=${mine.phoneToken}`);
    const ahead = page.locator('cb-phone-waiting .ahead');
    await expect.poll(() => ahead.textContent(), LIVE).toBe('2');
    expect(await page.locator('cb-phone-waiting .code').textContent()).toBe(mine.ticket.code);
    expect(await seriousViolations(page)).toEqual([]);

    expect((await srv.post(`/api/counters/${counter.id}/call-next`, staff)).status).toBe(200);
    await expect.poll(() => ahead.textContent(), LIVE).toBe('1');
    await srv.post(`/api/counters/${counter.id}/call-next`, staff);
    await page.getByText('You are next!').waitFor(LIVE);

    const chime = page.waitForRequest(/\/media\/chimes\/ding-dong\.wav/, LIVE);
    const called = await srv.post(`/api/counters/${counter.id}/call-next`, staff);
    expect(called.body.ticket.code).toBe(mine.ticket.code);
    const takeover = page.locator('cb-phone-called');
    await takeover.getByRole('heading', { name: 'It’s your turn!' }).waitFor(LIVE);
    expect(await takeover.locator('.code').textContent()).toBe(mine.ticket.code);
    expect(await takeover.locator('.counter-number').textContent()).toBe(String(counter.number));
    await chime;
    expect(await seriousViolations(page)).toEqual([]);

    // A recall alerts again.
    const again = page.waitForRequest(/\/media\/chimes\/ding-dong\.wav/, LIVE);
    expect((await srv.post(`/api/tickets/${mine.ticket.id}/recall`, staff)).status).toBe(200);
    await takeover.getByText('You are being called again').waitFor(LIVE);
    await again;

    await srv.post(`/api/tickets/${mine.ticket.id}/start`, staff);
    await srv.post(`/api/tickets/${mine.ticket.id}/finish`, staff);
    await page.getByRole('heading', { name: 'Thank you for your visit!' }).waitFor(LIVE);
    await page.close();
  });

  it('cancels the ticket on "I’m leaving" only after the visitor confirms', async () => {
    const mine = await issue(service('General enquiries').id);
    const page = await openPhone(`/phone/?t=${mine.phoneToken}`);
    const leave = page.getByRole('button', { name: 'I’m leaving' });
    await leave.click();
    const dialog = page.getByRole('dialog', { name: 'Leave the queue?' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Stay in the queue' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await phoneStatus(mine.phoneToken)).toBe('waiting');

    await leave.click();
    await dialog.getByRole('button', { name: 'Yes, leave the queue' }).click();
    await page.getByRole('heading', { name: 'You left the queue' }).waitFor(LIVE);
    expect(await phoneStatus(mine.phoneToken)).toBe('cancelled');
    await page.close();
  });

  it('speaks the ticket’s language: an Arabic ticket reads right to left', async () => {
    const mine = await issue(service('Payments').id, 'ar');
    const page = await openPhone(`/phone/?t=${mine.phoneToken}`);
    await page.getByRole('heading', { name: 'تذكرتك' }).waitFor(LIVE);
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    // The leave button's icon comes first in reading order, so in RTL it sits right of the label.
    const button = page.getByRole('button', { name: 'سأغادر' });
    const icon = (await button.locator('svg').boundingBox())!;
    const box = (await button.boundingBox())!;
    expect(icon.x + icon.width / 2).toBeGreaterThan(box.x + box.width / 2);
    await page.close();
  });

  it('offers "Turn on sound" before any call when the browser blocks autoplay, and sound is on after a tap', async () => {
    const strict = await launchBrowser({ autoplay: false });
    try {
      const mine = await issue(service('General enquiries').id);
      const page = await strict.newPage({ width: 390, height: 844 });
      await page.goto(`${srv.url}/phone/?t=${mine.phoneToken}`);
      // Nothing on the page has been touched yet: the button comes from the load-time probe alone.
      const enable = page.getByRole('button', { name: 'Turn on sound' });
      await enable.waitFor(LIVE);
      await enable.click();
      await page.getByText('Sound is on').waitFor(LIVE);
      expect(await page.getByRole('button', { name: 'Turn on notifications' }).isVisible()).toBe(true);
    } finally {
      await strict.close();
    }
  });

  it('says so when the link matches no ticket', async () => {
    const page = await openPhone('/phone/?t=this-token-matches-nothing-at-all');
    await page.getByRole('heading', { name: 'Ticket not found' }).waitFor(LIVE);
    await page.close();
  });

  it('lets a visitor join a queue from the entrance QR code where the branch allows it', async () => {
    const branchUrl = `${srv.url}/api/branches/${demo().branchId}`;
    const allow = (allowRemoteJoin: boolean) =>
      fetch(branchUrl, { method: 'PATCH', headers: { cookie: admin, 'content-type': 'application/json' }, body: JSON.stringify({ allowRemoteJoin }) });
    const page = await openPhone(`/phone/?branch=${demo().branchId}`);
    await page.getByText('This branch gives out tickets on site only.', { exact: false }).waitFor(LIVE);

    expect((await allow(true)).status).toBe(200);
    try {
      await page.reload();
      await page.getByRole('heading', { name: 'Join the queue' }).waitFor();
      await page.getByRole('radio', { name: /Payments/ }).waitFor(LIVE);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Get my ticket' }).click();
      await page.getByText('Please choose a service first.').waitFor();
      await page.getByRole('radio', { name: /Payments/ }).check();
      await page.getByRole('button', { name: 'Get my ticket' }).click();
      await page.waitForURL(/\/phone\/\?t=[\w-]+$/, LIVE);
      await expect.poll(() => page.locator('cb-phone-waiting .code').textContent(), LIVE).toMatch(/^B\d{3}$/);
      const token = new URL(page.url()).searchParams.get('t')!;
      expect(await phoneStatus(token)).toBe('waiting');
    } finally {
      await allow(false);
    }
    await page.close();
  });
});
