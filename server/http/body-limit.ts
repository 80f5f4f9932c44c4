/** The API's request size limit, checked from the headers whenever they say the size. */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';

/**
 * hono's `bodyLimit` looks at `c.req.raw.body`, and on @hono/node-server reading that property turns the
 * lightweight request into a full fetch `Request` with a web stream, for every request, body or not, and
 * costs the direct body read later. Node frames every request body by `Content-Length` or
 * `Transfer-Encoding`: the length is checked from the header, and only chunked bodies (and requests that
 * did not come over HTTP, as in tests calling the app directly) are counted as they stream.
 */
export function requestSizeLimit(maxSize: number, onError: (c: Context) => Response): MiddlewareHandler {
  const streaming = bodyLimit({ maxSize, onError });
  return createMiddleware(async (c, next) => {
    const chunked = c.req.header('transfer-encoding') !== undefined;
    const length = c.req.header('content-length');
    if (!chunked && length !== undefined) return Number(length) > maxSize ? onError(c) : next();
    if (!chunked && overHttp(c)) return next();
    return streaming(c, next);
  });
}

/** @hono/node-server passes the Node request as `env.incoming`. */
function overHttp(c: Context): boolean {
  return typeof c.env === 'object' && c.env !== null && 'incoming' in c.env;
}
