/** Role-matrix entries for the insight, feedback, signage and audit routes (see route-fixtures.ts for the format). */
import { tinyPng } from '../signage/media-fixtures.ts';
import type { Fixture, Fixtures } from './route-fixtures.ts';

const branch = (f: Fixtures) => ({ id: f.t.branch.id });

async function playlist(f: Fixtures): Promise<number> {
  const r = await f.t.call('POST', `/api/branches/${f.t.branch.id}/signage/playlists`, { cookie: f.adminCookie, body: { name: `P${f.unique()}`, items: [] } });
  if (r.status !== 200) throw new Error(`fixture playlist failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.playlist.id as number;
}

const schedule = async (f: Fixtures) => ({
  name: `S${f.unique()}`,
  playlistId: await playlist(f),
  groups: null,
  rule: { kind: 'daypart', days: [1, 2, 3], from: '09:00', to: '12:00' },
  validFrom: null,
  validTo: null,
  priority: 0,
});

export const MORE_ROUTES: Record<string, Fixture> = {
  'GET /api/audit': { access: 'admin' },
  // The visitor's survey, by the ticket's secret token like every phone route.
  'GET /api/phone/{token}/feedback': { access: 'public', prepare: async (f) => ({ params: { token: (await f.ticket()).phoneToken } }) },
  'POST /api/phone/{token}/feedback': {
    access: 'public',
    prepare: async (f) => {
      const { id, phoneToken } = await f.ticket('serving');
      await f.t.call('POST', `/api/tickets/${id}/finish`, { cookie: f.adminCookie, body: {} });
      return { params: { token: phoneToken }, body: { score: 4 } };
    },
  },
  'GET /api/branches/{id}/reports': { access: 'admin', prepare: async (f) => ({ params: branch(f) }) },
  'GET /api/branches/{id}/reports/tickets.csv': { access: 'admin', prepare: async (f) => ({ params: branch(f) }) },
  'GET /api/branches/{id}/reports/answers.csv': { access: 'admin', prepare: async (f) => ({ params: branch(f) }) },
  'GET /api/branches/{id}/forecast': { access: 'admin', prepare: async (f) => ({ params: branch(f) }) },
  'GET /api/branches/{id}/staffing': { access: 'admin', prepare: async (f) => ({ params: branch(f) }) },
  'GET /api/branches/{id}/roster': { access: 'admin', prepare: async (f) => ({ params: branch(f) }) },
  'PUT /api/branches/{id}/roster': {
    access: 'admin',
    prepare: async (f) => ({ params: branch(f), body: { shifts: [{ weekday: 1, from: '09:00', to: '13:00', counters: 2 }] } }),
  },
  'GET /api/branches/{id}/service-level': { access: 'admin', prepare: async (f) => ({ params: branch(f) }) },
  'PUT /api/branches/{id}/service-level': { access: 'admin', prepare: async (f) => ({ params: branch(f), body: { level: 80, waitMin: 15 } }) },
  'GET /api/signage/items': { access: 'admin' },
  'POST /api/signage/uploads': {
    access: 'admin',
    prepare: async (f) => ({ raw: { body: new Uint8Array(await tinyPng([10, 20, f.unique() % 255])), headers: { 'x-file-name': 'logo.png' } } }),
  },
  'POST /api/signage/items': { access: 'admin', prepare: async (f) => ({ body: { kind: 'ticker', name: `T${f.unique()}`, text: 'Hello' } }) },
  'DELETE /api/signage/items/{itemId}': {
    access: 'admin',
    prepare: async (f) => {
      const r = await f.t.call('POST', '/api/signage/items', { cookie: f.adminCookie, body: { kind: 'ticker', name: `D${f.unique()}`, text: 'Bye' } });
      return { params: { itemId: r.body.item.id } };
    },
  },
  'DELETE /api/branches/{id}/signage/playlists/{playlistId}': {
    access: 'admin',
    prepare: async (f) => ({ params: { ...branch(f), playlistId: await playlist(f) } }),
  },
  'GET /api/branches/{id}/signage/playlists': { access: 'admin', prepare: async (f) => ({ params: branch(f) }) },
  'POST /api/branches/{id}/signage/playlists': { access: 'admin', prepare: async (f) => ({ params: branch(f), body: { name: 'Morning', items: [] } }) },
  'PUT /api/branches/{id}/signage/playlists/{playlistId}': {
    access: 'admin',
    prepare: async (f) => ({ params: { ...branch(f), playlistId: await playlist(f) }, body: { name: 'Renamed', items: [] } }),
  },
  'GET /api/branches/{id}/signage/schedules': { access: 'admin', prepare: async (f) => ({ params: branch(f) }) },
  'POST /api/branches/{id}/signage/schedules': { access: 'admin', prepare: async (f) => ({ params: branch(f), body: await schedule(f) }) },
  'DELETE /api/branches/{id}/signage/schedules/{scheduleId}': {
    access: 'admin',
    prepare: async (f) => {
      const r = await f.t.call('POST', `/api/branches/${f.t.branch.id}/signage/schedules`, { cookie: f.adminCookie, body: await schedule(f) });
      return { params: { ...branch(f), scheduleId: r.body.schedule?.id ?? r.body.id } };
    },
  },
  'PUT /api/branches/{id}/signage/schedules/{scheduleId}': {
    access: 'admin',
    prepare: async (f) => {
      const body = await schedule(f);
      const r = await f.t.call('POST', `/api/branches/${f.t.branch.id}/signage/schedules`, { cookie: f.adminCookie, body });
      return { params: { ...branch(f), scheduleId: r.body.schedule.id }, body: { ...body, priority: 5 } };
    },
  },
  'GET /api/branches/{id}/signage/settings': { access: 'admin', prepare: async (f) => ({ params: branch(f) }) },
  'PUT /api/branches/{id}/signage/settings': { access: 'admin', prepare: async (f) => ({ params: branch(f), body: { defaultPlaylistId: null, blankOutsideHours: false } }) },
  'GET /api/branches/{id}/signage/preview': { access: 'admin', prepare: async (f) => ({ params: branch(f), query: { group: 'main', at: String(f.t.cb.deps.now()) } }) },
  'POST /api/branches/{id}/signage/takeover': {
    access: 'admin',
    prepare: async (f) => ({ params: branch(f), body: { message: 'Fire drill', groups: null, until: null, speak: false } }),
  },
  'DELETE /api/branches/{id}/signage/takeover': { access: 'admin', prepare: async (f) => ({ params: branch(f) }) },
  'GET /api/branches/{id}/signage/plays': { access: 'admin', prepare: async (f) => ({ params: branch(f), query: { since: '0' } }) },
  // A display's own manifest and proof of play: boards and counter screens only.
  'GET /api/signage/manifest': { access: 'display' },
  'POST /api/signage/plays': { access: 'display', prepare: async () => ({ body: { plays: [] } }) },
};
