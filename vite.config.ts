/// <reference types="vitest/config" />
/** Builds every browser app under displays/ as one multi-page bundle; vitest shares the config. */
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, 'displays');
const apps = readdirSync(root).filter((name) => existsSync(resolve(root, name, 'index.html')));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'dist/displays'),
    emptyOutDir: true,
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
});
