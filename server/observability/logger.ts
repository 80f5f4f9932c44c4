/** Structured logs (pino): one line per request and per significant event, never a token or password. */
import pino, { type Logger } from 'pino';
import { createMiddleware } from 'hono/factory';

export type { Logger };

export function createLogger(level: string = process.env.CALLBOARD_LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { app: 'callboard' } });
}

/** Logs method, path without its query (tokens travel in display URLs), status, duration and who. */
export function requestLogger(log: Logger) {
  return createMiddleware(async (c, next) => {
    const start = performance.now();
    await next();
    const actor = c.get('actor' as never) as { kind: string } | null | undefined;
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - start) * 10) / 10,
        actor: actor?.kind ?? 'anonymous',
      },
      'request',
    );
  });
}
