/**
 * Ticket numbering: per service, per local day of the branch, 001–999, wrapping to 001 and
 * skipping any number whose code is still held by an active ticket.
 */
import { conflict } from './errors.ts';

export const MAX_TICKET_NUMBER = 999;

// Building a DateTimeFormat costs far more than using one; there are only a few zones per install.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The branch-local calendar day (YYYY-MM-DD) of an instant; numbering restarts when it changes. */
export function localDay(at: number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD; Intl applies the zone's DST rules for that instant.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The number after `last` (0 when the day has none yet), skipping numbers still in use.
 * Throws `queue_full` when all 999 codes of the service are held by active tickets.
 */
export function nextTicketNumber(last: number, inUse: (n: number) => boolean): number {
  for (let step = 1; step <= MAX_TICKET_NUMBER; step++) {
    const candidate = ((last + step - 1) % MAX_TICKET_NUMBER) + 1;
    if (!inUse(candidate)) return candidate;
  }
  throw conflict('queue_full', 'every ticket number of this service is held by a waiting or active ticket');
}

export function ticketCode(prefix: string, number: number): string {
  return `${prefix}${String(number).padStart(3, '0')}`;
}
