/** Signage use cases: library, playlists, schedules, takeovers, manifests per display, proof of play, pushes. */
import cron from 'node-cron';
import type { ServerMessage } from '../../shared/protocol.ts';
import type { PlayReport, SignageManifest } from '../../shared/signage.ts';
import { isOpenAt } from '../../shared/opening-hours.ts';
import { AppError, badRequest, conflict, notFound } from '../domain/errors.ts';
import type { DisplayRow } from '../db/schema.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { compileCron } from './cron-match.ts';
import { buildManifest, type ManifestInput } from './manifest.ts';
import type { MediaStore } from './media-store.ts';
import { sanitizeSlide } from './rich-text.ts';
import type { BranchSchedules, ScheduleRule } from './schedule-resolution.ts';
import { createSignageRepo, type PlaylistInsert, type ScheduleInsert } from './signage-repo.ts';

/** How the service reaches live display sessions (the realtime registry satisfies it). */
export interface SignageChannel {
  sessions: Iterable<{ readonly displayId: number | null; push(message: ServerMessage): void }>;
}

export type PlaylistInput = Pick<PlaylistInsert, 'name' | 'items'>;
export type ScheduleInput = Omit<ScheduleInsert, 'id' | 'branchId'>;

/** node-cron decides what is valid; our matcher must also understand it (it refuses L and #). */
export function assertRule(rule: ScheduleRule) {
  if (rule.kind !== 'cron') {
    if (rule.from.length !== 5 || rule.to.length !== 5) throw badRequest('invalid_daypart', 'times are HH:MM');
    return;
  }
  let ok = cron.validate(rule.expression);
  try {
    if (ok) compileCron(rule.expression);
  } catch {
    ok = false;
  }
  if (!ok) throw badRequest('invalid_cron', `"${rule.expression}" is not a cron expression we can schedule`);
}

export function createSignageService(deps: ServiceDeps, store: MediaStore | null, speak?: (branchId: number, text: string, group: string | null) => void) {
  const repo = createSignageRepo(deps.db);
  let channel: SignageChannel | null = null;
  const listeners = new Set<(branchId: number) => void>();
  // A manifest scans a day minute by minute (~10 ms): when a thousand boards reconnect after a restart they
  // share one per group, kept for a minute at most and never past its first boundary.
  const manifests = new Map<string, SignageManifest>();

  function manifestOf(branchId: number, group: string): SignageManifest {
    const key = `${branchId}|${group}`, now = deps.now();
    const cached = manifests.get(key);
    if (cached && now >= cached.serverTime && now < Math.min(cached.serverTime + 60_000, cached.segments[0]?.to ?? 0)) return cached;
    const fresh = buildManifest(manifestInput(branchId, group, now));
    manifests.set(key, fresh);
    return fresh;
  }

  function requireBranch(branchId: number) {
    const b = deps.repos.setup.getBranch(branchId);
    if (!b) throw notFound(`branch ${branchId}`);
    return b;
  }
  /** Every entry names a library item, over a date range that is not backwards. */
  function assertPlaylistItems(input: PlaylistInput) {
    for (const [index, entry] of input.items.entries()) {
      const item = repo.getItem(entry.itemId);
      if (!item) throw notFound(`library item ${entry.itemId}`);
      if (entry.validFrom && entry.validTo && entry.validFrom > entry.validTo) {
        throw badRequest('invalid_dates', `item ${index + 1} ("${item.name}") is valid until ${entry.validTo}, before it starts on ${entry.validFrom}`);
      }
    }
  }

  function assertSchedule(branchId: number, input: ScheduleInput) {
    requirePlaylist(branchId, input.playlistId);
    assertRule(input.rule);
    if (input.validFrom && input.validTo && input.validFrom > input.validTo) {
      throw badRequest('invalid_dates', `the schedule ends on ${input.validTo}, before it starts on ${input.validFrom}`);
    }
  }

  function requirePlaylist(branchId: number, id: number) {
    const p = repo.getPlaylist(id);
    if (!p || p.branchId !== branchId) throw notFound(`playlist ${id} in this branch`);
    return p;
  }

  function schedulesOf(branchId: number): BranchSchedules {
    const b = requireBranch(branchId);
    return {
      timeZone: b.timezone,
      defaultPlaylistId: repo.settings(branchId).defaultPlaylistId,
      schedules: repo.listSchedules(branchId).map((s) => ({ ...s, groups: s.groups ?? null })),
    };
  }

  function manifestInput(branchId: number, group: string, now: number): ManifestInput {
    const b = requireBranch(branchId);
    const playlists = repo.listPlaylists(branchId);
    const settings = repo.settings(branchId);
    // The building is open when any active service is (a service without hours is always open).
    const hours = deps.repos.setup.listServices(branchId).filter((s) => s.active).map((s) => s.openingHours ?? null);
    return {
      branch: schedulesOf(branchId),
      isOpen: (at) => hours.some((h) => isOpenAt(h, at, b.timezone)),
      blankOutsideHours: settings.blankOutsideHours,
      playlists,
      items: repo.itemsByIds([...new Set(playlists.flatMap((p) => p.items.map((i) => i.itemId)))]),
      takeover: repo.openTakeovers(branchId)[0] ?? null,
      group,
      now,
    };
  }

  /** Tells every board of the branch to fetch its manifest again (P15). */
  function changed(branchId: number) {
    for (const key of manifests.keys()) if (key.startsWith(`${branchId}|`)) manifests.delete(key);
    for (const d of deps.repos.accounts.listDisplays(branchId)) {
      if (d.kind !== 'board' || d.revoked) continue;
      const rev = manifestOf(branchId, d.group).rev;
      for (const s of channel?.sessions ?? []) if (s.displayId === d.id) s.push({ type: 'content', rev });
    }
    for (const l of listeners) l(branchId);
  }

  return {
    repo,
    connect(c: SignageChannel) {
      channel = c;
    },
    /** The boundary timer re-arms on every change; returns the unsubscribe. */
    onChange(l: (branchId: number) => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    changed,
    schedulesOf,

    async upload(body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, fileName: string) {
      if (!store) throw new AppError(503, 'no_storage', 'this server has no data directory for uploads');
      const stored = await store.storeStream(body);
      const existing = repo.itemBySha(stored.sha256);
      if (existing) return existing;
      const { sha256, ext, mime, size, width, height, kind } = stored;
      return repo.insertItem({ kind, name: fileName, sha256, ext, mime, size, width, height, createdAt: deps.now() });
    },
    createItem(input: { kind: 'text'; name: string; html: string } | { kind: 'web'; name: string; url: string } | { kind: 'ticker'; name: string; text: string }) {
      const base = { kind: input.kind, name: input.name, createdAt: deps.now() };
      if (input.kind === 'text') return repo.insertItem({ ...base, html: sanitizeSlide(input.html) });
      if (input.kind === 'web') return repo.insertItem({ ...base, url: input.url });
      return repo.insertItem({ ...base, text: input.text });
    },
    listItems: () => repo.listItems(),
    /** Only an item no playlist uses: deleting it must not leave holes in what screens play. */
    deleteItem(id: number) {
      if (!repo.getItem(id)) throw notFound(`library item ${id}`);
      const using = repo.allPlaylists().filter((p) => p.items.some((i) => i.itemId === id));
      if (using.length) {
        throw conflict('item_in_use', `remove it from ${using.map((p) => `"${p.name}"`).join(', ')} first`);
      }
      repo.deleteItem(id);
    },

    createPlaylist(branchId: number, input: PlaylistInput) {
      requireBranch(branchId);
      assertPlaylistItems(input);
      const row = repo.insertPlaylist({ branchId, ...input });
      changed(branchId);
      return row;
    },
    updatePlaylist(branchId: number, id: number, input: PlaylistInput) {
      requirePlaylist(branchId, id);
      assertPlaylistItems(input);
      repo.updatePlaylist(id, input);
      changed(branchId);
    },
    listPlaylists: (branchId: number) => (requireBranch(branchId), repo.listPlaylists(branchId)),
    /** Only a playlist nothing schedules and that is not the default: screens never lose what they should play. */
    deletePlaylist(branchId: number, id: number) {
      requirePlaylist(branchId, id);
      const uses = repo.listSchedules(branchId).filter((sch) => sch.playlistId === id).map((sch) => `schedule "${sch.name}"`);
      if (repo.settings(branchId).defaultPlaylistId === id) uses.push("the branch's default playlist");
      if (uses.length) throw conflict('playlist_in_use', `it is used by ${uses.join(', ')}: change ${uses.length > 1 ? 'those' : 'that'} first`);
      repo.deletePlaylist(id);
      changed(branchId);
    },

    createSchedule(branchId: number, input: ScheduleInput) {
      assertSchedule(branchId, input);
      const row = repo.insertSchedule({ branchId, ...input });
      changed(branchId);
      return row;
    },
    /** Replaces a schedule's every field (the admin edits it as a whole). */
    updateSchedule(branchId: number, id: number, input: ScheduleInput) {
      const current = repo.getSchedule(id);
      if (!current || current.branchId !== branchId) throw notFound(`schedule ${id} in this branch`);
      assertSchedule(branchId, input);
      repo.updateSchedule(id, input);
      changed(branchId);
      return repo.getSchedule(id)!;
    },
    deleteSchedule(branchId: number, id: number) {
      const s = repo.getSchedule(id);
      if (!s || s.branchId !== branchId) throw notFound(`schedule ${id} in this branch`);
      repo.deleteSchedule(id);
      changed(branchId);
    },
    listSchedules: (branchId: number) => (requireBranch(branchId), repo.listSchedules(branchId)),
    settings: (branchId: number) => (requireBranch(branchId), repo.settings(branchId)),
    saveSettings(branchId: number, s: { defaultPlaylistId: number | null; blankOutsideHours: boolean }) {
      if (s.defaultPlaylistId !== null) requirePlaylist(branchId, s.defaultPlaylistId);
      repo.saveSettings(branchId, s);
      changed(branchId);
    },

    /** What group X shows from time T on (the admin's preview and week view). */
    preview: (branchId: number, group: string, at: number) => buildManifest(manifestInput(branchId, group, at)),
    manifestFor: (display: DisplayRow) => manifestOf(display.branchId, display.group),

    takeOver(branchId: number, input: { message: string; groups: string[] | null; until: number | null; speak: boolean }) {
      requireBranch(branchId);
      repo.clearTakeovers(branchId, deps.now());
      const row = repo.insertTakeover({ branchId, groups: input.groups, message: input.message, until: input.until, createdAt: deps.now() });
      if (input.speak && speak) for (const g of input.groups ?? [null]) speak(branchId, input.message, g);
      changed(branchId);
      return row;
    },
    clearTakeover(branchId: number) {
      requireBranch(branchId);
      repo.clearTakeovers(branchId, deps.now());
      changed(branchId);
    },

    recordPlays(display: DisplayRow, report: PlayReport) {
      repo.insertPlays(report.plays.map((p) => ({ displayId: display.id, ...p })));
    },
    playCounts(branchId: number, since: number) {
      const ids = deps.repos.accounts.listDisplays(branchId).map((d) => d.id);
      return repo.playCounts(ids, since);
    },
  };
}

export type SignageService = ReturnType<typeof createSignageService>;
