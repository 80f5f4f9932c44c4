/** Wire types shared by the server and every display: the vocabulary of a waiting room. */
import { z } from 'zod';

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

export const Channel = z.enum(['kiosk', 'phone', 'staff', 'appointment']);
export type Channel = z.infer<typeof Channel>;

export const PriorityClass = z.enum(['normal', 'priority']);
export type PriorityClass = z.infer<typeof PriorityClass>;

/** BCP 47 primary language subtag (en, es, ar …): what catalogs and voices are keyed by. */
export const Language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'a language code such as "en" or "pt-BR"');
export type Language = z.infer<typeof Language>;

/** Names per language; the branch's first language is the fallback. */
export const LocalizedText = z.record(Language, z.string().min(1).max(120));
export type LocalizedText = z.infer<typeof LocalizedText>;

export const CounterStatus = z.enum(['open', 'paused', 'closed']);
export type CounterStatus = z.infer<typeof CounterStatus>;

export const WireTicket = z.object({
  id: z.number().int(),
  code: z.string(),
  serviceId: z.number().int(),
  status: TicketStatus,
  priority: PriorityClass,
  channel: Channel,
  language: Language.nullable(),
  /** Ordering time in ms: arrival for a walk-in, slot start for an appointment. */
  effectiveAt: z.number(),
  createdAt: z.number(),
  counterId: z.number().int().nullable(),
  targetCounterId: z.number().int().nullable(),
  calledAt: z.number().nullable(),
  recallCount: z.number().int(),
});
export type WireTicket = z.infer<typeof WireTicket>;

export const WireService = z.object({
  id: z.number().int(),
  prefix: z.string(),
  names: LocalizedText,
  targetWaitMin: z.number().int(),
  active: z.boolean(),
});
export type WireService = z.infer<typeof WireService>;

export const WireCounter = z.object({
  id: z.number().int(),
  name: z.string(),
  number: z.number().int(),
  status: CounterStatus,
  pauseReason: z.string().nullable(),
  serviceIds: z.array(z.number().int()),
});
export type WireCounter = z.infer<typeof WireCounter>;

/** One call as a screen shows it; `callId` is the event-log id, unique across recalls. */
export const CallRecord = z.object({
  callId: z.number().int(),
  ticketId: z.number().int(),
  code: z.string(),
  serviceId: z.number().int(),
  counterId: z.number().int(),
  counterName: z.string(),
  counterNumber: z.number().int(),
  language: Language.nullable(),
  at: z.number(),
  recall: z.boolean(),
});
export type CallRecord = z.infer<typeof CallRecord>;

export const ServiceStats = z.object({
  serviceId: z.number().int(),
  waiting: z.number().int(),
  /** Estimated wait for a ticket issued now, as a range in minutes. */
  estimateMin: z.number().nullable(),
  estimateMax: z.number().nullable(),
});
export type ServiceStats = z.infer<typeof ServiceStats>;

export const WireBranch = z.object({
  id: z.number().int(),
  name: z.string(),
  timezone: z.string(),
  languages: z.array(Language).min(1),
  theme: z.object({
    primary: z.string(),
    background: z.string(),
    text: z.string(),
    logoUrl: z.string().nullable(),
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
