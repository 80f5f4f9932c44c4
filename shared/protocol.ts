/**
 * The realtime protocol between the server and every screen, as one versioned union.
 * Rules are numbered in PROTOCOL.md; change a message's shape only with a version bump.
 */
import * as z from 'zod/mini';
import { BranchSnapshot, CallRecord, CounterStatus, Language, ServiceStats, WireCounter, WireTicket } from './model.ts';

export const PROTOCOL_VERSION = 2;

/** Close codes (4xxx are ours; the client must not reconnect blindly after 4001–4003). */
export const CloseCode = {
  /** P2: the hello named a protocol version this server does not speak. */
  BadVersion: 4000,
  /** P2: credentials missing, unknown or revoked. */
  Unauthorized: 4001,
  /** P2: authenticated, but not allowed to watch that topic. */
  Forbidden: 4003,
  /** P3: a message that does not decode, or anything before hello. */
  BadMessage: 4004,
  /** P7: no hello in time, or no ping for too long. */
  Timeout: 4008,
  /** P8: the client sends faster than allowed, or reads too slowly. */
  Overload: 4009,
  /** The server is going away (restart); reconnect. */
  ServerShutdown: 4010,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

export const Credentials = z.discriminatedUnion('kind', [
  /** A paired display or kiosk device. */
  z.object({ kind: z.literal('device'), token: z.string().check(z.minLength(16), z.maxLength(200)) }),
  /** A browser with a staff/admin session cookie (sent with the upgrade request). */
  z.object({ kind: z.literal('session') }),
]);
export type Credentials = z.infer<typeof Credentials>;

export const Resume = z.object({ epoch: z.string().check(z.maxLength(64)), seq: z.int().check(z.nonnegative()) });
export type Resume = z.infer<typeof Resume>;

export const ClientMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hello'),
    v: z.int(),
    auth: Credentials,
    branchId: z.int().check(z.positive()),
    /** Present on reconnect: the stream epoch and the last seq the client applied. */
    resume: z.optional(Resume),
  }),
  z.object({ type: z.literal('ping'), t: z.number() }),
  z.object({
    type: z.literal('status'),
    appVersion: z.string().check(z.maxLength(40)),
    screen: z.object({ w: z.int().check(z.minimum(0), z.maximum(20000)), h: z.int().check(z.minimum(0), z.maximum(20000)) }),
    audio: z.enum(['unlocked', 'blocked', 'muted']),
  }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

/** How an admin set up this display; sent to the display itself after its snapshot and on every change. */
export const DeviceSettings = z.object({
  id: z.int(),
  name: z.string(),
  kind: z.enum(['board', 'counter', 'kiosk']),
  group: z.string(),
  counterId: z.nullable(z.int()),
  languages: z.array(Language),
  volume: z.int().check(z.minimum(0), z.maximum(100)),
  layout: z.enum(['auto', 'landscape', 'portrait']),
  chime: z.string(),
  quietHours: z.nullable(z.object({ from: z.string(), to: z.string(), volume: z.int().check(z.minimum(0), z.maximum(100)) })),
});
export type DeviceSettings = z.infer<typeof DeviceSettings>;

export const Announcement = z.object({
  id: z.string(),
  text: z.string().check(z.maxLength(500)),
  language: Language,
  /** Null: the whole branch; else only displays of this group. */
  group: z.nullable(z.string()),
  at: z.number(),
});
export type Announcement = z.infer<typeof Announcement>;

/** What happened in a branch, in commit order. Every member carries the state a screen needs. */
export const QueueEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ticket_issued'), ticket: WireTicket }),
  z.object({ kind: z.literal('ticket_called'), ticket: WireTicket, call: CallRecord }),
  z.object({ kind: z.literal('ticket_recalled'), ticket: WireTicket, call: CallRecord }),
  z.object({
    kind: z.literal('ticket_updated'),
    ticket: WireTicket,
    /** Which transition produced this state (serving, done, no_show, cancelled, transferred, parked, unparked). */
    action: z.enum(['serving', 'done', 'no_show', 'cancelled', 'transferred', 'parked', 'unparked']),
  }),
  z.object({
    kind: z.literal('counter_updated'),
    counter: WireCounter,
    status: CounterStatus,
  }),
  z.object({ kind: z.literal('stats'), stats: z.array(ServiceStats) }),
  z.object({ kind: z.literal('announcement'), announcement: Announcement }),
  /** Setup changed (services, counters, branch): the client should take the fresh snapshot that follows. */
  z.object({ kind: z.literal('config_changed') }),
]);
export type QueueEvent = z.infer<typeof QueueEvent>;

export const ServerMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('snapshot'),
    v: z.literal(PROTOCOL_VERSION),
    epoch: z.string(),
    seq: z.int().check(z.nonnegative()),
    serverTime: z.number(),
    state: BranchSnapshot,
  }),
  /** P5: the reconnect was resumed; the missed events (fromSeq..toSeq) follow, then live ones. */
  z.object({ type: z.literal('resumed'), epoch: z.string(), fromSeq: z.int(), toSeq: z.int() }),
  /** P6: the events of one commit; `seq` is the first one's, each next one has the next seq. */
  z.object({
    type: z.literal('events'),
    seq: z.int().check(z.positive()),
    at: z.number(),
    events: z.array(QueueEvent).check(z.minLength(1)),
  }),
  z.object({ type: z.literal('pong'), t: z.number(), serverTime: z.number() }),
  /** P14: a display's own settings, after its snapshot (or resume) and whenever an admin changes them. */
  z.object({ type: z.literal('device'), settings: DeviceSettings }),
  /** P15: signage changed (or a schedule boundary passed) for this display: fetch the manifest again if `rev` differs. */
  z.object({ type: z.literal('content'), rev: z.string().check(z.maxLength(64)) }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string() }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;

export type DecodeResult<T> = { ok: true; value: T } | { ok: false; error: string };

function decodeWith<T>(schema: z.ZodMiniType<T>, raw: string): DecodeResult<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    // The first issue is enough for a close reason or a log line, and keeps zod's formatter out of the screens' bundle.
    const issue = parsed.error.issues[0];
    return { ok: false, error: issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'invalid message' };
  }
  return { ok: true, value: parsed.data };
}

export const decodeClientMessage = (raw: string) => decodeWith(ClientMessage, raw);
export const decodeServerMessage = (raw: string) => decodeWith(ServerMessage, raw);
