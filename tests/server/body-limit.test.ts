/** The API's 64 KiB request limit over real HTTP: by Content-Length, and counted for chunked bodies. */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../server/services/demo-seed.ts';
import { useTestServer } from '../helpers/test-server.ts';

const srv = useTestServer();
let cookie: string;
let path: string;
let serviceId: number;

beforeAll(async () => {
  cookie = await srv.login(DEMO_STAFF.username, DEMO_STAFF.password);
  const { branchId } = srv.server.demo!;
  path = `/api/branches/${branchId}/tickets`;
  serviceId = srv.server.app.deps.repos.setup.listServices(branchId)[0]!.id;
});

const body = (pad: number) => JSON.stringify({ serviceId, pad: 'x'.repeat(pad) });

/** The same bytes sent chunked: a stream body has no Content-Length. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.subarray(i, i + 8192));
      controller.close();
    },
  });
}

async function post(payload: string | ReadableStream<Uint8Array>) {
  const res = await fetch(`${srv.url}${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: payload,
    ...(typeof payload === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);
  return { status: res.status, body: (await res.json()) as any };
}

describe('request size limit', () => {
  it('refuses a body over 64 KiB by its Content-Length with 413, and takes one under it', async () => {
    const over = await post(body(70_000));
    expect(over.status).toBe(413);
    expect(over.body.error.code).toBe('payload_too_large');
    const under = await post(body(60_000));
    expect(under.status).toBe(201);
  });

  it('counts a chunked body as it arrives: over 64 KiB is 413, under it is issued', async () => {
    const over = await post(chunked(body(70_000)));
    expect(over.status).toBe(413);
    expect(over.body.error.code).toBe('payload_too_large');
    const under = await post(chunked(body(60_000)));
    expect(under.status).toBe(201);
    expect(under.body.ticket.code).toMatch(/^[A-Z]\d{3}$/);
  });

  it('a call without a body passes', async () => {
    const counterId = srv.server.demo!.counterId;
    const res = await fetch(`${srv.url}/api/counters/${counterId}/call-next`, { method: 'POST', headers: { cookie } });
    expect(res.status).toBe(200);
  });
});
