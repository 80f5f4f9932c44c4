import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SocketFactory } from '../../displays/common/socket.ts';
import type { DemoCredentials } from '../../server/services/demo-seed.ts';
import { NodeDisplay, normalizeState, until, wsSocketFactory } from '../helpers/node-display.ts';
import { spawnServer } from '../helpers/server-process.ts';
import { scrape, total } from '../helpers/metrics.ts';
import { startTestServer, tempDataDir } from '../helpers/test-server.ts';

let data: ReturnType<typeof tempDataDir>;
afterEach(() => data?.remove());

const SYSTEM = { kind: 'system' } as const;

describe('displays under faults', () => {
  it('a display whose connection drops every few messages through 200 calls ends with the same call history as a stable one', async () => {
    data = tempDataDir();
    const srv = await startTestServer(data.dir);
    const { branchId, boardToken } = srv.server.demo!;
    // Cut the socket after 2 to 6 messages, over and over.
    let cuts = 0;
    const flaky: SocketFactory = (url, handlers) => {
      let left = 2 + Math.floor(Math.random() * 5);
      let socket: ReturnType<SocketFactory> | null = null;
      socket = wsSocketFactory(url, {
        ...handlers,
        message(data) {
          handlers.message(data);
          if (--left === 0) {
            cuts += 1;
            socket?.close(4999, 'test cut');
          }
        },
      });
      return socket;
    };
    const stable = new NodeDisplay(srv.url, branchId, boardToken);
    const shaky = new NodeDisplay(srv.url, branchId, boardToken, flaky);
    try {
      await until(() => stable.state !== null && shaky.state !== null, 'both displays to load');
      const { queue } = srv.server.app.services;
      const counters = srv.server.app.deps.repos.setup.listCounters(branchId);
      for (let i = 0; i < 200; i++) {
        const counter = counters[i % counters.length]!;
        await queue.issue(branchId, { serviceId: counter.serviceIds[0]!, channel: 'kiosk', priority: 'normal', language: null }, SYSTEM);
        queue.callNext(counter.id, SYSTEM);
        // Calls keep coming while the display drops and resumes, as at a busy branch.
        await new Promise((r) => setTimeout(r, 10));
      }
      await until(() => stable.calls.size === 200, 'the stable display to see 200 calls');
      await until(() => shaky.calls.size === 200, 'the flaky display to catch up', 60_000);
      expect(cuts).toBeGreaterThan(20);
      expect(shaky.callIds()).toEqual(stable.callIds());
      await until(() => JSON.stringify(normalizeState(shaky.state)) === JSON.stringify(normalizeState(stable.state)), 'same state', 30_000);
    } finally {
      stable.stop();
      shaky.stop();
      await srv.server.close();
    }
  });

  it('after a server restart, connected displays reconnect and end in the same state as one that connects afterwards', async () => {
    data = tempDataDir();
    const first = await spawnServer(data.dir);
    const demo = JSON.parse(readFileSync(join(data.dir, 'demo-credentials.json'), 'utf8')) as DemoCredentials;
    const displays = Array.from({ length: 5 }, () => new NodeDisplay(first.url, demo.branchId, demo.boardToken));
    const kiosk = (url: string, serviceId: number) =>
      fetch(`${url}/api/branches/${demo.branchId}/tickets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${demo.kioskToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId }),
      });
    try {
      await until(() => displays.every((d) => d.online), 'displays online');
      for (let i = 0; i < 5; i++) await kiosk(first.url, 1 + (i % 4));
      await first.kill('SIGTERM');
      await until(() => displays.every((d) => !d.online), 'displays to notice');

      const second = await spawnServer(data.dir, {}, first.port);
      try {
        await until(() => displays.every((d) => d.online), 'displays to reconnect');
        expect(total(await scrape(second.url), 'callboard_displays_connected', { branch: String(demo.branchId) })).toBe(5);
        for (let i = 0; i < 3; i++) await kiosk(second.url, 1);
        const login = await fetch(`${second.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(demo.staff),
        });
        const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
        await fetch(`${second.url}/api/counters/${demo.counterId}/call-next`, { method: 'POST', headers: { cookie } });
        const late = new NodeDisplay(second.url, demo.branchId, demo.boardToken);
        try {
          await until(() => late.online && late.state !== null, 'a late display');
          // Queue stats are coalesced; wait until every display holds the same state as the newcomer.
          await until(
            () => displays.every((d) => JSON.stringify(normalizeState(d.state)) === JSON.stringify(normalizeState(late.state))),
            'the same state everywhere',
          );
          expect(late.state!.tickets.length).toBe(8 - 1 + 1); // 8 issued; the called one is still active
          // Every display that lived through the restart also learned of the call made after it.
          const newest = Math.max(...late.calls.keys());
          expect(displays.every((d) => d.calls.has(newest))).toBe(true);
        } finally {
          late.stop();
        }
      } finally {
        await second.kill('SIGTERM');
      }
    } finally {
      displays.forEach((d) => d.stop());
    }
  });
});
