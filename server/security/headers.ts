/** Security headers on every response: a Content-Security-Policy that fits the built apps, nosniff, no referrer. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createMiddleware } from 'hono/factory';

/**
 * The apps' index.html files carry one small inline <style> each (the page background before Lit
 * boots). Rather than 'unsafe-inline', the policy allows exactly those blocks by hash; Lit's own styles
 * are constructable stylesheets (adoptedStyleSheets), which style-src does not govern.
 */
export function inlineStyleHashes(appsRoot: string): string[] {
  if (!existsSync(appsRoot)) return [];
  const hashes = new Set<string>();
  for (const app of readdirSync(appsRoot)) {
    const page = join(appsRoot, app, 'index.html');
    if (!existsSync(page)) continue;
    for (const m of readFileSync(page, 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)) {
      hashes.add(`'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
    }
  }
  return [...hashes];
}

export function contentSecurityPolicy(styleHashes: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    // Logos may live on the branch's own web site (validated as http(s) in the theme schema).
    "img-src 'self' data: blob: https: http:",
    "media-src 'self' data: blob:",
    "connect-src 'self' ws: wss:",
    "font-src 'self' data:",
    // Signage web pages run in sandboxed iframes (opaque origin, scripts only) from the branch's own sites.
    "frame-src 'self' https: http:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(options: { styleHashes: string[] }) {
  const csp = contentSecurityPolicy(options.styleHashes);
  return createMiddleware(async (c, next) => {
    await next();
    // Set after the handler so static files, errors and 404s all carry them.
    const set = (headers: Headers) => {
      headers.set('Content-Security-Policy', csp);
      headers.set('X-Content-Type-Options', 'nosniff');
      headers.set('Referrer-Policy', 'no-referrer');
      headers.set('X-Frame-Options', 'DENY');
      headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    };
    try {
      set(c.res.headers);
    } catch {
      // A Response built with immutable headers (Response.redirect, a proxied fetch): copy it first.
      c.res = new Response(c.res.body, c.res);
      set(c.res.headers);
    }
  });
}
