/**
 * CSRF guard for cookie-authenticated changes. SameSite=Lax already keeps the cookie off cross-site
 * POSTs; this is the second wall for same-site attackers (another app on a sibling host) and old
 * browsers: a state-changing request that carries the session cookie must either send the
 * `X-Callboard-CSRF` header (which a cross-origin page cannot add without a CORS preflight we never
 * grant) or come from our own origin (Origin header matching Host). Requests without a cookie (device
 * bearer tokens, phones, scripts) are not ambient-credentialed and pass.
 */
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { SESSION_COOKIE } from '../http/auth-middleware.ts';

export const CSRF_HEADER = 'x-callboard-csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function csrfGuard() {
  return createMiddleware(async (c, next) => {
    if (SAFE.has(c.req.method) || !getCookie(c, SESSION_COOKIE)) return next();
    if (c.req.header(CSRF_HEADER)) return next();
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const host = c.req.header('x-forwarded-host') ?? c.req.header('host');
    // A browser always sends Origin on POST/PATCH/DELETE; scripts with a cookie (tests, curl) may not.
    const allowed = origin ? sameOrigin(origin, host) : fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none';
    if (!allowed) {
      return c.json({ error: { code: 'csrf', message: 'cross-site request refused; reload the page and try again' } }, 403);
    }
    await next();
  });
}
