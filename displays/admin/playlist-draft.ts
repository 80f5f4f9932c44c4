/** A playlist being edited: rows kept as typed (so inputs never fight the user), checked and turned into the API's entries. */
import type { Playlist, PlaylistEntry, SignageItem } from './signage-api.ts';

export const MAX_ITEMS = 200; // the API's limit
export const DEFAULT_SECONDS = '10';

export interface DraftRow {
  /** Stable across moves, and distinct even when the same item appears twice. */
  key: number;
  itemId: number;
  seconds: string;
  transition: PlaylistEntry['transition'];
  validFrom: string;
  validTo: string;
}

let nextKey = 1;

export function draftRow(itemId: number, entry?: PlaylistEntry): DraftRow {
  return {
    key: nextKey++,
    itemId,
    seconds: entry ? String(entry.durationMs / 1000) : DEFAULT_SECONDS,
    transition: entry?.transition ?? 'cut',
    validFrom: entry?.validFrom ?? '',
    validTo: entry?.validTo ?? '',
  };
}

export const draftRows = (playlist: Playlist | null) => (playlist?.items ?? []).map((e) => draftRow(e.itemId, e));

/** Whole milliseconds, or NaN while the field holds something that is not a duration the API takes (1 s to 1 h). */
export function durationMs(seconds: string): number {
  const ms = Math.round(Number(seconds) * 1000);
  return seconds.trim() !== '' && ms >= 1000 && ms <= 3_600_000 ? ms : Number.NaN;
}

/** "1 h 2 min", "1 min 25 s", "45 s". */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = [h ? `${h} h` : '', m ? `${m} min` : '', s || (!h && !m) ? `${s} s` : ''];
  return parts.filter(Boolean).join(' ');
}

/** What a row is called in labels and messages; a repeated item also gets its position, so every label is unique. */
export function rowName(rows: readonly DraftRow[], index: number, library: ReadonlyMap<number, SignageItem>): string {
  const row = rows[index]!;
  const name = library.get(row.itemId)?.name ?? `Item ${row.itemId}`;
  const repeated = rows.some((r, i) => i !== index && r.itemId === row.itemId);
  return repeated ? `${name} (position ${index + 1})` : name;
}

export interface DraftProblem { problem: string; index: number; field: 'seconds' | 'validTo' }

/** A ticker line's row: its text runs in the board's news line, so it has no seconds or transition to set. */
export const isTicker = (row: DraftRow, library: ReadonlyMap<number, SignageItem>) => library.get(row.itemId)?.kind === 'ticker';

/** The entries to send, or the first problem as a sentence naming the row, with where it is. */
export function toEntries(rows: readonly DraftRow[], library: ReadonlyMap<number, SignageItem>): { entries: PlaylistEntry[] } | DraftProblem {
  const entries: PlaylistEntry[] = [];
  for (const [i, row] of rows.entries()) {
    const name = rowName(rows, i, library);
    const ticker = isTicker(row, library);
    // The API wants a duration on every entry; a ticker's is never used.
    const ms = ticker ? (durationMs(row.seconds) || Number(DEFAULT_SECONDS) * 1000) : durationMs(row.seconds);
    if (Number.isNaN(ms)) return { problem: `${name}: the duration must be between 1 and 3600 seconds.`, index: i, field: 'seconds' };
    // ISO dates compare as strings; checked here too (the server refuses it) so the row is named and focused.
    if (row.validFrom && row.validTo && row.validTo < row.validFrom) {
      return { problem: `${name}: "valid until" is before "valid from".`, index: i, field: 'validTo' };
    }
    entries.push({ itemId: row.itemId, durationMs: ms, transition: row.transition, validFrom: row.validFrom || null, validTo: row.validTo || null });
  }
  return { entries };
}
