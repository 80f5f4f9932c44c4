/** The staff console in a real Chromium against a real server: sign in, pick a desk, live queue, actions, errors, a11y. */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../server/services/demo-seed.ts';
import { useBrowser } from '../helpers/browser.ts';
import { openStaffConsole, seriousViolations } from '../helpers/pages.ts';
import { useTestServer } from '../helpers/test-server.ts';


const srv = useTestServer();
const browser = useBrowser();
let staff: string;

beforeAll(async () => {
  staff = await srv.login(DEMO_STAFF.username, DEMO_STAFF.password);
});

const demo = () => srv.server.demo!;
const issue = async (serviceId = 1): Promise<{ id: number; code: string }> => {
  const res = await fetch(`${srv.url}/api/branches/${demo().branchId}/tickets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${demo().kioskToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId }),
  });
  return ((await res.json()) as { ticket: { id: number; code: string } }).ticket;
};
const counter1 = () => srv.server.app.deps.repos.setup.getCounter(demo().counterId)!;

/** Every test starts from an empty branch with counter 1 open, so "next" is always the ticket it issued. */
beforeEach(async () => {
  for (const t of srv.server.app.deps.repos.tickets.active(demo().branchId)) {
    const action = t.status === 'serving' ? 'finish' : 'cancel';
    await srv.post(`/api/tickets/${t.id}/${action}`, staff, action === 'finish' ? {} : undefined);
  }
  await srv.post(`/api/counters/${demo().counterId}/status`, staff, { status: 'open' });
});

const openConsole = () => openStaffConsole(browser, srv.url);

const currentCode = (page: Page) => page.getByTestId('current-code').textContent();
const waitingCodes = (page: Page) => page.getByTestId('waiting-ticket').locator('.code').allTextContents();


describe('the staff console', () => {
  it('lets a staff member sign in, pick counter 1, and shows a ticket issued over HTTP in the queue live', async () => {
    const page = await openConsole();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Counter 1');
    const ticket = await issue(1);
    await expect.poll(() => waitingCodes(page)).toContain(ticket.code);
    await expect.poll(() => page.getByTestId('queue-tile').first().textContent()).toMatch(/General enquiries\s*1\s*waiting/);
    await page.close();
  });

  it('remembers the chosen counter, so a reload lands back at the desk', async () => {
    const page = await openConsole();
    await page.reload();
    await page.getByRole('button', { name: 'Call next' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Counter 1');
    await page.close();
  });

  it('calls the next visitor with the Call next button and shows the called code', async () => {
    const page = await openConsole();
    const ticket = await issue(1);
    await expect.poll(() => waitingCodes(page)).toContain(ticket.code);
    // The console says which ticket the button will call, and lists that one first.
    const next = (await page.getByTestId('next-up').locator('strong').textContent())!;
    expect((await waitingCodes(page))[0]).toBe(next);
    await page.getByRole('button', { name: 'Call next' }).click();
    await expect.poll(() => currentCode(page)).toBe(next);
    await expect.poll(() => waitingCodes(page)).not.toContain(next);
    await page.close();
  });

  it('calls the next visitor with the F1 shortcut', async () => {
    const page = await openConsole();
    const ticket = await issue(1);
    await expect.poll(() => waitingCodes(page)).toContain(ticket.code);
    await page.keyboard.press('F1');
    await expect.poll(() => currentCode(page)).toBe(ticket.code);
    await page.close();
  });

  it('shows the server’s reason when an action is refused (a colleague changed the ticket first)', async () => {
    const page = await openConsole();
    const ticket = await issue(1);
    await srv.post(`/api/counters/${demo().counterId}/call-next`, staff);
    await expect.poll(() => currentCode(page)).toBe(ticket.code);
    // The recall leaves the page while someone else starts serving the ticket: the server must refuse it.
    await page.route('**/api/tickets/*/recall', async (route) => {
      await srv.post(`/api/tickets/${ticket.id}/start`, staff);
      await route.continue();
    });
    await page.getByRole('button', { name: 'Recall' }).click();
    const alert = page.locator('cb-staff-console').getByRole('alert').first();
    await expect.poll(() => alert.textContent()).toContain('Cannot recall a ticket that is serving');
    await page.close();
  });

  it('pauses the counter with a reason and shows the new status', async () => {
    const page = await openConsole();
    await page.getByRole('button', { name: 'Pause…' }).click();
    await page.getByRole('radio', { name: 'Back-office work' }).check();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => page.getByTestId('counter-status').textContent()).toBe('Paused · Back-office work');
    expect(counter1()).toMatchObject({ status: 'paused', pauseReason: 'Back-office work' });
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => page.getByTestId('counter-status').textContent()).toBe('Open');
    await page.close();
  });

  it('asks before marking a no-show and does nothing when the answer is no', async () => {
    const page = await openConsole();
    const ticket = await issue(1);
    await srv.post(`/api/counters/${demo().counterId}/call-next`, staff);
    await expect.poll(() => currentCode(page)).toBe(ticket.code);
    await page.getByRole('button', { name: 'No-show' }).click();
    await page.getByRole('button', { name: 'Go back' }).click();
    expect(srv.server.app.deps.repos.tickets.get(ticket.id)!.status).toBe('called');
    await page.getByRole('button', { name: 'No-show' }).click();
    await page.getByRole('button', { name: 'Mark no-show' }).click();
    await expect.poll(() => srv.server.app.deps.repos.tickets.get(ticket.id)!.status).toBe('no_show');
    await page.close();
  });

  it('has no serious or critical accessibility violations (sign-in page and desk with a called ticket)', async () => {
    const login = await browser.newPage({ width: 1280, height: 800 });
    await browser.context.clearCookies();
    await login.goto(`${srv.url}/staff/`);
    await login.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await seriousViolations(login)).toEqual([]);
    await login.close();

    const page = await openConsole();
    const ticket = await issue(1);
    await issue(2);
    await srv.post(`/api/counters/${demo().counterId}/call-next`, staff);
    await expect.poll(() => currentCode(page)).toBe(ticket.code);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
