/** The display's real Connection class, run in Node over `ws`, so fault tests exercise the shipped client code. */
import WebSocket from 'ws';
import { Connection } from '../../displays/common/connection.ts';
import type { SocketFactory } from '../../displays/common/socket.ts';
import type { BranchSnapshot, CallRecord } from '../../shared/model.ts';

export const wsSocketFactory: SocketFactory = (url, handlers) => {
  const ws = new WebSocket(url);
  ws.on('open', () => handlers.open());
  ws.on('message', (data) => handlers.message(String(data)));
  ws.on('close', (code, reason) => handlers.close(code, String(reason)));
  ws.on('error', () => undefined); // always followed by close
  return { send: (data) => ws.send(data), close: (code, reason) => ws.close(code, reason) };
};

/** A display that remembers every call it learned of (live, replayed, or in a snapshot), by callId. */
export class NodeDisplay {
  readonly connection: Connection;
  readonly calls = new Map<number, CallRecord>();
  state: BranchSnapshot | null = null;
  online = false;

  constructor(url: string, branchId: number, token: string, socketFactory: SocketFactory = wsSocketFactory) {
    this.connection = new Connection({
      token,
      branchId,
      url: url.replace(/^http/, 'ws') + '/ws',
      socketFactory,
      storage: null,
      backoff: { baseMs: 20, maxMs: 300 },
      log: () => undefined,
    });
    this.connection.subscribe((u) => {
      if (u.kind === 'state') {
        this.state = u.state;
        for (const c of u.state.recentCalls) this.calls.set(c.callId, c);
      } else if (u.kind === 'event' && (u.event.kind === 'ticket_called' || u.event.kind === 'ticket_recalled')) {
        this.calls.set(u.event.call.callId, u.event.call);
      } else if (u.kind === 'link') {
        this.online = u.link.status === 'online';
      }
    });
    this.connection.start();
  }

  callIds(): number[] {
    return [...this.calls.keys()].sort((a, b) => a - b);
  }

  stop() {
    this.connection.stop();
  }
}

/** Order-insensitive view of a branch state, for comparing displays. */
export function normalizeState(state: BranchSnapshot | null) {
  if (!state) return null;
  return { ...state, tickets: [...state.tickets].sort((a, b) => a.id - b.id) };
}

export async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
