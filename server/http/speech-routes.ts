/**
 * Spoken audio for the screens. Only texts built from our templates and real data are synthesized:
 * a call of a ticket that exists today at a counter that exists, or a stored announcement. So nobody
 * can fill the cache with arbitrary speech through these public URLs.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { Language } from './wire-schemas.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { localDay } from '../domain/numbering.ts';
import type { Repos } from '../services/deps.ts';
import { CLIP_CACHE_CONTROL, CLIP_CONTENT_TYPE, type Speech, type SpokenClip } from '../speech/index.ts';

const CallQuery = z.object({
  code: z.string().regex(/^[A-Z]\d{3}$/),
  counter: z.coerce.number().int().positive(),
  lang: Language,
});
const AnnouncementQuery = z.object({ lang: Language.optional() });
// Per-call URLs are not content-addressed, so caches keep them for a day, not forever.
const DERIVED_CACHE_CONTROL = 'public, max-age=86400';

export function speechRoutes(speech: Speech, repos: Repos, now: () => number) {
  const r = new Hono();

  const parse = <T extends z.ZodType>(schema: T, value: unknown): z.infer<T> => {
    const result = schema.safeParse(value);
    if (!result.success) throw new AppError(400, 'invalid_request', z.prettifyError(result.error).replace(/\s+/g, ' '));
    return result.data;
  };

  async function sendClip(c: Context, clip: SpokenClip | string, cacheControl: string) {
    const path = typeof clip === 'string' ? clip : clip.path;
    const { size } = await stat(path);
    const etag = `"${typeof clip === 'string' ? path.split('/').pop() : clip.key}"`;
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { etag, 'cache-control': cacheControl });
    return c.body(Readable.toWeb(createReadStream(path)) as ReadableStream, 200, {
      'content-type': CLIP_CONTENT_TYPE,
      'content-length': String(size),
      'cache-control': cacheControl,
      etag,
    });
  }

  r.get('/speech/call.wav', async (c) => {
    const q = parse(CallQuery, c.req.query());
    const counter = repos.setup.getCounter(q.counter);
    if (!counter) throw notFound(`counter ${q.counter}`);
    const branch = repos.setup.getBranch(counter.branchId)!;
    if (!repos.tickets.byCode(branch.id, localDay(now(), branch.timezone), q.code)) throw notFound(`ticket ${q.code} today`);
    const clip = await speech.clip({ kind: 'call', language: q.lang, code: q.code, counter: String(counter.number) });
    return sendClip(c, clip, DERIVED_CACHE_CONTROL);
  });

  r.get('/speech/announcement/:file{[0-9]{1,12}\\.wav}', async (c) => {
    const q = parse(AnnouncementQuery, c.req.query());
    const id = Number(c.req.param('file').slice(0, -4));
    const row = repos.announcements.get(id);
    if (!row) throw notFound(`announcement ${id}`);
    const clip = await speech.clip({ kind: 'text', language: q.lang ?? row.language, text: row.text });
    return sendClip(c, clip, CLIP_CACHE_CONTROL);
  });

  r.get('/speech/:file{[0-9a-f]{64}\\.wav}', async (c) => {
    const path = await speech.readClip(c.req.param('file').slice(0, -4));
    if (!path) throw notFound('that clip');
    return sendClip(c, path, CLIP_CACHE_CONTROL);
  });

  return r;
}
