/** Prefetches a manifest's files into the Cache Storage the service worker serves `/signage/` from. */
import type { SignageManifest } from '../../shared/signage.ts';

/** Must match SIGNAGE_CACHE in displays/common/sw.ts. */
export const SIGNAGE_CACHE = 'callboard-signage-v1';

/** True when every file is cached (fetching the missing ones now); false if any could not be fetched. */
export async function prefetch(m: SignageManifest): Promise<boolean> {
  // Plain http on a LAN address has no Cache Storage: the browser's own cache is all there is.
  if (!('caches' in globalThis)) return true;
  const cache = await caches.open(SIGNAGE_CACHE);
  const results = await Promise.all(
    m.files.map(async (f) => {
      const url = new URL(f.src, location.origin).href;
      if (await cache.match(url)) return true;
      try {
        const res = await fetch(url);
        if (res.status !== 200) return false;
        await cache.put(url, res);
        return true;
      } catch {
        return false;
      }
    }),
  );
  return results.every(Boolean);
}

/** Drops cached files no manifest in use still names, so the disk holds one day's content. */
export async function prune(keep: SignageManifest[]): Promise<void> {
  if (!('caches' in globalThis)) return;
  const wanted = new Set(keep.flatMap((m) => m.files.map((f) => new URL(f.src, location.origin).href)));
  const cache = await caches.open(SIGNAGE_CACHE);
  for (const req of await cache.keys()) if (!wanted.has(req.url)) await cache.delete(req);
}
