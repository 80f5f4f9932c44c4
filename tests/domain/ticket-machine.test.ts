import { describe, expect, it } from 'vitest';
import { TICKET_STATUSES, type TicketStatus } from '../../shared/model.ts';
import { AppError } from '../../server/domain/errors.ts';
import { applyAction, transferEffectiveAt, type TicketAction } from '../../server/domain/ticket-machine.ts';

const NOW = 5_000_000;
const base = { serviceId: 1, counterId: 7, targetCounterId: null, effectiveAt: 1_000, recallCount: 0 };
const ACTIONS: TicketAction[] = [
  { type: 'call', counterId: 3 },
  { type: 'recall' },
  { type: 'start' },
  { type: 'finish', outcome: 'resolved', note: null },
  { type: 'no_show' },
  { type: 'cancel' },
  { type: 'transfer', serviceId: 2, counterId: null, effectiveAt: 4_000 },
  { type: 'park' },
  { type: 'unpark' },
];

/** The whole table of legal moves: [from, action] → to. Everything else must be refused. */
const LEGAL: Record<string, TicketStatus> = {
  'waiting:call': 'called',
  'transferred:call': 'called',
  'parked:call': 'called',
  'called:recall': 'called',
  'called:start': 'serving',
  'called:finish': 'done',
  'serving:finish': 'done',
  'called:no_show': 'no_show',
  'waiting:cancel': 'cancelled',
  'transferred:cancel': 'cancelled',
  'parked:cancel': 'cancelled',
  'called:cancel': 'cancelled',
  'waiting:transfer': 'transferred',
  'transferred:transfer': 'transferred',
  'called:transfer': 'transferred',
  'serving:transfer': 'transferred',
  'parked:transfer': 'transferred',
  'called:park': 'parked',
  'serving:park': 'parked',
  'parked:unpark': 'waiting',
};

describe('ticket state machine', () => {
  for (const from of TICKET_STATUSES) {
    for (const action of ACTIONS) {
      const to = LEGAL[`${from}:${action.type}`];
      if (to) {
        it(`${action.type} moves a ${from} ticket to ${to}`, () => {
          expect(applyAction({ ...base, status: from }, action, NOW).status).toBe(to);
        });
      } else {
        it(`${action.type} on a ${from} ticket is a 409 illegal_transition`, () => {
          let error: unknown;
          try {
            applyAction({ ...base, status: from }, action, NOW);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).status).toBe(409);
          expect((error as AppError).code).toBe('illegal_transition');
        });
      }
    }
  }

  it('stamps the time of each step and counts recalls', () => {
    expect(applyAction({ ...base, status: 'waiting' }, { type: 'call', counterId: 3 }, NOW)).toMatchObject({ counterId: 3, calledAt: NOW });
    expect(applyAction({ ...base, status: 'called', recallCount: 2 }, { type: 'recall' }, NOW)).toMatchObject({ recallCount: 3, calledAt: NOW });
    expect(applyAction({ ...base, status: 'called' }, { type: 'start' }, NOW)).toMatchObject({ servingAt: NOW });
    expect(applyAction({ ...base, status: 'serving' }, { type: 'finish', outcome: 'ok', note: 'n' }, NOW)).toMatchObject({ finishedAt: NOW, outcome: 'ok', note: 'n' });
    expect(applyAction({ ...base, status: 'called' }, { type: 'park' }, NOW)).toMatchObject({ parkedAt: NOW });
  });

  it('a transfer re-queues with the new service, target counter and ordering time', () => {
    const patch = applyAction({ ...base, status: 'serving' }, { type: 'transfer', serviceId: 2, counterId: 9, effectiveAt: 4_000 }, NOW);
    expect(patch).toMatchObject({ status: 'transferred', serviceId: 2, targetCounterId: 9, effectiveAt: 4_000 });
  });

  it('transfer to the back means arriving now; to the front means just ahead of the earliest queued ticket', () => {
    expect(transferEffectiveAt('back', 100, NOW)).toBe(NOW);
    expect(transferEffectiveAt('front', 100, NOW)).toBe(99);
    expect(transferEffectiveAt('front', null, NOW)).toBe(NOW);
  });
});
