/** Opens the staff console as the demo staff member at counter 1, signing in only when the profile has no session. */
import type { Page } from 'playwright-core';
import { DEMO_STAFF } from '../../server/services/demo-seed.ts';
import type { Browser } from './browser.ts';

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
