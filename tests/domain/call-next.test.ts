import { describe, expect, it } from 'vitest';
import { PRIORITY_BOOST_MS, SERVICE_STEP_MS, pickNext, type CallCandidate } from '../../server/domain/call-next.ts';

const MIN = 60_000;
const NOW = 1_000 * MIN;
const counter = { id: 1, serviceIds: [10, 20] };
let nextId = 1;
const ticket = (serviceId: number, waitedMin: number, extra: Partial<CallCandidate> = {}): CallCandidate => ({
  id: nextId++,
  serviceId,
  priority: 'normal',
  effectiveAt: NOW - waitedMin * MIN,
  targetCounterId: null,
  ...extra,
});

describe('call-next rule', () => {
  it('returns null when nothing the counter serves is waiting', () => {
    expect(pickNext([], counter, NOW)).toBeNull();
    expect(pickNext([ticket(30, 50)], counter, NOW)).toBeNull();
  });

  it('calls the longest-waiting ticket of one service first (first come, first served)', () => {
    const a = ticket(10, 5);
    const b = ticket(10, 9);
    expect(pickNext([a, b], counter, NOW)).toBe(b);
  });

  it('breaks exact ties by the earlier effective time, then the lower id', () => {
    const first = ticket(10, 5);
    const second = ticket(10, 5);
    expect(pickNext([second, first], counter, NOW)).toBe(first);
  });

  it("prefers the counter's first service when waits are similar", () => {
    const second = ticket(20, 8);
    const first = ticket(10, 2);
    expect(pickNext([second, first], counter, NOW)).toBe(first);
  });

  it('ages: a later service overtakes once it has waited SERVICE_STEP longer, so no service starves', () => {
    const first = ticket(10, 2);
    const justUnder = ticket(20, 2 + SERVICE_STEP_MS / MIN - 1);
    const over = ticket(20, 2 + SERVICE_STEP_MS / MIN + 1);
    expect(pickNext([first, justUnder], counter, NOW)).toBe(first);
    expect(pickNext([first, over], counter, NOW)).toBe(over);
  });

  it('gives the priority class a head start of PRIORITY_BOOST, not an absolute pass', () => {
    const normal = ticket(10, 10);
    const priorityShort = ticket(10, 1, { priority: 'priority' });
    expect(pickNext([normal, priorityShort], counter, NOW)).toBe(priorityShort);
    const normalLong = ticket(10, 1 + PRIORITY_BOOST_MS / MIN + 5);
    expect(pickNext([normalLong, priorityShort], counter, NOW)).toBe(normalLong);
  });

  it('calls a ticket transferred to this counter before its queues, and never one sent to another counter', () => {
    const mine = ticket(99, 0, { targetCounterId: 1 });
    const other = ticket(10, 100, { targetCounterId: 2 });
    const queued = ticket(10, 60);
    expect(pickNext([queued, mine, other], counter, NOW)).toBe(mine);
    expect(pickNext([other], counter, NOW)).toBeNull();
  });
});
