/** Registers the offline service worker for one app and tells it which files make up that app's shell. */
import workerUrl from './sw.ts?worker&url';

/**
 * The worker is built under /assets/, so its scope reaches /<app>/ only if the server sends
 * `Service-Worker-Allowed: /` with it. Development builds run without it.
 */
export function registerServiceWorker(app: string, extraUrls: readonly string[] = []): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(workerUrl, { scope: `/${app}/` })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active?.postMessage({ type: 'warm', app, urls: shellUrls(extraUrls) }))
    .catch((error: unknown) => console.warn('[sw] not registered', error));
}

function shellUrls(extra: readonly string[]): string[] {
  const urls = new Set<string>([location.pathname, ...extra]);
  for (const el of document.querySelectorAll<HTMLScriptElement>('script[src]')) urls.add(el.src);
  for (const el of document.querySelectorAll<HTMLLinkElement>('link[href]')) urls.add(el.href);
  for (const entry of performance.getEntriesByType('resource')) {
    if (new URL(entry.name).pathname.startsWith('/assets/')) urls.add(entry.name);
  }
  return [...urls];
}
