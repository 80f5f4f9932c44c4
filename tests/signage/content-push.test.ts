/** P15: boards get a `content` push when signage changes and when a schedule boundary passes (timer per branch). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerMessage } from '../../shared/protocol.ts';
import { createBoundaryTimers } from '../../server/signage/boundary-timer.ts';
import { ADMIN_PASSWORD, makeTestApp, manualClock, type Clock, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let clock: Clock;
let dataDir: string;
let pushed: ServerMessage[];
let boardId: number;

// Monday 2026-12-07 07:59:30 in Madrid (UTC+1): thirty seconds before a weekday-morning schedule starts.
const BEFORE = Date.UTC(2026, 11, 7, 6, 59, 30);

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'callboard-signage-'));
  clock = manualClock(BEFORE);
  t = await makeTestApp({ dataDir, now: clock.now });
  boardId = t.cb.deps.repos.accounts.listDisplays(t.branch.id).find((d) => d.kind === 'board')!.id;
  pushed = [];
  t.cb.services.signage.connect({ sessions: [{ displayId: boardId, push: (m) => pushed.push(m) }] });
});
afterEach(() => {
  vi.useRealTimers();
  t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('content pushes', () => {
  it('pushes a new rev to the board when an admin changes its signage, and again at the boundary', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const slide = (await t.call('POST', '/api/signage/items', { cookie: admin, body: { kind: 'text', name: 'Hi', html: '<p>Hi</p>' } })).body.item;
    const base = `/api/branches/${t.branch.id}/signage`;
    const items = [{ itemId: slide.id, durationMs: 5000, transition: 'cut', validFrom: null, validTo: null }];
    const playlist = (await t.call('POST', `${base}/playlists`, { cookie: admin, body: { name: 'Morning', items } })).body.playlist;
    pushed = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const timers = createBoundaryTimers(t.cb.services.signage, {
      now: clock.now,
      branchIds: () => [t.branch.id],
      groupsOf: () => ['main'],
    });
    await t.call('POST', `${base}/schedules`, {
      cookie: admin,
      body: { name: 'Mornings', playlistId: playlist.id, groups: null, validFrom: null, validTo: null, priority: 0, rule: { kind: 'daypart', days: [1, 2, 3, 4, 5], from: '08:00', to: '12:00' } },
    });
    expect(pushed.map((m) => m.type)).toEqual(['content']);
    const first = pushed[0] as Extract<ServerMessage, { type: 'content' }>;

    // The timer was armed for 08:00 local; when it fires, the board hears of the new segment.
    clock.set(Date.UTC(2026, 11, 7, 7, 0));
    vi.advanceTimersByTime(30_000);
    expect(pushed).toHaveLength(2);
    expect((pushed[1] as Extract<ServerMessage, { type: 'content' }>).rev).not.toBe(first.rev);
    timers.close();
  });

  it('pushes the new group\'s content to a board as soon as an admin moves it to another group', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const base = `/api/branches/${t.branch.id}/signage`;
    const item = async (name: string) =>
      (await t.call('POST', '/api/signage/items', { cookie: admin, body: { kind: 'text', name, html: `<p>${name}</p>` } })).body.item;
    const playlist = async (name: string, itemId: number) =>
      (await t.call('POST', `${base}/playlists`, { cookie: admin, body: { name, items: [{ itemId, durationMs: 5000, transition: 'cut', validFrom: null, validTo: null }] } })).body.playlist;
    const lobby = await playlist('Lobby', (await item('Welcome')).id);
    const upstairs = await playlist('Upstairs', (await item('Second floor')).id);
    for (const [name, p, group] of [['Lobby all day', lobby, 'main'], ['Upstairs all day', upstairs, 'upstairs']] as const) {
      const body = { name, playlistId: p.id, groups: [group], validFrom: null, validTo: null, priority: 0, rule: { kind: 'daypart', days: [0, 1, 2, 3, 4, 5, 6], from: '00:00', to: '23:59' } };
      expect((await t.call('POST', `${base}/schedules`, { cookie: admin, body })).status).toBe(200);
    }
    const manifest = async () => (await t.call('GET', '/api/signage/manifest', { bearer: t.boardToken })).body;
    const before = await manifest();
    pushed = [];

    expect((await t.call('PATCH', `/api/devices/${boardId}`, { cookie: admin, body: { group: 'upstairs' } })).status).toBe(200);
    const content = pushed.filter((m) => m.type === 'content') as Extract<ServerMessage, { type: 'content' }>[];
    expect(content).toHaveLength(1);
    const after = await manifest();
    expect(content[0]!.rev).toBe(after.rev);
    expect(after.rev).not.toBe(before.rev);
  });
});
