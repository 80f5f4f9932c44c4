/** Admin setup: branches, services, counters and display devices. */
import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../domain/errors.ts';
import { assertBranchAccess } from '../services/access.ts';
import type { AuthService } from '../services/auth-service.ts';
import type { Repos } from '../services/deps.ts';
import type { SetupService } from '../services/setup-service.ts';
import { actorOf, requireRole } from './auth-middleware.ts';
import { IdParam, errors, jsonBody, newRouter, ok, sessionSecurity } from './openapi-kit.ts';
import { branchView, counterView, deviceView, serviceView } from './views.ts';
import { BranchInput, BranchView, CounterInput, CounterView, DeviceInput, DeviceView, ServiceInput, ServiceView } from './setup-schemas.ts';

const admin = [requireRole('admin')];
const staffOrAdmin = [requireRole('admin', 'staff')];
const tags = ['setup'];

export function setupRoutes(setup: SetupService, auth: AuthService, repos: Repos) {
  const r = newRouter();
  const requireBranch = (id: number) => {
    const b = repos.setup.getBranch(id);
    if (!b) throw notFound(`branch ${id}`);
    return b;
  };

  r.openapi(
    createRoute({ method: 'get', path: '/branches', tags, security: sessionSecurity, middleware: staffOrAdmin,
      responses: { 200: ok(z.object({ branches: z.array(BranchView) }), 'Branches you can work in'), ...errors(401, 403) } }),
    (c) => {
      const actor = actorOf(c);
      const branches = repos.setup.listBranches().filter((b) => {
        try { assertBranchAccess(actor, b.id); return true; } catch { return false; }
      });
      return c.json({ branches: branches.map(branchView) }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/branches', tags, security: sessionSecurity, middleware: admin,
      request: jsonBody(BranchInput),
      responses: { 201: ok(z.object({ branch: BranchView }), 'Created'), ...errors(400, 401, 403) } }),
    (c) => c.json({ branch: branchView(setup.createBranch(c.req.valid('json'))) }, 201),
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/branches/{id}', tags, security: sessionSecurity, middleware: admin,
      request: { params: IdParam, ...jsonBody(BranchInput.partial()) },
      responses: { 200: ok(z.object({ branch: BranchView }), 'Updated'), ...errors(400, 401, 403, 404) } }),
    (c) => c.json({ branch: branchView(setup.updateBranch(c.req.valid('param').id, c.req.valid('json'), actorOf(c))) }, 200),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/branches/{id}/services', tags, security: sessionSecurity, middleware: staffOrAdmin,
      request: { params: IdParam },
      responses: { 200: ok(z.object({ services: z.array(ServiceView) }), 'Services of the branch'), ...errors(401, 403, 404) } }),
    (c) => {
      const id = requireBranch(c.req.valid('param').id).id;
      assertBranchAccess(actorOf(c), id);
      return c.json({ services: repos.setup.listServices(id).map(serviceView) }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/branches/{id}/services', tags, security: sessionSecurity, middleware: admin,
      request: { params: IdParam, ...jsonBody(ServiceInput) },
      responses: { 201: ok(z.object({ service: ServiceView }), 'Created'), ...errors(400, 401, 403, 404, 409) } }),
    (c) => c.json({ service: serviceView(setup.createService(c.req.valid('param').id, c.req.valid('json'), actorOf(c))) }, 201),
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/services/{id}', tags, security: sessionSecurity, middleware: admin,
      request: { params: IdParam, ...jsonBody(ServiceInput.partial()) },
      responses: { 200: ok(z.object({ service: ServiceView }), 'Updated'), ...errors(400, 401, 403, 404, 409) } }),
    (c) => c.json({ service: serviceView(setup.updateService(c.req.valid('param').id, c.req.valid('json'), actorOf(c))) }, 200),
  );

  r.openapi(
    createRoute({ method: 'get', path: '/branches/{id}/counters', tags, security: sessionSecurity, middleware: staffOrAdmin,
      request: { params: IdParam },
      responses: { 200: ok(z.object({ counters: z.array(CounterView) }), 'Counters of the branch'), ...errors(401, 403, 404) } }),
    (c) => {
      const id = requireBranch(c.req.valid('param').id).id;
      assertBranchAccess(actorOf(c), id);
      return c.json({ counters: repos.setup.listCounters(id).map(counterView) }, 200);
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/branches/{id}/counters', tags, security: sessionSecurity, middleware: admin,
      request: { params: IdParam, ...jsonBody(CounterInput) },
      responses: { 201: ok(z.object({ counter: CounterView }), 'Created'), ...errors(400, 401, 403, 404, 409) } }),
    (c) => c.json({ counter: counterView(setup.createCounter(c.req.valid('param').id, c.req.valid('json'), actorOf(c))) }, 201),
  );

  r.openapi(
    createRoute({ method: 'patch', path: '/counters/{id}', tags, security: sessionSecurity, middleware: admin,
      request: { params: IdParam, ...jsonBody(CounterInput.partial()) },
      responses: { 200: ok(z.object({ counter: CounterView }), 'Updated'), ...errors(400, 401, 403, 404, 409) } }),
    (c) => c.json({ counter: counterView(setup.updateCounter(c.req.valid('param').id, c.req.valid('json'), actorOf(c))) }, 200),
  );

  r.openapi(
    createRoute({ method: 'post', path: '/branches/{id}/devices', tags, security: sessionSecurity, middleware: admin,
      request: { params: IdParam, ...jsonBody(DeviceInput) },
      responses: {
        201: ok(z.object({ device: DeviceView, token: z.string().describe('Shown once; only its hash is stored') }), 'Registered'),
        ...errors(400, 401, 403, 404),
      } }),
    (c) => {
      const branchId = requireBranch(c.req.valid('param').id).id;
      const input = c.req.valid('json');
      if (input.counterId != null && repos.setup.getCounter(input.counterId)?.branchId !== branchId) {
        throw notFound(`counter ${input.counterId} in this branch`);
      }
      const { display, token } = auth.createDevice({ ...input, branchId });
      return c.json({ device: deviceView(display), token }, 201);
    },
  );

  return r;
}
