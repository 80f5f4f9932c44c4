/** Builds the apps and the server once before the test run, so tests load exactly what `npm start` serves. */
import { execFileSync } from 'node:child_process';
import { build } from 'vite';

export default async function setup() {
  // For a quick local run of non-browser tests while an app is half-written; `npm test` always builds.
  if (process.env.CALLBOARD_SKIP_BUILD === '1') return;
  // vitest sets NODE_ENV=test, which would make Vite bundle Lit's dev build and drop the service worker.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // The same two passes as `npm run build` (see vite.config.ts).
    await build({ logLevel: 'warn', mode: 'production' });
    await build({ logLevel: 'warn', mode: 'screens' });
    // The compiled server, which the real-process tests (tests/faults) run as `npm start` does.
    execFileSync('npm', ['run', '--silent', 'build:server'], { stdio: 'inherit' });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
