/** Admin reports, CSV exports, forecast, staffing, roster and service-level target of a branch. */
import { createRoute, z } from '@hono/zod-openapi';
import { addDays, localMidnight, localParts } from '../domain/report-time.ts';
import type { ReportService } from '../insight/report-service.ts';
import type { Repos } from '../services/deps.ts';
import { notFound } from '../domain/errors.ts';
import { requireRole } from './auth-middleware.ts';
import { IdParam, errors, jsonBody, newRouter, ok, sessionSecurity } from './openapi-kit.ts';

const admin = [requireRole('admin')];
const tags = ['insight'];
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const OptionalId = z.coerce.number().int().positive().optional();

const PeriodQuery = z.object({
  from: Day.optional().openapi({ description: 'First local day (YYYY-MM-DD); default 28 days ago' }),
  to: Day.optional().openapi({ description: 'Last local day, inclusive; default today' }),
  serviceId: OptionalId,
  counterId: OptionalId,
  userId: OptionalId,
});
const PlanQuery = z.object({
  days: z.coerce.number().int().min(1).max(14).default(7),
  interval: z.coerce.number().pipe(z.union([z.literal(30), z.literal(60)])).default(60),
  serviceId: OptionalId,
});
const Shift = z.object({
  weekday: z.number().int().min(0).max(6),
  from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  to: z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/),
  counters: z.number().int().min(0).max(500),
}).refine((s) => s.from < s.to, 'a shift ends after it starts').openapi('Shift');
const Target = z.object({ level: z.number().int().min(1).max(99), waitMin: z.number().int().min(1).max(240) }).openapi('ServiceLevelTarget');
const Dist = z.object({ count: z.number(), mean: z.number().nullable(), median: z.number().nullable(), p90: z.number().nullable() });
const Report = z.object({
  from: z.number(), to: z.number(), timezone: z.string(),
  figures: z.object({
    issued: z.number(), served: z.number(), noShows: z.number(), cancelled: z.number(),
    servedRate: z.number().nullable(), noShowRate: z.number().nullable(), cancelRate: z.number().nullable(),
    wait: Dist, serviceTime: Dist, withinTarget: z.number().nullable(),
    estimate: z.object({ count: z.number(), maeMin: z.number().nullable(), withinRange: z.number().nullable() }),
    satisfaction: z.object({ count: z.number(), mean: z.number().nullable(), distribution: z.array(z.number()) }),
    arrivals: z.array(z.array(z.number())),
  }),
}).openapi('Report');
const Backtest = z.object({ days: z.number(), intervals: z.number(), mae: z.number(), wape: z.number().nullable() });
const Forecast = z.object({
  intervalMin: z.number(), method: z.string(), backtest: Backtest,
  points: z.array(z.object({ start: z.number(), expected: z.number() })),
}).openapi('Forecast');
const Staffing = z.object({
  intervalMin: z.number(), target: Target, meanServiceMin: z.number(), backtest: Backtest,
  intervals: z.array(z.object({ start: z.number(), expected: z.number(), needed: z.number(), rostered: z.number(), gap: z.number() })),
}).openapi('Staffing');
const csv = (description: string) => ({ content: { 'text/csv': { schema: z.string() } }, description });

export function insightRoutes(reports: ReportService, repos: Repos, now: () => number) {
  const r = newRouter();

  /** Local days → [from, to) instants in the branch's zone; default the last 28 days including today. */
  function period(branchId: number, q: { from?: string; to?: string }) {
    const branch = repos.setup.getBranch(branchId);
    if (!branch) throw notFound(`branch ${branchId}`);
    const today = localParts(now(), branch.timezone).day;
    const to = q.to ?? today;
    const from = q.from ?? addDays(to, -27);
    return { from: localMidnight(from, branch.timezone), to: localMidnight(addDays(to, 1), branch.timezone) };
  }
  const filename = (id: number, kind: string, p: { from: number; to: number }) =>
    `attachment; filename="callboard-branch${id}-${kind}-${new Date(p.from).toISOString().slice(0, 10)}.csv"`;

  r.openapi(
    createRoute({ method: 'get', path: '/branches/{id}/reports', tags, security: sessionSecurity, middleware: admin,
      summary: 'Figures for a period, optionally for one service, counter or staff member',
      request: { params: IdParam, query: PeriodQuery },
      responses: { 200: ok(Report, 'Report'), ...errors(400, 401, 403, 404) } }),
    (c) => {
      const { id } = c.req.valid('param');
      const { serviceId, counterId, userId, ...days } = c.req.valid('query');
      return c.json(reports.report(id, period(id, days), { serviceId, counterId, userId }), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/branches/{id}/reports/tickets.csv', tags, security: sessionSecurity, middleware: admin,
      request: { params: IdParam, query: PeriodQuery }, responses: { 200: csv('Tickets issued in the period'), ...errors(400, 401, 403, 404) } }),
    (c) => {
      const { id } = c.req.valid('param');
      const p = period(id, c.req.valid('query'));
      return c.body(reports.ticketsCsv(id, p), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': filename(id, 'tickets', p) });
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/branches/{id}/reports/answers.csv', tags, security: sessionSecurity, middleware: admin,
      request: { params: IdParam, query: PeriodQuery }, responses: { 200: csv('Survey answers given in the period'), ...errors(400, 401, 403, 404) } }),
    (c) => {
      const { id } = c.req.valid('param');
      const p = period(id, c.req.valid('query'));
      return c.body(reports.answersCsv(id, p), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': filename(id, 'answers', p) });
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/branches/{id}/forecast', tags, security: sessionSecurity, middleware: admin,
      summary: 'Expected arrivals per interval for the next days, with the last week backtested',
      request: { params: IdParam, query: PlanQuery }, responses: { 200: ok(Forecast, 'Forecast'), ...errors(400, 401, 403, 404) } }),
    (c) => {
      const q = c.req.valid('query');
      return c.json(reports.forecast(c.req.valid('param').id, { days: q.days, intervalMin: q.interval as 30 | 60, serviceId: q.serviceId }), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/branches/{id}/staffing', tags, security: sessionSecurity, middleware: admin,
      summary: 'Counters needed per interval (Erlang C) against the roster',
      request: { params: IdParam, query: PlanQuery }, responses: { 200: ok(Staffing, 'Staffing'), ...errors(400, 401, 403, 404) } }),
    (c) => {
      const q = c.req.valid('query');
      return c.json(reports.staffing(c.req.valid('param').id, { days: q.days, intervalMin: q.interval as 30 | 60 }), 200);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/branches/{id}/roster', tags, security: sessionSecurity, middleware: admin,
      request: { params: IdParam }, responses: { 200: ok(z.object({ shifts: z.array(Shift) }), 'Roster'), ...errors(400, 401, 403, 404) } }),
    (c) => c.json({ shifts: reports.roster(c.req.valid('param').id) }, 200),
  );

  r.openapi(
    createRoute({ method: 'put', path: '/branches/{id}/roster', tags, security: sessionSecurity, middleware: admin,
      summary: 'Replace the weekly roster', request: { params: IdParam, ...jsonBody(z.object({ shifts: z.array(Shift).max(500) })) },
      responses: { 200: ok(z.object({ shifts: z.array(Shift) }), 'Saved'), ...errors(400, 401, 403, 404) } }),
    (c) => c.json({ shifts: reports.setRoster(c.req.valid('param').id, c.req.valid('json').shifts) }, 200),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/branches/{id}/service-level', tags, security: sessionSecurity, middleware: admin,
      request: { params: IdParam }, responses: { 200: ok(Target, 'Target'), ...errors(400, 401, 403, 404) } }),
    (c) => c.json(reports.target(c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({ method: 'put', path: '/branches/{id}/service-level', tags, security: sessionSecurity, middleware: admin,
      request: { params: IdParam, ...jsonBody(Target) }, responses: { 200: ok(Target, 'Saved'), ...errors(400, 401, 403, 404) } }),
    (c) => c.json(reports.setTarget(c.req.valid('param').id, c.req.valid('json')), 200),
  );

  return r;
}
