/** The connection's public vocabulary: the link's state, the device's status, and the updates it publishes. */
import type { BranchSnapshot } from '../../shared/model.ts';
import type { ClientMessage, DeviceSettings, QueueEvent } from '../../shared/protocol.ts';

export type LinkStatus = 'connecting' | 'online' | 'offline' | 'refused';

export interface LinkState {
  status: LinkStatus;
  /** True whenever the state on screen is not confirmed live by the server. */
  stale: boolean;
  /** The server's close code while it refuses this display (status 'refused'). */
  refusedCode: number | null;
  /** Local time the server last confirmed or changed the state; null before any state. */
  lastUpdateAt: number | null;
}

export type DeviceStatus = Omit<Extract<ClientMessage, { type: 'status' }>, 'type'>;

export type ConnectionUpdate =
  | { kind: 'state'; state: BranchSnapshot; cause: 'restored' | 'snapshot' | 'event' }
  /** `catchUp`: replayed after a resume rather than happening now. */
  | { kind: 'event'; event: QueueEvent; seq: number; at: number; catchUp: boolean }
  | { kind: 'link'; link: LinkState }
  /** Server time minus local time, in ms. */
  | { kind: 'clock'; offsetMs: number }
  /** The display's own settings as the admin set them (P14). */
  | { kind: 'device'; settings: DeviceSettings }
  /** P15: the display's signage manifest changed; fetch it if the rev is new. */
  | { kind: 'content'; rev: string };
