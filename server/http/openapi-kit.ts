/** Small helpers so every route declares its body, replies and errors the same way (and OpenAPI sees them). */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../domain/errors.ts';
import type { Env } from './env.ts';

export const ErrorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .openapi('Error');

export function newRouter() {
  return new OpenAPIHono<Env>({
    defaultHook: (result) => {
      if (!result.success) {
        const message = z.prettifyError(result.error).replace(/\s+/g, ' ').slice(0, 500);
        throw new AppError(400, 'invalid_request', message);
      }
    },
  });
}

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

const ERROR_TEXT = {
  400: 'Invalid request',
  401: 'Not logged in',
  403: 'Role not allowed',
  404: 'Not found',
  409: 'Conflict with the current state',
  429: 'Too many attempts',
} as const;

export function errors<S extends keyof typeof ERROR_TEXT>(...statuses: S[]) {
  return Object.fromEntries(statuses.map((s) => [s, ok(ErrorBody, ERROR_TEXT[s])])) as {
    [K in S]: ReturnType<typeof ok<typeof ErrorBody>>;
  };
}

export const sessionSecurity: Record<string, string[]>[] = [{ session: [] }];
export const deviceOrSessionSecurity: Record<string, string[]>[] = [{ session: [] }, { device: [] }];

export const IdParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }) });
