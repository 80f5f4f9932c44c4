/** A fresh data directory under the OS temp dir, for a test or benchmark server; free of vitest, so bench/ can use it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'callboard-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
