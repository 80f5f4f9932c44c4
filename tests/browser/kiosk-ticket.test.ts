/** The kiosk in a real Chromium against a real server: issuing and printing a ticket, Arabic, closed services, failures in words, accessibility. */
import type { Locator, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { localWeekdayAndTime, WEEKDAYS } from '../../shared/opening-hours.ts';
import { useBrowser } from '../helpers/browser.ts';
import { seriousViolations } from '../helpers/pages.ts';
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
const services = () => srv.server.app.deps.repos.setup.listServices(demo().branchId);
const serviceNamed = (name: string) => services().find((s) => s.names.en === name)!;

function patchService(id: number, body: unknown) {
  return fetch(`${srv.url}/api/services/${id}`, {
    method: 'PATCH',
    headers: { cookie: admin, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.status);
}

/** Counts print calls instead of opening a print dialog: headless Chromium has no printer. */
const STUB_PRINT = () => {
  const w = window as unknown as { __prints: number };
  w.__prints = 0;
  window.print = () => void (w.__prints += 1);
};

async function openKiosk(viewport = { width: 1080, height: 1920 }, before?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await browser.newPage(viewport);
  await page.addInitScript(STUB_PRINT);
  await before?.(page);
  await page.goto(`${srv.url}/kiosk/?token=${demo().kioskToken}&branch=${demo().branchId}`);
  await page.getByRole('heading', { name: 'Welcome' }).waitFor();
  return page;
}

/** The element focus sits on, looking through shadow roots. */
const focusedText = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.textContent?.trim() ?? null;
  });

/**
 * Reads the QR symbol off a screenshot: the dark pixels' bounding box is the symbol (finder patterns sit in
 * three of its corners), and each module is sampled at its centre.
 */
async function readQrMatrix(page: Page, image: Locator, size: number): Promise<boolean[]> {
  const png = await image.screenshot();
  const { width, dark } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const rgba = ctx.getImageData(0, 0, img.width, img.height).data;
    const dark: number[] = [];
    for (let i = 0; i < rgba.length; i += 4) dark.push(rgba[i]! + rgba[i + 1]! + rgba[i + 2]! < 384 ? 1 : 0);
    return { width: img.width, dark };
  }, png.toString('base64'));
  const height = dark.length / width;
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!dark[y * width + x]) continue;
      [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
    }
  }
  const step = { x: (right + 1 - left) / size, y: (bottom + 1 - top) / size };
  const modules: boolean[] = [];
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const x = Math.floor(left + (c + 0.5) * step.x);
      const y = Math.floor(top + (r + 0.5) * step.y);
      modules.push(dark[y * width + x] === 1);
    }
  }
  return modules;
}

/** True when the picture is the QR symbol of `text` at one of the four error-correction levels. */
async function qrShows(page: Page, image: Locator, text: string): Promise<boolean> {
  for (const errorCorrectionLevel of ['L', 'M', 'Q', 'H'] as const) {
    const expected = QRCode.create(text, { errorCorrectionLevel }).modules;
    const seen = await readQrMatrix(page, image, expected.size);
    if (seen.every((dark, i) => dark === Boolean(expected.data[i]))) return true;
  }
  return false;
}

describe('the kiosk', () => {
  it('issues a ticket for the chosen language and service, and prints a slip with the code and a QR code of the phone link', async () => {
    const page = await openKiosk();
    await page.getByRole('button', { name: /^English/ }).click();
    const servicesHeading = page.getByRole('heading', { name: 'What can we help you with?' });
    await servicesHeading.waitFor();
    // Focus follows the visitor to each new step, so a screen reader reads it from its title.
    await expect.poll(() => focusedText(page), LIVE).toBe('What can we help you with?');

    const issued = page.waitForResponse((r) => r.url().endsWith('/tickets') && r.request().method() === 'POST');
    await page.getByRole('button', { name: /^Payments/ }).click();
    const reply = (await (await issued).json()) as { ticket: { code: string; language: string }; phoneToken: string };
    expect(reply.ticket.language).toBe('en');
    await page.getByRole('heading', { name: 'Your ticket' }).waitFor();
    await expect.poll(() => page.locator('cb-kiosk-ticket .code').textContent(), LIVE).toBe(reply.ticket.code);
    await expect.poll(() => page.getByRole('status').textContent(), LIVE).toContain(`${[...reply.ticket.code].join(' ')}`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __prints: number }).__prints), LIVE).toBe(1);

    await page.emulateMedia({ media: 'print' });
    const slip = page.locator('cb-ticket-slip');
    expect(await slip.isVisible()).toBe(true);
    expect(await page.locator('cb-kiosk-ticket').isVisible()).toBe(false);
    expect(await slip.locator('.code').textContent()).toBe(reply.ticket.code);
    expect(await slip.getByText('Payments').isVisible()).toBe(true);
    expect(await slip.getByText('People ahead of you').isVisible()).toBe(true);

    const phoneUrl = `${srv.url}/phone/?t=${reply.phoneToken}`;
    const qr = slip.locator('img.qr');
    expect(await qrShows(page, qr, phoneUrl)).toBe(true);
    // The check tells links apart: one character off is a different symbol.
    expect(await qrShows(page, qr, phoneUrl.slice(0, -1) + (phoneUrl.endsWith('A') ? 'B' : 'A'))).toBe(false);

    // One 80 mm page: a roll printer feeds one ticket and cuts.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!;
    expect(Math.round((Number(box[1]) / 72) * 25.4)).toBe(80);
    await page.close();
  });

  it('in Arabic, reads right to left and mirrors the layout', async () => {
    const page = await openKiosk();
    await page.getByRole('button', { name: /^العربية/ }).click();
    await page.getByRole('heading', { name: 'كيف يمكننا مساعدتك؟' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    const brand = (await page.locator('cb-kiosk header .brand').boundingBox())!;
    const clock = (await page.locator('cb-kiosk header cb-clock').boundingBox())!;
    expect(brand.x).toBeGreaterThan(clock.x);
    const card = (await page.locator('cb-kiosk-services button.service').first().boundingBox())!;
    const name = (await page.locator('cb-kiosk-services button.service .name').first().boundingBox())!;
    // The service name sits against the card's right-hand side.
    expect(card.x + card.width - (name.x + name.width)).toBeLessThan(name.x - card.x);
    expect(await page.locator('cb-kiosk-services h1').evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');
    await page.close();
  });

  it('shows a service outside its opening hours as closed and does not let anyone choose it', async () => {
    const documents = serviceNamed('ID and documents');
    const { time } = localWeekdayAndTime(Date.now(), srv.server.app.deps.repos.setup.getBranch(demo().branchId)!.timezone);
    const span: [string, string] = time < '12:00' ? ['13:00', '14:00'] : ['01:00', '02:00'];
    expect(await patchService(documents.id, { openingHours: Object.fromEntries(WEEKDAYS.map((d) => [d, [span]])) })).toBe(200);
    try {
      const page = await openKiosk();
      let posted = 0;
      page.on('request', (r) => void (r.method() === 'POST' && r.url().endsWith('/tickets') && posted++));
      await page.getByRole('button', { name: /^English/ }).click();
      const closed = page.getByRole('button', { name: /^ID and documents/ });
      // The page may first show the state it cached on an earlier visit; the live snapshot follows.
      await expect.poll(() => closed.getAttribute('aria-disabled'), LIVE).toBe('true');
      expect(await closed.getByText('Closed now').isVisible()).toBe(true);
      await closed.click({ force: true });
      await page.getByRole('button', { name: /^Payments/ }).waitFor();
      expect(posted).toBe(0);
      expect(await page.getByRole('heading', { name: 'What can we help you with?' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: /^General enquiries/ }).getAttribute('aria-disabled')).toBe('false');
      await page.close();
    } finally {
      await patchService(documents.id, { openingHours: null });
    }
  });

  it('says in words why a ticket could not be issued', async () => {
    const page = await openKiosk();
    await page.getByRole('button', { name: /^English/ }).click();
    await page.route('**/api/branches/*/tickets', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: /^Payments/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), LIVE).toContain('We could not reach the ticket system');
    await page.unroute('**/api/branches/*/tickets');
    await page.route('**/api/branches/*/tickets', (route) =>
      route.fulfill({ status: 409, json: { error: { code: 'service_closed', message: 'B is closed now' } } }),
    );
    await page.getByRole('button', { name: /^Payments/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), LIVE).toContain('This service has just closed');
    await page.close();
  });

  it('fits a 768×1024 tablet and has no serious accessibility violations on any step', async () => {
    const page = await openKiosk({ width: 768, height: 1024 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('button', { name: 'I need priority assistance' }).click();
    await page.getByRole('heading', { name: 'Priority assistance' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, I need priority' }).click();
    expect(await page.getByText('Priority assistance selected').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^General enquiries/ }).click();
    await page.getByRole('heading', { name: 'Your ticket' }).waitFor();
    expect(await page.locator('cb-kiosk-ticket .chip').textContent()).toBe('Priority');
    // "Done" is reachable without scrolling on the smaller screen.
    const done = (await page.getByRole('button', { name: 'Done' }).boundingBox())!;
    expect(done.y + done.height).toBeLessThanOrEqual(1024);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
