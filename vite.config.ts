/// <reference types="vitest/config" />
/**
 * Builds the browser apps under displays/; vitest shares the config. Two passes: `vite build` builds the
 * people-facing apps (staff, admin, kiosk, phone) and empties dist/; `vite build --mode screens` then
 * adds the board and the counter display on their own, so their chunks hold only what a screen runs
 * (shared chunks of a single multi-page build mix in code of the other apps, and the board has a 30 KB
 * budget). `npm run build` runs both.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, 'displays');
const SCREENS = ['board', 'counter'];
const allApps = readdirSync(root).filter((name) => existsSync(resolve(root, name, 'index.html')));

export default defineConfig(({ mode }) => {
  const screens = mode === 'screens';
  const apps = allApps.filter((a) => SCREENS.includes(a) === screens);
  return {
    root,
    base: '/',
    publicDir: false,
    mode: 'production',
    build: {
      outDir: resolve(import.meta.dirname, 'dist/displays'),
      emptyOutDir: !screens,
      target: 'es2022',
      rollupOptions: { input: Object.fromEntries(apps.map((a) => [a, resolve(root, a, 'index.html')])) },
    },
    test: {
      root: import.meta.dirname,
      include: ['tests/**/*.test.ts'],
      globalSetup: ['tests/helpers/global-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      pool: 'forks',
      env: { CALLBOARD_LOG_LEVEL: 'silent' },
    },
  };
});
