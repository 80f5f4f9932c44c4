/** createApp: wires services, routes, realtime and error handling around an open database. Never listens. */
import { HTTPException } from 'hono/http-exception';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from './domain/errors.ts';
import type { Database_ } from './db/client.ts';
import { resolveActor } from './http/auth-middleware.ts';
import { authRoutes } from './http/auth-routes.ts';
import { newRouter } from './http/openapi-kit.ts';
import { setupRoutes } from './http/setup-routes.ts';
import { ticketRoutes } from './http/ticket-routes.ts';
import { userRoutes } from './http/user-routes.ts';
import { Hub } from './realtime/hub.ts';
import { mountRealtime, type RealtimeDeps } from './realtime/ws-route.ts';
import { createAuthService } from './services/auth-service.ts';
import { createRepos, type ServiceDeps } from './services/deps.ts';
import { createQueueService } from './services/queue-service.ts';
import { createSetupService } from './services/setup-service.ts';
import { buildSnapshot } from './services/snapshot-service.ts';
import { createStatsScheduler } from './services/stats-service.ts';

export interface AppOptions {
  database: Database_;
  now?: () => number;
  secureCookies?: boolean;
  /** Built browser apps (dist/displays) and shipped media; omitted in API-only tests. */
  staticRoots?: { apps: string; media: string };
  realtime?: Pick<RealtimeDeps, 'limits'>;
  statsDelayMs?: number;
}

export const API_VERSION = '0.1.0';

export function createApp(options: AppOptions) {
  const now = options.now ?? Date.now;
  const { db, sqlite } = options.database;
  const repos = createRepos(db);
  // The hub is the publisher; its snapshots are built from the same deps, hence the late binding.
  let deps!: ServiceDeps;
  const hub = new Hub({ snapshotOf: (branchId) => buildSnapshot(deps, branchId), now });
  deps = { db, sqlite, repos, publisher: hub, now };
  const stats = createStatsScheduler(deps, options.statsDelayMs);
  const auth = createAuthService(deps);
  const queue = createQueueService(deps, stats);
  const setup = createSetupService(deps);

  const app = newRouter();

  app.onError((err, c) => {
    if (err instanceof AppError) {
      return c.json({ error: { code: err.code, message: err.message } }, err.status);
    }
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      const code = status === 413 ? 'payload_too_large' : 'bad_request';
      return c.json({ error: { code, message: err.message || 'bad request' } }, status);
    }
    console.error('unhandled error', c.req.method, c.req.path, err);
    return c.json({ error: { code: 'internal', message: 'something went wrong on our side' } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` } }, 404));

  app.get('/healthz', (c) => {
    sqlite.prepare('select 1').get();
    return c.json({ ok: true, version: API_VERSION, displays: hub.subscriberCount() });
  });

  app.use('/api/*', bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.json({ error: { code: 'payload_too_large', message: 'request body over 64 KiB' } }, 413) }));
  app.use('/api/*', resolveActor(auth));
  app.route('/api', authRoutes(auth, options.secureCookies ?? false));
  app.route('/api', setupRoutes(setup, auth, repos));
  app.route('/api', userRoutes(auth, repos));
  app.route('/api', ticketRoutes(queue, deps, repos));

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'cb_session' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'device', { type: 'http', scheme: 'bearer' });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Callboard API', version: API_VERSION, description: 'Queue, setup and accounts. Realtime: see PROTOCOL.md.' },
  });

  const sessions = mountRealtime(app, {
    hub,
    auth,
    repos,
    now,
    limits: options.realtime?.limits,
    onStatus: (principal) => {
      if (principal.kind === 'device') repos.accounts.updateDisplay(principal.displayId, { lastSeenAt: now() });
    },
  });

  if (options.staticRoots) {
    app.use('/media/*', serveStatic({ root: options.staticRoots.media, rewriteRequestPath: (p) => p.replace(/^\/media/, '') }));
    app.use('/*', serveStatic({ root: options.staticRoots.apps }));
  }

  return {
    app,
    hub,
    sessions,
    services: { auth, queue, setup, stats },
    deps,
    close() {
      stats.close();
      sessions.closeAll();
    },
  };
}

export type CallboardApp = ReturnType<typeof createApp>;
