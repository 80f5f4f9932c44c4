/** Keeps a display's last known branch state in localStorage so a board rebooted offline still shows it. */
import { BranchSnapshot } from '../../shared/model.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface CachedState {
  epoch: string;
  seq: number;
  state: BranchSnapshot;
  /** Local time of the last applied message, to tell viewers how old the picture is. */
  savedAt: number;
}

const keyFor = (branchId: number) => `callboard:state:${branchId}`;

export function loadCachedState(store: KeyValueStore | null, branchId: number): CachedState | null {
  const raw = safely(() => store?.getItem(keyFor(branchId)) ?? null);
  if (!raw) return null;
  try {
    const data = JSON.parse(raw) as Partial<CachedState> & { v?: unknown };
    // A cache written by another protocol version may not match today's shapes: start clean instead.
    if (data.v !== PROTOCOL_VERSION || typeof data.epoch !== 'string' || typeof data.seq !== 'number') return null;
    const state = BranchSnapshot.safeParse(data.state);
    if (!state.success || state.data.branch.id !== branchId) return null;
    return { epoch: data.epoch, seq: data.seq, state: state.data, savedAt: Number(data.savedAt) || 0 };
  } catch {
    return null;
  }
}

export function saveCachedState(store: KeyValueStore | null, branchId: number, cached: CachedState): void {
  // A full or disabled storage must never break the live display.
  safely(() => store?.setItem(keyFor(branchId), JSON.stringify({ v: PROTOCOL_VERSION, ...cached })));
}

export function clearCachedState(store: KeyValueStore | null, branchId: number): void {
  safely(() => store?.removeItem(keyFor(branchId)));
}

function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
