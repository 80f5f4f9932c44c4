/** The SQLite schema. Times are integer milliseconds since the epoch (UTC); JSON columns hold typed objects. */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { OpeningHours } from '../domain/opening-hours.ts';
import type { LocalizedText, TicketStatus, WireBranch } from '../../shared/model.ts';

export const branches = sqliteTable('branches', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  timezone: text('timezone').notNull(),
  languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
  theme: text('theme', { mode: 'json' }).$type<WireBranch['theme']>().notNull(),
  ticker: text('ticker').notNull().default(''),
  /** Where calls are spoken: in each display's browser, or on the server host's speakers (a PA system). */
  speechOutput: text('speech_output', { enum: ['display', 'server'] }).notNull().default('display'),
  allowRemoteJoin: integer('allow_remote_join', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at').notNull(),
});

export const services = sqliteTable(
  'services',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    branchId: integer('branch_id').notNull().references(() => branches.id),
    prefix: text('prefix').notNull(),
    names: text('names', { mode: 'json' }).$type<LocalizedText>().notNull(),
    targetWaitMin: integer('target_wait_min').notNull().default(15),
    openingHours: text('opening_hours', { mode: 'json' }).$type<OpeningHours | null>(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('services_branch_prefix').on(t.branchId, t.prefix)],
);

export const counters = sqliteTable(
  'counters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    branchId: integer('branch_id').notNull().references(() => branches.id),
    name: text('name').notNull(),
    number: integer('number').notNull(),
    status: text('status', { enum: ['open', 'paused', 'closed'] }).notNull().default('closed'),
    pauseReason: text('pause_reason'),
    statusSince: integer('status_since').notNull(),
  },
  (t) => [uniqueIndex('counters_branch_number').on(t.branchId, t.number)],
);

export const counterServices = sqliteTable(
  'counter_services',
  {
    counterId: integer('counter_id').notNull().references(() => counters.id, { onDelete: 'cascade' }),
    serviceId: integer('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.counterId, t.serviceId] })],
);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['admin', 'staff'] }).notNull(),
  branchId: integer('branch_id').references(() => branches.id),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at').notNull(),
});

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the cookie value: a stolen database does not yield live sessions. */
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const displays = sqliteTable('displays', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  branchId: integer('branch_id').notNull().references(() => branches.id),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['board', 'counter', 'kiosk'] }).notNull(),
  group: text('group_name').notNull().default('main'),
  counterId: integer('counter_id').references(() => counters.id),
  /** SHA-256 of the device token. */
  tokenHash: text('token_hash').notNull().unique(),
  languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
  volume: integer('volume').notNull().default(80),
  layout: text('layout', { enum: ['auto', 'landscape', 'portrait'] }).notNull().default('auto'),
  chime: text('chime').notNull().default('ding-dong'),
  /** Lower volume during these local hours, e.g. { from: '19:00', to: '09:00', volume: 20 }. */
  quietHours: text('quiet_hours', { mode: 'json' }).$type<{ from: string; to: string; volume: number } | null>(),
  revoked: integer('revoked', { mode: 'boolean' }).notNull().default(false),
  lastSeenAt: integer('last_seen_at'),
  createdAt: integer('created_at').notNull(),
});

export const tickets = sqliteTable(
  'tickets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    branchId: integer('branch_id').notNull().references(() => branches.id),
    serviceId: integer('service_id').notNull().references(() => services.id),
    /** The service the ticket was issued for; numbering and code belong to it even after a transfer. */
    issuedServiceId: integer('issued_service_id').notNull().references(() => services.id),
    day: text('day').notNull(),
    number: integer('number').notNull(),
    code: text('code').notNull(),
    channel: text('channel', { enum: ['kiosk', 'phone', 'staff', 'appointment'] }).notNull(),
    priority: text('priority', { enum: ['normal', 'priority'] }).notNull().default('normal'),
    language: text('language'),
    status: text('status').$type<TicketStatus>().notNull(),
    effectiveAt: integer('effective_at').notNull(),
    counterId: integer('counter_id').references(() => counters.id),
    targetCounterId: integer('target_counter_id').references(() => counters.id),
    recallCount: integer('recall_count').notNull().default(0),
    /** Unguessable handle for the visitor's phone; never the sequential id. */
    phoneToken: text('phone_token').notNull().unique(),
    outcome: text('outcome'),
    note: text('note'),
    createdAt: integer('created_at').notNull(),
    calledAt: integer('called_at'),
    servingAt: integer('serving_at'),
    finishedAt: integer('finished_at'),
    parkedAt: integer('parked_at'),
  },
  (t) => [
    // Only active tickets are indexed for the queue, so call-next does not grow with history.
    index('tickets_queue')
      .on(t.branchId, t.serviceId, t.priority, t.effectiveAt)
      .where(sql`status in ('waiting', 'transferred')`),
    index('tickets_active')
      .on(t.branchId, t.status)
      .where(sql`status in ('waiting', 'called', 'serving', 'transferred', 'parked')`),
    index('tickets_active_code')
      .on(t.issuedServiceId, t.number)
      .where(sql`status in ('waiting', 'called', 'serving', 'transferred', 'parked')`),
    index('tickets_branch_day').on(t.branchId, t.day),
    index('tickets_done').on(t.serviceId, t.finishedAt).where(sql`status = 'done'`),
  ],
);

export const dayCounters = sqliteTable(
  'day_counters',
  {
    serviceId: integer('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.day] })],
);

/** Append-only log of every ticket transition; reports and estimates are computed from it. */
export const ticketEvents = sqliteTable(
  'ticket_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id').notNull().references(() => tickets.id),
    branchId: integer('branch_id').notNull().references(() => branches.id),
    type: text('type').notNull(),
    fromStatus: text('from_status').$type<TicketStatus>(),
    toStatus: text('to_status').$type<TicketStatus>().notNull(),
    serviceId: integer('service_id').notNull(),
    counterId: integer('counter_id'),
    userId: integer('user_id'),
    at: integer('at').notNull(),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('ticket_events_ticket').on(t.ticketId), index('ticket_events_branch_at').on(t.branchId, t.at)],
);

export type BranchRow = typeof branches.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
export type CounterRow = typeof counters.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type DisplayRow = typeof displays.$inferSelect;
export type TicketRow = typeof tickets.$inferSelect;
export type TicketEventRow = typeof ticketEvents.$inferSelect;

/** Every free-text announcement made to a branch (shown as a banner and spoken). */
export const announcements = sqliteTable(
  'announcements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    branchId: integer('branch_id').notNull().references(() => branches.id),
    text: text('text').notNull(),
    language: text('language').notNull(),
    group: text('group_name'),
    userId: integer('user_id').references(() => users.id),
    at: integer('at').notNull(),
  },
  (t) => [index('announcements_branch_at').on(t.branchId, t.at)],
);

/** Announcements staff can pick instead of typing ("The office closes in 15 minutes"). */
export const savedAnnouncements = sqliteTable('saved_announcements', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  branchId: integer('branch_id').notNull().references(() => branches.id),
  title: text('title').notNull(),
  text: text('text').notNull(),
  language: text('language').notNull(),
});

export type AnnouncementRow = typeof announcements.$inferSelect;
export type SavedAnnouncementRow = typeof savedAnnouncements.$inferSelect;
