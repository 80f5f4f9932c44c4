/** Admin management of staff and admin accounts. */
import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../domain/errors.ts';
import type { AuthService } from '../services/auth-service.ts';
import type { Repos } from '../services/deps.ts';
import { requireRole } from './auth-middleware.ts';
import { UserView, toUserView } from './auth-routes.ts';
import { IdParam, errors, jsonBody, newRouter, ok, sessionSecurity } from './openapi-kit.ts';
import { UserInput, UserPatch } from './setup-schemas.ts';

const admin = [requireRole('admin')];
const tags = ['users'];

export function userRoutes(auth: AuthService, repos: Repos) {
  const r = newRouter();
  const checkBranch = (branchId: number | null | undefined) => {
    if (branchId != null && !repos.setup.getBranch(branchId)) throw notFound(`branch ${branchId}`);
  };

  r.openapi(
    createRoute({ method: 'get', path: '/users', tags, security: sessionSecurity, middleware: admin,
      responses: { 200: ok(z.object({ users: z.array(UserView) }), 'All accounts'), ...errors(401, 403) } }),
    (c) => c.json({ users: repos.accounts.listUsers().map(toUserView) }, 200),
  );

  r.openapi(
    createRoute({ method: 'post', path: '/users', tags, security: sessionSecurity, middleware: admin,
      request: jsonBody(UserInput),
      responses: { 201: ok(z.object({ user: UserView }), 'Created'), ...errors(400, 401, 403, 404, 409) } }),
    async (c) => {
      const input = c.req.valid('json');
      checkBranch(input.branchId);
      return c.json({ user: toUserView(await auth.createUser(input)) }, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/users/{id}', tags, security: sessionSecurity, middleware: admin,
      request: { params: IdParam, ...jsonBody(UserPatch) },
      responses: { 200: ok(z.object({ user: UserView }), 'Updated'), ...errors(400, 401, 403, 404) } }),
    async (c) => {
      const patch = c.req.valid('json');
      checkBranch(patch.branchId);
      const user = await auth.updateUser(c.req.valid('param').id, patch);
      if (!user) throw notFound(`user ${c.req.valid('param').id}`);
      return c.json({ user: toUserView(user) }, 200);
    },
  );

  return r;
}
