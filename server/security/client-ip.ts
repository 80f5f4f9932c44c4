/**
 * The caller's IP address, for rate limits, the login lockout and the audit log. By default the socket's
 * peer, never a forwarding header: anyone can write one. Behind a reverse proxy every request comes from
 * the proxy, so `CALLBOARD_TRUSTED_PROXIES` names the proxies whose `X-Forwarded-For` is believed; the
 * address is then the nearest one in that header that is not itself a trusted proxy (proxy-addr, the
 * module Express uses for the same job).
 */
import type { IncomingMessage } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import proxyaddr from 'proxy-addr';

type Trust = (address: string, hop: number) => boolean;

/** Checks the list at start-up: a typo must stop the server, not silently trust nobody (or everybody). */
export function compileTrustedProxies(list: string[]): Trust {
  return proxyaddr.compile(list);
}

/** Resolves the client's address once per request (before anything that limits or records by address). */
export function clientAddress(trusted: string[]) {
  const trust = trusted.length > 0 ? compileTrustedProxies(trusted) : null;
  return createMiddleware<{ Variables: { clientIp: string } }>(async (c, next) => {
    c.set('clientIp', resolve(c, trust));
    await next();
  });
}

function resolve(c: Context, trust: Trust | null): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (trust && incoming?.socket) return proxyaddr(incoming, trust);
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (app.request in tests) have no socket.
    return 'local';
  }
}

export function clientIp(c: Context): string {
  return (c.get('clientIp' as never) as string | undefined) ?? resolve(c, null);
}
