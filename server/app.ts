/** createApp: wires services, routes, realtime and error handling around an open database. Never listens. */
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from './domain/errors.ts';
import type { Database_ } from './db/client.ts';
import { requestSizeLimit } from './http/body-limit.ts';
import { resolveActor } from './http/auth-middleware.ts';
import { authRoutes } from './http/auth-routes.ts';
import { newRouter } from './http/openapi-kit.ts';
import { setupRoutes } from './http/setup-routes.ts';
import { ticketRoutes } from './http/ticket-routes.ts';
import { userRoutes } from './http/user-routes.ts';
import { Hub } from './realtime/hub.ts';
import { mountRealtime, type RealtimeDeps } from './realtime/ws-route.ts';
import { createAuthService } from './services/auth-service.ts';
import { createRepos, createTransactionRunner, type ServiceDeps } from './services/deps.ts';
import { createGroupCommit } from './db/group-commit.ts';
import { createQueueService } from './services/queue-service.ts';
import { createSetupService } from './services/setup-service.ts';
import { buildSnapshot } from './services/snapshot-service.ts';
import { createLogger, requestLogger, type Logger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';
import { computeStats, createStatsScheduler } from './services/stats-service.ts';
import { createAnnouncementService } from './services/announcement-service.ts';
import { createCallAudio } from './services/call-audio.ts';
import { announcementRoutes } from './http/announcement-routes.ts';
import { phoneRoutes } from './http/phone-routes.ts';
import { createPhoneService } from './services/phone-service.ts';
import { createDeviceService } from './services/device-service.ts';
import { deviceRoutes } from './http/device-routes.ts';
import { createInsight } from './insight/index.ts';
import { feedbackRoutes } from './http/feedback-routes.ts';
import { insightRoutes } from './http/insight-routes.ts';
import { speechRoutes } from './http/speech-routes.ts';
import { mountStaticApps } from './http/static-apps.ts';
import type { Speech } from './speech/index.ts';
import { createSignage } from './signage/index.ts';
import type { EventPublisher } from './services/deps.ts';
import { inlineStyleHashes, securityHeaders } from './security/headers.ts';
import { csrfGuard } from './security/csrf.ts';
import { LoginThrottle } from './security/login-throttle.ts';
import { rateLimit } from './security/rate-limit.ts';
import { securityOptions, type SecurityOptions } from './security/index.ts';
import { auditTrail, createAudit } from './security/audit.ts';
import { bearerMatches } from './security/bearer.ts';
import { clientAddress } from './security/client-ip.ts';
import { auditRoutes } from './http/security-audit-routes.ts';

export interface AppOptions {
  database: Database_;
  now?: () => number;
  secureCookies?: boolean;
  /** Reverse proxies whose X-Forwarded-For names the client (see security/client-ip.ts). */
  trustedProxies?: string[];
  /** When set, GET /metrics wants it as a bearer token (a scraper's secret); otherwise it is open. */
  metricsToken?: string | null;
  /** Built browser apps (dist/displays) and shipped media; omitted in API-only tests. */
  staticRoots?: { apps: string; media: string };
  realtime?: Pick<RealtimeDeps, 'limits'>;
  statsDelayMs?: number;
  logger?: Logger;
  /** Speech synthesis with its cache; without it calls are visual only and /speech is not served. */
  speech?: Speech;
  /** Where signage uploads live (`<dataDir>/media`); without it uploads are refused. */
  dataDir?: string;
  /** Login lockout and public rate limits; defaults in server/security/index.ts. */
  security?: Partial<SecurityOptions>;
}

export const API_VERSION = '0.1.0';

export function createApp(options: AppOptions) {
  const now = options.now ?? Date.now;
  const { db, sqlite } = options.database;
  const repos = createRepos(db);
  // The hub is the publisher; its snapshots are built from the same deps, hence the late binding.
  let deps!: ServiceDeps;
  const hub = new Hub({ snapshotOf: (branchId) => buildSnapshot(deps, branchId), now });
  const log = options.logger ?? createLogger();
  const metrics = createMetrics();
  let callAudio: ReturnType<typeof createCallAudio> | null = null;
  // Committed events go to the screens first (a call's latency is the product), then the audio side
  // effects and the metrics (see metrics.instrument).
  const fanOut: EventPublisher = {
    publish(branchId, events) {
      hub.publish(branchId, events);
      callAudio?.onEvents(branchId, events);
    },
  };
  const groupCommit = createGroupCommit(sqlite, { onAfterCommitError: (err) => log.error({ err }, 'publishing committed events failed') });
  deps = { db, sqlite, repos, publisher: metrics.instrument(fanOut, now), now, transaction: createTransactionRunner(sqlite), groupCommit };
  if (options.speech) callAudio = createCallAudio(deps, options.speech, log);
  const stats = createStatsScheduler(deps, options.statsDelayMs);
  const auth = createAuthService(deps);
  const queue = createQueueService(deps, stats);
  const setup = createSetupService(deps);
  const announcements = createAnnouncementService(deps);
  const phone = createPhoneService(deps, queue);
  // A board moved to another group gets that group's content now, not at its next reconnect.
  const devices = createDeviceService(deps, auth, { groupChanged: (d) => signage.service.changed(d.branchId) });
  const insight = createInsight(deps);
  const signage = createSignage(deps, auth, { dataDir: options.dataDir, speak: (b, text, group) => announcements.announce(b, { text, group }, { kind: 'system' }) });

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
    log.error({ err, method: c.req.method, path: c.req.path }, 'unhandled error');
    return c.json({ error: { code: 'internal', message: 'something went wrong on our side' } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` } }, 404));

  app.use('*', clientAddress(options.trustedProxies ?? []));
  app.use('*', requestLogger(log));
  const security = securityOptions(options.security);
  app.use('*', securityHeaders({ styleHashes: options.staticRoots ? inlineStyleHashes(options.staticRoots.apps) : [] }));
  // Before every /api route, uploads included: a cookie-authenticated change must come from our origin.
  app.use('/api/*', csrfGuard());
  const audit = createAudit(db, now, groupCommit);
  app.use('/api/*', auditTrail(audit));

  app.get('/metrics', async (c) => {
    if (options.metricsToken && !bearerMatches(c.req.header('authorization'), options.metricsToken)) {
      return c.json({ error: { code: 'unauthorized', message: 'metrics need the scraper token (CALLBOARD_METRICS_TOKEN)' } }, 401, { 'www-authenticate': 'Bearer' });
    }
    const { contentType, body } = await metrics.render();
    return c.body(body, 200, { 'content-type': contentType });
  });

  app.get('/healthz', (c) => {
    sqlite.prepare('select 1').get();
    return c.json({ ok: true, version: API_VERSION, displays: hub.subscriberCount() });
  });

  app.route('/', signage.publicRoutes); // before the 64 KiB limit: uploads carry their own
  app.use('/api/*', requestSizeLimit(64 * 1024, (c) => c.json({ error: { code: 'payload_too_large', message: 'request body over 64 KiB' } }, 413)));
  app.use('/api/*', resolveActor(auth));
  // Public endpoints (no account): per-IP limits so one address cannot flood the queue or pairing.
  app.on('POST', '/api/pairings', rateLimit(security.publicLimits.pairing, now));
  app.on('POST', ['/api/branches/:id/join', '/api/phone/:token/leave'], rateLimit(security.publicLimits.join, now));
  app.on('GET', ['/api/phone/:token', '/api/pairings/:pairingId', '/api/branches/:id/join'], rateLimit(security.publicLimits.phone, now));
  app.route('/api', authRoutes(auth, options.secureCookies ?? false, new LoginThrottle(security.login, now), audit));
  app.route('/api', auditRoutes(audit));
  app.route('/api', setupRoutes(setup, auth, repos));
  app.route('/api', userRoutes(auth, repos));
  app.route('/api', ticketRoutes(queue, deps, repos));
  app.route('/api', announcementRoutes(announcements));
  app.route('/api', phoneRoutes(phone));
  app.route('/api', deviceRoutes(devices));
  app.route('/api', feedbackRoutes(insight.feedback));
  app.route('/api', insightRoutes(insight.reports, repos, now));
  app.route('/api', signage.apiRoutes);
  if (options.speech) app.route('/', speechRoutes(options.speech, repos, now));

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
    onStatus: (principal, status) => {
      if (principal.kind === 'device') devices.recordStatus(principal.displayId, status);
    },
    deviceSettings: (displayId) => devices.settings(displayId),
  });
  devices.connect(sessions);
  signage.service.connect(sessions);
  auth.connect(sessions);

  metrics.setSources({
    connectedByBranch: () => hub.subscriberCounts(),
    sendQueueBytes: () => [...sessions.sessions].map((s) => s.bufferedAmount()),
    speech: options.speech ? () => options.speech!.stats() : undefined,
    waiting: () =>
      repos.setup.listBranches().flatMap((b) => {
        const prefixes = new Map(repos.setup.listServices(b.id).map((s) => [s.id, s.prefix]));
        return computeStats(deps, b.id).map((s) => ({ branchId: b.id, service: prefixes.get(s.serviceId) ?? '?', count: s.waiting }));
      }),
  });

  if (options.staticRoots) mountStaticApps(app, options.staticRoots);

  return {
    app,
    hub,
    sessions,
    services: { auth, queue, setup, stats, announcements, devices, signage: signage.service },
    deps,
    log,
    metrics,
    close() {
      // Writes already accepted are committed (and their callers answered) before the database closes.
      groupCommit.flush();
      stats.close();
      signage.close();
      callAudio?.close();
      sessions.closeAll();
    },
  };
}

export type CallboardApp = ReturnType<typeof createApp>;
