/** Every app loads and works under the Content-Security-Policy in real Chromium, with no violation reported. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../server/services/demo-seed.ts';
import { useBrowser } from '../helpers/browser.ts';
import { TEST_ADMIN_PASSWORD, useTestServer } from '../helpers/test-server.ts';

const srv = useTestServer();
const browser = useBrowser();
let staff: string;

beforeAll(async () => {
  staff = await srv.login(DEMO_STAFF.username, DEMO_STAFF.password);
});

const demo = () => srv.server.demo!;

/** Records CSP violations (the DOM event, from every frame and shadow root) and console errors naming the policy. */
const RECORD_VIOLATIONS = () => {
  const seen: string[] = [];
  (window as unknown as { __csp: string[] }).__csp = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`), true);
};

async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await browser.newPage(viewport);
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`));
  await page.addInitScript(RECORD_VIOLATIONS);
  const res = await page.goto(`${srv.url}${path}`);
  expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(res?.headers()['x-content-type-options']).toBe('nosniff');
  return {
    page,
    problems: async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))],
  };
}

async function issueAndCall(): Promise<string> {
  const issued = await srv.post(`/api/branches/${demo().branchId}/tickets`, staff, { serviceId: srv.server.app.deps.repos.setup.listServices(demo().branchId)[0]!.id });
  expect(issued.status).toBe(201);
  const called = await srv.post(`/api/counters/${demo().counterId}/call-next`, staff);
  expect(called.status).toBe(200);
  return called.body.ticket.code as string;
}

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('Content-Security-Policy in the apps', () => {
  it('an injected inline script is refused and reported (the recorder sees violations)', async () => {
    const { page, problems } = await open('/phone/', { width: 390, height: 844 });
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.head.append(s);
    });
    await expect.poll(problems).not.toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await page.close();
  });

  it('the board shows a call, the ticker and the clock with no violation', async () => {
    const { page, problems } = await open(`/board/?branch=${demo().branchId}&token=${demo().boardToken}`, { width: 1920, height: 1080 });
    await page.locator('cb-board header').waitFor();
    const code = await issueAndCall();
    await page.locator('cb-current-call .code', { hasText: code }).waitFor();
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('the counter display shows its ticket with no violation', async () => {
    const { page, problems } = await open(`/counter/?branch=${demo().branchId}&counter=${demo().counterId}&token=${demo().counterDisplayToken}`);
    const code = await issueAndCall();
    await page.getByText(code).first().waitFor();
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('the staff console signs in and calls with no violation', async () => {
    const { page, problems } = await open('/staff/');
    await signIn(page, DEMO_STAFF.username, DEMO_STAFF.password);
    const pick = page.getByRole('button', { name: /^Counter 1\b/ });
    const callNext = page.getByRole('button', { name: 'Call next' });
    await pick.or(callNext).first().waitFor();
    if (await pick.isVisible()) await pick.click();
    await callNext.waitFor();
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('the admin app signs in and opens its sections with no violation', async () => {
    await browser.context.clearCookies();
    const { page, problems } = await open('/admin/');
    await signIn(page, 'admin', TEST_ADMIN_PASSWORD);
    await page.getByRole('navigation', { name: 'Admin sections' }).waitFor();
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('the kiosk shows its services with no violation', async () => {
    const { page, problems } = await open(`/kiosk/?token=${demo().kioskToken}&branch=${demo().branchId}`);
    await page.locator('cb-kiosk').waitFor();
    await page.getByRole('button').first().waitFor();
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('the phone follows a ticket with no violation', async () => {
    const issued = await srv.post(`/api/branches/${demo().branchId}/tickets`, staff, { serviceId: srv.server.app.deps.repos.setup.listServices(demo().branchId)[0]!.id });
    const { page, problems } = await open(`/phone/?t=${issued.body.phoneToken}`, { width: 390, height: 844 });
    await page.getByText(issued.body.ticket.code).first().waitFor();
    expect(await problems()).toEqual([]);
    await page.close();
  });
});
