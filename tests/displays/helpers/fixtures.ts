/** Small, valid wire objects for display tests; override only what a test is about. */
import type { BranchSnapshot, CallRecord, WireTicket } from '../../../shared/model.ts';
import { PROTOCOL_VERSION, type QueueEvent, type ServerMessage } from '../../../shared/protocol.ts';

export function makeSnapshot(overrides: Partial<BranchSnapshot> = {}): BranchSnapshot {
  return {
    branch: {
      id: 7,
      name: 'Central Library',
      timezone: 'Europe/Madrid',
      languages: ['en', 'es'],
      theme: { primary: '#1f6feb', background: '#0d1b2a', text: '#ffffff', logoUrl: null },
      ticker: '',
    },
    services: [{ id: 1, prefix: 'A', names: { en: 'General' }, targetWaitMin: 10, active: true, openingHours: null }],
    counters: [{ id: 3, name: 'Counter 3', number: 3, status: 'open', pauseReason: null, serviceIds: [1] }],
    tickets: [],
    recentCalls: [],
    stats: [{ serviceId: 1, waiting: 0, estimateMin: null, estimateMax: null }],
    ...overrides,
  };
}

export function makeTicket(id: number, overrides: Partial<WireTicket> = {}): WireTicket {
  return {
    id,
    code: `A${String(id).padStart(3, '0')}`,
    serviceId: 1,
    status: 'waiting',
    priority: 'normal',
    channel: 'kiosk',
    language: null,
    effectiveAt: 0,
    createdAt: 0,
    counterId: null,
    targetCounterId: null,
    calledAt: null,
    recallCount: 0,
    ...overrides,
  };
}

export function makeCall(callId: number, at: number, overrides: Partial<CallRecord> = {}): CallRecord {
  return {
    callId,
    ticketId: callId,
    code: `A${String(callId).padStart(3, '0')}`,
    serviceId: 1,
    counterId: 3,
    counterName: 'Counter 3',
    counterNumber: 3,
    language: null,
    at,
    recall: false,
    ...overrides,
  };
}

export function snapshotMessage(epoch: string, seq: number, serverTime: number, state = makeSnapshot()): ServerMessage {
  return { type: 'snapshot', v: PROTOCOL_VERSION, epoch, seq, serverTime, state };
}

export function eventMessage(seq: number, event: QueueEvent, at = 0): ServerMessage {
  return { type: 'events', seq, at, events: [event] };
}

export function issued(id: number): QueueEvent {
  return { kind: 'ticket_issued', ticket: makeTicket(id) };
}
