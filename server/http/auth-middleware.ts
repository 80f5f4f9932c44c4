/** Resolves who is calling (session cookie or device bearer token) and guards routes by role. */
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { forbidden, unauthorized } from '../domain/errors.ts';
import type { AuthService } from '../services/auth-service.ts';
import type { Actor } from '../services/deps.ts';
import type { Env } from './env.ts';

export const SESSION_COOKIE = 'cb_session';

export type Role = 'admin' | 'staff' | 'kiosk' | 'display';

export function roleOf(actor: Actor | null): Role | null {
  if (!actor) return null;
  if (actor.kind === 'user') return actor.user.role;
  if (actor.kind === 'device') return actor.display.kind === 'kiosk' ? 'kiosk' : 'display';
  return null;
}

export function resolveActor(auth: AuthService) {
  return createMiddleware<Env>(async (c, next) => {
    const user = auth.sessionUser(getCookie(c, SESSION_COOKIE));
    let actor: Actor | null = user ? { kind: 'user', user } : null;
    const bearer = c.req.header('authorization')?.match(/^Bearer (\S+)$/)?.[1];
    if (!actor && bearer) {
      const display = auth.deviceByToken(bearer);
      if (display) actor = { kind: 'device', display };
    }
    c.set('actor', actor);
    await next();
  });
}

export function requireRole(...roles: Role[]) {
  return createMiddleware<Env>(async (c, next) => {
    const actor = c.get('actor');
    const role = roleOf(actor);
    if (!role) throw unauthorized();
    if (!roles.includes(role)) throw forbidden();
    await next();
  });
}

/** The actor of a request that passed `requireRole` (never null there). */
export function actorOf(c: { get(key: 'actor'): Actor | null }): Actor {
  const actor = c.get('actor');
  if (!actor) throw unauthorized();
  return actor;
}
