/** Opening the signed-in apps in tests, and checking a page with axe: shared by the browser tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { DEMO_STAFF } from '../../server/services/demo-seed.ts';
import type { Browser } from './browser.ts';
import { TEST_ADMIN_PASSWORD } from './test-server.ts';

const require = createRequire(import.meta.url);

/** The staff console as the demo staff member at counter 1, signing in only when the profile has no session. */
export async function openStaffConsole(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ width: 1280, height: 800 });
  await page.goto(`${url}/staff/`);
  const signIn = page.getByRole('button', { name: 'Sign in' });
  const callNext = page.getByRole('button', { name: 'Call next' });
  await signIn.or(callNext).first().waitFor();
  if (await signIn.isVisible()) {
    await page.getByLabel('Username').fill(DEMO_STAFF.username);
    await page.getByLabel('Password').fill(DEMO_STAFF.password);
    await signIn.click();
    const pick = page.getByRole('button', { name: /^Counter 1\b/ });
    await pick.or(callNext).first().waitFor();
    if (await pick.isVisible()) await pick.click();
  }
  await callNext.waitFor();
  return page;
}

/** An admin screen (`#section`), signing in first when this browser profile has no session yet. */
export async function openAdmin(browser: Browser, url: string, section: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.newPage(viewport);
  await page.goto(`${url}/admin/#${section}`);
  const signIn = page.getByRole('button', { name: 'Sign in' });
  const nav = page.getByRole('navigation', { name: 'Admin sections' });
  await signIn.or(nav).first().waitFor();
  if (await signIn.isVisible()) {
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password').fill(TEST_ADMIN_PASSWORD);
    await signIn.click();
  }
  await nav.waitFor();
  return page;
}

/** axe-core's serious and critical findings on the page, as readable lines (none is the goal). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Judged at rest: mid-way through an entrance animation text is still fading in and fails contrast.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))),
  );
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')); // a <script> tag would meet the CSP
  const result = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<any> } }).axe.run());
  return (result.violations as { id: string; impact: string; help: string; nodes: { target: unknown }[] }[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}
