/** Checks uploads by their bytes (never their name), stores them by content hash, and makes image thumbnails. */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../domain/errors.ts';

export const MB = 1024 * 1024;
/** What the board can play, keyed by the sniffed MIME type. SVG is absent on purpose: it can carry scripts. */
export const ACCEPTED = {
  'image/png': { kind: 'image', ext: 'png', maxBytes: 10 * MB },
  'image/jpeg': { kind: 'image', ext: 'jpg', maxBytes: 10 * MB },
  'image/webp': { kind: 'image', ext: 'webp', maxBytes: 10 * MB },
  'video/mp4': { kind: 'video', ext: 'mp4', maxBytes: 50 * MB },
  'video/webm': { kind: 'video', ext: 'webm', maxBytes: 50 * MB },
} as const;
export const MAX_UPLOAD_BYTES = 50 * MB;
export const THUMB_WIDTH = 320;
/** Enough of a file's start for file-type to recognise every accepted format. */
const SNIFF_BYTES = 4100;

export type AcceptedMime = keyof typeof ACCEPTED;

export interface StoredMedia {
  kind: 'image' | 'video';
  sha256: string;
  ext: string;
  mime: AcceptedMime;
  size: number;
  width: number | null;
  height: number | null;
}

/** A display name from an upload's file name: its last path segment, printable, short. Never used as a path. */
export function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(0, 120);
  return clean || 'untitled';
}

export function createMediaStore(dataDir: string) {
  const dir = join(dataDir, 'media');
  const thumbs = join(dir, 'thumbs');
  mkdirSync(thumbs, { recursive: true });

  // Uploads in progress, beside the media (same file system, so finishing one is a rename). What a crash
  // left behind is removed at start.
  const incoming = join(dataDir, 'uploads-in-progress');
  rmSync(incoming, { recursive: true, force: true });

  function accept(sniffed: Awaited<ReturnType<typeof fileTypeFromBuffer>>) {
    const accepted = sniffed && sniffed.mime in ACCEPTED ? ACCEPTED[sniffed.mime as AcceptedMime] : null;
    if (!accepted) {
      const what = sniffed ? `a ${sniffed.mime} file` : 'not a file type we recognise (SVG and text are refused)';
      throw new AppError(415, 'unsupported_media', `this is ${what}; upload PNG, JPEG, WebP, MP4 or WebM`);
    }
    return { ...accepted, mime: sniffed!.mime as AcceptedMime };
  }

  const tooLarge = (a: { kind: string; maxBytes: number }) =>
    new AppError(413, 'payload_too_large', `${a.kind === 'video' ? 'videos' : 'images'} may be at most ${a.maxBytes / MB} MB`);

  /**
   * Validates and stores an upload as it arrives: written to a temporary file while it is hashed, its
   * type decided from its first bytes and its size checked per chunk, so a 50 MB video never sits in
   * memory and a refused one stops being read. The same bytes uploaded twice land in the same file.
   */
  async function storeStream(body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<StoredMedia> {
    mkdirSync(incoming, { recursive: true });
    const tmp = join(incoming, randomUUID());
    const file = await open(tmp, 'wx');
    const hash = createHash('sha256');
    let size = 0;
    let head: Buffer = Buffer.alloc(0);
    let accepted: ReturnType<typeof accept> | null = null;
    try {
      try {
        for await (const chunk of body) {
          size += chunk.byteLength;
          if (!accepted) {
            head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.byteLength)]);
            if (head.byteLength >= SNIFF_BYTES) accepted = accept(await fileTypeFromBuffer(head));
          }
          if (accepted && size > accepted.maxBytes) throw tooLarge(accepted);
          hash.update(chunk);
          await file.write(chunk);
        }
      } finally {
        await file.close();
      }
      if (size === 0) throw new AppError(400, 'empty_upload', 'the file is empty');
      // A file shorter than the sniffing window is judged on all of it.
      accepted ??= accept(await fileTypeFromBuffer(head));
      if (size > accepted.maxBytes) throw tooLarge(accepted);
      const sha256 = hash.digest('hex');
      let width: number | null = null, height: number | null = null;
      if (accepted.kind === 'image') {
        try {
          // libvips is loaded on the first image, not at start: it costs tens of MB that most servers never use.
          const { default: sharp } = await import('sharp');
          const meta = await sharp(tmp).metadata();
          width = meta.width ?? null;
          height = meta.height ?? null;
          mkdirSync(thumbs, { recursive: true });
          const thumb = join(thumbs, `${sha256}.webp`);
          if (!existsSync(thumb)) await sharp(tmp).resize({ width: THUMB_WIDTH, withoutEnlargement: true }).webp().toFile(thumb);
        } catch {
          throw new AppError(415, 'unsupported_media', 'the image is damaged or truncated');
        }
      }
      const path = join(dir, `${sha256}.${accepted.ext}`);
      // Renamed only when complete, so a display never fetches a half-written file.
      if (existsSync(path)) await rm(tmp, { force: true });
      else await rename(tmp, path);
      return { kind: accepted.kind, sha256, ext: accepted.ext, mime: accepted.mime, size, width, height };
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  return { dir, thumbs, storeStream };
}

export type MediaStore = ReturnType<typeof createMediaStore>;
