/** The call-next rule lives in shared/ (pure), so the staff console ranks tickets exactly as the server picks them. */
export { callScore, pickNext, rankForCall, PRIORITY_BOOST_MS, SERVICE_STEP_MS, COUNTER_TRANSFER_BOOST_MS } from '../../shared/call-next.ts';
export type { CallCandidate, CallingCounter } from '../../shared/call-next.ts';
