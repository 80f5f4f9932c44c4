/** Wires signage into an app: the media store, the service, its routes and the boundary timers. */
import type { AuthService } from '../services/auth-service.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { signageRoutes } from '../http/signage-routes.ts';
import { signageUploadRoutes } from '../http/signage-upload-routes.ts';
import { createBoundaryTimers } from './boundary-timer.ts';
import { createMediaStore } from './media-store.ts';
import { createSignageService } from './signage-service.ts';

export function createSignage(deps: ServiceDeps, auth: AuthService, options: { dataDir?: string; speak?: (branchId: number, text: string, group: string | null) => void }) {
  const store = options.dataDir ? createMediaStore(options.dataDir) : null;
  const service = createSignageService(deps, store, options.speak);
  const boards = (branchId: number) => deps.repos.accounts.listDisplays(branchId).filter((d) => d.kind === 'board' && !d.revoked);
  const timers = createBoundaryTimers(service, {
    now: deps.now,
    branchIds: () => deps.repos.setup.listBranches().map((b) => b.id),
    groupsOf: (branchId) => [...new Set(boards(branchId).map((d) => d.group))],
  });
  return {
    service,
    /** Mount before the /api body limit: the upload has its own. */
    publicRoutes: signageUploadRoutes(service, store, auth),
    apiRoutes: signageRoutes(service),
    close: () => timers.close(),
  };
}

export type Signage = ReturnType<typeof createSignage>;
