/** Signage API: library items, playlists, schedules, settings, preview, takeover, manifests and proof of play. */
import { createRoute, z } from '@hono/zod-openapi';
import { forbidden } from '../domain/errors.ts';
import { assertBranchAccess } from '../services/access.ts';
import type { SignageService } from '../signage/signage-service.ts';
import { actorOf, requireRole } from './auth-middleware.ts';
import { IdParam, errors, jsonBody, newRouter, ok, sessionSecurity } from './openapi-kit.ts';

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const Group = z.string().trim().min(1).max(40);
const Any = z.any();

const ItemInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), name: z.string().trim().min(1).max(120), html: z.string().max(20_000) }),
  z.object({ kind: z.literal('web'), name: z.string().trim().min(1).max(120), url: z.url({ protocol: /^https?$/ }).max(2000) }),
  z.object({ kind: z.literal('ticker'), name: z.string().trim().min(1).max(120), text: z.string().trim().min(1).max(500) }),
]).openapi('SignageItemInput');

const PlaylistInput = z.object({
  name: z.string().trim().min(1).max(80),
  items: z.array(z.object({
    itemId: z.number().int().positive(),
    durationMs: z.number().int().min(1000).max(3_600_000),
    transition: z.enum(['cut', 'fade']),
    validFrom: LocalDate.nullable(),
    validTo: LocalDate.nullable(),
  })).max(200),
}).openapi('PlaylistInput');

const ScheduleInput = z.object({
  name: z.string().trim().min(1).max(80),
  playlistId: z.number().int().positive(),
  groups: z.array(Group).min(1).max(20).nullable(),
  rule: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('cron'), expression: z.string().min(9).max(100) }),
    z.object({ kind: z.literal('daypart'), days: z.array(z.number().int().min(0).max(6)).min(1).max(7), from: Time, to: Time }),
  ]),
  validFrom: LocalDate.nullable(),
  validTo: LocalDate.nullable(),
  priority: z.number().int().min(-100).max(100),
}).openapi('ScheduleInput');

const Settings = z.object({ defaultPlaylistId: z.number().int().positive().nullable(), blankOutsideHours: z.boolean() }).openapi('SignageSettings');
const TakeoverInput = z.object({
  message: z.string().trim().min(1).max(500),
  groups: z.array(Group).min(1).max(20).nullable(),
  until: z.number().int().positive().nullable(),
  speak: z.boolean(),
}).openapi('TakeoverInput');
const PlayReport = z.object({
  plays: z.array(z.object({
    itemId: z.number().int().positive(),
    playlistId: z.number().int().positive().nullable(),
    startedAt: z.number().int().positive(),
    durationMs: z.number().int().min(0).max(86_400_000),
  })).max(500),
}).openapi('PlayReport');

const PathId = (name: string) => z.coerce.number().int().positive().openapi({ param: { name, in: 'path' } });
const PlaylistParams = z.object({ id: PathId('id'), playlistId: PathId('playlistId') });
const ScheduleParams = z.object({ id: PathId('id'), scheduleId: PathId('scheduleId') });
const ItemParams = z.object({ itemId: PathId('itemId') });

const admin = [requireRole('admin')];
const display = [requireRole('display')];
const tags = ['signage'];
const done = ok(z.object({ ok: z.literal(true) }), 'Done');

export function signageRoutes(signage: SignageService) {
  const r = newRouter();
  // Every admin route shares security, guard and replies; `extra` carries the request schemas (kept typed).
  const route = <const M extends 'get' | 'post' | 'put' | 'delete', const P extends string, const X extends object = object>(method: M, path: P, summary: string, extra?: X) =>
    createRoute({ method, path, tags, summary, security: sessionSecurity, middleware: admin, responses: { 200: ok(Any, 'OK'), ...errors(400, 401, 403, 404, 409) }, ...(extra as X) });

  r.openapi(route('get', '/signage/items', 'The library'), (c) => c.json({ items: signage.listItems() }, 200));
  r.openapi(route('post', '/signage/items', 'Add a text slide (sanitized), a web page or a ticker line', { request: jsonBody(ItemInput) }),
    (c) => c.json({ item: signage.createItem(c.req.valid('json')) }, 200));
  r.openapi(route('delete', '/signage/items/{itemId}', 'Delete a library item no playlist uses (409 item_in_use otherwise)', { request: { params: ItemParams } }),
    (c) => {
      signage.deleteItem(c.req.valid('param').itemId);
      return c.json({ ok: true }, 200);
    });

  r.openapi(route('get', '/branches/{id}/signage/playlists', 'Playlists of a branch', { request: { params: IdParam } }),
    (c) => c.json({ playlists: signage.listPlaylists(c.req.valid('param').id) }, 200));
  r.openapi(route('post', '/branches/{id}/signage/playlists', 'Create a playlist', { request: { params: IdParam, ...jsonBody(PlaylistInput) } }),
    (c) => c.json({ playlist: signage.createPlaylist(c.req.valid('param').id, c.req.valid('json')) }, 200));
  r.openapi(route('put', '/branches/{id}/signage/playlists/{playlistId}', 'Replace a playlist', { request: { params: PlaylistParams, ...jsonBody(PlaylistInput) } }),
    (c) => {
      const p = c.req.valid('param');
      signage.updatePlaylist(p.id, p.playlistId, c.req.valid('json'));
      return c.json({ ok: true }, 200);
    });

  r.openapi(route('get', '/branches/{id}/signage/schedules', 'Schedules of a branch', { request: { params: IdParam } }),
    (c) => c.json({ schedules: signage.listSchedules(c.req.valid('param').id) }, 200));
  r.openapi(route('post', '/branches/{id}/signage/schedules', 'Add a schedule (cron validated by node-cron, or a daypart)', { request: { params: IdParam, ...jsonBody(ScheduleInput) } }),
    (c) => c.json({ schedule: signage.createSchedule(c.req.valid('param').id, c.req.valid('json')) }, 200));
  r.openapi(route('put', '/branches/{id}/signage/schedules/{scheduleId}', 'Replace a schedule (same checks as adding one)', { request: { params: ScheduleParams, ...jsonBody(ScheduleInput) } }),
    (c) => {
      const p = c.req.valid('param');
      return c.json({ schedule: signage.updateSchedule(p.id, p.scheduleId, c.req.valid('json')) }, 200);
    });
  r.openapi(route('delete', '/branches/{id}/signage/playlists/{playlistId}', 'Delete a playlist nothing schedules (409 playlist_in_use otherwise)', { request: { params: PlaylistParams } }),
    (c) => {
      const p = c.req.valid('param');
      signage.deletePlaylist(p.id, p.playlistId);
      return c.json({ ok: true }, 200);
    });
  r.openapi(route('delete', '/branches/{id}/signage/schedules/{scheduleId}', 'Remove a schedule', { request: { params: ScheduleParams } }),
    (c) => {
      const p = c.req.valid('param');
      signage.deleteSchedule(p.id, p.scheduleId);
      return c.json({ ok: true }, 200);
    });

  r.openapi(route('get', '/branches/{id}/signage/settings', 'Default playlist and blanking', { request: { params: IdParam } }),
    (c) => c.json(signage.settings(c.req.valid('param').id), 200));
  r.openapi(route('put', '/branches/{id}/signage/settings', 'Set the default playlist and blanking', { request: { params: IdParam, ...jsonBody(Settings) } }),
    (c) => {
      signage.saveSettings(c.req.valid('param').id, c.req.valid('json'));
      return c.json({ ok: true }, 200);
    });

  r.openapi(route('get', '/branches/{id}/signage/preview', 'What a display group shows from time T: the 24 h manifest', {
    request: { params: IdParam, query: z.object({ group: Group, at: z.coerce.number().int().positive() }) } }),
    (c) => {
      const q = c.req.valid('query');
      return c.json(signage.preview(c.req.valid('param').id, q.group, q.at), 200);
    });

  r.openapi(route('post', '/branches/{id}/signage/takeover', 'Take over all or some display groups with a message', { request: { params: IdParam, ...jsonBody(TakeoverInput) } }),
    (c) => c.json({ takeover: signage.takeOver(c.req.valid('param').id, c.req.valid('json')) }, 200));
  r.openapi(route('delete', '/branches/{id}/signage/takeover', 'End the takeover', { request: { params: IdParam } }),
    (c) => {
      signage.clearTakeover(c.req.valid('param').id);
      return c.json({ ok: true }, 200);
    });

  r.openapi(route('get', '/branches/{id}/signage/plays', 'Play counts per item since an instant', {
    request: { params: IdParam, query: z.object({ since: z.coerce.number().int().min(0) }) } }),
    (c) => c.json({ plays: signage.playCounts(c.req.valid('param').id, c.req.valid('query').since) }, 200));

  // A display's own routes: the bearer token says which display (and group) it is.
  r.openapi(createRoute({ method: 'get', path: '/signage/manifest', tags, summary: 'This display\'s 24 h manifest', security: [{ device: [] }], middleware: display,
    responses: { 200: ok(Any, 'The manifest'), ...errors(401, 403) } }),
    (c) => {
      const actor = actorOf(c);
      if (actor.kind !== 'device') throw forbidden();
      assertBranchAccess(actor, actor.display.branchId);
      return c.json(signage.manifestFor(actor.display), 200);
    });
  r.openapi(createRoute({ method: 'post', path: '/signage/plays', tags, summary: 'Proof of play', security: [{ device: [] }], middleware: display,
    request: jsonBody(PlayReport), responses: { 200: done, ...errors(400, 401, 403) } }),
    (c) => {
      const actor = actorOf(c);
      if (actor.kind !== 'device') throw forbidden();
      signage.recordPlays(actor.display, c.req.valid('json'));
      return c.json({ ok: true as const }, 200);
    });
  return r;
}
