/** The `/ws` endpoint: adapts each WebSocket to a ClientSession and tracks live sessions for shutdown. */
import { upgradeWebSocket } from '@hono/node-server';
import type { Hono } from 'hono';
import type { WebSocket } from 'ws';
import { CloseCode, type DeviceSettings } from '../../shared/protocol.ts';
import type { DeviceChannel } from '../services/device-service.ts';
import type { AuthService, UserChannel } from '../services/auth-service.ts';
import type { Repos } from '../services/deps.ts';
import { createAuthenticator } from './authenticate.ts';
import type { Hub } from './hub.ts';
import { ClientSession, DEFAULT_LIMITS, type Principal, type SessionLimits } from './session.ts';

export interface RealtimeDeps {
  hub: Hub;
  auth: AuthService;
  repos: Repos;
  now: () => number;
  limits?: Partial<SessionLimits>;
  onStatus?: (principal: Principal, status: { appVersion: string; screen: { w: number; h: number }; audio: 'unlocked' | 'blocked' | 'muted' }) => void;
  deviceSettings?: (displayId: number) => DeviceSettings | null;
}

export class SessionRegistry implements DeviceChannel, UserChannel {
  readonly sessions = new Set<ClientSession>();

  private forDisplay(displayId: number): ClientSession[] {
    return [...this.sessions].filter((s) => s.displayId === displayId);
  }
  push(displayId: number, settings: DeviceSettings) {
    for (const s of this.forDisplay(displayId)) s.push({ type: 'device', settings });
  }
  /** A revoked device is cut off at once (it cannot reconnect: its token no longer authenticates). */
  disconnect(displayId: number) {
    for (const s of this.forDisplay(displayId)) s.close(CloseCode.Unauthorized, 'device revoked');
  }
  disconnectUser(userId: number) {
    for (const s of this.sessions) if (s.userId === userId) s.close(CloseCode.Unauthorized, 'account changed');
  }
  isOnline(displayId: number) {
    return this.forDisplay(displayId).some((s) => s.isLive);
  }

  closeAll(code: number = CloseCode.ServerShutdown, reason = 'server shutting down') {
    for (const s of this.sessions) s.close(code, reason);
    this.sessions.clear();
  }
}

export function mountRealtime(app: Hono<any>, deps: RealtimeDeps): SessionRegistry {
  const registry = new SessionRegistry();
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  app.get(
    '/ws',
    upgradeWebSocket((c) => {
      const authenticate = createAuthenticator(deps.auth, c);
      let session: ClientSession | null = null;
      return {
        onOpen(_event, ws) {
          const raw = ws.raw as WebSocket;
          session = new ClientSession(
            {
              send: (data) => ws.send(data),
              // Without permessage-deflate a frame is plain bytes: write the prepared batch straight to the
              // TCP socket, as ws itself would, instead of re-encoding and re-framing it per client.
              sendBatch: (batch) => {
                const tcp = (raw as unknown as { _socket?: import('node:net').Socket })._socket;
                if (raw.readyState === raw.OPEN && tcp?.writable && !raw.extensions) tcp.write(batch.wire());
                else for (const f of batch.frames) ws.send(f.text);
              },
              close: (code, reason) => ws.close(code, reason),
              bufferedAmount: () => raw.bufferedAmount,
            },
            { hub: deps.hub, authenticate, onStatus: deps.onStatus, deviceSettings: deps.deviceSettings, now: deps.now },
            limits,
          );
          registry.sessions.add(session);
        },
        onMessage(event) {
          if (typeof event.data !== 'string') return session?.close(CloseCode.BadMessage, 'text frames only');
          session?.onMessage(event.data);
        },
        onClose() {
          if (session) {
            session.dispose();
            registry.sessions.delete(session);
          }
        },
      };
    }),
  );
  return registry;
}
