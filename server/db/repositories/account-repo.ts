/** Users, their sessions, and display devices with their hashed tokens. */
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { displays, sessions, users, type DisplayRow, type UserRow } from '../schema.ts';

export type NewUser = typeof users.$inferInsert;
export type NewDisplay = typeof displays.$inferInsert;

export function createAccountRepo(db: Db) {
  // Every authenticated request runs one of these two: prepared once.
  const sessionUser = db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, sql.placeholder('idHash')), gt(sessions.expiresAt, sql.placeholder('now')), eq(users.disabled, false)))
    .prepare();
  const displayByTokenHash = db
    .select()
    .from(displays)
    .where(and(eq(displays.tokenHash, sql.placeholder('tokenHash')), eq(displays.revoked, false)))
    .prepare();
  return {
    countUsers: (): number => db.select({ id: users.id }).from(users).all().length,
    listUsers: (): UserRow[] => db.select().from(users).orderBy(asc(users.id)).all(),
    getUser: (id: number): UserRow | undefined => db.select().from(users).where(eq(users.id, id)).get(),
    userByName: (username: string): UserRow | undefined =>
      db.select().from(users).where(eq(users.username, username)).get(),
    insertUser: (row: NewUser): UserRow => db.insert(users).values(row).returning().get(),
    // An empty patch is a valid no-op request; drizzle refuses an UPDATE with nothing to set.
    updateUser: (id: number, patch: Partial<NewUser>): UserRow | undefined =>
      Object.keys(patch).length === 0
        ? db.select().from(users).where(eq(users.id, id)).get()
        : db.update(users).set(patch).where(eq(users.id, id)).returning().get(),

    insertSession(idHash: string, userId: number, createdAt: number, expiresAt: number) {
      db.insert(sessions).values({ idHash, userId, createdAt, expiresAt }).run();
    },
    /** The session's user, if the session exists, has not expired and the user is enabled. */
    sessionUser: (idHash: string, now: number): UserRow | undefined => sessionUser.get({ idHash, now })?.user,
    deleteSession: (idHash: string) => db.delete(sessions).where(eq(sessions.idHash, idHash)).run(),
    deleteSessionsOf: (userId: number) => db.delete(sessions).where(eq(sessions.userId, userId)).run(),
    deleteExpiredSessions: (now: number) => db.delete(sessions).where(lt(sessions.expiresAt, now)).run(),

    getDisplay: (id: number): DisplayRow | undefined => db.select().from(displays).where(eq(displays.id, id)).get(),
    listDisplays: (branchId: number): DisplayRow[] =>
      db.select().from(displays).where(eq(displays.branchId, branchId)).orderBy(asc(displays.id)).all(),
    displayByTokenHash: (tokenHash: string): DisplayRow | undefined => displayByTokenHash.get({ tokenHash }),
    insertDisplay: (row: NewDisplay): DisplayRow => db.insert(displays).values(row).returning().get(),
    updateDisplay: (id: number, patch: Partial<NewDisplay>): DisplayRow | undefined =>
      Object.keys(patch).length === 0
        ? db.select().from(displays).where(eq(displays.id, id)).get()
        : db.update(displays).set(patch).where(eq(displays.id, id)).returning().get(),
  };
}

export type AccountRepo = ReturnType<typeof createAccountRepo>;
