/** Users, their sessions, and display devices with their hashed tokens. */
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { displays, sessions, users, type DisplayRow, type UserRow } from '../schema.ts';

export type NewUser = typeof users.$inferInsert;
export type NewDisplay = typeof displays.$inferInsert;

/** How long a cached session or device is trusted before it is read again: only edits made outside the server (a SQL shell) can wait that long. */
const CACHE_TTL_MS = 30_000;
/** Unknown tokens are never cached; this bounds the map when many sessions come and go. */
const CACHE_MAX = 10_000;

export function createAccountRepo(db: Db) {
  // Every authenticated request runs one of these two: prepared once, and read through the caches below.
  const sessionUser = db
    .select({ user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, sql.placeholder('idHash')), gt(sessions.expiresAt, sql.placeholder('now')), eq(users.disabled, false)))
    .prepare();
  const displayByTokenHash = db
    .select()
    .from(displays)
    .where(and(eq(displays.tokenHash, sql.placeholder('tokenHash')), eq(displays.revoked, false)))
    .prepare();
  // This process is the database's only writer, and each write below drops the entries it may change, so
  // a hit is what the database holds. Reads inside a transaction are not cached: it may roll back.
  const sessionCache = new Map<string, { user: UserRow; expiresAt: number; readAt: number }>();
  const deviceCache = new Map<string, { display: DisplayRow; readAt: number }>();
  const deviceTokenOf = new Map<number, string>();
  const fresh = (readAt: number) => Date.now() - readAt < CACHE_TTL_MS;
  const forgetDevice = (id: number) => {
    const hash = deviceTokenOf.get(id);
    if (hash !== undefined) deviceCache.delete(hash);
    deviceTokenOf.delete(id);
  };

  return {
    countUsers: (): number => db.select({ id: users.id }).from(users).all().length,
    listUsers: (): UserRow[] => db.select().from(users).orderBy(asc(users.id)).all(),
    getUser: (id: number): UserRow | undefined => db.select().from(users).where(eq(users.id, id)).get(),
    userByName: (username: string): UserRow | undefined =>
      db.select().from(users).where(eq(users.username, username)).get(),
    insertUser: (row: NewUser): UserRow => db.insert(users).values(row).returning().get(),
    updateUser(id: number, patch: Partial<NewUser>): UserRow | undefined {
      // An empty patch is a valid no-op request; drizzle refuses an UPDATE with nothing to set.
      if (Object.keys(patch).length === 0) return db.select().from(users).where(eq(users.id, id)).get();
      sessionCache.clear();
      return db.update(users).set(patch).where(eq(users.id, id)).returning().get();
    },

    insertSession(idHash: string, userId: number, createdAt: number, expiresAt: number) {
      db.insert(sessions).values({ idHash, userId, createdAt, expiresAt }).run();
    },
    /** The session's user, if the session exists, has not expired and the user is enabled. */
    sessionUser(idHash: string, now: number): UserRow | undefined {
      const hit = sessionCache.get(idHash);
      if (hit && fresh(hit.readAt)) return hit.expiresAt > now ? hit.user : undefined;
      const row = sessionUser.get({ idHash, now });
      if (row && !db.$client.inTransaction) {
        if (sessionCache.size >= CACHE_MAX) sessionCache.clear();
        sessionCache.set(idHash, { user: row.user, expiresAt: row.expiresAt, readAt: Date.now() });
      } else if (!row) sessionCache.delete(idHash);
      return row?.user;
    },
    deleteSession(idHash: string) {
      sessionCache.delete(idHash);
      return db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
    },
    deleteSessionsOf(userId: number) {
      sessionCache.clear();
      return db.delete(sessions).where(eq(sessions.userId, userId)).run();
    },
    deleteExpiredSessions: (now: number) => db.delete(sessions).where(lt(sessions.expiresAt, now)).run(),

    getDisplay: (id: number): DisplayRow | undefined => db.select().from(displays).where(eq(displays.id, id)).get(),
    listDisplays: (branchId: number): DisplayRow[] =>
      db.select().from(displays).where(eq(displays.branchId, branchId)).orderBy(asc(displays.id)).all(),
    /** The display holding this token, unless it was revoked. */
    displayByTokenHash(tokenHash: string): DisplayRow | undefined {
      const hit = deviceCache.get(tokenHash);
      if (hit && fresh(hit.readAt)) return hit.display;
      const display = displayByTokenHash.get({ tokenHash });
      deviceCache.delete(tokenHash);
      if (display && !db.$client.inTransaction) {
        if (deviceCache.size >= CACHE_MAX) {
          deviceCache.clear();
          deviceTokenOf.clear();
        }
        deviceCache.set(tokenHash, { display, readAt: Date.now() });
        deviceTokenOf.set(display.id, tokenHash);
      }
      return display;
    },
    insertDisplay: (row: NewDisplay): DisplayRow => db.insert(displays).values(row).returning().get(),
    updateDisplay(id: number, patch: Partial<NewDisplay>): DisplayRow | undefined {
      if (Object.keys(patch).length === 0) return db.select().from(displays).where(eq(displays.id, id)).get();
      forgetDevice(id);
      return db.update(displays).set(patch).where(eq(displays.id, id)).returning().get();
    },
  };
}

export type AccountRepo = ReturnType<typeof createAccountRepo>;
