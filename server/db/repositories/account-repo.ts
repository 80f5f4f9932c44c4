/** Users, their sessions, and display devices with their hashed tokens. */
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { ReadThroughCache } from '../read-through-cache.ts';
import { displays, sessions, users, type DisplayRow, type UserRow } from '../schema.ts';

export type NewUser = typeof users.$inferInsert;
export type NewDisplay = typeof displays.$inferInsert;

/** How long a cached session or device is trusted before it is read again (see ReadThroughCache). */
const CACHE_TTL_MS = 30_000;
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
  // Each write below drops the entries it may change.
  const sessionCache = new ReadThroughCache<{ user: UserRow; expiresAt: number }>(db.$client, CACHE_TTL_MS, CACHE_MAX);
  const deviceCache = new ReadThroughCache<DisplayRow>(db.$client, CACHE_TTL_MS, CACHE_MAX);
  /** Which token hash a display was cached under, so a change to the display drops it. */
  const deviceTokenOf = new Map<number, string>();

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
      const session = sessionCache.get(idHash, () => sessionUser.get({ idHash, now }));
      return session && session.expiresAt > now ? session.user : undefined;
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
      const display = deviceCache.get(tokenHash, () => displayByTokenHash.get({ tokenHash }));
      if (display) deviceTokenOf.set(display.id, tokenHash);
      return display;
    },
    insertDisplay: (row: NewDisplay): DisplayRow => db.insert(displays).values(row).returning().get(),
    updateDisplay(id: number, patch: Partial<NewDisplay>): DisplayRow | undefined {
      if (Object.keys(patch).length === 0) return db.select().from(displays).where(eq(displays.id, id)).get();
      const tokenHash = deviceTokenOf.get(id);
      if (tokenHash !== undefined) deviceCache.delete(tokenHash);
      return db.update(displays).set(patch).where(eq(displays.id, id)).returning().get();
    },
  };
}

export type AccountRepo = ReturnType<typeof createAccountRepo>;
