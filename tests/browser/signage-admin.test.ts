/** The signage admin in Chromium: uploads with progress and reasons, the playlist editor (per-item settings, order), the schedule editor, the default, the preview. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { openAdmin, seriousViolations } from '../helpers/pages.ts';
import { useTestServer } from '../helpers/test-server.ts';
import type { Schedule } from '../../displays/admin/signage-api.ts';
import { tinyPng } from '../signage/media-fixtures.ts';

const srv = useTestServer();
const browser = useBrowser();

const signage = () => srv.server.app.services.signage;
const branchId = () => srv.server.demo!.branchId;
const stored = (name: string) => signage().listPlaylists(branchId()).find((p) => p.name === name);

/** The branch's schedules as the admin API serves them, read with the page's session cookie. */
const servedSchedules = (page: Page) =>
  page.evaluate(async (id) => {
    const res = await fetch(`/api/branches/${id}/signage/schedules`, { credentials: 'same-origin' });
    return ((await res.json()) as { schedules: Schedule[] }).schedules;
  }, branchId());

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
    await schedule.getByRole('button', { name: 'New playlist' }).click();
    const editor = schedule.getByRole('dialog', { name: 'New playlist' });
    await editor.getByLabel('Playlist name').fill('Posters');
    await editor.getByLabel('Library item').selectOption({ label: 'poster.png (Image)' });
    await editor.getByRole('button', { name: 'Add to playlist' }).click();
    await editor.getByRole('button', { name: 'Create playlist' }).click();
    await schedule.locator('tr', { hasText: 'Posters' }).getByText('10 s').waitFor();
    await schedule.getByLabel('Default playlist').selectOption({ label: 'Posters' });
    await expect.poll(() => page.locator('[data-preview]').textContent()).toContain('Posters');

    // The default playlist cannot be deleted; the server's reason is shown.
    await schedule.getByRole('button', { name: 'Delete playlist Posters' }).click();
    await schedule.getByRole('button', { name: 'Delete playlist', exact: true }).click();
    await expect.poll(() => schedule.getByRole('alert').textContent()).toContain("It is used by the branch's default playlist");
    expect(stored('Posters')).toBeDefined();

    // An item a playlist uses cannot be deleted; the page says which playlist holds it.
    await page.getByRole('button', { name: 'Delete poster.png' }).click();
    await page.getByRole('button', { name: 'Delete item' }).click();
    await expect.poll(() => page.locator('cb-signage-library p.error').textContent()).toContain('Remove it from "Posters" first');
    await page.close();
  });

  it('builds a playlist item by item, reorders it, and edits one duration later', async () => {
    const welcome = signage().createItem({ kind: 'text', name: 'Welcome slide', html: '<p>Welcome</p>' });
    const hours = signage().createItem({ kind: 'web', name: 'Opening hours', url: 'https://example.org/hours' });
    signage().createItem({ kind: 'ticker', name: 'News ticker', text: 'Open late on Thursdays' });
    const page = await openSignage();
    const schedule = page.locator('cb-signage-schedule');
    await schedule.getByRole('button', { name: 'New playlist' }).click();
    const editor = schedule.getByRole('dialog', { name: 'New playlist' });
    await editor.getByLabel('Playlist name').fill('Lobby loop');
    const offered = await editor.getByLabel('Library item').locator('option').allTextContents();
    expect(offered).toContain('Welcome slide (Text slide)');
    // A ticker line joins a playlist too, but runs in the news line: no seconds or transition to set.
    await editor.getByLabel('Library item').selectOption({ label: 'News ticker (Ticker line)' });
    await editor.getByRole('button', { name: 'Add to playlist' }).click();
    await editor.getByText('Runs in the news line while this playlist plays.').waitFor();
    expect(await editor.getByLabel('Seconds for News ticker').count()).toBe(0);
    await editor.getByRole('button', { name: 'Remove News ticker' }).click();
    for (const label of ['Welcome slide (Text slide)', 'Opening hours (Web page)']) {
      await editor.getByLabel('Library item').selectOption({ label });
      await editor.getByRole('button', { name: 'Add to playlist' }).click();
    }
    await editor.getByLabel('Seconds for Welcome slide').fill('12');
    await editor.getByLabel('Transition for Welcome slide').selectOption('fade');
    await editor.getByLabel('Valid from (Welcome slide)').fill('2026-01-01');
    await editor.getByLabel('Seconds for Opening hours').fill('25');
    await editor.getByLabel('Valid until (Opening hours)').fill('2030-12-31');
    await expect.poll(() => editor.locator('[data-total]').textContent()).toContain('Total 37 s for 2 items');
    expect(await seriousViolations(page)).toEqual([]);

    // Moved from the keyboard: the focus follows the row, onto the only direction left.
    await editor.getByRole('button', { name: 'Move Opening hours up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Opening hours'), expect.stringContaining('Welcome slide')]);
    expect(await editor.getByRole('button', { name: 'Move Opening hours down' }).evaluate((b) => b.matches(':focus'))).toBe(true);

    // A problem the server would not catch is named before anything is sent.
    await editor.getByLabel('Valid from (Opening hours)').fill('2031-01-01');
    await editor.getByRole('button', { name: 'Create playlist' }).click();
    await expect.poll(() => editor.getByRole('alert').textContent()).toBe('Opening hours: "valid until" is before "valid from".');
    expect(stored('Lobby loop')).toBeUndefined();
    await editor.getByLabel('Valid from (Opening hours)').fill('');
    await editor.getByRole('button', { name: 'Create playlist' }).click();
    await editor.waitFor({ state: 'hidden' });
    await schedule.locator('tr', { hasText: 'Lobby loop' }).getByText('37 s').waitFor();

    await schedule.getByRole('button', { name: 'Edit playlist Lobby loop' }).click();
    const again = schedule.getByRole('dialog', { name: 'Edit Lobby loop' });
    expect(await again.getByLabel('Seconds for Opening hours').inputValue()).toBe('25');
    expect(await again.getByLabel('Transition for Welcome slide').inputValue()).toBe('fade');
    await again.getByLabel('Seconds for Welcome slide').fill('8');
    await again.getByRole('button', { name: 'Save playlist' }).click();
    await schedule.locator('tr', { hasText: 'Lobby loop' }).getByText('33 s').waitFor();
    expect(stored('Lobby loop')?.items).toEqual([
      { itemId: hours.id, durationMs: 25_000, transition: 'cut', validFrom: null, validTo: '2030-12-31' },
      { itemId: welcome.id, durationMs: 8_000, transition: 'fade', validFrom: '2026-01-01', validTo: null },
    ]);

    // Cancel leaves the stored playlist as it was.
    await schedule.getByRole('button', { name: 'Edit playlist Lobby loop' }).click();
    await again.getByRole('button', { name: 'Remove Welcome slide' }).click();
    await again.getByRole('button', { name: 'Cancel' }).click();
    await again.waitFor({ state: 'hidden' });
    expect(stored('Lobby loop')?.items).toHaveLength(2);

    await schedule.getByRole('button', { name: 'Delete playlist Lobby loop' }).click();
    await schedule.getByRole('button', { name: 'Delete playlist', exact: true }).click();
    await schedule.locator('tr', { hasText: 'Lobby loop' }).waitFor({ state: 'detached' });
    expect(stored('Lobby loop')).toBeUndefined();
    await page.close();
  });
  it('creates a schedule in the editor, edits its name and hours, and names a backwards date range without sending it', async () => {
    const mornings = signage().createPlaylist(branchId(), { name: 'Morning news', items: [] });
    const evenings = signage().createPlaylist(branchId(), { name: 'Evening offers', items: [] });
    const page = await openSignage();
    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET' && r.url().includes('/signage/schedules')) writes.push(`${r.method()} ${r.url()}`);
    });
    const schedule = page.locator('cb-signage-schedule');

    await schedule.getByRole('button', { name: 'New schedule' }).click();
    const editor = schedule.getByRole('dialog', { name: 'New schedule' });
    await editor.getByLabel('Schedule name').fill('Weekday mornings');
    await editor.getByLabel('Playlist').selectOption({ label: 'Morning news' });
    await editor.getByLabel('Sat').check();
    await editor.getByLabel('Start time').fill('07:30');
    await editor.getByLabel('End time').fill('11:00');
    await editor.getByLabel('Start date').fill('2026-03-01');
    await editor.getByLabel('End date').fill('2026-12-31');
    await editor.getByLabel('Display groups').fill('hall, lobby');
    await editor.getByLabel('Priority').fill('5');
    expect(await seriousViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Create schedule' }).click();
    await editor.waitFor({ state: 'hidden' });
    await schedule.locator('tr', { hasText: 'Weekday mornings' }).getByText('Mon Tue Wed Thu Fri Sat 07:30–11:00').waitFor();
    const created = signage().listSchedules(branchId()).find((s) => s.name === 'Weekday mornings')!;
    expect(created).toMatchObject({
      playlistId: mornings.id, groups: ['hall', 'lobby'], priority: 5, validFrom: '2026-03-01', validTo: '2026-12-31',
      rule: { kind: 'daypart', days: [1, 2, 3, 4, 5, 6], from: '07:30', to: '11:00' },
    });

    // Every field comes back as stored; the name and hours change, the rest stays.
    await schedule.getByRole('button', { name: 'Edit schedule Weekday mornings' }).click();
    const edit = schedule.getByRole('dialog', { name: 'Edit Weekday mornings' });
    expect(await edit.getByLabel('Schedule name').inputValue()).toBe('Weekday mornings');
    expect(await edit.getByLabel('Playlist').inputValue()).toBe(String(mornings.id));
    expect(await edit.getByLabel('On chosen days, between two times').isChecked()).toBe(true);
    expect(await edit.getByLabel('Sat').isChecked()).toBe(true);
    expect(await edit.getByLabel('Sun').isChecked()).toBe(false);
    expect(await edit.getByLabel('Start time').inputValue()).toBe('07:30');
    expect(await edit.getByLabel('End time').inputValue()).toBe('11:00');
    expect(await edit.getByLabel('Start date').inputValue()).toBe('2026-03-01');
    expect(await edit.getByLabel('End date').inputValue()).toBe('2026-12-31');
    expect(await edit.getByLabel('Display groups').inputValue()).toBe('hall, lobby');
    expect(await edit.getByLabel('Priority').inputValue()).toBe('5');
    await edit.getByLabel('Schedule name').fill('Early mornings');
    await edit.getByLabel('Start time').fill('06:45');
    await edit.getByLabel('End time').fill('09:15');
    await edit.getByRole('button', { name: 'Save schedule' }).click();
    await edit.waitFor({ state: 'hidden' });
    await schedule.locator('tr', { hasText: 'Early mornings' }).getByText('06:45–09:15').waitFor();
    expect(writes).toEqual([expect.stringMatching(/^POST /), `PUT ${srv.url}/api/branches/${branchId()}/signage/schedules/${created.id}`]);
    expect((await servedSchedules(page)).find((s) => s.id === created.id)).toMatchObject({
      name: 'Early mornings', playlistId: mornings.id, groups: ['hall', 'lobby'], priority: 5, validFrom: '2026-03-01', validTo: '2026-12-31',
      rule: { kind: 'daypart', days: [1, 2, 3, 4, 5, 6], from: '06:45', to: '09:15' },
    });

    // A date range that ends before it starts is named in the editor, and nothing is sent.
    await schedule.getByRole('button', { name: 'Edit schedule Early mornings' }).click();
    const again = schedule.getByRole('dialog', { name: 'Edit Early mornings' });
    await again.getByLabel('Start date').fill('2026-06-01');
    await again.getByLabel('End date').fill('2026-05-01');
    await again.getByRole('button', { name: 'Save schedule' }).click();
    await expect.poll(() => again.getByRole('alert').textContent()).toBe('"End date" (2026-05-01) is before "Start date" (2026-06-01).');
    expect(await again.getByLabel('End date').evaluate((e) => [e.matches(':focus'), e.getAttribute('aria-invalid')])).toEqual([true, 'true']);
    expect(writes).toHaveLength(2);
    expect(await seriousViolations(page)).toEqual([]);

    // Cancel leaves the stored schedule as it was.
    await again.getByRole('button', { name: 'Cancel' }).click();
    await again.waitFor({ state: 'hidden' });
    expect(writes).toHaveLength(2);
    expect(signage().listSchedules(branchId()).find((s) => s.id === created.id)?.validFrom).toBe('2026-03-01');

    // A cron rule: the server's refusal is shown in words; a good expression replaces the daypart, and opens as cron.
    await schedule.getByRole('button', { name: 'Edit schedule Early mornings' }).click();
    await again.getByLabel('Whenever a cron expression matches').check();
    await again.getByLabel('Cron expression', { exact: true }).fill('* 99 * * *');
    await again.getByLabel('Playlist').selectOption({ label: 'Evening offers' });
    await again.getByRole('button', { name: 'Save schedule' }).click();
    await expect.poll(() => again.getByRole('alert').textContent()).toBe('"* 99 * * *" is not a cron expression we can schedule');
    expect(await again.getByLabel('Cron expression', { exact: true }).evaluate((e) => e.matches(':focus'))).toBe(true);
    await again.getByLabel('Cron expression', { exact: true }).fill('* 17-19 * * 1-5');
    await again.getByRole('button', { name: 'Save schedule' }).click();
    await again.waitFor({ state: 'hidden' });
    expect(signage().listSchedules(branchId()).find((s) => s.id === created.id)).toMatchObject({
      name: 'Early mornings', playlistId: evenings.id, rule: { kind: 'cron', expression: '* 17-19 * * 1-5' },
    });
    await schedule.getByRole('button', { name: 'Edit schedule Early mornings' }).click();
    expect(await again.getByLabel('Whenever a cron expression matches').isChecked()).toBe(true);
    expect(await again.getByLabel('Cron expression', { exact: true }).inputValue()).toBe('* 17-19 * * 1-5');
    expect(await again.getByLabel('Start time').isVisible()).toBe(false);
    await again.getByRole('button', { name: 'Cancel' }).click();

    // Removing asks first; only a confirmed removal deletes it.
    await schedule.getByRole('button', { name: 'Remove schedule Early mornings' }).click();
    await schedule.getByRole('button', { name: 'Go back' }).click();
    expect(signage().listSchedules(branchId()).some((s) => s.id === created.id)).toBe(true);
    await schedule.getByRole('button', { name: 'Remove schedule Early mornings' }).click();
    await schedule.getByRole('button', { name: 'Remove schedule', exact: true }).click();
    await expect.poll(() => signage().listSchedules(branchId()).some((s) => s.id === created.id)).toBe(false);
    await page.close();
  });
});
