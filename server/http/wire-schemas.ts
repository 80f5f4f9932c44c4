/**
 * The wire types of shared/model.ts as classic zod schemas with OpenAPI metadata, for the HTTP edge.
 * shared/ uses zod/mini to keep the screens' bundle small, and @hono/zod-openapi needs classic schemas;
 * each schema here is typed against the shared type, so the two cannot drift apart unnoticed.
 */
import { z } from '@hono/zod-openapi';
import type { Announcement as AnnouncementType } from '../../shared/protocol.ts';
import {
  CHANNELS,
  COUNTER_STATUSES,
  PRIORITY_CLASSES,
  TICKET_STATUSES,
  type CallRecord as CallRecordType,
  type ServiceStats as ServiceStatsType,
  type WireBranch as WireBranchType,
  type WireCounter as WireCounterType,
  type WireService as WireServiceType,
  type WireTicket as WireTicketType,
} from '../../shared/model.ts';
import { OpeningHours } from '../domain/opening-hours.ts';

/** Checks at compile time that a schema parses to exactly the shared type, in both directions. */
const exactly = <T>() => <S extends z.ZodType<T>>(schema: S & (z.infer<S> extends T ? (T extends z.infer<S> ? unknown : never) : never)) => schema;

export const Language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'a language code such as "en" or "pt-BR"');
export const LocalizedText = z.record(Language, z.string().min(1).max(120));
export const Channel = z.enum(CHANNELS);
export const PriorityClass = z.enum(PRIORITY_CLASSES);
export const CounterStatus = z.enum(COUNTER_STATUSES);
const Id = z.number().int();

export const WireTicket = exactly<WireTicketType>()(
  z
    .object({
      id: Id,
      code: z.string(),
      serviceId: Id,
      status: z.enum(TICKET_STATUSES),
      priority: PriorityClass,
      channel: Channel,
      language: Language.nullable(),
      effectiveAt: z.number(),
      createdAt: z.number(),
      counterId: Id.nullable(),
      targetCounterId: Id.nullable(),
      calledAt: z.number().nullable(),
      recallCount: Id,
    })
    .openapi('Ticket'),
);

export const WireService = exactly<WireServiceType>()(
  z.object({
    id: Id,
    prefix: z.string(),
    names: LocalizedText,
    targetWaitMin: Id,
    active: z.boolean(),
    openingHours: OpeningHours.nullable(),
  }),
);

export const WireCounter = exactly<WireCounterType>()(
  z.object({
    id: Id,
    name: z.string(),
    number: Id,
    status: CounterStatus,
    pauseReason: z.string().nullable(),
    serviceIds: z.array(Id),
  }),
);

export const ServiceStats = exactly<ServiceStatsType>()(
  z
    .object({ serviceId: Id, waiting: Id, estimateMin: z.number().nullable(), estimateMax: z.number().nullable() })
    .openapi('ServiceStats'),
);

export const WireBranch = exactly<WireBranchType>()(
  z.object({
    id: Id,
    name: z.string(),
    timezone: z.string(),
    languages: z.array(Language).min(1),
    theme: z.object({ primary: z.string(), background: z.string(), text: z.string(), logoUrl: z.string().nullable() }),
    ticker: z.string(),
  }),
);

export const CallRecord = exactly<CallRecordType>()(
  z.object({
    callId: Id,
    ticketId: Id,
    code: z.string(),
    serviceId: Id,
    counterId: Id,
    counterName: z.string(),
    counterNumber: Id,
    language: Language.nullable(),
    at: z.number(),
    recall: z.boolean(),
  }),
);

export const Announcement = exactly<AnnouncementType>()(
  z
    .object({ id: z.string(), text: z.string().max(500), language: Language, group: z.string().nullable(), at: z.number() })
    .openapi('Announcement'),
);
