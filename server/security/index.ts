/** Security settings of one app: login lockout and per-IP limits on the public endpoints, with defaults. */
import { DEFAULT_LOGIN_THROTTLE, type LoginThrottleOptions } from './login-throttle.ts';
import type { WindowLimit } from './rate-limit.ts';

export interface SecurityOptions {
  login: LoginThrottleOptions;
  /** Per IP; generous, because one waiting room's phones can share one NAT address. */
  publicLimits: { pairing: WindowLimit; join: WindowLimit; phone: WindowLimit };
}

export const DEFAULT_SECURITY: SecurityOptions = {
  login: DEFAULT_LOGIN_THROTTLE,
  publicLimits: {
    pairing: { max: 30, windowMs: 60_000 },
    join: { max: 60, windowMs: 60_000 },
    phone: { max: 1200, windowMs: 60_000 },
  },
};

export function securityOptions(partial: Partial<SecurityOptions> = {}): SecurityOptions {
  return {
    login: { ...DEFAULT_SECURITY.login, ...partial.login },
    publicLimits: { ...DEFAULT_SECURITY.publicLimits, ...partial.publicLimits },
  };
}
