/** Library uploads: files are judged by their bytes, size-limited, stored by hash, never by their name. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, STAFF_PASSWORD, makeTestApp, type TestApp } from '../helpers/test-app.ts';
import { tinyPng } from './media-fixtures.ts';

let t: TestApp;
let dataDir: string;
let admin: string;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'callboard-signage-'));
  t = await makeTestApp({ dataDir });
  admin = await t.login('admin', ADMIN_PASSWORD);
});
afterEach(() => {
  t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function upload(bytes: Uint8Array, name: string, cookie = admin) {
  const res = await t.cb.app.request('/api/signage/uploads', {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: await res.json() };
}

describe('signage uploads', () => {
  it('stores a PNG by its SHA-256 with a thumbnail and metadata, and serves it immutable', async () => {
    const png = await tinyPng();
    const { status, body } = await upload(png, 'welcome.png');
    expect(status).toBe(201);
    expect(body.item).toMatchObject({ kind: 'image', name: 'welcome.png', mime: 'image/png', width: 64, height: 64, size: png.byteLength });
    expect(readdirSync(join(dataDir, 'media'))).toContain(`${body.item.sha256}.png`);
    expect(existsSync(join(dataDir, 'media', 'thumbs', `${body.item.sha256}.webp`))).toBe(true);
    const served = await t.cb.app.request(`/signage/media/${body.item.sha256}.png`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    expect(served.headers.get('cache-control')).toContain('immutable');
    // The same bytes again are the same library item.
    expect((await upload(png, 'again.png')).body.item.id).toBe(body.item.id);
  });

  it('refuses a file whose bytes are not what its name claims', async () => {
    const { status, body } = await upload(new TextEncoder().encode('just some text, not an image at all'), 'photo.png');
    expect(status).toBe(415);
    expect(body.error.code).toBe('unsupported_media');
    expect(readdirSync(dataDir)).not.toContain('photo.png');
  });

  it('refuses an SVG even with an image name, since it can carry a script', async () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const { status, body } = await upload(new TextEncoder().encode(svg), 'logo.png');
    expect(status).toBe(415);
    expect(body.error.message).toMatch(/svg|PNG, JPEG/i);
  });

  it('refuses an image over 10 MB and any upload over 50 MB, saying why', async () => {
    const png = await tinyPng();
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(png);
    const image = await upload(big, 'big.png');
    expect(image.status).toBe(413);
    expect(image.body.error.message).toContain('10 MB');
    const huge = new Uint8Array(50 * 1024 * 1024 + 1);
    huge.set(png);
    const any = await upload(huge, 'huge.png');
    expect(any.status).toBe(413);
    expect(any.body.error.code).toBe('payload_too_large');
    expect(existsSync(join(dataDir, 'media')) ? readdirSync(join(dataDir, 'media')).filter((f) => f.endsWith('.png')) : []).toEqual([]);
    // Nothing of a refused upload is left on disk.
    expect(readdirSync(join(dataDir, 'uploads-in-progress'))).toEqual([]);
  });

  it('streams a video to disk as it arrives and stores it whole, hashed over every chunk', async () => {
    // An MP4 header then 12 MB in 64 KiB chunks, sent without a length: too big to be an image, fine as a video.
    const head = Buffer.from('000000206674797069736f6d0000020069736f6d69736f32617663316d703431', 'hex');
    const chunk = new Uint8Array(64 * 1024).fill(7);
    const chunks = [head, ...Array.from({ length: 192 }, () => chunk)];
    const expected = createHash('sha256');
    for (const c of chunks) expected.update(c);
    const size = chunks.reduce((n, c) => n + c.byteLength, 0);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === chunks.length) controller.close();
        else controller.enqueue(chunks[sent++]!);
      },
    });
    const res = await t.cb.app.request('/api/signage/uploads', {
      method: 'POST',
      headers: { cookie: admin, 'content-type': 'application/octet-stream', 'x-file-name': 'lobby.mp4' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(201);
    const { item } = (await res.json()) as any;
    expect(item).toMatchObject({ kind: 'video', mime: 'video/mp4', size, sha256: expected.digest('hex') });
    expect(statSync(join(dataDir, 'media', `${item.sha256}.mp4`)).size).toBe(size);
    expect(readdirSync(join(dataDir, 'uploads-in-progress'))).toEqual([]);
  });

  it('refuses an empty upload', async () => {
    const { status, body } = await upload(new Uint8Array(0), 'nothing.png');
    expect(status).toBe(400);
    expect(body.error.code).toBe('empty_upload');
  });

  it('never uses the uploaded name as a path', async () => {
    const { status, body } = await upload(await tinyPng([1, 2, 3]), '../../../etc/passwd\u0000.png');
    expect(status).toBe(201);
    expect(body.item.name).toBe('passwd.png');
    expect(existsSync(join(dataDir, '..', '..', 'etc', 'passwd.png'))).toBe(false);
    expect(readdirSync(join(dataDir, 'media')).filter((f) => f !== 'thumbs')).toEqual([`${body.item.sha256}.png`]);
    expect((await t.cb.app.request('/signage/media/..%2F..%2Fcallboard.sqlite')).status).toBe(404);
  });

  it('lets only admins upload', async () => {
    const staff = await t.login('staff', STAFF_PASSWORD);
    expect((await upload(await tinyPng(), 'x.png', staff)).status).toBe(403);
    expect((await upload(await tinyPng(), 'x.png', '')).status).toBe(401);
  });

  it('keeps a text slide free of scripts and handlers', async () => {
    const res = await t.call('POST', '/api/signage/items', {
      cookie: admin,
      body: { kind: 'text', name: 'Hello', html: '<h1 onclick="x()">Hi</h1><script>alert(1)</script><img src=x onerror=alert(1)><p style="color:#f00;position:fixed">ok</p>' },
    });
    expect(res.status).toBe(200);
    expect(res.body.item.html).toBe('<h1>Hi</h1><p style="color:#f00">ok</p>');
  });
});
