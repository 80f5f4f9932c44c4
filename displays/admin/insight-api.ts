/** The admin's typed calls for insight: reports, staffing, roster and the service-level target. */
import { ApiError, apiRequest } from '../common/console-api.ts';

export interface Distribution { count: number; mean: number | null; median: number | null; p90: number | null }
export interface ReportFigures {
  issued: number; served: number; noShows: number; cancelled: number;
  servedRate: number | null; noShowRate: number | null; cancelRate: number | null;
  wait: Distribution; serviceTime: Distribution; withinTarget: number | null;
  estimate: { count: number; maeMin: number | null; withinRange: number | null };
  satisfaction: { count: number; mean: number | null; distribution: number[] };
  arrivals: number[][];
}
export interface ReportQuery { from: string; to: string; serviceId?: number; counterId?: number; userId?: number }
export interface Shift { weekday: number; from: string; to: string; counters: number }
export interface Target { level: number; waitMin: number }
export interface Staffing {
  intervalMin: number; target: Target; meanServiceMin: number;
  backtest: { days: number; intervals: number; mae: number; wape: number | null };
  intervals: { start: number; expected: number; needed: number; rostered: number; gap: number }[];
}

export function reportQueryString(q: ReportQuery): string {
  const p = new URLSearchParams({ from: q.from, to: q.to });
  for (const k of ['serviceId', 'counterId', 'userId'] as const) if (q[k]) p.set(k, String(q[k]));
  return p.toString();
}

export const getReport = (branchId: number, q: ReportQuery) =>
  apiRequest<{ figures: ReportFigures; timezone: string }>('GET', `/branches/${branchId}/reports?${reportQueryString(q)}`);
export const getStaffing = (branchId: number, days: number, interval: 30 | 60) =>
  apiRequest<Staffing>('GET', `/branches/${branchId}/staffing?days=${days}&interval=${interval}`);
export const getRoster = (branchId: number) => apiRequest<{ shifts: Shift[] }>('GET', `/branches/${branchId}/roster`);
export const getTarget = (branchId: number) => apiRequest<Target>('GET', `/branches/${branchId}/service-level`);

/** PUT is not among the console's verbs; same headers (CSRF included) and error shape. */
async function put<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`/api${path}`, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'content-type': 'application/json', 'x-callboard-csrf': '1' },
    body: JSON.stringify(body),
  });
  const payload = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiError(res.status, payload?.error?.code ?? 'http_error', payload?.error?.message ?? `The server answered ${res.status}.`);
  return payload as T;
}

export const saveRoster = (branchId: number, shifts: Shift[]) => put<{ shifts: Shift[] }>(`/branches/${branchId}/roster`, { shifts });
export const saveTarget = (branchId: number, target: Target) => put<Target>(`/branches/${branchId}/service-level`, target);
