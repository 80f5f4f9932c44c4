/** What a staff member can ask of the queue, which of those need a "are you sure", and how each reaches the server. */
import type { CounterStatus, WireTicket } from '../../shared/model.ts';
import type { ConfirmRequest } from '../common/cb-confirm-dialog.ts';
import { callNext, setCounterStatus, ticketAction, type TicketAction } from './staff-api.ts';

export type StaffAction =
  | { kind: 'call-next' }
  | { kind: 'ticket'; ticket: WireTicket; action: TicketAction }
  | { kind: 'status'; status: CounterStatus; reason: string | null };

/** The destructive actions: a visitor loses their place, or the counter stops serving. */
export function confirmationFor(action: StaffAction, counterName: string): ConfirmRequest | null {
  if (action.kind === 'ticket' && action.action.type === 'no-show') {
    const code = action.ticket.code;
    return { title: `Mark ${code} as no-show?`, body: `${code} leaves the queue and cannot be called again.`, confirmLabel: 'Mark no-show' };
  }
  if (action.kind === 'ticket' && action.action.type === 'cancel') {
    const code = action.ticket.code;
    return { title: `Cancel ${code}?`, body: `${code} leaves the queue for good. The visitor needs a new ticket.`, confirmLabel: 'Cancel ticket' };
  }
  if (action.kind === 'status' && action.status === 'closed') {
    return {
      title: `Close ${counterName}?`,
      body: 'The ticket at this counter is finished and the screens show the counter as closed.',
      confirmLabel: 'Close counter',
    };
  }
  return null;
}

/** Runs the action; resolves with a sentence to show when the outcome is not visible otherwise. */
export async function perform(action: StaffAction, counterId: number): Promise<string | null> {
  switch (action.kind) {
    case 'call-next': {
      const ticket = await callNext(counterId);
      return ticket ? null : 'Nobody is waiting for the services of this counter.';
    }
    case 'ticket':
      await ticketAction(action.ticket.id, action.action);
      return null;
    case 'status':
      await setCounterStatus(counterId, action.status, action.reason);
      return null;
  }
}

/** Lets any element below the console ask for an action without knowing how it is carried out. */
export function requestAction(from: HTMLElement, action: StaffAction): void {
  from.dispatchEvent(new CustomEvent('cb-staff-action', { detail: action, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'cb-staff-action': CustomEvent<StaffAction>;
  }
}
