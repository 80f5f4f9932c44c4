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
    /** Optional personal data (a callback name or number); erased after the retention period (security/retention.ts). */
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
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
    // Tickets sent to one counter: call-next looks for them on every press, so they get their own small
    // index instead of a scan of the branch's tickets.
    index('tickets_direct')
      .on(t.targetCounterId, t.effectiveAt)
      .where(sql`status in ('waiting', 'transferred') and target_counter_id is not null`),
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

/** Insight: one satisfaction answer per finished ticket, linked to where and by whom it was served. */
export const feedbackAnswers = sqliteTable(
  'feedback_answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id').notNull().unique().references(() => tickets.id),
    branchId: integer('branch_id').notNull().references(() => branches.id),
    serviceId: integer('service_id').notNull(),
    counterId: integer('counter_id'),
    userId: integer('user_id'),
    score: integer('score').notNull(),
    comment: text('comment'),
    language: text('language'),
    at: integer('at').notNull(),
  },
  (t) => [index('feedback_answers_branch_at').on(t.branchId, t.at)],
);

/** Insight: the wait a visitor was told at issue time, so reports can score estimates against actual waits. */
export const waitEstimates = sqliteTable('wait_estimates', {
  ticketId: integer('ticket_id').primaryKey().references(() => tickets.id),
  minMin: integer('min_min').notNull(),
  maxMin: integer('max_min').notNull(),
  at: integer('at').notNull(),
});

/** Insight: counters planned per weekday and local time range, compared with the staffing need. */
export const rosterShifts = sqliteTable(
  'roster_shifts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    branchId: integer('branch_id').notNull().references(() => branches.id),
    /** 0 = Monday … 6 = Sunday. */
    weekday: integer('weekday').notNull(),
    from: text('from_time').notNull(),
    to: text('to_time').notNull(),
    counters: integer('counters').notNull(),
  },
  (t) => [index('roster_shifts_branch').on(t.branchId)],
);

/** Insight: a branch's service-level target for staffing (absent row: 80 % within 10 minutes). */
export const serviceLevelTargets = sqliteTable('service_level_targets', {
  branchId: integer('branch_id').primaryKey().references(() => branches.id),
  level: integer('level_percent').notNull(),
  waitMin: integer('wait_min').notNull(),
});

export type FeedbackAnswerRow = typeof feedbackAnswers.$inferSelect;
export type RosterShiftRow = typeof rosterShifts.$inferSelect;

/** Signage library: uploaded files (stored as `<dataDir>/media/<sha256>.<ext>`), text slides, web pages, ticker lines. */
export const signageItems = sqliteTable('signage_items', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['image', 'video', 'text', 'web', 'ticker'] }).notNull(),
  /** What the admin calls it (the upload's original name, shown only; never a path). */
  name: text('name').notNull(),
  sha256: text('sha256'),
  ext: text('ext'),
  mime: text('mime'),
  size: integer('size'),
  width: integer('width'),
  height: integer('height'),
  /** Sanitized HTML of a text slide. */
  html: text('html'),
  url: text('url'),
  text: text('text'),
  createdAt: integer('created_at').notNull(),
});

/** Ordered items with durations, transitions and validity dates, kept as one JSON list. */
export const signagePlaylists = sqliteTable('signage_playlists', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  branchId: integer('branch_id').notNull().references(() => branches.id),
  name: text('name').notNull(),
  items: text('items', { mode: 'json' })
    .$type<{ itemId: number; durationMs: number; transition: 'cut' | 'fade'; validFrom: string | null; validTo: string | null }[]>()
    .notNull(),
});

export const signageSchedules = sqliteTable(
  'signage_schedules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    branchId: integer('branch_id').notNull().references(() => branches.id),
    playlistId: integer('playlist_id').notNull().references(() => signagePlaylists.id),
    name: text('name').notNull(),
    groups: text('groups', { mode: 'json' }).$type<string[] | null>(),
    rule: text('rule', { mode: 'json' })
      .$type<{ kind: 'cron'; expression: string } | { kind: 'daypart'; days: number[]; from: string; to: string }>()
      .notNull(),
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
    priority: integer('priority').notNull().default(0),
  },
  (t) => [index('signage_schedules_branch').on(t.branchId)],
);

/** Per-branch signage settings: the default playlist and whether screens blank outside opening hours. */
export const signageSettings = sqliteTable('signage_settings', {
  branchId: integer('branch_id').primaryKey().references(() => branches.id),
  defaultPlaylistId: integer('default_playlist_id').references(() => signagePlaylists.id),
  blankOutsideHours: integer('blank_outside_hours', { mode: 'boolean' }).notNull().default(false),
});

export const signageTakeovers = sqliteTable('signage_takeovers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  branchId: integer('branch_id').notNull().references(() => branches.id),
  groups: text('groups', { mode: 'json' }).$type<string[] | null>(),
  message: text('message').notNull(),
  until: integer('until'),
  clearedAt: integer('cleared_at'),
  createdAt: integer('created_at').notNull(),
});

/** Proof of play: what each display showed, and when. */
export const signagePlays = sqliteTable(
  'signage_plays',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    displayId: integer('display_id').notNull().references(() => displays.id),
    itemId: integer('item_id').notNull(),
    playlistId: integer('playlist_id'),
    startedAt: integer('started_at').notNull(),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('signage_plays_item').on(t.itemId, t.startedAt)],
);

export type SignageItemRow = typeof signageItems.$inferSelect;
export type SignagePlaylistRow = typeof signagePlaylists.$inferSelect;
export type SignageScheduleRow = typeof signageSchedules.$inferSelect;

/** Security audit log: who did what to what, appended by server/security/audit.ts; triggers refuse edits. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    /** 'user', 'device', 'phone' or 'anonymous'. */
    actorKind: text('actor_kind').notNull(),
    actorId: integer('actor_id'),
    /** Username or device name at the time, so the entry stays readable after a rename or deletion. */
    actorName: text('actor_name'),
    action: text('action').notNull(),
    target: text('target'),
    outcome: text('outcome').notNull(),
    ip: text('ip'),
  },
  (t) => [index('audit_log_at').on(t.at), index('audit_log_action_at').on(t.action, t.at)],
);

export type AuditRow = typeof auditLog.$inferSelect;
