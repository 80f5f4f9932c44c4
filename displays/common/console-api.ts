/** The consoles' (staff, admin) fetch wrapper for /api: JSON in and out, the session cookie, and the server's own error sentence. */

/** A failed API call; `message` is the server's sentence, written for a person, so screens show it as it is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function apiRequest<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      // The CSRF header: a cross-site page cannot add it without a CORS preflight the server never grants.
      headers: {
        accept: 'application/json',
        'x-callboard-csrf': '1',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached. Check the network connection and try again.');
  }
  const payload: unknown = await res.json().catch(() => null);
  if (!res.ok) throw errorFrom(res.status, payload);
  return payload as T;
}

function errorFrom(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (error && typeof error.message === 'string') {
    return new ApiError(status, typeof error.code === 'string' ? error.code : 'error', error.message);
  }
  return new ApiError(status, 'http_error', `The server answered ${status} without an explanation.`);
}

/** A sentence for any thrown value: the server's message for API errors, something honest otherwise. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : 'Something went wrong.';
  // The server writes sentences in lower case so they compose; on their own they start with a capital.
  return text.charAt(0).toUpperCase() + text.slice(1);
}
