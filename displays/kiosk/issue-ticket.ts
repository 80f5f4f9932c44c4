/** Issues a kiosk ticket over HTTP and turns every failure into the sentence the visitor should read. */
import type { PriorityClass, ServiceStats, WireTicket } from '../../shared/model.ts';
import { requestJson } from '../common/api-client.ts';
import type { KioskMessageKey } from './i18n.ts';

export interface IssueRequest {
  serviceId: number;
  priority: PriorityClass;
  language: string;
}

export interface IssuedTicket {
  ticket: WireTicket;
  phoneToken: string;
  ahead: number;
  /** The estimate for this ticket (the people ahead of it), not the whole queue's. */
  stats: ServiceStats;
}

export type IssueOutcome = { ok: true; issued: IssuedTicket } | { ok: false; reason: KioskMessageKey };

export type IssueTicket = (request: IssueRequest) => Promise<IssueOutcome>;

export function ticketIssuer(branchId: number, deviceToken: string): IssueTicket {
  return async (request) => {
    const result = await requestJson<IssuedTicket>(`/api/branches/${branchId}/tickets`, {
      method: 'POST',
      bearer: deviceToken,
      body: request,
    });
    if (result.ok) return { ok: true, issued: result.body };
    return { ok: false, reason: failureReason(result.status, result.code) };
  };
}

export function failureReason(status: number, code: string): KioskMessageKey {
  if (status === 0) return 'errorNetwork';
  if (code === 'service_closed') return 'errorClosed';
  if (code === 'service_inactive') return 'errorInactive';
  if (status === 404) return 'errorGone';
  if (status === 401 || status === 403) return 'errorRefused';
  if (status === 429 || status === 503) return 'errorBusy';
  return 'errorUnknown';
}
