/**
 * The security audit log: logins, and every change an authenticated user or device makes through the
 * API (calls, transfers, announcements, configuration, pairing, revocation, uploads), recorded at the
 * HTTP edge so no use case can forget it. Rows are append-only (triggers in migration 0005).
 */
import { and, desc, eq, gte, like, lte, or, type SQL } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Db } from '../db/client.ts';
import type { GroupCommit } from '../db/group-commit.ts';
import { auditLog, type AuditRow } from '../db/schema.ts';
import type { Env } from '../http/env.ts';
import type { Actor } from '../services/deps.ts';
import { clientIp } from './client-ip.ts';

export interface AuditEntry {
  actor: Actor | null;
  /** For failed logins, the name that was tried. */
  actorName?: string;
  action: string;
  target: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  ip: string | null;
}

export interface AuditQuery {
  from?: number;
  to?: number;
  actor?: string;
  action?: string;
  limit: number;
}

function describeActor(actor: Actor | null): { kind: string; id: number | null; name: string | null } {
  if (!actor) return { kind: 'anonymous', id: null, name: null };
  switch (actor.kind) {
    case 'user':
      return { kind: 'user', id: actor.user.id, name: actor.user.username };
    case 'device':
      return { kind: 'device', id: actor.display.id, name: actor.display.name };
    case 'phone':
      return { kind: 'phone', id: actor.ticketId, name: null };
    case 'system':
      return { kind: 'system', id: null, name: null };
  }
}

export function createAudit(db: Db, now: () => number, groupCommit: GroupCommit) {
  const insert = db.$client.prepare(
    'insert into audit_log (at, actor_kind, actor_id, actor_name, action, target, outcome, ip) values (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const write = (entry: AuditEntry) => {
    const who = describeActor(entry.actor);
    insert.run(now(), who.kind, who.id, entry.actorName ?? who.name, entry.action, entry.target, entry.outcome, entry.ip);
  };
  return {
    record(entry: AuditEntry): void {
      write(entry);
    },
    /** Records in the next group commit; resolves once stored, so no change is answered unaudited. */
    recordCommitted(entry: AuditEntry): Promise<void> {
      return groupCommit.run(() => write(entry));
    },
    query(q: AuditQuery): AuditRow[] {
      const where: SQL[] = [];
      if (q.from !== undefined) where.push(gte(auditLog.at, q.from));
      if (q.to !== undefined) where.push(lte(auditLog.at, q.to));
      if (q.action) where.push(like(auditLog.action, `%${q.action.replace(/[%_\\]/g, (m) => `\\${m}`)}%`));
      if (q.actor) {
        const id = /^\d+$/.test(q.actor) ? Number(q.actor) : null;
        where.push(id === null ? eq(auditLog.actorName, q.actor) : or(eq(auditLog.actorId, id), eq(auditLog.actorName, q.actor))!);
      }
      return db.select().from(auditLog).where(and(...where)).orderBy(desc(auditLog.id)).limit(q.limit).all();
    },
  };
}

export type Audit = ReturnType<typeof createAudit>;

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Records each change an identified caller makes; anonymous traffic (pairing, phones) is left out to keep it readable. */
export function auditTrail(audit: Audit) {
  return createMiddleware<Env>(async (c, next) => {
    await next();
    if (!CHANGES.has(c.req.method) || c.req.path === '/api/auth/login') return;
    const actor = c.get('actor') ?? null;
    if (!actor) return;
    const status = c.res.status;
    if (status >= 500 || (status >= 400 && status !== 401 && status !== 403)) return;
    const route = c.req.matchedRoutes.filter((r) => r.method !== 'ALL').at(-1)?.path ?? c.req.path;
    await audit.recordCommitted({
      actor,
      action: `${c.req.method} ${route.replace(/^\/api/, '')}`,
      target: c.req.path.replace(/^\/api/, ''),
      outcome: status < 400 ? 'ok' : 'denied',
      ip: clientIp(c),
    });
  });
}
