/** Builds a display group's 24 h manifest from schedules, playlists and the library; pure given its inputs. */
import { createHash } from 'node:crypto';
import type { ManifestFile, ManifestItem, ManifestSegment, SignageManifest } from '../../shared/signage.ts';
import type { SignageItemRow, SignagePlaylistRow } from '../db/schema.ts';
import { localParts } from './local-time.ts';
import { createResolver, type BranchSchedules } from './schedule-resolution.ts';
import type { TakeoverRow } from './signage-repo.ts';

export const HORIZON_MS = 24 * 60 * 60_000;
const MINUTE = 60_000;

export interface ManifestInput {
  branch: BranchSchedules;
  /** Whether the branch is open at an instant; only asked when blanking is on. */
  isOpen: (at: number) => boolean;
  blankOutsideHours: boolean;
  playlists: SignagePlaylistRow[];
  items: SignageItemRow[];
  takeover: TakeoverRow | null;
  group: string;
  now: number;
}

export const mediaUrl = (item: Pick<SignageItemRow, 'sha256' | 'ext'>) => `/signage/media/${item.sha256}.${item.ext}`;

/** The instant a local date starts in a zone (DST-safe: corrects the guessed offset once more if it moved). */
export function localDateStart(date: string, timeZone: string): number {
  const guess = Date.parse(`${date}T00:00:00Z`);
  let t = guess;
  for (let i = 0; i < 2; i++) {
    const p = localParts(t, timeZone);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    t += guess - asUtc;
  }
  return t;
}

/** Segments over the horizon, split wherever the playlist or the open/closed state changes. */
export function segmentsFor(input: ManifestInput): ManifestSegment[] {
  const resolver = createResolver(input.branch, input.group);
  const blankAt = (t: number) => input.blankOutsideHours && !input.isOpen(t);
  const out: ManifestSegment[] = [];
  const end = input.now + HORIZON_MS;
  let t = input.now;
  while (t < end) {
    const playlistId = resolver.at(t).playlistId, blank = blankAt(t);
    let next = Math.floor(t / MINUTE) * MINUTE + MINUTE;
    while (next < end && resolver.at(next).playlistId === playlistId && blankAt(next) === blank) next += MINUTE;
    out.push({ from: t, to: Math.min(next, end), playlistId, blank });
    t = next;
  }
  return out;
}

export function buildManifest(input: ManifestInput): SignageManifest {
  const segments = segmentsFor(input);
  const byId = new Map(input.items.map((i) => [i.id, i]));
  const used = new Set(segments.filter((s) => !s.blank).map((s) => s.playlistId));
  const playlists: Record<string, ManifestItem[]> = {};
  const files = new Map<string, ManifestFile>();
  for (const pl of input.playlists) {
    if (!used.has(pl.id)) continue;
    playlists[pl.id] = pl.items.flatMap((entry) => {
      const item = byId.get(entry.itemId);
      if (!item) return [];
      const to = entry.validTo ? localDateStart(entry.validTo, input.branch.timeZone) + 24 * 60 * MINUTE : undefined;
      if (to !== undefined && to <= input.now) return []; // expired: not worth a byte on the display
      const m: ManifestItem = { id: item.id, kind: item.kind, durationMs: entry.durationMs, transition: entry.transition };
      if (entry.validFrom) m.from = localDateStart(entry.validFrom, input.branch.timeZone);
      if (to !== undefined) m.to = to;
      if (item.kind === 'image' || item.kind === 'video') {
        m.src = mediaUrl(item);
        files.set(m.src, { src: m.src, sha256: item.sha256!, size: item.size ?? 0 });
      } else if (item.kind === 'web') m.src = item.url ?? undefined;
      else if (item.kind === 'text') m.html = item.html ?? '';
      else m.text = item.text ?? '';
      return [m];
    });
  }
  const t = input.takeover;
  const takeover = t && (t.until === null || t.until > input.now) && (t.groups === null || t.groups.includes(input.group))
    ? { id: t.id, message: t.message, until: t.until }
    : null;
  // The rev ignores the moving window edges, so it only changes when what plays changes.
  const shape = { b: segments.slice(0, -1).map((s) => [s.to, s.playlistId, s.blank]), playlists, takeover };
  const rev = createHash('sha256').update(JSON.stringify(shape)).digest('base64url').slice(0, 16);
  return { rev, serverTime: input.now, segments, playlists, files: [...files.values()], takeover };
}
