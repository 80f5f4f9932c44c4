/** The visitor's phone: its own ticket by token, "I'm leaving", and remote joining where allowed. */
import { createRoute, z } from '@hono/zod-openapi';
import type { PhoneService } from '../services/phone-service.ts';
import { IdParam, errors, jsonBody, newRouter, ok } from './openapi-kit.ts';
import { Language, LocalizedText, ServiceStats, WireBranch, WireTicket } from './wire-schemas.ts';
import { toWireTicket } from '../services/wire.ts';

const TokenParam = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).openapi({ param: { name: 'token', in: 'path' } }),
});
const Estimate = z.object({ min: z.number(), max: z.number() }).nullable();

const PhoneView = z
  .object({
    ticket: WireTicket,
    branch: WireBranch,
    service: z.object({ id: z.number().int(), prefix: z.string(), names: LocalizedText }),
    ahead: z.number().int(),
    estimate: Estimate,
    counter: z.object({ id: z.number().int(), name: z.string(), number: z.number().int() }).nullable(),
    serverTime: z.number(),
  })
  .openapi('PhoneTicket');

const JoinOptions = z
  .object({
    branch: WireBranch,
    services: z.array(
      z.object({
        id: z.number().int(),
        prefix: z.string(),
        names: LocalizedText,
        openNow: z.boolean(),
        waiting: z.number().int(),
        estimate: Estimate,
      }),
    ),
  })
  .openapi('JoinOptions');

const JoinInput = z
  .object({ serviceId: z.number().int().positive(), language: Language.nullable().default(null) })
  .openapi('JoinInput');

const Joined = z
  .object({ ticket: WireTicket, phoneToken: z.string(), ahead: z.number().int(), stats: ServiceStats })
  .openapi('Joined');

const tags = ['phone'];

export function phoneRoutes(phone: PhoneService) {
  const r = newRouter();

  r.openapi(
    createRoute({ method: 'get', path: '/phone/{token}', tags, summary: "The visitor's own ticket, position and estimate",
      request: { params: TokenParam },
      responses: { 200: ok(PhoneView, 'The ticket as its phone sees it'), ...errors(400, 404) } }),
    (c) => c.json(phone.view(c.req.valid('param').token), 200),
  );

  r.openapi(
    createRoute({ method: 'post', path: '/phone/{token}/leave', tags, summary: "I'm leaving: cancel my ticket",
      request: { params: TokenParam },
      responses: { 200: ok(z.object({ ticket: WireTicket }), 'Cancelled'), ...errors(400, 404, 409) } }),
    (c) => c.json({ ticket: toWireTicket(phone.leave(c.req.valid('param').token)) }, 200),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/branches/{id}/join', tags, summary: 'Services a visitor can join remotely',
      request: { params: IdParam },
      responses: { 200: ok(JoinOptions, 'Joinable services'), ...errors(400, 403, 404) } }),
    (c) => c.json(phone.joinOptions(c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({ method: 'post', path: '/branches/{id}/join', tags, summary: 'Join a queue remotely, without personal data',
      request: { params: IdParam, ...jsonBody(JoinInput) },
      responses: { 201: ok(Joined, 'Joined'), ...errors(400, 403, 404, 409) } }),
    async (c) => c.json((await phone.join(c.req.valid('param').id, c.req.valid('json'))).receipt, 201),
  );

  return r;
}
