/**
 * Preloaded into a server under test (node --expose-gc --import): on SIGUSR2 it runs a full garbage
 * collection and writes the live heap size to $CALLBOARD_HEAP_FILE, so leak tests compare what is
 * really retained rather than where the collector happened to be. Plain JavaScript: the server under
 * test is the compiled one, run by node without a TypeScript loader.
 */
import { writeFileSync } from 'node:fs';

process.on('SIGUSR2', () => {
  globalThis.gc();
  const { heapUsed, rss } = process.memoryUsage();
  writeFileSync(process.env.CALLBOARD_HEAP_FILE, JSON.stringify({ heapUsed, rss, at: Date.now() }));
});
