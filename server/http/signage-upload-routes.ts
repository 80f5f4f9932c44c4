/**
 * Signage files: the upload route (mounted ahead of the 64 KiB /api body limit, with its own 50 MB one) and
 * the content-addressed media a display fetches and caches.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../domain/errors.ts';
import { csrfGuard } from '../security/csrf.ts';
import type { AuthService } from '../services/auth-service.ts';
import { displayName, MAX_UPLOAD_BYTES, type MediaStore } from '../signage/media-store.ts';
import type { SignageService } from '../signage/signage-service.ts';
import { requireRole, resolveActor } from './auth-middleware.ts';
import { ErrorBody, errors, newRouter, ok, sessionSecurity } from './openapi-kit.ts';
import { z } from '@hono/zod-openapi';

export const UPLOAD_PATH = '/api/signage/uploads';
const FILE = /^\/signage\/(media|thumbs)\/([0-9a-f]{64})\.(png|jpg|webp|mp4|webm)$/;

export function signageUploadRoutes(signage: SignageService, store: MediaStore | null, auth: AuthService) {
  const r = newRouter();
  r.post(
    UPLOAD_PATH,
    bodyLimit({
      maxSize: MAX_UPLOAD_BYTES,
      onError: (c) => c.json({ error: { code: 'payload_too_large', message: `uploads may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` } }, 413),
    }),
    // The /api/* guards run after this route, so it applies the ones it needs itself.
    csrfGuard(),
    resolveActor(auth),
    requireRole('admin'),
    async (c) => {
      if (!store) throw new AppError(503, 'no_storage', 'this server has no data directory for uploads');
      // The raw body is the file, streamed to disk (see media-store.ts); its name travels in a header and
      // is only ever shown, never used as a path.
      const body = c.req.raw.body;
      if (!body) throw new AppError(400, 'empty_upload', 'the file is empty');
      const rawName = c.req.header('x-file-name') ?? 'untitled';
      let name: string;
      try {
        name = displayName(decodeURIComponent(rawName));
      } catch {
        name = displayName(rawName);
      }
      const item = await signage.upload(body, name);
      return c.json({ item }, 201);
    },
  );
  // Documented by hand: the body is the raw file, which no JSON validator should touch.
  r.openAPIRegistry.registerPath({
    method: 'post', path: UPLOAD_PATH, tags: ['signage'], security: sessionSecurity,
    summary: 'Upload an image (PNG, JPEG, WebP ≤ 10 MB) or a video (MP4, WebM ≤ 50 MB); checked by its bytes, stored by SHA-256',
    request: {
      headers: z.object({ 'x-file-name': z.string().optional().describe('URI-encoded original name, shown only') }),
      body: { content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } }, required: true },
    },
    responses: {
      201: ok(z.object({ item: z.any() }), 'Stored (or the same bytes were already in the library)'),
      413: ok(ErrorBody, 'Over the size limit for its kind'),
      415: ok(ErrorBody, 'Not an accepted type by content (SVG is refused)'),
      ...errors(400, 401, 403),
    },
  });
  if (store) {
    // Content-addressed: a URL never changes meaning, so caches may keep it forever.
    r.use('/signage/*', async (c, next) => {
      await next();
      if (c.res.status === 200 || c.res.status === 206) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    });
    r.use(
      '/signage/*',
      serveStatic({
        root: store.dir,
        // Only hash-named files; anything else (traversal, other names) is not found.
        rewriteRequestPath: (p) => {
          const m = FILE.exec(p);
          if (!m) return '/__none__';
          return m[1] === 'thumbs' ? `/thumbs/${m[2]}.webp` : `/${m[2]}.${m[3]}`;
        },
      }),
    );
  }
  return r;
}
