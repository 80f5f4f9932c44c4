/** Request and response schemas of the setup routes (branches, services, counters, users, devices). */
import { z } from '@hono/zod-openapi';
import { Language, LocalizedText, WireBranch, WireCounter, WireService } from './wire-schemas.ts';
import { OpeningHours } from '../domain/opening-hours.ts';
import { SafeImageUrl } from '../security/safe-url.ts';

const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #0b5cad');

export const BranchInput = z
  .object({
    name: z.string().trim().min(1).max(80),
    timezone: z.string().min(1).max(64),
    languages: z.array(Language).min(1).max(8),
    theme: z
      .object({ primary: Color, background: Color, text: Color, logoUrl: SafeImageUrl.nullable() })
      .optional(),
    ticker: z.string().max(500).optional(),
    speechOutput: z.enum(['display', 'server']).optional(),
    allowRemoteJoin: z.boolean().optional(),
  })
  .openapi('BranchInput');

export const BranchView = WireBranch.extend({
  speechOutput: z.enum(['display', 'server']),
  allowRemoteJoin: z.boolean(),
}).openapi('Branch');

export const ServiceInput = z
  .object({
    prefix: z.string().regex(/^[A-Z]$/, 'one capital letter A–Z'),
    names: LocalizedText.refine((n) => Object.keys(n).length > 0, 'at least one name'),
    targetWaitMin: z.number().int().min(1).max(600).optional(),
    openingHours: OpeningHours.nullable().optional(),
    active: z.boolean().optional(),
    sortOrder: z.number().int().min(0).max(1000).optional(),
  })
  .openapi('ServiceInput');

export const ServiceView = WireService.extend({
  branchId: z.number().int(),
  sortOrder: z.number().int(),
}).openapi('Service');

export const CounterInput = z
  .object({
    name: z.string().trim().min(1).max(60),
    number: z.number().int().min(1).max(999),
    serviceIds: z.array(z.number().int().positive()).max(26),
  })
  .openapi('CounterInput');

export const CounterView = WireCounter.extend({ branchId: z.number().int() }).openapi('Counter');

export const UserInput = z
  .object({
    username: z.string().regex(/^[a-z0-9._-]{2,32}$/, '2–32 lower-case letters, digits, . _ -'),
    displayName: z.string().trim().min(1).max(80),
    password: z.string().min(10, 'at least 10 characters').max(200),
    role: z.enum(['admin', 'staff']),
    branchId: z.number().int().positive().nullable(),
  })
  .openapi('UserInput');

export const UserPatch = z
  .object({
    displayName: z.string().trim().min(1).max(80).optional(),
    role: z.enum(['admin', 'staff']).optional(),
    branchId: z.number().int().positive().nullable().optional(),
    disabled: z.boolean().optional(),
    password: z.string().min(10, 'at least 10 characters').max(200).optional(),
  })
  .openapi('UserPatch');

export const DeviceInput = z
  .object({
    name: z.string().trim().min(1).max(80),
    kind: z.enum(['board', 'counter', 'kiosk']),
    group: z.string().trim().min(1).max(40).optional(),
    counterId: z.number().int().positive().nullable().optional(),
    languages: z.array(Language).min(1).max(8),
  })
  .openapi('DeviceInput');

export const DeviceView = z
  .object({
    id: z.number().int(),
    branchId: z.number().int(),
    name: z.string(),
    kind: z.enum(['board', 'counter', 'kiosk']),
    group: z.string(),
    counterId: z.number().int().nullable(),
    languages: z.array(z.string()),
    volume: z.number().int(),
    revoked: z.boolean(),
    lastSeenAt: z.number().nullable(),
  })
  .openapi('Device');
