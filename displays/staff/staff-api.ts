/** The staff console's typed calls to /api: branches, queue actions, counter status and announcements. */
import type { CounterStatus, WireBranch, WireCounter, WireTicket } from '../../shared/model.ts';
import type { Announcement } from '../../shared/protocol.ts';
import { apiRequest } from '../common/console-api.ts';

export type StaffBranch = WireBranch & { speechOutput: 'display' | 'server'; allowRemoteJoin: boolean };

export interface SavedAnnouncement {
  id: number;
  branchId: number;
  title: string;
  text: string;
  language: string;
}

export interface AnnounceInput {
  text?: string;
  savedId?: number;
  language?: string;
  /** Omitted: the whole branch. */
  group?: string;
}

export interface TransferInput {
  serviceId?: number;
  counterId?: number;
  position: 'front' | 'back';
}

/** Every per-ticket route, with the body it takes. */
export type TicketAction =
  | { type: 'recall' | 'start' | 'no-show' | 'cancel' | 'park' | 'unpark' }
  | { type: 'call'; counterId: number }
  | { type: 'finish'; outcome: string | null; note: string | null }
  | ({ type: 'transfer' } & TransferInput);

export const listBranches = async () => (await apiRequest<{ branches: StaffBranch[] }>('GET', '/branches')).branches;

/** Null when nobody waits for the counter's services. */
export const callNext = async (counterId: number) =>
  (await apiRequest<{ ticket: WireTicket | null }>('POST', `/counters/${counterId}/call-next`)).ticket;

export async function ticketAction(ticketId: number, action: TicketAction): Promise<WireTicket> {
  const { type, ...body } = action;
  const hasBody = type === 'call' || type === 'finish' || type === 'transfer';
  return (await apiRequest<{ ticket: WireTicket }>('POST', `/tickets/${ticketId}/${type}`, hasBody ? body : undefined)).ticket;
}

export const setCounterStatus = async (counterId: number, status: CounterStatus, reason: string | null = null) =>
  (await apiRequest<{ counter: WireCounter }>('POST', `/counters/${counterId}/status`, { status, reason })).counter;

export const listSavedAnnouncements = async (branchId: number) =>
  (await apiRequest<{ saved: SavedAnnouncement[] }>('GET', `/branches/${branchId}/saved-announcements`)).saved;

export const announce = async (branchId: number, input: AnnounceInput) =>
  (await apiRequest<{ announcement: Announcement }>('POST', `/branches/${branchId}/announcements`, input)).announcement;
