/** JSON over HTTP for the visitor apps: every outcome, network failures included, comes back as a value to show in words. */

export type ApiResult<T> =
  | { ok: true; status: number; body: T }
  /** `status` 0: no answer at all (offline, timeout); `code` is the server's error code or one of ours. */
  | { ok: false; status: number; code: string; message: string };

export interface ApiRequest {
  method?: 'GET' | 'POST';
  body?: unknown;
  bearer?: string;
  timeoutMs?: number;
}

export async function requestJson<T>(url: string, request: ApiRequest = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (request.bearer) headers.authorization = `Bearer ${request.bearer}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? null : JSON.stringify(request.body),
      cache: 'no-store',
      // A kiosk must never hang on a request that will not come back; the visitor is standing there.
      signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, status: 0, code: timedOut ? 'timeout' : 'network', message: String(error) };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page, say: the status still tells what happened.
  }
  if (response.ok) return { ok: true, status: response.status, body: body as T };
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return {
    ok: false,
    status: response.status,
    code: typeof error?.code === 'string' ? error.code : `http_${response.status}`,
    message: typeof error?.message === 'string' ? error.message : response.statusText,
  };
}
