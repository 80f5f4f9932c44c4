/** Signage persistence: the library, playlists, schedules, settings, takeovers and plays. */
import { and, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { signageItems, signagePlays, signagePlaylists, signageSchedules, signageSettings, signageTakeovers } from '../db/schema.ts';

export type ItemInsert = typeof signageItems.$inferInsert;
export type PlaylistInsert = typeof signagePlaylists.$inferInsert;
export type ScheduleInsert = typeof signageSchedules.$inferInsert;
export type TakeoverRow = typeof signageTakeovers.$inferSelect;

export function createSignageRepo(db: Db) {
  return {
    insertItem: (row: ItemInsert) => db.insert(signageItems).values(row).returning().get(),
    itemBySha: (sha256: string) => db.select().from(signageItems).where(eq(signageItems.sha256, sha256)).get(),
    getItem: (id: number) => db.select().from(signageItems).where(eq(signageItems.id, id)).get(),
    listItems: () => db.select().from(signageItems).orderBy(desc(signageItems.id)).all(),
    itemsByIds: (ids: number[]) => (ids.length ? db.select().from(signageItems).where(inArray(signageItems.id, ids)).all() : []),
    deleteItem: (id: number) => db.delete(signageItems).where(eq(signageItems.id, id)).run(),

    insertPlaylist: (row: PlaylistInsert) => db.insert(signagePlaylists).values(row).returning().get(),
    updatePlaylist: (id: number, row: Partial<PlaylistInsert>) => db.update(signagePlaylists).set(row).where(eq(signagePlaylists.id, id)).run(),
    getPlaylist: (id: number) => db.select().from(signagePlaylists).where(eq(signagePlaylists.id, id)).get(),
    listPlaylists: (branchId: number) => db.select().from(signagePlaylists).where(eq(signagePlaylists.branchId, branchId)).all(),
    allPlaylists: () => db.select().from(signagePlaylists).all(),
    deletePlaylist: (id: number) => db.delete(signagePlaylists).where(eq(signagePlaylists.id, id)).run(),

    insertSchedule: (row: ScheduleInsert) => db.insert(signageSchedules).values(row).returning().get(),
    updateSchedule: (id: number, row: Partial<ScheduleInsert>) => db.update(signageSchedules).set(row).where(eq(signageSchedules.id, id)).run(),
    getSchedule: (id: number) => db.select().from(signageSchedules).where(eq(signageSchedules.id, id)).get(),
    deleteSchedule: (id: number) => db.delete(signageSchedules).where(eq(signageSchedules.id, id)).run(),
    listSchedules: (branchId: number) => db.select().from(signageSchedules).where(eq(signageSchedules.branchId, branchId)).all(),

    settings: (branchId: number) =>
      db.select().from(signageSettings).where(eq(signageSettings.branchId, branchId)).get() ??
      { branchId, defaultPlaylistId: null, blankOutsideHours: false },
    saveSettings: (branchId: number, s: { defaultPlaylistId: number | null; blankOutsideHours: boolean }) =>
      db.insert(signageSettings).values({ branchId, ...s }).onConflictDoUpdate({ target: signageSettings.branchId, set: s }).run(),

    insertTakeover: (row: typeof signageTakeovers.$inferInsert) => db.insert(signageTakeovers).values(row).returning().get(),
    clearTakeovers: (branchId: number, at: number) =>
      db.update(signageTakeovers).set({ clearedAt: at }).where(and(eq(signageTakeovers.branchId, branchId), isNull(signageTakeovers.clearedAt))).run(),
    openTakeovers: (branchId: number): TakeoverRow[] =>
      db.select().from(signageTakeovers)
        .where(and(eq(signageTakeovers.branchId, branchId), isNull(signageTakeovers.clearedAt)))
        .orderBy(desc(signageTakeovers.id)).all(),

    insertPlays: (rows: (typeof signagePlays.$inferInsert)[]) => (rows.length ? db.insert(signagePlays).values(rows).run() : undefined),
    playCounts: (displayIds: number[], since: number) =>
      displayIds.length
        ? db.select({ itemId: signagePlays.itemId, plays: sql<number>`count(*)`, lastAt: sql<number>`max(${signagePlays.startedAt})` })
            .from(signagePlays)
            .where(and(inArray(signagePlays.displayId, displayIds), gte(signagePlays.startedAt, since)))
            .groupBy(signagePlays.itemId).all()
        : [],
  };
}

export type SignageRepo = ReturnType<typeof createSignageRepo>;
