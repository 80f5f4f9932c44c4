/** Queue routes: issue a ticket, call next, every staff action on a ticket, counter open/pause/close. */
import { createRoute, z } from '@hono/zod-openapi';
import { Channel, CounterStatus, Language, PriorityClass, ServiceStats, WireTicket } from './wire-schemas.ts';
import { forbidden, notFound } from '../domain/errors.ts';
import { assertBranchAccess } from '../services/access.ts';
import type { Repos } from '../services/deps.ts';
import type { QueueService, TicketCommand } from '../services/queue-service.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { toWireTicket } from '../services/wire.ts';
import { actorOf, requireRole } from './auth-middleware.ts';
import { IdParam, deviceOrSessionSecurity, errors, jsonBody, newRouter, ok, sessionSecurity } from './openapi-kit.ts';
import { CounterView } from './setup-schemas.ts';
import { counterView } from './views.ts';

const IssueInput = z
  .object({
    serviceId: z.number().int().positive(),
    priority: PriorityClass.default('normal'),
    language: Language.nullable().default(null),
    channel: Channel.optional().describe('Defaults to kiosk for a kiosk device, staff for a person'),
    contact: z
      .object({
        name: z.string().trim().min(1).max(80).optional(),
        phone: z.string().regex(/^\+?[0-9 ()-]{6,20}$/, 'a phone number').optional(),
      })
      .optional()
      .describe('Optional, for a callback; never needed to queue, erased after the retention period'),
  })
  .openapi('IssueTicket');

const IssuedTicket = z
  .object({
    ticket: WireTicket,
    /** The visitor's secret handle for following the ticket on a phone. */
    phoneToken: z.string(),
    ahead: z.number().int(),
    stats: ServiceStats,
  })
  .openapi('IssuedTicket');

const TicketReply = z.object({ ticket: WireTicket }).openapi('TicketReply');

const FinishInput = z.object({ outcome: z.string().trim().max(60).nullable().optional(), note: z.string().max(1000).nullable().optional() });
const CallInput = z.object({ counterId: z.number().int().positive() });
const TransferInput = z
  .object({
    serviceId: z.number().int().positive().optional(),
    counterId: z.number().int().positive().optional(),
    position: z.enum(['front', 'back']).default('back'),
  })
  .refine((t) => (t.serviceId === undefined) !== (t.counterId === undefined), 'give exactly one of serviceId or counterId');
const CounterStatusInput = z.object({ status: CounterStatus, reason: z.string().trim().max(80).nullable().optional() });

const staff = [requireRole('admin', 'staff')];
const tags = ['queue'];

type Action = 'recall' | 'start' | 'finish' | 'no-show' | 'cancel' | 'transfer' | 'park' | 'unpark' | 'call';
const ACTIONS: { path: Action; summary: string; body: z.ZodType | null; toCommand: (body: any) => TicketCommand }[] = [
  { path: 'call', summary: 'Call this ticket out of order to a counter', body: CallInput, toCommand: (b) => ({ type: 'call', counterId: b.counterId }) },
  { path: 'recall', summary: 'Call the ticket again (re-announced on the screens)', body: null, toCommand: () => ({ type: 'recall' }) },
  { path: 'start', summary: 'The visitor arrived at the counter: start serving', body: null, toCommand: () => ({ type: 'start' }) },
  { path: 'finish', summary: 'Finish serving, with an optional outcome and note', body: FinishInput, toCommand: (b) => ({ type: 'finish', outcome: b.outcome, note: b.note }) },
  { path: 'no-show', summary: 'The visitor did not come', body: null, toCommand: () => ({ type: 'no_show' }) },
  { path: 'cancel', summary: 'Cancel the ticket', body: null, toCommand: () => ({ type: 'cancel' }) },
  { path: 'transfer', summary: 'Queue the ticket again for a service or a counter, at the front or the back', body: TransferInput, toCommand: (b) => ({ type: 'transfer', ...b }) },
  { path: 'park', summary: 'Set the ticket aside', body: null, toCommand: () => ({ type: 'park' }) },
  { path: 'unpark', summary: 'Return a parked ticket to its queue', body: null, toCommand: () => ({ type: 'unpark' }) },
];

export function ticketRoutes(queue: QueueService, deps: ServiceDeps, repos: Repos) {
  const r = newRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/branches/{id}/tickets',
      tags,
      summary: 'Issue a ticket (kiosk device, staff or admin)',
      security: deviceOrSessionSecurity,
      middleware: [requireRole('admin', 'staff', 'kiosk')],
      request: { params: IdParam, ...jsonBody(IssueInput) },
      responses: { 201: ok(IssuedTicket, 'Issued'), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const actor = actorOf(c);
      const input = c.req.valid('json');
      const isKiosk = actor.kind === 'device';
      if (isKiosk && input.channel !== undefined && input.channel !== 'kiosk') throw forbidden('a kiosk issues kiosk tickets');
      const { receipt } = await queue.issue(
        c.req.valid('param').id,
        { ...input, channel: input.channel ?? (isKiosk ? 'kiosk' : 'staff') },
        actor,
      );
      return c.json(receipt, 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/tickets/{id}',
      tags,
      security: sessionSecurity,
      middleware: staff,
      request: { params: IdParam },
      responses: { 200: ok(TicketReply, 'The ticket'), ...errors(401, 403, 404) },
    }),
    (c) => {
      const ticket = repos.tickets.get(c.req.valid('param').id);
      if (!ticket) throw notFound(`ticket ${c.req.valid('param').id}`);
      assertBranchAccess(actorOf(c), ticket.branchId);
      return c.json({ ticket: toWireTicket(ticket) }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/counters/{id}/call-next',
      tags,
      summary: 'Finish the current ticket and call the next one by the call-next rule',
      security: sessionSecurity,
      middleware: staff,
      request: { params: IdParam },
      responses: {
        200: ok(z.object({ ticket: WireTicket.nullable() }).openapi('CallNextReply'), 'The called ticket, or null when nobody waits'),
        ...errors(401, 403, 404, 409),
      },
    }),
    (c) => {
      const ticket = queue.callNext(c.req.valid('param').id, actorOf(c));
      return c.json({ ticket: ticket ? toWireTicket(ticket) : null }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/counters/{id}/status',
      tags,
      summary: 'Open, pause (with a reason) or close a counter',
      security: sessionSecurity,
      middleware: staff,
      request: { params: IdParam, ...jsonBody(CounterStatusInput) },
      responses: { 200: ok(z.object({ counter: CounterView }), 'Updated'), ...errors(400, 401, 403, 404) },
    }),
    (c) => {
      const { status, reason } = c.req.valid('json');
      const counter = queue.setCounterStatus(c.req.valid('param').id, status, reason ?? null, actorOf(c));
      return c.json({ counter: counterView(counter) }, 200);
    },
  );

  for (const action of ACTIONS) {
    const request = action.body ? { params: IdParam, ...jsonBody(action.body) } : { params: IdParam };
    r.openapi(
      createRoute({
        method: 'post',
        path: `/tickets/{id}/${action.path}`,
        tags,
        summary: action.summary,
        security: sessionSecurity,
        middleware: staff,
        request,
        responses: { 200: ok(TicketReply, 'The ticket after the transition'), ...errors(400, 401, 403, 404, 409) },
      }),
      (c) => {
        const body = action.body ? (c.req.valid as (t: 'json') => unknown)('json') : {};
        const ticket = queue.act(c.req.valid('param').id, action.toCommand(body), actorOf(c));
        return c.json({ ticket: toWireTicket(ticket) }, 200);
      },
    );
  }

  return r;
}
