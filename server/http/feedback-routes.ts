/** The visitor's satisfaction answer, by the ticket's phone token: its state, and the one answer. */
import { createRoute, z } from '@hono/zod-openapi';
import type { FeedbackService } from '../insight/feedback-service.ts';
import { errors, jsonBody, newRouter, ok } from './openapi-kit.ts';

const TokenParam = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).openapi({ param: { name: 'token', in: 'path' } }),
});
const FeedbackState = z
  .object({ canAnswer: z.boolean(), answered: z.boolean(), score: z.number().int().nullable(), language: z.string().nullable() })
  .openapi('FeedbackState');
const FeedbackInput = z
  .object({ score: z.number().int().min(1).max(5), comment: z.string().max(1000).nullish() })
  .openapi('FeedbackInput');
const FeedbackAnswer = z.object({ score: z.number().int(), comment: z.string().nullable() }).openapi('FeedbackAnswer');

const tags = ['feedback'];

export function feedbackRoutes(feedback: FeedbackService) {
  const r = newRouter();

  r.openapi(
    createRoute({ method: 'get', path: '/phone/{token}/feedback', tags, summary: 'Whether this visit can still be rated',
      request: { params: TokenParam },
      responses: { 200: ok(FeedbackState, 'Survey state'), ...errors(400, 404) } }),
    (c) => c.json(feedback.state(c.req.valid('param').token), 200),
  );

  r.openapi(
    createRoute({ method: 'post', path: '/phone/{token}/feedback', tags, summary: 'Rate a finished visit 1–5, once',
      request: { params: TokenParam, ...jsonBody(FeedbackInput) },
      responses: { 201: ok(FeedbackAnswer, 'Recorded'), ...errors(400, 404, 409) } }),
    (c) => c.json(feedback.answer(c.req.valid('param').token, c.req.valid('json')), 201),
  );

  return r;
}
