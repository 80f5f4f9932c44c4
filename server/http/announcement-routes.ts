/** Announcements: staff and admins announce free text (or a saved text) to a branch or a display group. */
import { createRoute, z } from '@hono/zod-openapi';
import { Announcement, Language } from './wire-schemas.ts';
import { MAX_ANNOUNCEMENT_LENGTH, toWireAnnouncement, type AnnouncementService } from '../services/announcement-service.ts';
import { actorOf, requireRole } from './auth-middleware.ts';
import { IdParam, errors, jsonBody, newRouter, ok, sessionSecurity } from './openapi-kit.ts';


const AnnounceInput = z
  .object({
    text: z.string().max(MAX_ANNOUNCEMENT_LENGTH).optional(),
    savedId: z.number().int().positive().optional(),
    language: Language.optional(),
    group: z.string().trim().min(1).max(40).nullable().optional().describe('Only displays of this group; omit for the whole branch'),
  })
  .refine((a) => (a.text === undefined) !== (a.savedId === undefined), 'give exactly one of text or savedId')
  .openapi('AnnounceInput');

const SavedView = z
  .object({ id: z.number().int(), branchId: z.number().int(), title: z.string(), text: z.string(), language: z.string() })
  .openapi('SavedAnnouncement');
const SavedInput = z
  .object({ title: z.string().trim().min(1).max(80), text: z.string().trim().min(1).max(MAX_ANNOUNCEMENT_LENGTH), language: Language })
  .openapi('SavedAnnouncementInput');

const staff = [requireRole('admin', 'staff')];
const tags = ['announcements'];
const SavedParams = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }),
  savedId: z.coerce.number().int().positive().openapi({ param: { name: 'savedId', in: 'path' } }),
});

export function announcementRoutes(service: AnnouncementService) {
  const r = newRouter();

  r.openapi(
    createRoute({ method: 'post', path: '/branches/{id}/announcements', tags, security: sessionSecurity, middleware: staff,
      summary: 'Announce to the branch or a display group: shown as a banner and spoken',
      request: { params: IdParam, ...jsonBody(AnnounceInput) },
      responses: { 201: ok(z.object({ announcement: Announcement }), 'Announced'), ...errors(400, 401, 403, 404) } }),
    (c) => {
      const row = service.announce(c.req.valid('param').id, c.req.valid('json'), actorOf(c));
      return c.json({ announcement: toWireAnnouncement(row) }, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/branches/{id}/saved-announcements', tags, security: sessionSecurity, middleware: staff,
      request: { params: IdParam },
      responses: { 200: ok(z.object({ saved: z.array(SavedView) }), 'Saved announcements'), ...errors(401, 403, 404) } }),
    (c) => c.json({ saved: service.listSaved(c.req.valid('param').id, actorOf(c)) }, 200),
  );

  r.openapi(
    createRoute({ method: 'post', path: '/branches/{id}/saved-announcements', tags, security: sessionSecurity,
      middleware: [requireRole('admin')],
      request: { params: IdParam, ...jsonBody(SavedInput) },
      responses: { 201: ok(z.object({ saved: SavedView }), 'Saved'), ...errors(400, 401, 403, 404) } }),
    (c) => c.json({ saved: service.saveTemplate(c.req.valid('param').id, c.req.valid('json'), actorOf(c)) }, 201),
  );

  r.openapi(
    createRoute({ method: 'delete', path: '/branches/{id}/saved-announcements/{savedId}', tags, security: sessionSecurity,
      middleware: [requireRole('admin')],
      request: { params: SavedParams },
      responses: { 200: ok(z.object({ ok: z.literal(true) }), 'Deleted'), ...errors(401, 403, 404) } }),
    (c) => {
      const { id, savedId } = c.req.valid('param');
      service.deleteTemplate(id, savedId, actorOf(c));
      return c.json({ ok: true as const }, 200);
    },
  );

  return r;
}
