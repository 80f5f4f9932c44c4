/** Owns a display's realtime link: hello/resume, sequenced state, heartbeat, reconnects with backoff, offline cache. */
import type { BranchSnapshot } from '../../shared/model.ts';
import { CloseCode, PROTOCOL_VERSION, decodeServerMessage } from '../../shared/protocol.ts';
import type { ClientMessage, Credentials, ServerMessage } from '../../shared/protocol.ts';
import { DEFAULT_BACKOFF, backoffDelay, type BackoffPolicy } from './backoff.ts';
import { BranchStream } from './branch-stream.ts';
import type { ConnectionUpdate, DeviceStatus, LinkState } from './connection-types.ts';
import { systemClock, type Clock } from './clock.ts';
import { Heartbeat } from './heartbeat.ts';
import { browserSocketFactory, socketUrl, type SocketFactory, type SocketLike } from './socket.ts';
import { loadCachedState, saveCachedState, type KeyValueStore } from './state-cache.ts';

export type { ConnectionUpdate, DeviceStatus, LinkState, LinkStatus } from './connection-types.ts';

export interface ConnectionOptions {
  /** A paired device's token; or give `auth` instead. */
  token?: string;
  /** How the hello authenticates when not by device token: `{kind: 'session'}` for a staff browser's cookie. */
  auth?: Credentials;
  branchId: number;
  url?: string;
  socketFactory?: SocketFactory;
  clock?: Clock;
  storage?: KeyValueStore | null;
  random?: () => number;
  log?: (message: string, detail?: unknown) => void;
  pingIntervalMs?: number;
  deadAfterMs?: number;
  backoff?: BackoffPolicy;
  refusedRetryMs?: number;
  /** Loads the app again; called when the server speaks a newer protocol (4000), since it serves the app that does. */
  reloadApp?: () => void;
}

/** Retrying these quickly cannot succeed; it only floods the server's logs. */
const REFUSED_CODES: readonly number[] = [CloseCode.BadVersion, CloseCode.Unauthorized, CloseCode.Forbidden];
/** When this display last reloaded for a newer protocol: a second 4000 soon after means reloading did not help. */
const VERSION_RELOAD_KEY = 'callboard.versionReloadAt';
const VERSION_RELOAD_EVERY_MS = 10 * 60_000;

export class Connection {
  private readonly config: Required<Omit<ConnectionOptions, 'token' | 'auth'>> & { auth: Credentials };
  private readonly listeners = new Set<(update: ConnectionUpdate) => void>();

  private readonly stream = new BranchStream();
  private socket: SocketLike | null = null;
  /** Bumped whenever a socket is abandoned, so its late callbacks are ignored. */
  private generation = 0;
  /** Whether this socket has had its snapshot or `resumed`; events before that are a protocol breach. */
  private synced = false;
  private attempts = 0;
  private offsetMs = 0;
  private running = false;
  private status: DeviceStatus | null = null;
  private linkState: LinkState = { status: 'offline', stale: true, refusedCode: null, lastUpdateAt: null };
  private reconnectTimer: unknown = null;
  private readonly heartbeat: Heartbeat;

  constructor(options: ConnectionOptions) {
    this.config = {
      url: options.url ?? socketUrl(),
      socketFactory: browserSocketFactory,
      clock: systemClock,
      random: Math.random,
      log: (message, detail) => console.warn(`[connection] ${message}`, detail ?? ''),
      pingIntervalMs: 10_000,
      deadAfterMs: 25_000,
      backoff: DEFAULT_BACKOFF,
      refusedRetryMs: 30_000,
      reloadApp: () => globalThis.location?.reload(),
      ...options,
      auth: options.auth ?? { kind: 'device', token: options.token ?? '' },
      storage: options.storage === undefined ? (globalThis.localStorage ?? null) : options.storage,
    };
    const { clock, pingIntervalMs, deadAfterMs } = this.config;
    const ping = () => this.send({ type: 'ping', t: clock.now() });
    this.heartbeat = new Heartbeat(clock, pingIntervalMs, deadAfterMs, ping, () => {
      this.log(`no message for ${deadAfterMs} ms; reconnecting`);
      this.dropSocket('timeout');
      this.setLink({ status: 'offline' });
      this.scheduleReconnect(this.nextBackoff());
    });
  }

  get state(): BranchSnapshot | null {
    return this.stream.state;
  }

  get link(): LinkState {
    return this.linkState;
  }

  get clockOffsetMs(): number {
    return this.offsetMs;
  }

  subscribe(listener: (update: ConnectionUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Shows the cached state (stale) at once, then connects and keeps reconnecting until `stop()`. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const cached = this.stream.state ? null : loadCachedState(this.config.storage, this.config.branchId);
    if (cached) {
      this.stream.load(cached.epoch, cached.seq, cached.state);
      this.setLink({ lastUpdateAt: cached.savedAt });
      this.emit({ kind: 'state', state: cached.state, cause: 'restored' });
    }
    this.connect();
  }

  stop(): void {
    this.running = false;
    this.config.clock.clearTimeout(this.reconnectTimer);
    this.dropSocket('stopped');
    this.setLink({ status: 'offline' });
  }

  /** Skips a pending backoff, e.g. when the browser reports the network is back. */
  reconnectNow(): void {
    if (!this.running || this.socket) return;
    this.config.clock.clearTimeout(this.reconnectTimer);
    this.connect();
  }

  /** Remembers the device's status and reports it now and after every (re)synchronisation. */
  setStatus(status: DeviceStatus): void {
    if (JSON.stringify(status) === JSON.stringify(this.status)) return;
    this.status = status;
    if (this.linkState.status === 'online') this.send({ type: 'status', ...status });
  }

  private connect(): void {
    this.reconnectTimer = null;
    const generation = ++this.generation;
    const live = () => generation === this.generation;
    this.synced = false;
    this.setLink({ status: 'connecting' });
    try {
      this.socket = this.config.socketFactory(this.config.url, {
        open: () => live() && this.onOpen(),
        message: (data) => live() && this.onMessage(data),
        close: (code, reason) => live() && this.onClose(code, reason),
      });
    } catch (error) {
      this.log('could not open a socket', error);
      this.onClose(1006, 'socket failed');
      return;
    }
    this.heartbeat.watch();
  }

  private onOpen(): void {
    const resume = this.stream.resume;
    const auth = this.config.auth;
    const branchId = this.config.branchId;
    this.send({ type: 'hello', v: PROTOCOL_VERSION, auth, branchId, ...(resume ? { resume } : {}) });
    this.heartbeat.startPinging();
  }

  private onMessage(data: unknown): void {
    this.heartbeat.heard();
    if (typeof data !== 'string') return this.log('dropped a binary message');
    const decoded = decodeServerMessage(data);
    if (!decoded.ok) return this.log('dropped a message that does not decode', decoded.error);
    this.handle(decoded.value);
  }

  private handle(message: ServerMessage): void {
    switch (message.type) {
      case 'snapshot':
        this.stream.load(message.epoch, message.seq, message.state);
        this.setOffset(message.serverTime - this.config.clock.now());
        this.persist();
        this.markSynced();
        this.emit({ kind: 'state', state: message.state, cause: 'snapshot' });
        return;
      case 'resumed':
        if (!this.stream.resumed(message.epoch, message.fromSeq, message.toSeq)) {
          return this.resync(`cannot resume from ${message.epoch}@${message.fromSeq}`);
        }
        this.markSynced();
        return;
      case 'events':
        return this.onEvents(message);
      case 'pong':
        // Halving the round trip assumes symmetric latency: good to tens of ms, plenty for "older than 2 min".
        this.setOffset(message.serverTime - (message.t + this.config.clock.now()) / 2);
        return;
      case 'error':
        return this.log(`server error ${message.code}`, message.message);
      case 'device':
        return this.emit({ kind: 'device', settings: message.settings });
      case 'content':
        return this.emit({ kind: 'content', rev: message.rev });
      default: {
        const unexpected: never = message;
        return this.log('unhandled message', unexpected);
      }
    }
  }

  /** One commit's events: applied whole, then the new state, then each event, so a screen never shows half a commit. */
  private onEvents(message: Extract<ServerMessage, { type: 'events' }>): void {
    if (!this.synced) return this.resync('event before snapshot');
    const applied: Extract<ConnectionUpdate, { kind: 'event' }>[] = [];
    let changed = false;
    for (const [i, event] of message.events.entries()) {
      const step = this.stream.apply(message.seq + i, event);
      if (step.kind === 'broken') return this.resync(step.reason);
      if (step.kind === 'duplicate') continue;
      changed ||= step.changed;
      applied.push({ kind: 'event', event, seq: message.seq + i, at: message.at, catchUp: step.catchUp });
    }
    if (applied.length === 0) return;
    this.linkState = { ...this.linkState, lastUpdateAt: this.config.clock.now() };
    this.persist();
    if (changed && this.stream.state) this.emit({ kind: 'state', state: this.stream.state, cause: 'event' });
    for (const update of applied) this.emit(update);
  }

  private markSynced(): void {
    this.synced = true;
    this.attempts = 0;
    this.setLink({ status: 'online', refusedCode: null, lastUpdateAt: this.config.clock.now() });
    if (this.status) this.send({ type: 'status', ...this.status });
  }

  /** Our copy can no longer be trusted to continue: forget the stream position and ask for a snapshot. */
  private resync(reason: string): void {
    this.log(`resynchronising: ${reason}`);
    this.stream.forgetPosition();
    this.dropSocket('resync');
    this.setLink({ status: 'offline' });
    this.scheduleReconnect(this.nextBackoff());
  }

  private onClose(code: number, reason: string): void {
    this.socket = null;
    this.generation++;
    this.heartbeat.stop();
    if (!this.running) return;
    if (code === CloseCode.BadVersion && this.reloadForNewVersion()) return;
    if (REFUSED_CODES.includes(code)) {
      this.log(`server refused this display (${code})`, reason);
      this.setLink({ status: 'refused', refusedCode: code });
      this.scheduleReconnect(this.config.refusedRetryMs * (0.9 + 0.2 * this.config.random()));
      return;
    }
    this.setLink({ status: 'offline' });
    this.scheduleReconnect(this.nextBackoff());
  }

  /** Loads the server's newer app, at most once per 10 min so a copy cached somewhere cannot make it loop. */
  private reloadForNewVersion(): boolean {
    const { storage, clock } = this.config;
    // Without somewhere to note the reload, a reload loop could not be told from a first try.
    if (!storage) return false;
    const last = Number(storage.getItem(VERSION_RELOAD_KEY) ?? 0);
    if (clock.now() - last < VERSION_RELOAD_EVERY_MS) return false;
    storage.setItem(VERSION_RELOAD_KEY, String(clock.now()));
    this.log('the server speaks a newer protocol; loading its app');
    this.running = false;
    this.config.reloadApp();
    return true;
  }

  private nextBackoff(): number {
    return backoffDelay(this.attempts++, this.config.backoff, this.config.random);
  }

  private scheduleReconnect(delayMs: number): void {
    this.config.clock.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = this.config.clock.setTimeout(() => this.connect(), delayMs);
  }

  private dropSocket(reason: string): void {
    const socket = this.socket;
    this.socket = null;
    this.generation++;
    this.heartbeat.stop();
    try {
      socket?.close(1000, reason);
    } catch (error) {
      this.log('closing the socket failed', error);
    }
  }

  private log(message: string, detail?: unknown): void {
    this.config.log(message, detail);
  }

  private send(message: ClientMessage): void {
    try {
      this.socket?.send(JSON.stringify(message));
    } catch (error) {
      this.log('send failed', error);
    }
  }

  private persist(): void {
    const position = this.stream.position;
    if (this.stream.state === null || position === null) return;
    const savedAt = this.config.clock.now();
    saveCachedState(this.config.storage, this.config.branchId, { ...position, state: this.stream.state, savedAt });
  }

  private setOffset(offsetMs: number): void {
    this.offsetMs = Math.round(offsetMs);
    this.emit({ kind: 'clock', offsetMs: this.offsetMs });
  }

  private setLink(patch: Partial<Omit<LinkState, 'stale'>>): void {
    const next = { ...this.linkState, ...patch };
    next.stale = next.status !== 'online';
    const prev = this.linkState;
    this.linkState = next;
    const changed = (['status', 'refusedCode', 'lastUpdateAt'] as const).some((key) => prev[key] !== next[key]);
    if (changed) this.emit({ kind: 'link', link: next });
  }

  private emit(update: ConnectionUpdate): void {
    for (const listener of this.listeners) {
      try {
        listener(update);
      } catch (error) {
        this.log('a listener threw', error);
      }
    }
  }
}
