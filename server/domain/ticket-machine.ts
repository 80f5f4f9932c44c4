/**
 * The ticket lifecycle as a pure state machine: waiting → called → serving → done | no_show | cancelled,
 * plus transferred (queued again elsewhere) and parked (set aside by staff). Each action lists the
 * states it may start from; anything else is a 409 `illegal_transition`, never a silent no-op.
 */
import type { TicketStatus } from '../../shared/model.ts';
import { conflict } from './errors.ts';

export type TicketAction =
  | { type: 'call'; counterId: number }
  | { type: 'recall' }
  | { type: 'start' }
  | { type: 'finish'; outcome: string | null; note: string | null }
  | { type: 'no_show' }
  | { type: 'cancel' }
  | { type: 'transfer'; serviceId: number; counterId: number | null; effectiveAt: number }
  | { type: 'park' }
  | { type: 'unpark' };

export type ActionType = TicketAction['type'];

export const ALLOWED_FROM: Record<ActionType, readonly TicketStatus[]> = {
  call: ['waiting', 'transferred', 'parked'],
  recall: ['called'],
  start: ['called'],
  finish: ['called', 'serving'],
  no_show: ['called'],
  cancel: ['waiting', 'transferred', 'parked', 'called'],
  transfer: ['waiting', 'transferred', 'called', 'serving', 'parked'],
  park: ['called', 'serving'],
  unpark: ['parked'],
};

export interface MachineTicket {
  status: TicketStatus;
  serviceId: number;
  counterId: number | null;
  targetCounterId: number | null;
  effectiveAt: number;
  recallCount: number;
}

/** The columns a transition changes; timestamps are the caller's `now`. */
export interface TicketPatch {
  status: TicketStatus;
  serviceId?: number;
  counterId?: number | null;
  targetCounterId?: number | null;
  effectiveAt?: number;
  recallCount?: number;
  calledAt?: number;
  servingAt?: number;
  finishedAt?: number;
  parkedAt?: number | null;
  outcome?: string | null;
  note?: string | null;
}

export function canApply(status: TicketStatus, action: ActionType): boolean {
  return ALLOWED_FROM[action].includes(status);
}

export function applyAction(ticket: MachineTicket, action: TicketAction, now: number): TicketPatch {
  if (!canApply(ticket.status, action.type)) {
    throw conflict(
      'illegal_transition',
      `cannot ${action.type.replace('_', '-')} a ticket that is ${ticket.status.replace('_', '-')}`,
    );
  }
  switch (action.type) {
    case 'call':
      return { status: 'called', counterId: action.counterId, targetCounterId: null, calledAt: now, parkedAt: null };
    case 'recall':
      return { status: 'called', recallCount: ticket.recallCount + 1, calledAt: now };
    case 'start':
      return { status: 'serving', servingAt: now };
    case 'finish':
      return { status: 'done', finishedAt: now, outcome: action.outcome, note: action.note };
    case 'no_show':
      return { status: 'no_show', finishedAt: now };
    case 'cancel':
      return { status: 'cancelled', finishedAt: now };
    case 'transfer':
      return {
        status: 'transferred',
        serviceId: action.serviceId,
        targetCounterId: action.counterId,
        effectiveAt: action.effectiveAt,
        parkedAt: null,
      };
    case 'park':
      return { status: 'parked', parkedAt: now };
    case 'unpark':
      return { status: 'waiting', parkedAt: null, counterId: null };
  }
}

/**
 * Where a transferred ticket sorts in its new queue: the back is "arrived now"; the front is just
 * ahead of the earliest ticket already queued there (or now, when that queue is empty).
 */
export function transferEffectiveAt(position: 'front' | 'back', earliestQueued: number | null, now: number): number {
  if (position === 'back') return now;
  return earliestQueued === null ? now : Math.min(now, earliestQueued - 1);
}
