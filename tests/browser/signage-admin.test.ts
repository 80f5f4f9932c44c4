/** The signage admin in Chromium: uploads with progress and reasons, a playlist made the default, the preview. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.ts';
import { openAdmin } from '../helpers/pages.ts';
import { startTestServer, tempDataDir } from '../helpers/test-server.ts';
import { tinyPng } from '../signage/media-fixtures.ts';

let srv: Awaited<ReturnType<typeof startTestServer>>;
let data: ReturnType<typeof tempDataDir>;
let browser: Browser;

beforeAll(async () => {
  data = tempDataDir();
  srv = await startTestServer(data.dir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await srv?.server.close();
  data?.remove();
});

async function openSignage(): Promise<Page> {
  const page = await openAdmin(browser, srv.url, 'signage', { width: 1280, height: 900 });
  await page.getByRole('heading', { name: 'Signage', exact: true }).waitFor();
  return page;
}

describe('the signage admin', () => {
  it('uploads an image, says why a fake one is refused, and previews the playlist made default', async () => {
    const page = await openSignage();
    const input = page.locator('cb-signage-library input[type=file]');
    await input.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
    await expect.poll(() => page.locator('cb-signage-library [role=alert]').textContent()).toContain('PNG, JPEG, WebP, MP4 or WebM');

    await input.setInputFiles({ name: 'poster.png', mimeType: 'image/png', buffer: await tinyPng([10, 120, 200]) });
    await page.locator('cb-signage-library tr', { hasText: 'poster.png' }).waitFor();
    await expect.poll(() => page.locator('cb-signage-library tr', { hasText: 'poster.png' }).locator('img').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);

    const schedule = page.locator('cb-signage-schedule');
    await schedule.getByRole('checkbox', { name: 'poster.png' }).check();
    await schedule.getByLabel('Playlist name').fill('Posters');
    await schedule.getByRole('button', { name: 'Create playlist' }).click();
    await schedule.getByText('Posters: 1 items').waitFor();
    await schedule.getByLabel('Default playlist').selectOption({ label: 'Posters' });
    await expect.poll(() => page.locator('[data-preview]').textContent()).toContain('Posters');

    // An item a playlist uses cannot be deleted; the page says which playlist holds it.
    await page.getByRole('button', { name: 'Delete poster.png' }).click();
    await page.getByRole('button', { name: 'Delete item' }).click();
    await expect.poll(() => page.locator('cb-signage-library p.error').textContent()).toContain('Remove it from "Posters" first');
    await page.close();
  });
});
