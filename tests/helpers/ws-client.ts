/** A protocol-speaking test client over a real `ws` socket, with waits on what it has received. */
import WebSocket from 'ws';
import { applyEvent } from '../../shared/branch-state.ts';
import type { BranchSnapshot } from '../../shared/model.ts';
import { PROTOCOL_VERSION, decodeServerMessage, type ClientMessage, type QueueEvent, type ServerMessage } from '../../shared/protocol.ts';

export class TestClient {
  readonly messages: ServerMessage[] = [];
  state: BranchSnapshot | null = null;
  epoch = '';
  seq = 0;
  closed: { code: number; reason: string } | null = null;
  private waiters: (() => void)[] = [];

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const decoded = decodeServerMessage(String(data));
      if (!decoded.ok) throw new Error(`server sent an invalid message: ${decoded.error}`);
      const m = decoded.value;
      this.messages.push(m);
      if (m.type === 'snapshot') {
        this.state = m.state;
        this.epoch = m.epoch;
        this.seq = m.seq;
      } else if (m.type === 'resumed') {
        this.epoch = m.epoch;
      } else if (m.type === 'events') {
        if (m.seq !== this.seq + 1) throw new Error(`seq gap: had ${this.seq}, got ${m.seq}`);
        this.seq = m.seq + m.events.length - 1;
        for (const event of m.events) this.state = applyEvent(this.state!, event);
      }
      this.notify();
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      this.notify();
    });
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<TestClient> {
    const socket = new WebSocket(url.replace(/^http/, 'ws') + '/ws', { headers });
    const client = new TestClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return client;
  }

  /** Opens, says hello as a device, and waits for the snapshot or resume. */
  static async connect(url: string, branchId: number, token: string, resume?: { epoch: string; seq: number }, base?: TestClient) {
    const client = await TestClient.open(url);
    if (base) {
      client.state = base.state;
      client.seq = base.seq;
      client.epoch = base.epoch;
    }
    client.send({ type: 'hello', v: PROTOCOL_VERSION, auth: { kind: 'device', token }, branchId, resume });
    await client.waitFor((c) => c.messages.some((m) => m.type === 'snapshot' || m.type === 'resumed'));
    return client;
  }

  send(message: ClientMessage | Record<string, unknown>) {
    this.socket.send(JSON.stringify(message));
  }

  sendRaw(data: string | Buffer) {
    this.socket.send(data);
  }

  /** Every event received, one entry per event with its own seq (a message carries one commit's events). */
  events(): { seq: number; at: number; event: QueueEvent }[] {
    return this.messages.flatMap((m) => (m.type === 'events' ? m.events.map((event, i) => ({ seq: m.seq + i, at: m.at, event })) : []));
  }

  waitFor(predicate: (c: TestClient) => boolean, what = 'condition'): Promise<void> {
    if (predicate(this)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 15_000);
      const check = () => {
        if (predicate(this)) {
          clearTimeout(timer);
          this.waiters = this.waiters.filter((w) => w !== check);
          resolve();
        }
      };
      this.waiters.push(check);
    });
  }

  waitForClose() {
    return this.waitFor((c) => c.closed !== null, 'close').then(() => this.closed!);
  }

  private notify() {
    // A waiter removes itself while we iterate: walk a copy.
    for (const w of this.waiters.slice()) w();
  }

  close() {
    this.socket.close();
  }
}
