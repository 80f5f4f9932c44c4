/** GET /api/audit: the security audit log for admins, filtered by time, actor and action. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Audit } from '../security/audit.ts';
import { requireRole } from './auth-middleware.ts';
import { errors, newRouter, ok, sessionSecurity } from './openapi-kit.ts';

const AuditQuery = z.object({
  from: z.coerce.number().int().nonnegative().optional().describe('Epoch milliseconds, inclusive'),
  to: z.coerce.number().int().nonnegative().optional().describe('Epoch milliseconds, inclusive'),
  actor: z.string().trim().min(1).max(80).optional().describe('A username, a device name, or a user/device id'),
  action: z.string().trim().min(1).max(80).optional().describe('Part of the action, e.g. "transfer" or "login"'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

const AuditEntryView = z
  .object({
    id: z.number().int(),
    at: z.number(),
    actorKind: z.string(),
    actorId: z.number().int().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    target: z.string().nullable(),
    outcome: z.string(),
    ip: z.string().nullable(),
  })
  .openapi('AuditEntry');

export function auditRoutes(audit: Audit) {
  const r = newRouter();
  r.openapi(
    createRoute({ method: 'get', path: '/audit', tags: ['security'], security: sessionSecurity, middleware: [requireRole('admin')],
      summary: 'Logins, calls, transfers, announcements, configuration changes, pairing, revocation and uploads, newest first',
      request: { query: AuditQuery },
      responses: { 200: ok(z.object({ entries: z.array(AuditEntryView) }), 'Matching entries'), ...errors(400, 401, 403) } }),
    (c) => c.json({ entries: audit.query(c.req.valid('query')) }, 200),
  );
  return r;
}
