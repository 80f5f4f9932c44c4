/** The whole path a visitor sees: a kiosk ticket, a staff member presses Call next, the board shows the call. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { openStaffConsole } from '../helpers/pages.ts';
import { useTestServer } from '../helpers/test-server.ts';

const srv = useTestServer();
const browser = useBrowser();

describe('staff console and board together', () => {
  it('a staff member calls next and the board shows the call', async () => {
    const demo = srv.server.demo!;
    const board = await browser.newPage({ width: 1920, height: 1080 });
    await board.goto(`${srv.url}/board/?branch=${demo.branchId}&token=${demo.boardToken}`);
    await board.locator('cb-board header').waitFor();
    const res = await fetch(`${srv.url}/api/branches/${demo.branchId}/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${demo.kioskToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: 1 }),
    });
    const { ticket } = (await res.json()) as { ticket: { code: string } };

    const staff = await openStaffConsole(browser, srv.url);
    await staff.getByRole('button', { name: 'Call next' }).click();
    await expect.poll(() => staff.getByTestId('current-code').textContent()).toBe(ticket.code);
    await expect.poll(() => board.locator('cb-current-call .code').textContent()).toBe(ticket.code);
    await expect.poll(() => board.locator('cb-current-call .counter-number').textContent()).toBe('1');
  });
});
