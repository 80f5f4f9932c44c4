/** The admin's staffing and reports screens in real Chromium, over the demo branch's simulated history. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { openAdmin as openAdminPage, seriousViolations } from '../helpers/pages.ts';
import { TEST_ADMIN_PASSWORD, useTestServer } from '../helpers/test-server.ts';


const srv = useTestServer();
const browser = useBrowser();

const openAdmin = (section: string) => openAdminPage(browser, srv.url, section, { width: 1280, height: 900 });

const canvasSize = (page: Page, chart: string) =>
  page.locator(`cb-uplot-chart[aria-label="${chart}"] canvas`).first().evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));

describe('insight in the admin', () => {
  it('draws the staffing chart with a nonzero uPlot canvas, and saves a roster', async () => {
    const page = await openAdmin('staffing');
    await page.getByRole('heading', { name: 'Staffing' }).waitFor();
    await page.locator('cb-uplot-chart canvas').first().waitFor();
    const size = await canvasSize(page, 'Counters needed and rostered per interval');
    expect(size.w).toBeGreaterThan(0);
    expect(size.h).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('intervals under-staffed').isVisible()).toBe(true);

    // The demo comes with a weekday roster; a Sunday shift added here is saved with it.
    const url = `${srv.url}/api/branches/${srv.server.demo!.branchId}/roster`;
    const cookie = await srv.login('admin', TEST_ADMIN_PASSWORD);
    const before = (await fetch(url, { headers: { cookie } }).then((r) => r.json())).shifts as unknown[];
    expect(before.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Add shift' }).click();
    const added = before.length + 1;
    await page.getByLabel(`Day of shift ${added}`, { exact: true }).selectOption('6');
    await page.getByLabel(`Counters in shift ${added}`, { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Save roster' }).click();
    await page.getByText('Roster saved.').waitFor();
    const roster = await fetch(url, { headers: { cookie } }).then((r) => r.json());
    expect(roster.shifts).toHaveLength(added);
    expect(roster.shifts).toContainEqual({ weekday: 6, from: '09:00', to: '17:00', counters: 3 });
    await page.screenshot({ path: '/tmp/insight-staffing.png', fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows report figures and charts from the simulated history', async () => {
    const page = await openAdmin('reports');
    await page.getByRole('heading', { name: 'Reports' }).waitFor();
    await page.getByText('Within target wait').waitFor();
    const size = await canvasSize(page, 'Arrivals by weekday and hour');
    expect(size.w * size.h).toBeGreaterThan(0);
    const issued = await page.locator('.tiles div', { hasText: 'Issued' }).locator('strong').textContent();
    expect(Number(issued)).toBeGreaterThan(100);
    await page.screenshot({ path: '/tmp/insight-reports.png', fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
