/** Wire types shared by the server and every display: the vocabulary of a waiting room. */
// zod/mini: the same schemas with a tree-shakable API, so the board bundle stays small.
import * as z from 'zod/mini';
import { OpeningHours } from './opening-hours.ts';

export const TICKET_STATUSES = [
  'waiting',
  'called',
  'serving',
  'done',
  'no_show',
  'cancelled',
  'transferred',
  'parked',
] as const;
export const TicketStatus = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatus>;

/** Statuses in which a ticket still occupies its code and a place in the building. */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ['waiting', 'called', 'serving', 'transferred', 'parked'];
/** Statuses from which call-next may pick a ticket. */
export const QUEUED_STATUSES: readonly TicketStatus[] = ['waiting', 'transferred'];

export const CHANNELS = ['kiosk', 'phone', 'staff', 'appointment'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const PRIORITY_CLASSES = ['normal', 'priority'] as const;
export const PriorityClass = z.enum(PRIORITY_CLASSES);
export type PriorityClass = z.infer<typeof PriorityClass>;

/** BCP 47 primary language subtag (en, es, ar …): what catalogs and voices are keyed by. */
export const Language = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'a language code such as "en" or "pt-BR"'));
export type Language = z.infer<typeof Language>;

/** Names per language; the branch's first language is the fallback. */
export const LocalizedText = z.record(Language, z.string().check(z.minLength(1), z.maxLength(120)));
export type LocalizedText = z.infer<typeof LocalizedText>;

export const COUNTER_STATUSES = ['open', 'paused', 'closed'] as const;
export const CounterStatus = z.enum(COUNTER_STATUSES);
export type CounterStatus = z.infer<typeof CounterStatus>;

export const WireTicket = z.object({
  id: z.int(),
  code: z.string(),
  serviceId: z.int(),
  status: TicketStatus,
  priority: PriorityClass,
  channel: Channel,
  language: z.nullable(Language),
  /** Ordering time in ms: arrival for a walk-in, slot start for an appointment. */
  effectiveAt: z.number(),
  createdAt: z.number(),
  counterId: z.nullable(z.int()),
  targetCounterId: z.nullable(z.int()),
  calledAt: z.nullable(z.number()),
  recallCount: z.int(),
});
export type WireTicket = z.infer<typeof WireTicket>;

export const WireService = z.object({
  id: z.int(),
  prefix: z.string(),
  names: LocalizedText,
  targetWaitMin: z.int(),
  active: z.boolean(),
  /** Null: always open. Kiosks show a service closed outside these hours (shared/opening-hours.ts). */
  openingHours: z.nullable(OpeningHours),
});
export type WireService = z.infer<typeof WireService>;

export const WireCounter = z.object({
  id: z.int(),
  name: z.string(),
  number: z.int(),
  status: CounterStatus,
  pauseReason: z.nullable(z.string()),
  serviceIds: z.array(z.int()),
});
export type WireCounter = z.infer<typeof WireCounter>;

/** One call as a screen shows it; `callId` is the event-log id, unique across recalls. */
export const CallRecord = z.object({
  callId: z.int(),
  ticketId: z.int(),
  code: z.string(),
  serviceId: z.int(),
  counterId: z.int(),
  counterName: z.string(),
  counterNumber: z.int(),
  language: z.nullable(Language),
  at: z.number(),
  recall: z.boolean(),
});
export type CallRecord = z.infer<typeof CallRecord>;

export const ServiceStats = z.object({
  serviceId: z.int(),
  waiting: z.int(),
  /** Estimated wait for a ticket issued now, as a range in minutes. */
  estimateMin: z.nullable(z.number()),
  estimateMax: z.nullable(z.number()),
});
export type ServiceStats = z.infer<typeof ServiceStats>;

export const WireBranch = z.object({
  id: z.int(),
  name: z.string(),
  timezone: z.string(),
  languages: z.array(Language).check(z.minLength(1)),
  theme: z.object({
    primary: z.string(),
    background: z.string(),
    text: z.string(),
    logoUrl: z.nullable(z.string()),
  }),
  ticker: z.string(),
});
export type WireBranch = z.infer<typeof WireBranch>;

export const BranchSnapshot = z.object({
  branch: WireBranch,
  services: z.array(WireService),
  counters: z.array(WireCounter),
  /** Tickets still in the building (waiting, called, serving, transferred, parked). */
  tickets: z.array(WireTicket),
  /** Most recent calls first. */
  recentCalls: z.array(CallRecord),
  stats: z.array(ServiceStats),
});
export type BranchSnapshot = z.infer<typeof BranchSnapshot>;
