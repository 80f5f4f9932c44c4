/** Login, logout and "who am I" for staff and admins, with an httpOnly session cookie. */
import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { UserRow } from '../db/schema.ts';
import { SESSION_TTL_MS, type AuthService } from '../services/auth-service.ts';
import { SESSION_COOKIE, actorOf, requireRole } from './auth-middleware.ts';
import { errors, jsonBody, newRouter, ok, sessionSecurity } from './openapi-kit.ts';
import { AppError } from '../domain/errors.ts';
import { clientIp } from '../security/client-ip.ts';
import type { LoginThrottle } from '../security/login-throttle.ts';
import type { Audit } from '../security/audit.ts';
import { tooManyRequests } from '../security/rate-limit.ts';

export const UserView = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(['admin', 'staff']),
    branchId: z.number().int().nullable(),
    disabled: z.boolean(),
  })
  .openapi('User');

export const toUserView = (u: UserRow) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  branchId: u.branchId,
  disabled: u.disabled,
});

const Login = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) }).openapi('Login');

export function authRoutes(auth: AuthService, secureCookies: boolean, throttle: LoginThrottle, audit: Audit) {
  const r = newRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      tags: ['auth'],
      request: jsonBody(Login),
      responses: { 200: ok(z.object({ user: UserView }), 'Logged in; the session cookie is set'), ...errors(400, 401, 429) },
    }),
    async (c) => {
      const { username, password } = c.req.valid('json');
      const ip = clientIp(c);
      const wait = throttle.retryAfter(username, ip);
      if (wait > 0) {
        audit.record({ actor: null, actorName: username, action: 'login', target: null, outcome: 'denied', ip });
        return tooManyRequests(c, wait, 'too many failed logins; wait before trying again') as never;
      }
      let session: Awaited<ReturnType<AuthService['login']>>;
      try {
        session = await auth.login(username, password);
      } catch (err) {
        if (err instanceof AppError && err.status === 401) {
          throttle.recordFailure(username, ip);
          audit.record({ actor: null, actorName: username, action: 'login', target: null, outcome: 'failed', ip });
        }
        throw err;
      }
      throttle.recordSuccess(username);
      const { token, user } = session;
      audit.record({ actor: { kind: 'user', user }, action: 'login', target: null, outcome: 'ok', ip });
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: secureCookies,
        path: '/',
        maxAge: SESSION_TTL_MS / 1000,
      });
      return c.json({ user: toUserView(user) }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/auth/logout',
      tags: ['auth'],
      responses: { 200: ok(z.object({ ok: z.literal(true) }), 'Logged out') },
    }),
    (c) => {
      auth.logout(getCookie(c, SESSION_COOKIE));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true as const }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/auth/me',
      tags: ['auth'],
      security: sessionSecurity,
      middleware: [requireRole('admin', 'staff')],
      responses: { 200: ok(z.object({ user: UserView }), 'The logged-in user'), ...errors(401, 403) },
    }),
    (c) => {
      const actor = actorOf(c);
      if (actor.kind !== 'user') throw new Error('unreachable: requireRole admits users only');
      return c.json({ user: toUserView(actor.user) }, 200);
    },
  );

  return r;
}
