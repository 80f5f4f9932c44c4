/** The one error type: a stable machine code, an HTTP status and a sentence a person can act on. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

export class AppError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} does not exist`);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const forbidden = (message = 'your role does not allow this') => new AppError(403, 'forbidden', message);
export const unauthorized = (message = 'log in first') => new AppError(401, 'unauthorized', message);
export const badRequest = (code: string, message: string) => new AppError(400, code, message);
