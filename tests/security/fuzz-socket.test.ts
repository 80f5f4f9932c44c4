/** Property-based: the socket decoder and a live /ws endpoint take arbitrary frames without crashing or answering garbage. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CloseCode, PROTOCOL_VERSION, decodeClientMessage } from '../../shared/protocol.ts';
import { useTestServer } from '../helpers/test-server.ts';
import { TestClient } from '../helpers/ws-client.ts';

const frame = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        type: fc.constantFrom('hello', 'ping', 'status', 'subscribe', '__proto__', 'constructor'),
        v: fc.oneof(fc.constant(PROTOCOL_VERSION), fc.integer()),
        t: fc.oneof(fc.double(), fc.string()),
        branchId: fc.oneof(fc.integer(), fc.string()),
        auth: fc.oneof(fc.record({ kind: fc.constantFrom('device', 'session', 'x'), token: fc.string({ maxLength: 250 }) }), fc.anything()),
        resume: fc.anything(),
      },
      { requiredKeys: ['type'] },
    )
    .map((v) => JSON.stringify(v)),
  fc.constantFrom('{"__proto__":{"polluted":1},"type":"ping","t":1}', '[]', 'null', '1e999', '"\\ud800"', '{"type":"ping","t":1e309}'),
);

describe('decodeClientMessage', () => {
  test('returns ok or an error for any text, never throws, and only ever yields union members', () => {
    fc.assert(
      fc.property(frame, (raw) => {
        const decoded = decodeClientMessage(raw);
        if (decoded.ok) expect(['hello', 'ping', 'status']).toContain(decoded.value.type);
        else expect(typeof decoded.error).toBe('string');
      }),
      { numRuns: 3000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a live socket', () => {
  const srv = useTestServer();

  test('arbitrary frames before and after a valid hello end in a protocol close code or a live session, never a crash', async () => {
    const allowed = new Set<number>([CloseCode.BadMessage, CloseCode.Unauthorized, CloseCode.Forbidden, CloseCode.BadVersion, CloseCode.Overload, 1009]);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(frame, { minLength: 1, maxLength: 4 }), async (helloFirst, frames) => {
        const client = helloFirst
          ? await TestClient.connect(srv.url, srv.server.demo!.branchId, srv.server.demo!.boardToken)
          : await TestClient.open(srv.url);
        for (const f of frames) if (!client.closed) client.sendRaw(f);
        // A ping round trip tells us the server has read everything we sent (or closed us for it).
        if (!client.closed) client.send({ type: 'ping', t: 424242 });
        await client.waitFor((c) => c.closed !== null || c.messages.some((m) => m.type === 'pong' && m.t === 424242) || (!helloFirst && c.messages.length > 0));
        if (client.closed) expect(allowed).toContain(client.closed.code);
        client.close();
      }),
      { numRuns: 150 },
    );
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });
});
