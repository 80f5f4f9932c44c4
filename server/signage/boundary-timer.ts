/** One timer per branch, armed for the next schedule boundary or takeover expiry, that pushes displays a new rev. */
import type { SignageService } from './signage-service.ts';

const MAX_DELAY_MS = 6 * 60 * 60_000;

export function createBoundaryTimers(signage: SignageService, deps: { now: () => number; branchIds: () => number[]; groupsOf: (branchId: number) => string[] }) {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();

  function nextAt(branchId: number): number | null {
    let next: number | null = null;
    for (const group of deps.groupsOf(branchId)) {
      const m = signage.preview(branchId, group, deps.now());
      const candidates = [m.segments[1]?.from, m.takeover?.until ?? undefined].filter((t): t is number => t !== undefined);
      for (const t of candidates) if (next === null || t < next) next = t;
    }
    return next;
  }

  function arm(branchId: number) {
    clearTimeout(timers.get(branchId));
    timers.delete(branchId);
    const at = nextAt(branchId);
    // Re-armed at least every few hours, so a clock jump or a missed boundary heals itself.
    const delay = Math.min(Math.max(at === null ? MAX_DELAY_MS : at - deps.now(), 0), MAX_DELAY_MS);
    const timer = setTimeout(() => {
      timers.delete(branchId);
      signage.changed(branchId); // re-arms through onChange
    }, delay);
    timer.unref?.();
    timers.set(branchId, timer);
  }

  const unsubscribe = signage.onChange(arm);
  for (const id of deps.branchIds()) arm(id);

  return {
    arm,
    close() {
      unsubscribe();
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}
