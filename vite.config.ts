/// <reference types="vitest/config" />
/**
 * Builds the browser apps under displays/; vitest shares the config. Two commands: `vite build` builds the
 * people-facing apps (staff, admin, kiosk, phone) and empties dist/; `vite build --mode screens` then adds
 * the screens (board, counter display), each in a build of its own, so a screen's code is one file holding
 * only what that screen runs: shared chunks of a multi-page build mix in code of the other apps, and a
 * chunk split off for what two screens share compresses worse than one file (the board has a 30 KB budget).
 * `npm run build` runs both.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type LogLevel, type Plugin } from 'vite';
import { minifyLitLiteralsPlugin } from './build/minify-lit-literals.ts';
import { precompressPlugin } from './build/precompress.ts';

const root = resolve(import.meta.dirname, 'displays');
const SCREENS = ['board', 'counter'];
/** The mode of the build that makes one screen; `screens` makes the first and starts one of these for each other. */
const SCREEN_MODE = 'screen-';
const allApps = readdirSync(root).filter((name) => existsSync(resolve(root, name, 'index.html')));

/** When the first screen's build closes, builds each other screen the same way, one after the other. */
function buildOtherScreens(screens: readonly string[]): Plugin {
  let logLevel: LogLevel | undefined;
  return {
    name: 'callboard:build-other-screens',
    apply: 'build',
    configResolved(config) {
      logLevel = config.logLevel;
    },
    async closeBundle() {
      for (const screen of screens) {
        await build({ configFile: resolve(import.meta.dirname, 'vite.config.ts'), mode: `${SCREEN_MODE}${screen}`, logLevel });
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const screen = mode === 'screens' ? SCREENS[0]! : mode.startsWith(SCREEN_MODE) ? mode.slice(SCREEN_MODE.length) : null;
  const apps = screen ? [screen] : allApps.filter((a) => !SCREENS.includes(a));
  return {
    root,
    base: '/',
    publicDir: false,
    mode: 'production',
    plugins: [minifyLitLiteralsPlugin(), precompressPlugin(), ...(mode === 'screens' ? [buildOtherScreens(SCREENS.slice(1))] : [])],
    build: {
      outDir: resolve(import.meta.dirname, 'dist/displays'),
      emptyOutDir: !screen,
      target: 'es2022',
      // A screen is one file and its lazy chunks import only that file: nothing to preload, so no polyfill for it.
      modulePreload: screen ? { polyfill: false } : undefined,
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
