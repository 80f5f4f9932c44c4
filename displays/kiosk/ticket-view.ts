/** An issued ticket as the screen and the printed slip show it: all text already in the visitor's language. */
import type { WireBranch, WireService } from '../../shared/model.ts';
import { formatTime, localizedName } from '../common/format.ts';
import { minutesRange } from '../common/wait-range.ts';
import type { KioskCatalog } from './i18n.ts';
import type { IssuedTicket } from './issue-ticket.ts';

export interface TicketView {
  code: string;
  serviceName: string;
  priority: boolean;
  ahead: number;
  /** Null when the server has no estimate yet: better no figure than a made-up one. */
  wait: string | null;
  /** Date and time of issue in the branch's zone. */
  issuedAt: string;
  branchName: string;
  /** QR image (data URL) of the phone link. */
  qr: string;
}

export function ticketView(
  issued: IssuedTicket,
  branch: WireBranch,
  service: WireService | undefined,
  lang: string,
  qr: string,
  c: KioskCatalog,
): TicketView {
  const { ticket, stats, ahead } = issued;
  const at = ticket.createdAt;
  return {
    code: ticket.code,
    serviceName: service ? localizedName(service.names, lang, branch.languages) : '',
    priority: ticket.priority === 'priority',
    ahead,
    wait: ahead === 0 ? c.noWait : minutesRange(stats.estimateMin, stats.estimateMax, c.min),
    issuedAt: `${formatTime(at, lang, branch.timezone, 'date')} · ${formatTime(at, lang, branch.timezone, 'time')}`,
    branchName: branch.name,
    qr,
  };
}
