/** Starts a Callboard server from a config: database, first admin, demo data, HTTP and WebSocket on one port. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { createApp, type AppOptions, type CallboardApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/client.ts';
import { APPS_DIR, MEDIA_DIR } from './paths.ts';
import { seedDemo, type DemoCredentials } from './services/demo-seed.ts';
import { createSpeech, detectEngine, engineStartupMessage } from './speech/index.ts';
import { scheduleRetention } from './security/retention.ts';


export interface RunningServer {
  url: string;
  port: number;
  app: CallboardApp;
  demo: DemoCredentials | null;
  /** Set only on the start that created the admin with a generated password. */
  generatedAdminPassword: string | null;
  close(): Promise<void>;
}

export async function startServer(config: Config, extra: Partial<AppOptions> = {}): Promise<RunningServer> {
  const database = openDatabase(join(config.dataDir, 'callboard.sqlite'), config.sqliteSync);
  const engine = await detectEngine();
  const speech = createSpeech({ cacheDir: join(config.dataDir, 'speech-cache') });
  const app = createApp({
    database,
    speech,
    secureCookies: config.secureCookies,
    trustedProxies: config.trustedProxies,
    metricsToken: config.metricsToken,
    dataDir: config.dataDir,
    staticRoots: { apps: APPS_DIR, media: MEDIA_DIR },
    ...extra,
  });
  const engineMessage = engineStartupMessage(engine);
  app.log[engineMessage.level]({ engine: engine.command }, engineMessage.message);
  const admin = await app.services.auth.bootstrapAdmin(config.adminPassword);
  const retention = scheduleRetention(database.sqlite, Date.now, config.contactRetentionDays, (n) =>
    app.log.info({ tickets: n }, 'erased visitor contact data past its retention period'),
  );
  const demo = config.demo ? await loadOrSeedDemo(config.dataDir, app) : null;

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.app.fetch, port: config.port, hostname: config.host, websocket: { server: wss } }, () =>
      resolve(s),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const url = config.publicUrl ?? `http://localhost:${port}`;

  let closed = false;
  return {
    url,
    port,
    app,
    demo,
    generatedAdminPassword: admin.generated,
    async close() {
      if (closed) return;
      closed = true;
      retention.stop();
      app.close();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => {
        // close() waits for open connections. Requests in flight get a moment to finish; a connection a
        // browser opened ahead of time and never used would otherwise hold the shutdown until its timeout.
        const cut = setTimeout(() => (server as Server).closeAllConnections(), 1000);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
      });
      await speech.close();
      database.close();
    },
  };
}

/** Demo device tokens are kept in the data dir so the printed demo URLs keep working across restarts. */
async function loadOrSeedDemo(dataDir: string, app: CallboardApp): Promise<DemoCredentials | null> {
  const file = join(dataDir, 'demo-credentials.json');
  const seeded = await seedDemo(app.deps, app.services.setup, app.services.auth);
  if (seeded) {
    writeFileSync(file, JSON.stringify(seeded, null, 2), { mode: 0o600 });
    return seeded;
  }
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoCredentials) : null;
}
