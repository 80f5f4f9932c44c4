/** For every API route: who may call it, and how to build a valid request for it in a fresh state. */
import { STAFF_PASSWORD, type TestApp } from '../helpers/test-app.ts';
import { MORE_ROUTES } from './route-fixtures-more.ts';

/** public: anyone; staff: admin + staff; issuer: admin + staff + kiosk; admin: admin only; display: board/counter devices only. */
export type Access = 'public' | 'staff' | 'issuer' | 'admin' | 'display';

export interface Fixture {
  access: Access;
  /** Builds the concrete path and body; called once per caller so each call starts from a valid state. */
  prepare?: (f: Fixtures) => Promise<Prepared>;
}

export interface Prepared {
  params?: Record<string, string | number>;
  query?: Record<string, string>;
  body?: unknown;
  /** A non-JSON body (file uploads), sent as is with these headers. */
  raw?: { body: Uint8Array<ArrayBuffer>; headers: Record<string, string> };
}

export interface Fixtures {
  t: TestApp;
  adminCookie: string;
  /** A ticket in the given state, issued (and moved) by the admin. */
  ticket(state?: 'waiting' | 'called' | 'serving' | 'parked'): Promise<{ id: number; phoneToken: string }>;
  device(): Promise<number>;
  pairing(): Promise<{ pairingId: string; code: string; secret: string }>;
  unique(): number;
}

const branch = (f: Fixtures) => ({ id: f.t.branch.id });

export const ROUTES: Record<string, Fixture> = {
  'POST /api/auth/login': { access: 'public', prepare: async () => ({ body: { username: 'staff', password: STAFF_PASSWORD } }) },
  'GET /api/auth/me': { access: 'staff' },
  'GET /api/branches': { access: 'staff' },
  'POST /api/branches': { access: 'admin', prepare: async () => ({ body: { name: 'New branch', timezone: 'Europe/Madrid', languages: ['en'] } }) },
  'PATCH /api/branches/{id}': { access: 'admin', prepare: async (f) => ({ params: branch(f), body: { ticker: 'Welcome' } }) },
  'GET /api/branches/{id}/services': { access: 'staff', prepare: async (f) => ({ params: branch(f) }) },
  'POST /api/branches/{id}/services': {
    access: 'admin',
    prepare: async (f) => ({ params: branch(f), body: { prefix: String.fromCharCode(67 + (f.unique() % 20)), names: { en: 'New' } } }),
  },
  'PATCH /api/services/{id}': { access: 'admin', prepare: async (f) => ({ params: { id: f.t.serviceA.id }, body: { targetWaitMin: 20 } }) },
  'GET /api/branches/{id}/counters': { access: 'staff', prepare: async (f) => ({ params: branch(f) }) },
  'POST /api/branches/{id}/counters': {
    access: 'admin',
    prepare: async (f) => ({ params: branch(f), body: { name: 'New counter', number: 10 + f.unique(), serviceIds: [f.t.serviceA.id] } }),
  },
  'PATCH /api/counters/{id}': { access: 'admin', prepare: async (f) => ({ params: { id: f.t.counter2.id }, body: { name: 'Desk 2' } }) },
  'POST /api/branches/{id}/devices': { access: 'admin', prepare: async (f) => ({ params: branch(f), body: { name: 'Board 2', kind: 'board', languages: ['en'] } }) },
  'GET /api/branches/{id}/devices': { access: 'admin', prepare: async (f) => ({ params: branch(f) }) },
  'GET /api/users': { access: 'admin' },
  'POST /api/users': {
    access: 'admin',
    prepare: async (f) => ({ body: { username: `user${f.unique()}`, displayName: 'New', password: 'a-long-password', role: 'staff', branchId: null } }),
  },
  'PATCH /api/users/{id}': { access: 'admin', prepare: async (f) => ({ params: { id: f.t.staffUser.id }, body: { displayName: 'Staff member' } }) },
  'POST /api/branches/{id}/tickets': { access: 'issuer', prepare: async (f) => ({ params: branch(f), body: { serviceId: f.t.serviceA.id } }) },
  'GET /api/tickets/{id}': { access: 'staff', prepare: async (f) => ({ params: { id: (await f.ticket()).id } }) },
  'POST /api/counters/{id}/call-next': { access: 'staff', prepare: async (f) => ({ params: { id: f.t.counter1.id } }) },
  'POST /api/counters/{id}/status': { access: 'staff', prepare: async (f) => ({ params: { id: f.t.counter2.id }, body: { status: 'open' } }) },
  'POST /api/tickets/{id}/call': { access: 'staff', prepare: async (f) => ({ params: { id: (await f.ticket()).id }, body: { counterId: f.t.counter2.id } }) },
  'POST /api/tickets/{id}/recall': { access: 'staff', prepare: async (f) => ({ params: { id: (await f.ticket('called')).id } }) },
  'POST /api/tickets/{id}/start': { access: 'staff', prepare: async (f) => ({ params: { id: (await f.ticket('called')).id } }) },
  'POST /api/tickets/{id}/finish': { access: 'staff', prepare: async (f) => ({ params: { id: (await f.ticket('serving')).id }, body: { outcome: 'ok' } }) },
  'POST /api/tickets/{id}/no-show': { access: 'staff', prepare: async (f) => ({ params: { id: (await f.ticket('called')).id } }) },
  'POST /api/tickets/{id}/cancel': { access: 'staff', prepare: async (f) => ({ params: { id: (await f.ticket()).id } }) },
  'POST /api/tickets/{id}/transfer': { access: 'staff', prepare: async (f) => ({ params: { id: (await f.ticket()).id }, body: { serviceId: f.t.serviceB.id } }) },
  'POST /api/tickets/{id}/park': { access: 'staff', prepare: async (f) => ({ params: { id: (await f.ticket('called')).id } }) },
  'POST /api/tickets/{id}/unpark': { access: 'staff', prepare: async (f) => ({ params: { id: (await f.ticket('parked')).id } }) },
  'POST /api/branches/{id}/announcements': { access: 'staff', prepare: async (f) => ({ params: branch(f), body: { text: 'Hello' } }) },
  'GET /api/branches/{id}/saved-announcements': { access: 'staff', prepare: async (f) => ({ params: branch(f) }) },
  'POST /api/branches/{id}/saved-announcements': {
    access: 'admin',
    prepare: async (f) => ({ params: branch(f), body: { title: 'Closing', text: 'We close soon', language: 'en' } }),
  },
  'DELETE /api/branches/{id}/saved-announcements/{savedId}': {
    access: 'admin',
    prepare: async (f) => {
      const saved = await f.t.call('POST', `/api/branches/${f.t.branch.id}/saved-announcements`, {
        cookie: f.adminCookie,
        body: { title: 'T', text: 'x', language: 'en' },
      });
      return { params: { id: f.t.branch.id, savedId: saved.body.saved.id } };
    },
  },
  'GET /api/phone/{token}': { access: 'public', prepare: async (f) => ({ params: { token: (await f.ticket()).phoneToken } }) },
  'POST /api/phone/{token}/leave': { access: 'public', prepare: async (f) => ({ params: { token: (await f.ticket()).phoneToken } }) },
  'GET /api/branches/{id}/join': { access: 'public', prepare: async (f) => ({ params: branch(f) }) },
  'POST /api/branches/{id}/join': { access: 'public', prepare: async (f) => ({ params: branch(f), body: { serviceId: f.t.serviceA.id } }) },
  'POST /api/pairings': { access: 'public' },
  'GET /api/pairings/{pairingId}': {
    access: 'public',
    prepare: async (f) => {
      const p = await f.pairing();
      return { params: { pairingId: p.pairingId }, query: { secret: p.secret } };
    },
  },
  'POST /api/branches/{id}/devices/pair': {
    access: 'admin',
    prepare: async (f) => ({ params: branch(f), body: { code: (await f.pairing()).code, name: 'Paired board', kind: 'board', languages: ['en'] } }),
  },
  'PATCH /api/devices/{id}': { access: 'admin', prepare: async (f) => ({ params: { id: await f.device() }, body: { volume: 40 } }) },
  'POST /api/devices/{id}/revoke': { access: 'admin', prepare: async (f) => ({ params: { id: await f.device() } }) },
  ...MORE_ROUTES,
  // Last: it ends the caller's session.
  'POST /api/auth/logout': { access: 'public' },
};

export async function makeFixtures(t: TestApp, adminCookie: string): Promise<Fixtures> {
  let n = 0;
  const as = (method: string, path: string, body?: unknown) => t.call(method, path, { cookie: adminCookie, body });
  const must = <T>(r: { status: number; body: T }, what: string): T => {
    if (r.status >= 300) throw new Error(`fixture ${what} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  return {
    t,
    adminCookie,
    unique: () => ++n,
    async ticket(state = 'waiting') {
      const issued = must(await as('POST', `/api/branches/${t.branch.id}/tickets`, { serviceId: t.serviceA.id }), 'issue') as any;
      const id = issued.ticket.id as number;
      if (state !== 'waiting') must(await as('POST', `/api/tickets/${id}/call`, { counterId: t.counter2.id }), 'call');
      if (state === 'serving') must(await as('POST', `/api/tickets/${id}/start`), 'start');
      if (state === 'parked') must(await as('POST', `/api/tickets/${id}/park`), 'park');
      return { id, phoneToken: issued.phoneToken as string };
    },
    async device() {
      const r = must(await as('POST', `/api/branches/${t.branch.id}/devices`, { name: `Device ${++n}`, kind: 'board', languages: ['en'] }), 'device') as any;
      return r.device.id as number;
    },
    async pairing() {
      return must(await t.call('POST', '/api/pairings'), 'pairing') as any;
    },
  };
}
