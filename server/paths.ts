/**
 * Where the project's files are. The server runs from source (tsx, tests) and compiled (dist/node, for
 * `npm start` and the benchmark), so paths are found from the project root rather than from this file.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const APPS_DIR = join(PROJECT_ROOT, 'dist/displays');
export const MEDIA_DIR = join(PROJECT_ROOT, 'media');
export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'server/db/migrations');
