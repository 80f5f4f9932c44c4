/** The board's JS+CSS as a browser downloads it (entry, preloaded chunks, styles), gzipped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = fileURLToPath(new URL('../dist/displays', import.meta.url));

/** The board's JS+CSS files, as the entry page loads them (entry, statically imported chunks, styles). */
function boardAssets(): string[] {
  const html = readFileSync(join(DIST, 'board/index.html'), 'utf8');
  const assets = new Set<string>();
  for (const m of html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)) assets.add(m[1]!);
  // Chunks the entry imports statically are fetched too.
  const queue = [...assets].filter((a) => a.endsWith('.js'));
  while (queue.length) {
    const file = queue.pop()!;
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(/from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"/g)) {
      const dep = `/assets/${m[1] ?? m[2]}`;
      if (!assets.has(dep)) {
        assets.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...assets];
}

export function boardGzipBytes(): number {
  let total = 0;
  for (const a of boardAssets()) total += gzipSync(readFileSync(join(DIST, a)), { level: 9 }).length;
  return total;
}

/** What the server actually sends to a browser that accepts Brotli (the build's .br copies). */
export function boardBrotliBytes(): number {
  let total = 0;
  for (const a of boardAssets()) total += brotliCompressSync(readFileSync(join(DIST, a)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return total;
}
