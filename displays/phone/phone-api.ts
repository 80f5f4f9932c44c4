/** The phone's HTTP contract: its own ticket by token, "I'm leaving", and remote joining; replies checked at the edge. */
import * as z from 'zod/mini';
import { Language, LocalizedText, ServiceStats, WireBranch, WireTicket } from '../../shared/model.ts';
import { requestJson, type ApiResult } from '../common/api-client.ts';

const Estimate = z.nullable(z.object({ min: z.number(), max: z.number() }));

export const PhoneView = z.object({
  ticket: WireTicket,
  branch: WireBranch,
  service: z.object({ id: z.int(), prefix: z.string(), names: LocalizedText }),
  ahead: z.int(),
  estimate: Estimate,
  counter: z.nullable(z.object({ id: z.int(), name: z.string(), number: z.int() })),
  serverTime: z.number(),
});
export type PhoneView = z.infer<typeof PhoneView>;

export const JoinOptions = z.object({
  branch: WireBranch,
  services: z.array(
    z.object({
      id: z.int(),
      prefix: z.string(),
      names: LocalizedText,
      openNow: z.boolean(),
      waiting: z.int(),
      estimate: Estimate,
    }),
  ),
});
export type JoinOptions = z.infer<typeof JoinOptions>;
export type JoinableService = JoinOptions['services'][number];

const Joined = z.object({ ticket: WireTicket, phoneToken: z.string(), ahead: z.int(), stats: ServiceStats });
export type Joined = z.infer<typeof Joined>;

const Left = z.object({ ticket: WireTicket });

/** A reply that does not match the contract is reported like any other failure, never rendered half-parsed. */
async function checked<T>(schema: z.ZodMiniType<T>, pending: Promise<ApiResult<unknown>>): Promise<ApiResult<T>> {
  const result = await pending;
  if (!result.ok) return result;
  const parsed = schema.safeParse(result.body);
  if (parsed.success) return { ok: true, status: result.status, body: parsed.data };
  return { ok: false, status: result.status, code: 'bad_reply', message: parsed.error.issues[0]?.message ?? 'unexpected reply' };
}

const path = (token: string) => `/api/phone/${encodeURIComponent(token)}`;

export const fetchTicket = (token: string) => checked(PhoneView, requestJson(path(token)));

export const leaveQueue = (token: string) => checked(Left, requestJson(`${path(token)}/leave`, { method: 'POST' }));

export const fetchJoinOptions = (branchId: number) => checked(JoinOptions, requestJson(`/api/branches/${branchId}/join`));

export const joinQueue = (branchId: number, serviceId: number, language: Language) =>
  checked(Joined, requestJson(`/api/branches/${branchId}/join`, { method: 'POST', body: { serviceId, language } }));
