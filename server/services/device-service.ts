/**
 * Displays and kiosks: pairing by a short code, settings an admin changes remotely, live status from
 * heartbeats, and revocation that disconnects at once.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { DeviceSettings } from '../../shared/protocol.ts';
import { AppError, badRequest, notFound } from '../domain/errors.ts';
import type { DisplayRow } from '../db/schema.ts';
import type { AuthService } from './auth-service.ts';
import type { ServiceDeps } from './deps.ts';

export const PAIRING_TTL_MS = 10 * 60_000;
const MAX_PENDING_PAIRINGS = 500;
// No 0/O, 1/I/L: codes are read off a TV across a room and typed by hand.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** How the service reaches live display sessions; implemented by the realtime layer. */
export interface DeviceChannel {
  push(displayId: number, settings: DeviceSettings): void;
  disconnect(displayId: number): void;
  isOnline(displayId: number): boolean;
}

export interface DeviceStatus {
  appVersion: string;
  screen: { w: number; h: number };
  audio: 'unlocked' | 'blocked' | 'muted';
  at: number;
}

interface Pairing {
  id: string;
  code: string;
  secret: string;
  expiresAt: number;
  result: { token: string; branchId: number; counterId: number | null; kind: DisplayRow['kind'] } | null;
}

export function settingsOf(d: DisplayRow): DeviceSettings {
  return {
    id: d.id,
    name: d.name,
    kind: d.kind,
    group: d.group,
    counterId: d.counterId,
    languages: d.languages,
    volume: d.volume,
    layout: d.layout,
    chime: d.chime,
    quietHours: d.quietHours ?? null,
  };
}

export type DevicePatch = Partial<Pick<DeviceSettings, 'name' | 'group' | 'languages' | 'volume' | 'layout' | 'chime' | 'quietHours'>> & {
  counterId?: number | null;
};

export interface DeviceHooks {
  /** A display moved to another group: what it should show (signage) may differ now. */
  groupChanged?(display: DisplayRow): void;
}

export function createDeviceService(deps: ServiceDeps, auth: AuthService, hooks: DeviceHooks = {}) {
  const pairings = new Map<string, Pairing>();
  const statuses = new Map<number, DeviceStatus>();
  let channel: DeviceChannel | null = null;

  function sweep() {
    const now = deps.now();
    for (const [id, p] of pairings) if (p.expiresAt <= now) pairings.delete(id);
  }

  function newCode(): string {
    const pick = () => Array.from({ length: 3 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    for (;;) {
      const code = `${pick()}-${pick()}`;
      if (![...pairings.values()].some((p) => p.code === code)) return code;
    }
  }

  function requireDevice(id: number): DisplayRow {
    const d = deps.repos.accounts.getDisplay(id);
    if (!d) throw notFound(`device ${id}`);
    return d;
  }

  return {
    connect(c: DeviceChannel) {
      channel = c;
    },

    /** A display without a token asks for a code to show; it polls with the secret until an admin pairs it. */
    startPairing() {
      sweep();
      if (pairings.size >= MAX_PENDING_PAIRINGS) throw new AppError(429, 'too_many_pairings', 'too many displays are pairing; try again in a few minutes');
      const pairing: Pairing = {
        id: randomBytes(12).toString('base64url'),
        code: newCode(),
        secret: randomBytes(24).toString('base64url'),
        expiresAt: deps.now() + PAIRING_TTL_MS,
        result: null,
      };
      pairings.set(pairing.id, pairing);
      return { pairingId: pairing.id, code: pairing.code, secret: pairing.secret, expiresAt: pairing.expiresAt };
    },

    /** Pending, or the device's token exactly once (then the pairing is gone). */
    pollPairing(id: string, secret: string) {
      sweep();
      const p = pairings.get(id);
      if (!p || p.secret !== secret) throw notFound('that pairing (it may have expired)');
      if (!p.result) return { status: 'pending' as const, expiresAt: p.expiresAt };
      pairings.delete(id);
      return { status: 'paired' as const, ...p.result };
    },

    /** An admin enters the code shown on the display: the device is created and its token handed over. */
    pair(branchId: number, input: { code: string; name: string; kind: DisplayRow['kind']; group?: string; counterId?: number | null; languages: string[]; volume?: number }) {
      sweep();
      const code = input.code.trim().toUpperCase().replace(/[^A-Z0-9]/g, '').replace(/^(.{3})(.{3})$/, '$1-$2');
      const pairing = [...pairings.values()].find((p) => p.code === code && !p.result);
      if (!pairing) throw new AppError(404, 'unknown_code', 'no display is showing that code (codes last 10 minutes)');
      if (input.kind === 'counter' && input.counterId == null) throw badRequest('counter_required', 'a counter display needs its counter');
      if (input.counterId != null && deps.repos.setup.getCounter(input.counterId)?.branchId !== branchId) {
        throw notFound(`counter ${input.counterId} in this branch`);
      }
      const { display, token } = auth.createDevice({ ...input, branchId });
      const withVolume = input.volume === undefined ? display : deps.repos.accounts.updateDisplay(display.id, { volume: input.volume })!;
      pairing.result = { token, branchId, counterId: display.counterId, kind: display.kind };
      return withVolume;
    },

    update(id: number, patch: DevicePatch) {
      const current = requireDevice(id);
      if (patch.counterId != null && deps.repos.setup.getCounter(patch.counterId)?.branchId !== current.branchId) {
        throw notFound(`counter ${patch.counterId} in this branch`);
      }
      const updated = deps.repos.accounts.updateDisplay(id, patch)!;
      channel?.push(id, settingsOf(updated));
      if (updated.group !== current.group) hooks.groupChanged?.(updated);
      return updated;
    },

    revoke(id: number) {
      requireDevice(id);
      const updated = deps.repos.accounts.updateDisplay(id, { revoked: true })!;
      channel?.disconnect(id);
      return updated;
    },

    recordStatus(displayId: number, status: Omit<DeviceStatus, 'at'>) {
      const at = deps.now();
      statuses.set(displayId, { ...status, at });
      deps.repos.accounts.updateDisplay(displayId, { lastSeenAt: at });
    },

    settings(displayId: number): DeviceSettings | null {
      const d = deps.repos.accounts.getDisplay(displayId);
      return d && !d.revoked ? settingsOf(d) : null;
    },

    list(branchId: number) {
      return deps.repos.accounts.listDisplays(branchId).map((d) => ({
        ...settingsOf(d),
        branchId: d.branchId,
        revoked: d.revoked,
        lastSeenAt: d.lastSeenAt,
        online: channel?.isOnline(d.id) ?? false,
        status: statuses.get(d.id) ?? null,
      }));
    },
  };
}

export type DeviceService = ReturnType<typeof createDeviceService>;
