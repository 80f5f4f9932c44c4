/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the build, once, at maximum
 * compression, so the server hands a TV on weak Wi-Fi the smallest bytes without compressing per request
 * (the server's static handler picks the copy the browser accepts: `precompressed: true`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = /\.(?:js|mjs|css|html|svg|json|webmanifest)$/;
/** Below this, the headers cost more than compression saves. */
const MIN_BYTES = 1024;

export function precompressPlugin(): Plugin {
  return {
    name: 'callboard:precompress',
    apply: 'build',
    enforce: 'post',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!TEXT.test(file)) continue;
        const path = join(options.dir!, file);
        const data = readFileSync(path);
        if (data.byteLength < MIN_BYTES) continue;
        writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength } }));
        writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
}
