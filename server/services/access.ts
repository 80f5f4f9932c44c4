/** Branch scoping: which branches an actor may act in. Roles per route are checked at the HTTP edge. */
import { forbidden } from '../domain/errors.ts';
import type { Actor } from './deps.ts';

export function canAccessBranch(actor: Actor, branchId: number): boolean {
  switch (actor.kind) {
    case 'system':
      return true;
    case 'user':
      // An admin, or staff without a home branch, works everywhere; other staff only in their branch.
      return actor.user.role === 'admin' || actor.user.branchId === null || actor.user.branchId === branchId;
    case 'device':
      return actor.display.branchId === branchId;
    case 'phone':
      return false;
  }
}

export function assertBranchAccess(actor: Actor, branchId: number): void {
  if (!canAccessBranch(actor, branchId)) throw forbidden('you cannot act in this branch');
}

/** A phone may only cancel its own ticket ("I'm leaving"); everyone else is scoped by branch. */
export function assertTicketAccess(actor: Actor, ticket: { id: number; branchId: number }, action: string): void {
  if (actor.kind === 'phone') {
    if (actor.ticketId !== ticket.id || action !== 'cancel') throw forbidden('a phone can only leave its own queue');
    return;
  }
  assertBranchAccess(actor, ticket.branchId);
}
