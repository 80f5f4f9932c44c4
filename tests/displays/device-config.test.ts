/** Display settings: taken from the URL once, remembered, and scrubbed from the address bar. */
import { describe, expect, it } from 'vitest';
import { loadDeviceConfig } from '../../displays/common/device-config.ts';
import { MemoryStore } from './helpers/fake-socket.ts';

const TOKEN = 'tok_0123456789abcdef';

describe('device config', () => {
  it('reads token and branch from the query, stores them and cleans the URL', () => {
    const store = new MemoryStore();
    const replaced: string[] = [];
    const history = { replaceState: (_: unknown, __: string, url?: string | URL | null) => replaced.push(String(url)) };
    const loc = { pathname: '/board/', search: `?token=${TOKEN}&branch=7&lang=ar,en&debug=1`, hash: '' };
    const config = loadDeviceConfig('board', loc, store, history);
    expect(config).toMatchObject({ token: TOKEN, branchId: 7, languages: ['ar', 'en'], volume: 100, holdSeconds: 6 });
    expect(replaced).toEqual(['/board/?debug=1']);

    const again = loadDeviceConfig('board', { pathname: '/board/', search: '', hash: '' }, store, history);
    expect(again).toMatchObject({ token: TOKEN, branchId: 7 });
    expect(replaced).toHaveLength(1);
  });

  it('has no config without a usable token and branch', () => {
    const loc = { pathname: '/board/', search: '?token=short&branch=x', hash: '' };
    expect(loadDeviceConfig('board', loc, new MemoryStore(), null)).toBeNull();
  });
});
