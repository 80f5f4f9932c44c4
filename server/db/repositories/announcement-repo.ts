/** Announcements made to branches, and the saved ones staff pick from. */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { announcements, savedAnnouncements, type AnnouncementRow, type SavedAnnouncementRow } from '../schema.ts';

export function createAnnouncementRepo(db: Db) {
  return {
    insert: (row: typeof announcements.$inferInsert): AnnouncementRow => db.insert(announcements).values(row).returning().get(),
    get: (id: number): AnnouncementRow | undefined => db.select().from(announcements).where(eq(announcements.id, id)).get(),
    recent: (branchId: number, limit: number): AnnouncementRow[] =>
      db.select().from(announcements).where(eq(announcements.branchId, branchId)).orderBy(desc(announcements.at)).limit(limit).all(),
    listSaved: (branchId: number): SavedAnnouncementRow[] =>
      db.select().from(savedAnnouncements).where(eq(savedAnnouncements.branchId, branchId)).orderBy(asc(savedAnnouncements.title)).all(),
    getSaved: (id: number): SavedAnnouncementRow | undefined =>
      db.select().from(savedAnnouncements).where(eq(savedAnnouncements.id, id)).get(),
    insertSaved: (row: typeof savedAnnouncements.$inferInsert): SavedAnnouncementRow =>
      db.insert(savedAnnouncements).values(row).returning().get(),
    deleteSaved: (branchId: number, id: number) =>
      db.delete(savedAnnouncements).where(and(eq(savedAnnouncements.branchId, branchId), eq(savedAnnouncements.id, id))).run().changes > 0,
  };
}

export type AnnouncementRepo = ReturnType<typeof createAnnouncementRepo>;
