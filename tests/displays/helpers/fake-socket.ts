/** In-memory sockets for the connection: the test plays the server by hand. */
import type { ClientMessage, ServerMessage } from '../../../shared/protocol.ts';
import type { SocketFactory, SocketHandlers, SocketLike } from '../../../displays/common/socket.ts';

export class FakeSocket implements SocketLike {
  readonly sent: ClientMessage[] = [];
  closedByClient: { code?: number; reason?: string } | null = null;

  constructor(
    readonly url: string,
    private readonly handlers: SocketHandlers,
  ) {}

  send(data: string): void {
    this.sent.push(JSON.parse(data) as ClientMessage);
  }

  close(code?: number, reason?: string): void {
    this.closedByClient = { code, reason };
  }

  open(): void {
    this.handlers.open();
  }

  receive(message: ServerMessage | string): void {
    this.handlers.message(typeof message === 'string' ? message : JSON.stringify(message));
  }

  serverClose(code: number, reason = ''): void {
    this.handlers.close(code, reason);
  }

  sentOf<T extends ClientMessage['type']>(type: T): Extract<ClientMessage, { type: T }>[] {
    return this.sent.filter((m): m is Extract<ClientMessage, { type: T }> => m.type === type);
  }
}

export class FakeSockets {
  readonly all: FakeSocket[] = [];

  readonly factory: SocketFactory = (url, handlers) => {
    const socket = new FakeSocket(url, handlers);
    this.all.push(socket);
    return socket;
  };

  get last(): FakeSocket {
    const socket = this.all.at(-1);
    if (!socket) throw new Error('no socket was opened');
    return socket;
  }
}

export class MemoryStore {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}
