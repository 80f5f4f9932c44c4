/** Wire types of the signage manifest a display fetches: what to play for the next 24 h and every file it needs. */

export interface ManifestItem {
  id: number;
  kind: 'image' | 'video' | 'text' | 'web' | 'ticker';
  durationMs: number;
  transition: 'cut' | 'fade';
  /** Media URL on this server (image, video) or the page to frame (web). */
  src?: string;
  /** Sanitized HTML of a text slide; the board still renders it in a script-less sandbox. */
  html?: string;
  text?: string;
  /** Validity window of the item in the playlist, as instants; absent = always. */
  from?: number;
  to?: number;
}

export interface ManifestSegment {
  from: number;
  to: number;
  playlistId: number | null;
  /** Outside opening hours with blanking configured: the screen goes dark. */
  blank: boolean;
}

export interface ManifestFile {
  src: string;
  sha256: string;
  size: number;
}

export interface SignageManifest {
  /** Changes whenever anything the display would play changes; equal revs mean nothing to do. */
  rev: string;
  serverTime: number;
  segments: ManifestSegment[];
  playlists: Record<string, ManifestItem[]>;
  files: ManifestFile[];
  takeover: { id: number; message: string; until: number | null } | null;
}

/** Proof of play, reported by a display over HTTP with its device token. */
export interface PlayReport {
  plays: { itemId: number; playlistId: number | null; startedAt: number; durationMs: number }[];
}
