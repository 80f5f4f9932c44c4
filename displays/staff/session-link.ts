/**
 * A branch connection for a logged-in browser: the shared reconnecting Connection, authenticated by
 * the session cookie (sent with the upgrade request) instead of a device token.
 */
import { Connection } from '../common/connection.ts';

export function openSessionLink(branchId: number): Connection {
  // No offline cache: a staff member must act on the live queue, never on a remembered one.
  return new Connection({ auth: { kind: 'session' }, branchId, storage: null });
}
