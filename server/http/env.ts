/** The Hono environment shared by every route: the resolved actor of the request. */
import type { Actor } from '../services/deps.ts';

export type Env = { Variables: { actor: Actor | null } };
