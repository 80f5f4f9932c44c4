/** The board's signage hook, kept tiny for the bundle: fetches the manifest, keeps it for offline boots, lazy-loads the player. */
import type { SignageManifest } from '../../shared/signage.ts';

const KEY = 'cb-signage-manifest';

/** What the lazily loaded `<cb-content-zone>` takes. */
export interface ContentZone extends HTMLElement {
  manifest: SignageManifest | null;
  calling: boolean;
  offsetMs: number;
  token: string;
}

export function startSignage(token: string, mount: (zone: HTMLElement) => void) {
  let zone: ContentZone | null = null;
  // One player even when the saved and the fetched manifest both arrive while the chunk loads.
  let loading: Promise<ContentZone> | null = null;
  let rev = '';
  let calls = 0;
  let offsetMs = 0;
  let status = '';

  const show = async (m: SignageManifest) => {
    rev = m.rev;
    // A board with nothing scheduled never downloads the player.
    if (!loading && !m.takeover && !m.segments.some((s) => s.playlistId !== null || s.blank)) return;
    loading ??= import('./cb-content-zone.ts').then(() => {
      zone = document.createElement('cb-content-zone') as ContentZone;
      Object.assign(zone, { token, offsetMs, calling: calls > 0 });
      mount(zone);
      return zone;
    });
    const z = await loading;
    // Only the newest manifest counts, whatever order the two arrived in.
    if (m.rev === rev) z.manifest = m;
  };

  const refresh = () =>
    fetch('/api/signage/manifest', { headers: { authorization: `Bearer ${token}` } })
      .then((r) => (r.ok ? r.json() : null))
      .then((m: SignageManifest | null) => {
        if (!m) return;
        localStorage.setItem(KEY, JSON.stringify(m));
        return show(m);
      })
      // Offline: keep playing what we have.
      .catch(() => {});

  try {
    const saved = localStorage.getItem(KEY);
    if (saved) void show(JSON.parse(saved) as SignageManifest);
  } catch {
    localStorage.removeItem(KEY);
  }

  return {

    /** Each time the link comes (back) online, snapshot or resume alike, since pushes may have been missed. */
    link(s: string) {
      if (s === 'online' && status !== 'online') void refresh();
      status = s;
    },
    /** P15: the server says the manifest changed. */
    onRev: (r: string) => void (r !== rev && refresh()),
    setOffset(ms: number) {
      offsetMs = ms;
      if (zone) zone.offsetMs = ms;
    },
    /** Calls come first: the zone pauses while any call is being presented. */
    calling(on: boolean) {
      calls = Math.max(0, calls + (on ? 1 : -1));
      if (zone) zone.calling = calls > 0;
    },
  };
}
