/** Displays and kiosks: pairing by code, the admin's device list, remote settings, revocation. */
import { createRoute, z } from '@hono/zod-openapi';
import type { DeviceService } from '../services/device-service.ts';
import { requireRole } from './auth-middleware.ts';
import { IdParam, errors, jsonBody, newRouter, ok, sessionSecurity } from './openapi-kit.ts';
import { Language } from './wire-schemas.ts';

const Kind = z.enum(['board', 'counter', 'kiosk']);
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const QuietHours = z.object({ from: Time, to: Time, volume: z.number().int().min(0).max(100) }).nullable();

const DeviceListItem = z
  .object({
    id: z.number().int(),
    branchId: z.number().int(),
    name: z.string(),
    kind: Kind,
    group: z.string(),
    counterId: z.number().int().nullable(),
    languages: z.array(z.string()),
    volume: z.number().int(),
    layout: z.enum(['auto', 'landscape', 'portrait']),
    chime: z.string(),
    quietHours: QuietHours,
    revoked: z.boolean(),
    lastSeenAt: z.number().nullable(),
    online: z.boolean(),
    status: z
      .object({
        appVersion: z.string(),
        screen: z.object({ w: z.number().int(), h: z.number().int() }),
        audio: z.enum(['unlocked', 'blocked', 'muted']),
        at: z.number(),
      })
      .nullable(),
  })
  .openapi('DeviceStatus');

const PairInput = z
  .object({
    code: z.string().trim().min(6).max(12),
    name: z.string().trim().min(1).max(80),
    kind: Kind,
    group: z.string().trim().min(1).max(40).optional(),
    counterId: z.number().int().positive().nullable().optional(),
    languages: z.array(Language).min(1).max(8),
    volume: z.number().int().min(0).max(100).optional(),
  })
  .openapi('PairInput');

const DevicePatch = z
  .object({
    name: z.string().trim().min(1).max(80).optional(),
    group: z.string().trim().min(1).max(40).optional(),
    counterId: z.number().int().positive().nullable().optional(),
    languages: z.array(Language).min(1).max(8).optional(),
    volume: z.number().int().min(0).max(100).optional(),
    layout: z.enum(['auto', 'landscape', 'portrait']).optional(),
    chime: z.string().regex(/^[\w-]{1,64}$/).optional(),
    quietHours: QuietHours.optional(),
  })
  .openapi('DevicePatch');

const PairingParam = z.object({ pairingId: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/).openapi({ param: { name: 'pairingId', in: 'path' } }) });
const PairingQuery = z.object({ secret: z.string().min(8).max(80) });

const admin = [requireRole('admin')];
const tags = ['devices'];

export function deviceRoutes(devices: DeviceService) {
  const r = newRouter();

  r.openapi(
    createRoute({ method: 'post', path: '/pairings', tags, summary: 'A new display asks for a pairing code to show',
      responses: {
        201: ok(z.object({ pairingId: z.string(), code: z.string(), secret: z.string(), expiresAt: z.number() }), 'Show the code; poll with the secret'),
        ...errors(429),
      } }),
    (c) => c.json(devices.startPairing(), 201),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/pairings/{pairingId}', tags, summary: 'The display polls until an admin has paired it',
      request: { params: PairingParam, query: PairingQuery },
      responses: {
        200: ok(
          z.union([
            z.object({ status: z.literal('pending'), expiresAt: z.number() }),
            z.object({ status: z.literal('paired'), token: z.string(), branchId: z.number().int(), counterId: z.number().int().nullable(), kind: Kind }),
          ]),
          'Pending, or the device token (given once)',
        ),
        ...errors(400, 404),
      } }),
    (c) => c.json(devices.pollPairing(c.req.valid('param').pairingId, c.req.valid('query').secret), 200),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/branches/{id}/devices', tags, security: sessionSecurity, middleware: admin,
      request: { params: IdParam },
      responses: { 200: ok(z.object({ devices: z.array(DeviceListItem) }), 'Displays and kiosks with their live status'), ...errors(401, 403, 404) } }),
    (c) => c.json({ devices: devices.list(c.req.valid('param').id) }, 200),
  );

  r.openapi(
    createRoute({ method: 'post', path: '/branches/{id}/devices/pair', tags, security: sessionSecurity, middleware: admin,
      summary: 'Pair the display showing this code',
      request: { params: IdParam, ...jsonBody(PairInput) },
      responses: { 201: ok(z.object({ device: z.object({ id: z.number().int(), name: z.string(), kind: Kind }) }), 'Paired'), ...errors(400, 401, 403, 404) } }),
    (c) => {
      const d = devices.pair(c.req.valid('param').id, c.req.valid('json'));
      return c.json({ device: { id: d.id, name: d.name, kind: d.kind } }, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/devices/{id}', tags, security: sessionSecurity, middleware: admin,
      summary: 'Change a display\'s settings; a connected display applies them at once',
      request: { params: IdParam, ...jsonBody(DevicePatch) },
      responses: { 200: ok(z.object({ ok: z.literal(true) }), 'Updated'), ...errors(400, 401, 403, 404) } }),
    (c) => {
      devices.update(c.req.valid('param').id, c.req.valid('json'));
      return c.json({ ok: true as const }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/devices/{id}/revoke', tags, security: sessionSecurity, middleware: admin,
      summary: 'Revoke a device token and disconnect the device now',
      request: { params: IdParam },
      responses: { 200: ok(z.object({ ok: z.literal(true) }), 'Revoked'), ...errors(401, 403, 404) } }),
    (c) => {
      devices.revoke(c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    },
  );

  return r;
}
