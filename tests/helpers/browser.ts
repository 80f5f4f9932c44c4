/** Debian's Chromium driven by playwright-core, one persistent context per test file, with a clean profile. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CALLBOARD_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export interface Browser {
  context: BrowserContext;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** `autoplay: false` leaves Chromium's default policy, to test what a TV does before anyone taps it. */
export async function launchBrowser(options: { autoplay?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'callboard-chromium-'));
  const args = options.autoplay === false ? ARGS.filter((a) => !a.startsWith('--autoplay')) : ARGS;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args,
    viewport: { width: 1280, height: 720 },
  });
  return {
    context,
    async newPage(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A browser for the calling file: launched in its own `beforeAll`, closed in `afterAll`. Called after
 * `useTestServer`, it closes before the server does. Reading the handle before the launch throws.
 */
export function useBrowser(options: { autoplay?: boolean } = {}): Browser {
  let launched: Browser | null = null;
  beforeAll(async () => {
    launched = await launchBrowser(options);
  });
  afterAll(async () => {
    await launched?.close();
  });
  const running = (): Browser => {
    if (!launched) throw new Error('useBrowser: the browser is read before its beforeAll launched it (or its launch failed)');
    return launched;
  };
  return {
    get context() {
      return running().context;
    },
    newPage: (viewport) => running().newPage(viewport),
    close: () => running().close(),
  };
}
