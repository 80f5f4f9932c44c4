/** What every use case is built from: the database, its repositories, the event publisher and a clock. */
import type Database from 'better-sqlite3';
import type { QueueEvent } from '../../shared/protocol.ts';
import type { Db } from '../db/client.ts';
import type { GroupCommit } from '../db/group-commit.ts';
import { createAccountRepo, type AccountRepo } from '../db/repositories/account-repo.ts';
import { createAnnouncementRepo, type AnnouncementRepo } from '../db/repositories/announcement-repo.ts';
import { createSetupRepo, type SetupRepo } from '../db/repositories/setup-repo.ts';
import { createTicketRepo, type TicketRepo } from '../db/repositories/ticket-repo.ts';
import type { DisplayRow, UserRow } from '../db/schema.ts';

/** The fan-out seam: in-process today, a Redis or NATS bus when several instances share a database. */
export interface EventPublisher {
  /** Called only after the transaction that produced the events has committed. */
  publish(branchId: number, events: QueueEvent[]): void;
}

export type Actor =
  | { kind: 'user'; user: UserRow }
  | { kind: 'device'; display: DisplayRow }
  | { kind: 'phone'; ticketId: number }
  | { kind: 'system' };

export interface Repos {
  tickets: TicketRepo;
  setup: SetupRepo;
  accounts: AccountRepo;
  announcements: AnnouncementRepo;
}

export interface ServiceDeps {
  db: Db;
  sqlite: Database.Database;
  repos: Repos;
  publisher: EventPublisher;
  now: () => number;
  /** Runs `fn` in one IMMEDIATE transaction: the write lock is taken up front, so two writers never interleave. */
  transaction: <T>(fn: () => T) => T;
  /** Like `transaction`, but shares one commit with the other writes of this event-loop turn (hot paths). */
  groupCommit: GroupCommit;
}

/** One reusable transaction wrapper: better-sqlite3 prepares BEGIN/COMMIT for every wrapper it makes. */
export function createTransactionRunner(sqlite: Database.Database): <T>(fn: () => T) => T {
  const run = sqlite.transaction((fn: () => unknown) => fn());
  return <T>(fn: () => T): T => run.immediate(fn) as T;
}

export function createRepos(db: Db): Repos {
  return {
    tickets: createTicketRepo(db),
    setup: createSetupRepo(db),
    accounts: createAccountRepo(db),
    announcements: createAnnouncementRepo(db),
  };
}

export function actorUserId(actor: Actor): number | null {
  return actor.kind === 'user' ? actor.user.id : null;
}
