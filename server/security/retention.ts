/**
 * Privacy: nobody needs to give personal data to queue, and what a visitor chose to give (a name or a
 * phone number for a callback) is erased once the retention period has passed, by a daily job.
 */
import cron from 'node-cron';
import type Database from 'better-sqlite3';

export const DEFAULT_RETENTION_DAYS = 30;

/** Erases contact data of tickets created before `now - days`; returns how many tickets were cleaned. */
export function eraseExpiredContacts(sqlite: Database.Database, now: number, days: number): number {
  const cutoff = now - days * 86_400_000;
  return sqlite
    .prepare(
      `update tickets set contact_name = null, contact_phone = null
       where (contact_name is not null or contact_phone is not null) and created_at < ?`,
    )
    .run(cutoff).changes;
}

/** Runs the erasure now and every night at 03:10; stop() ends the schedule (it never keeps the process alive). */
export function scheduleRetention(sqlite: Database.Database, now: () => number, days: number, onErased: (n: number) => void) {
  const run = () => {
    const n = eraseExpiredContacts(sqlite, now(), days);
    if (n > 0) onErased(n);
  };
  run();
  const task = cron.schedule('10 3 * * *', run, { noOverlap: true });
  return { run, stop: () => void task.stop() };
}
