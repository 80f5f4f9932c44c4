/**
 * One client connection, independent of any socket library: hello and authentication, subscription,
 * heartbeat, rate and backpressure limits. Rule ids refer to PROTOCOL.md.
 */
import { CloseCode, PROTOCOL_VERSION, decodeClientMessage, type ClientMessage, type DeviceSettings, type ServerMessage } from '../../shared/protocol.ts';
import { FrameBatch, OutFrame } from './frame.ts';
import type { Hub } from './hub.ts';

/** The little a session needs of a socket; tests drive it with an in-memory pair. */
export interface SessionSocket {
  send(data: string): void;
  /** Writes prepared frames in one go; sockets that cannot, send each frame's text. */
  sendBatch?(batch: FrameBatch): void;
  close(code: number, reason: string): void;
  /** Bytes queued but not yet written to the network. */
  bufferedAmount(): number;
}

export type Principal =
  | { kind: 'device'; displayId: number; branchId: number }
  | { kind: 'user'; userId: number };

export type AuthResult = { ok: true; principal: Principal } | { ok: false; code: CloseCode; reason: string };

export interface SessionDeps {
  hub: Hub;
  /** A display's own settings (P14), sent after its snapshot; null for a revoked or vanished device. */
  deviceSettings?(displayId: number): DeviceSettings | null;
  authenticate(hello: Extract<ClientMessage, { type: 'hello' }>): AuthResult;
  onStatus?(principal: Principal, status: Extract<ClientMessage, { type: 'status' }>): void;
  now: () => number;
}

export interface SessionLimits {
  helloTimeoutMs: number;
  idleTimeoutMs: number;
  /** Messages a client may send per `rateWindowMs` (P8). */
  maxMessages: number;
  rateWindowMs: number;
  /** Unsent bytes beyond which a reader is too slow and is closed (P8); it will resume on reconnect. */
  maxBufferedBytes: number;
}

export const DEFAULT_LIMITS: SessionLimits = {
  helloTimeoutMs: 10_000,
  idleTimeoutMs: 45_000,
  maxMessages: 40,
  rateWindowMs: 10_000,
  maxBufferedBytes: 4 * 1024 * 1024,
};

export class ClientSession {
  private state: 'hello' | 'live' | 'closed' = 'hello';
  private principal: Principal | null = null;
  private unsubscribe: (() => void) | null = null;
  private timer: NodeJS.Timeout;
  private windowStart: number;
  private windowCount = 0;

  constructor(
    private readonly socket: SessionSocket,
    private readonly deps: SessionDeps,
    private readonly limits: SessionLimits = DEFAULT_LIMITS,
  ) {
    this.windowStart = deps.now();
    this.timer = setTimeout(() => this.close(CloseCode.Timeout, 'no hello'), limits.helloTimeoutMs).unref();
  }

  get isLive() {
    return this.state === 'live';
  }

  /** The paired display behind this session, if it is one. */
  get displayId(): number | null {
    return this.principal?.kind === 'device' ? this.principal.displayId : null;
  }

  /** The staff or admin account behind this session, if it is one. */
  get userId(): number | null {
    return this.principal?.kind === 'user' ? this.principal.userId : null;
  }

  /** Sends a message to this one client (device settings); events go through the hub. */
  push(message: ServerMessage): void {
    if (this.state === 'live') this.send(message);
  }

  bufferedAmount(): number {
    return this.socket.bufferedAmount();
  }

  onMessage(raw: string): void {
    if (this.state === 'closed') return;
    if (!this.withinRate()) return this.close(CloseCode.Overload, 'too many messages');
    const decoded = decodeClientMessage(raw);
    if (!decoded.ok) return this.close(CloseCode.BadMessage, truncate(decoded.error));
    this.resetIdle();
    const msg = decoded.value;
    switch (msg.type) {
      case 'hello':
        return this.onHello(msg);
      case 'ping':
        if (this.state !== 'live') return this.close(CloseCode.BadMessage, 'hello first');
        return this.send({ type: 'pong', t: msg.t, serverTime: this.deps.now() });
      case 'status':
        if (this.state !== 'live' || !this.principal) return this.close(CloseCode.BadMessage, 'hello first');
        this.deps.onStatus?.(this.principal, msg);
        return;
    }
  }

  private onHello(hello: Extract<ClientMessage, { type: 'hello' }>) {
    if (this.state !== 'hello') return this.close(CloseCode.BadMessage, 'hello twice');
    if (hello.v !== PROTOCOL_VERSION) {
      return this.close(CloseCode.BadVersion, `protocol ${hello.v} not supported; this server speaks ${PROTOCOL_VERSION}`);
    }
    const auth = this.deps.authenticate(hello);
    if (!auth.ok) return this.close(auth.code, auth.reason);
    this.principal = auth.principal;
    this.state = 'live';
    this.unsubscribe = this.deps.hub.subscribe(hello.branchId, { deliver: (batch) => this.deliver(batch) }, hello.resume);
    if (auth.principal.kind === 'device') {
      const settings = this.deps.deviceSettings?.(auth.principal.displayId);
      if (settings) this.send({ type: 'device', settings });
    }
  }

  private deliver(batch: FrameBatch) {
    if (this.state === 'closed') return;
    if (this.socket.bufferedAmount() > this.limits.maxBufferedBytes) {
      return this.close(CloseCode.Overload, 'reading too slowly');
    }
    if (this.socket.sendBatch) this.socket.sendBatch(batch);
    else for (const f of batch.frames) this.socket.send(f.text);
  }

  private send(message: ServerMessage) {
    this.deliver(new FrameBatch([new OutFrame(JSON.stringify(message))]));
  }

  private withinRate(): boolean {
    const now = this.deps.now();
    if (now - this.windowStart >= this.limits.rateWindowMs) {
      this.windowStart = now;
      this.windowCount = 0;
    }
    this.windowCount += 1;
    return this.windowCount <= this.limits.maxMessages;
  }

  private resetIdle() {
    // Once live, `timer` is the idle timer: re-arm it in place. A new timer per ping (every display, every
    // 10 s) is garbage that lives long enough to reach the old generation, whose collections are the
    // longest pauses a call can hit. Before that, the first message (the hello) replaces the hello timer.
    if (this.state === 'live') {
      this.timer.refresh();
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.close(CloseCode.Timeout, 'no ping'), this.limits.idleTimeoutMs).unref();
  }

  close(code: number, reason: string): void {
    if (this.state === 'closed') return;
    this.dispose();
    this.socket.close(code, reason);
  }

  /** The socket closed from the other side: release everything. */
  dispose(): void {
    this.state = 'closed';
    clearTimeout(this.timer);
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}

// A WebSocket close reason must fit in 123 bytes.
function truncate(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return Buffer.byteLength(flat) <= 120 ? flat : `${Buffer.from(flat).subarray(0, 117).toString()}...`;
}
