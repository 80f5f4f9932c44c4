import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { useTestServer } from '../helpers/test-server.ts';

const srv = useTestServer();
const browser = useBrowser();

describe('a board without network', () => {
  it('rebooted while the server is unreachable, still shows its last state, marked stale', async () => {
    const { branchId, boardToken } = srv.server.demo!;
    const page = await browser.newPage({ width: 1280, height: 720 });
    await page.goto(`${srv.url}/board/?branch=${branchId}&token=${boardToken}`);
    await page.locator('cb-board header').waitFor();
    // The service worker takes over and caches the app shell.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      return registration.scope;
    });
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
    // The whole shell, not just the page: a server that stops while the worker still fetches a script cannot answer it.
    await expect
      .poll(() => page.evaluate(async () => {
        const shell = ['/board/', ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src)];
        return (await Promise.all(shell.map((url) => caches.match(url)))).every(Boolean);
      }))
      .toBe(true);

    const url = srv.url;
    await srv.server.close();
    await page.goto(`${url}/board/`);
    await expect.poll(() => page.locator('cb-board header').textContent()).toContain('Callboard Demo');
    await expect.poll(() => page.locator('cb-board .stale-bar').count()).toBe(1);
  });
});
