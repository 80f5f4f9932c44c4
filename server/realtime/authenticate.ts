/** Turns a hello's credentials into a principal allowed to watch the requested branch (P2). */
import { getCookie } from 'hono/cookie';
import type { Context } from 'hono';
import { CloseCode, type ClientMessage } from '../../shared/protocol.ts';
import type { AuthService } from '../services/auth-service.ts';
import { canAccessBranch } from '../services/access.ts';
import { SESSION_COOKIE } from '../http/auth-middleware.ts';
import type { AuthResult } from './session.ts';
import { sameOrigin } from '../security/csrf.ts';

type Hello = Extract<ClientMessage, { type: 'hello' }>;

export function createAuthenticator(auth: AuthService, c: Context) {
  // Read during the upgrade request: the browser sends its session cookie only then. A page on another
  // origin must not ride the cookie (cross-site WebSocket hijacking): its upgrade counts as no session.
  const origin = c.req.header('origin');
  const foreign = origin !== undefined && !sameOrigin(origin, c.req.header('x-forwarded-host') ?? c.req.header('host'));
  const sessionToken = foreign ? undefined : getCookie(c, SESSION_COOKIE);
  return (hello: Hello): AuthResult => {
    const forbidden: AuthResult = { ok: false, code: CloseCode.Forbidden, reason: 'not allowed to watch this branch' };
    switch (hello.auth.kind) {
      case 'device': {
        const display = auth.deviceByToken(hello.auth.token);
        if (!display) return { ok: false, code: CloseCode.Unauthorized, reason: 'unknown or revoked device token' };
        if (display.branchId !== hello.branchId) return forbidden;
        return { ok: true, principal: { kind: 'device', displayId: display.id, branchId: display.branchId } };
      }
      case 'session': {
        const user = auth.sessionUser(sessionToken);
        if (!user) return { ok: false, code: CloseCode.Unauthorized, reason: 'no valid session' };
        if (!canAccessBranch({ kind: 'user', user }, hello.branchId)) return forbidden;
        return { ok: true, principal: { kind: 'user', userId: user.id } };
      }
    }
  };
}
