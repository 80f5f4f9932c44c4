/** Service worker: lets a display boot with no network by caching its app shell, chimes and fetched speech. */
export {};

// The worker globals this file uses; the DOM lib the rest of the app compiles against does not declare them.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly location: Location;
}

const worker = self as unknown as WorkerScope;
const APP_CACHE = 'callboard-app-';
const MEDIA_CACHE = 'callboard-media-v1';
/** Signage files, filled by the board from its manifest (displays/board/signage-cache.ts) and pruned by it. */
const SIGNAGE_CACHE = 'callboard-signage-v1';
/** Lazy chunks the shell list did not name when the page warmed the cache. */
const LAZY_CACHE = `${APP_CACHE}lazy`;
/** Speech is keyed by ticket code, counter and language: bounded so months of calls do not fill the disk. */
const MEDIA_KEPT = 400;

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));

worker.addEventListener('activate', (event) => {
  const dropOld = caches
    .keys()
    .then((names) =>
      Promise.all(
        names
          .filter((n) => n.startsWith('callboard-') && !n.startsWith(APP_CACHE) && n !== MEDIA_CACHE && n !== SIGNAGE_CACHE)
          .map((n) => caches.delete(n)),
      ),
    );
  event.waitUntil(dropOld.then(() => worker.clients.claim()));
});

worker.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; app?: unknown; urls?: unknown } | null;
  if (data?.type !== 'warm' || typeof data.app !== 'string' || !/^[\w-]+$/.test(data.app)) return;
  const urls = Array.isArray(data.urls) ? data.urls.filter((u): u is string => typeof u === 'string') : [];
  event.waitUntil(warm(data.app, urls));
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, url));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
  else if (url.pathname.startsWith('/signage/')) event.respondWith(signageFirst(url));
  else if (isMedia(url)) event.respondWith(mediaFirst(url));
});

const isMedia = (url: URL) => url.pathname.startsWith('/media/') || url.pathname.startsWith('/speech/');

/** Pages are cached without their query: the same shell serves `/board/?token=…` and `/board/`. */
const pageKey = (url: URL) => `${url.origin}${url.pathname}`;

const appOf = (url: URL) => /^\/([\w-]+)\//.exec(url.pathname)?.[1] ?? null;

/** The page is fetched fresh whenever possible so a deploy reaches screens on their next load. */
async function networkFirst(request: Request, url: URL): Promise<Response> {
  try {
    const response = await fetch(request);
    const app = appOf(url);
    // A redirected response cannot answer a later navigation, so only direct answers are kept.
    if (response.ok && !response.redirected && app) {
      await (await caches.open(APP_CACHE + app)).put(pageKey(url), response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(pageKey(url));
    if (cached) return cached;
    throw error;
  }
}

/** Hashed file names never change content, so a cached copy is always right. */
async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request.url);
  if (cached) return cached;
  const response = await fetch(request);
  // A chunk loaded on demand (the signage player) must also boot offline.
  if (response.status === 200) await (await caches.open(LAZY_CACHE)).put(request.url, response.clone());
  return response;
}

/** Content-addressed signage files: the cached copy is always right; the board decides what stays. */
async function signageFirst(url: URL): Promise<Response> {
  return (await (await caches.open(SIGNAGE_CACHE)).match(url.href)) ?? fetch(url.href);
}

/**
 * Media elements ask for byte ranges; a 206 cannot be cached, so on a miss the whole file is fetched
 * and the full 200 served, which media elements accept.
 */
async function mediaFirst(url: URL): Promise<Response> {
  const cache = await caches.open(MEDIA_CACHE);
  const cached = await cache.match(url.href);
  if (cached) return cached;
  const response = await fetch(url.href, { credentials: 'same-origin' });
  if (response.status === 200) {
    await cache.put(url.href, response.clone());
    await trim(cache, MEDIA_KEPT);
  }
  return response;
}

async function trim(cache: Cache, kept: number): Promise<void> {
  const keys = await cache.keys();
  // Keys come back in insertion order, so the oldest go first.
  await Promise.all(keys.slice(0, Math.max(0, keys.length - kept)).map((key) => cache.delete(key)));
}

/** Caches what the page says its shell is (it knows its hashed files; this worker does not) and drops the rest. */
async function warm(app: string, urls: readonly string[]): Promise<void> {
  const origin = worker.location.origin;
  const parsed = urls.map((u) => new URL(u, origin)).filter((u) => u.origin === origin);
  const shell = new Set(parsed.filter((u) => !isMedia(u)).map(pageKey));
  const cache = await caches.open(APP_CACHE + app);
  const media = await caches.open(MEDIA_CACHE);
  const fill = async (target: Cache, key: string) => {
    if (await target.match(key)) return;
    try {
      await target.add(key);
    } catch {
      // Offline or gone: the next load tries again.
    }
  };
  await Promise.all([...shell].map((key) => fill(cache, key)));
  await Promise.all(parsed.filter(isMedia).map((u) => fill(media, u.href)));
  for (const request of await cache.keys()) {
    if (!shell.has(request.url)) await cache.delete(request);
  }
}
