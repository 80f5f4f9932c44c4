/** The admin in a real Chromium against a real server: services, counters and their order, errors, displays, a11y. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { openAdmin as openAdminPage, seriousViolations } from '../helpers/pages.ts';
import { useTestServer } from '../helpers/test-server.ts';
import { TestClient } from '../helpers/ws-client.ts';

const srv = useTestServer();
const browser = useBrowser();

const demo = () => srv.server.demo!;
const openAdmin = (section: string) => openAdminPage(browser, srv.url, section);
const repos = () => srv.server.app.deps.repos;



describe('the admin', () => {
  it('creates a service and a counter serving it, and lists both', async () => {
    const page = await openAdmin('services');
    await page.getByRole('button', { name: 'Add service' }).click();
    await page.getByLabel('Ticket letter').fill('p');
    await page.getByLabel('Target wait (minutes)').fill('15');
    await page.getByLabel('Name in English').fill('Passports');
    await page.getByLabel('Name in Spanish').fill('Pasaportes');
    await page.getByRole('button', { name: 'Add service', exact: true }).last().click();
    const row = page.getByTestId('service-row').filter({ hasText: 'Passports' });
    await row.waitFor();
    expect(await row.textContent()).toContain('P');
    const service = repos().setup.listServices(demo().branchId).find((s) => s.prefix === 'P');
    expect(service).toMatchObject({ names: { en: 'Passports', es: 'Pasaportes' }, targetWaitMin: 15, active: true });

    await page.getByRole('link', { name: 'Counters' }).click();
    await page.getByRole('button', { name: 'Add counter' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Passport desk');
    await page.getByRole('button', { name: 'Add Passports' }).click();
    await page.getByRole('button', { name: 'Add counter', exact: true }).last().click();
    await page.getByTestId('counter-row').filter({ hasText: 'Passport desk' }).filter({ hasText: 'Passports' }).waitFor();
    const counter = repos().setup.listCounters(demo().branchId).find((c) => c.name === 'Passport desk');
    expect(counter?.serviceIds).toEqual([service!.id]);
    await page.close();
  });

  it('shows the server’s error when a new service takes a letter already in use', async () => {
    const page = await openAdmin('services');
    await page.getByRole('button', { name: 'Add service' }).click();
    await page.getByLabel('Ticket letter').fill('A');
    await page.getByLabel('Name in English').fill('Duplicate');
    await page.getByRole('button', { name: 'Add service', exact: true }).last().click();
    const alert = page.getByRole('dialog').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Another service already uses the letter A');
    expect(repos().setup.listServices(demo().branchId).filter((s) => s.prefix === 'A')).toHaveLength(1);
    await page.close();
  });

  it('reorders the services of a counter, which changes its call-next preference', async () => {
    const before = repos().setup.getCounter(demo().counterId)!.serviceIds;
    expect(before).toHaveLength(2);
    const second = repos().setup.getService(before[1]!)!.names.en!;
    const page = await openAdmin('counters');
    await page.getByRole('button', { name: 'Edit Counter 1' }).click();
    await page.getByRole('button', { name: `Move ${second} up` }).click();
    await page.getByRole('button', { name: 'Save counter' }).click();
    await expect.poll(() => repos().setup.getCounter(demo().counterId)!.serviceIds).toEqual([before[1], before[0]]);
    await page.close();
  });

  it('pairs a display by the code it shows, and flags offline displays and blocked sound', async () => {
    const { code } = (await (await fetch(`${srv.url}/api/pairings`, { method: 'POST' })).json()) as { code: string };
    // The demo board is connected and reports that the browser blocked its sound.
    const board = await TestClient.connect(srv.url, demo().branchId, demo().boardToken);
    board.send({ type: 'status', appVersion: '1.0.0', screen: { w: 1920, h: 1080 }, audio: 'blocked' });
    const page = await openAdmin('displays');
    await page.getByRole('button', { name: 'Pair a display' }).click();
    await page.getByLabel('Code on the screen').fill(code.toLowerCase());
    await page.getByLabel('Name').fill('Lobby TV');
    await page.getByRole('button', { name: 'Pair display' }).click();
    const lobby = page.getByTestId('device-row').filter({ hasText: 'Lobby TV' });
    await lobby.waitFor();
    expect(await lobby.textContent()).toContain('Offline');
    await page.getByRole('button', { name: 'Refresh' }).click();
    const tv = page.getByTestId('device-row').filter({ hasText: 'Waiting room TV' });
    await expect.poll(() => tv.textContent()).toContain('--autoplay-policy=no-user-gesture-required');
    expect(await tv.textContent()).toContain('Online');
    board.close();
    await page.close();
  });

  it('shows the audit log: a failed sign-in and the admin\'s changes, filtered by action', async () => {
    const failed = await fetch(`${srv.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'mallory', password: 'guessing-passwords' }),
    });
    expect(failed.status).toBe(401);
    const page = await openAdmin('audit');
    const rows = page.getByTestId('audit-row');
    await rows.first().waitFor();
    // Earlier tests changed services and counters as the admin: their entries are there, newest first.
    expect(await page.locator('tbody').textContent()).toMatch(/POST \/branches\/:id\/services/);
    await page.getByLabel('Action contains').fill('login');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(async () => (await rows.allTextContents()).every((r) => r.includes('login'))).toBe(true);
    const first = (await rows.first().textContent())!;
    expect(first).toContain('mallory');
    expect(first).toContain('Failed');
    await page.getByLabel('Who').fill('nobody-by-this-name');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('Nothing matches these filters.').waitFor();
    await page.close();
  });

  it('has no serious or critical accessibility violations on its screens', async () => {
    await browser.context.clearCookies();
    const login = await browser.newPage({ width: 1280, height: 800 });
    await login.goto(`${srv.url}/admin/`);
    await login.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await seriousViolations(login)).toEqual([]);
    await login.close();
    for (const section of ['branch', 'services', 'counters', 'displays', 'signage', 'users', 'audit']) {
      const page = await openAdmin(section);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.empty-state[role=status]').waitFor({ state: 'detached' });
      expect(await seriousViolations(page), section).toEqual([]);
      await page.close();
    }
  });
});
