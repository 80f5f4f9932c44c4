/** Remembers which branch and counter this browser works at, per user, so a reload lands back at the desk. */
import type { KeyValueStore } from '../common/state-cache.ts';

export interface DeskChoice {
  branchId: number;
  counterId: number | null;
}

const key = (userId: number) => `callboard:staff:desk:${userId}`;
const defaultStore = (): KeyValueStore | null => globalThis.localStorage ?? null;

export function loadChoice(userId: number, store = defaultStore()): DeskChoice | null {
  try {
    const raw = JSON.parse(store?.getItem(key(userId)) ?? 'null') as Partial<DeskChoice> | null;
    if (!raw || !Number.isInteger(raw.branchId)) return null;
    return { branchId: raw.branchId!, counterId: Number.isInteger(raw.counterId) ? raw.counterId! : null };
  } catch {
    return null;
  }
}

export function saveChoice(userId: number, choice: DeskChoice, store = defaultStore()): void {
  try {
    store?.setItem(key(userId), JSON.stringify(choice));
  } catch {
    // Private mode or a full quota: the choice is only lost on the next reload.
  }
}
