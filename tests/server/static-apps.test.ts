/** The built apps go out precompressed (Brotli or gzip, as accepted) with the right caching, over real HTTP. */
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { APPS_DIR } from '../../server/paths.ts';
import { useTestServer } from '../helpers/test-server.ts';

const srv = useTestServer();

/** A raw GET (fetch would undo the encoding we want to look at). */
function get(path: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${srv.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const boardEntry = async () => {
  const html = (await get('/board/', 'identity')).body.toString();
  return html.match(/src="(\/assets\/[^"]+\.js)"/)![1]!;
};

describe('static apps', () => {
  it('sends the board\'s script as Brotli or gzip when accepted, the same bytes once decoded', async () => {
    const entry = await boardEntry();
    const plain = await get(entry, 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toContain('immutable');

    const br = await get(entry, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

    const gz = await get(entry, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  it('keeps the service worker revalidated whichever copy it is sent as', async () => {
    const sw = readdirSync(`${APPS_DIR}/assets`).find((f) => /^sw-[\w-]+\.js$/.test(f))!;
    for (const encoding of ['identity', 'br']) {
      const res = await get(`/assets/${sw}`, encoding);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['service-worker-allowed']).toBe('/');
    }
  });
});
