/**
 * Serves the built browser apps and shipped media with the caching each needs: hashed assets forever,
 * pages and the service worker always revalidated, chimes for a day. Text files go out precompressed
 * (Brotli or gzip, whichever the browser accepts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

export const APPS = ['staff', 'admin', 'kiosk', 'board', 'counter', 'phone'] as const;

export function mountStaticApps(app: Hono<any>, roots: { apps: string; media: string }) {
  app.get('/', (c) => {
    // A newcomer lands on the first app that was built, the staff console when there is one.
    const first = APPS.find((a) => existsSync(join(roots.apps, a, 'index.html')));
    return first ? c.redirect(`/${first}/`) : c.json({ error: { code: 'not_built', message: 'run npm run build' } }, 404);
  });
  app.use(
    '/media/*',
    serveStatic({
      root: roots.media,
      rewriteRequestPath: (p) => p.replace(/^\/media/, ''),
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=86400'),
    }),
  );
  app.use(
    '/*',
    serveStatic({
      root: roots.apps,
      // The build writes .br and .gz copies of its text files (build/precompress.ts).
      precompressed: true,
      onFound: (path, c) => {
        if (/\/assets\/sw-[\w-]+\.js(?:\.br|\.gz|\.zst)?$/.test(path)) {
          // The worker is built under /assets/ but controls /<app>/ pages: allow that scope.
          c.header('Service-Worker-Allowed', '/');
          c.header('Cache-Control', 'no-cache');
        } else if (path.includes('/assets/')) {
          c.header('Cache-Control', 'public, max-age=31536000, immutable');
        } else {
          c.header('Cache-Control', 'no-cache');
        }
      },
    }),
  );
}
