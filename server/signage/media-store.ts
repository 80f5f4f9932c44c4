/** Checks uploads by their bytes (never their name), stores them by content hash, and makes image thumbnails. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
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

  /** Validates and stores; the same bytes uploaded twice land in the same file. */
  async function store(bytes: Uint8Array): Promise<StoredMedia> {
    const sniffed = await fileTypeFromBuffer(bytes);
    const accepted = sniffed && sniffed.mime in ACCEPTED ? ACCEPTED[sniffed.mime as AcceptedMime] : null;
    if (!accepted) {
      const what = sniffed ? `a ${sniffed.mime} file` : 'not a file type we recognise (SVG and text are refused)';
      throw new AppError(415, 'unsupported_media', `this is ${what}; upload PNG, JPEG, WebP, MP4 or WebM`);
    }
    if (bytes.byteLength > accepted.maxBytes) {
      throw new AppError(413, 'payload_too_large', `${accepted.kind === 'video' ? 'videos' : 'images'} may be at most ${accepted.maxBytes / MB} MB`);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    let width: number | null = null, height: number | null = null;
    if (accepted.kind === 'image') {
      try {
        // libvips is loaded on the first image, not at start: it costs tens of MB that most servers never use.
        const { default: sharp } = await import('sharp');
        const meta = await sharp(bytes).metadata();
        width = meta.width ?? null;
        height = meta.height ?? null;
        mkdirSync(thumbs, { recursive: true });
        const thumb = join(thumbs, `${sha256}.webp`);
        if (!existsSync(thumb)) await sharp(bytes).resize({ width: THUMB_WIDTH, withoutEnlargement: true }).webp().toFile(thumb);
      } catch {
        throw new AppError(415, 'unsupported_media', 'the image is damaged or truncated');
      }
    }
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${sha256}.${accepted.ext}`);
    if (!existsSync(path)) {
      // Write then rename so a display never fetches a half-written file.
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, path);
    }
    return { kind: accepted.kind, sha256, ext: accepted.ext, mime: sniffed!.mime as AcceptedMime, size: bytes.byteLength, width, height };
  }

  return { dir, thumbs, store };
}

export type MediaStore = ReturnType<typeof createMediaStore>;
