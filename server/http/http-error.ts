/**
 * An error the API answers with on purpose: status, stable code, a message for a person and,
 * when one request field is to blame, its name ("body.url"). The central error handler turns
 * it into the core ApiError shape.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const badRequest = (field: string, message: string) =>
  new HttpError(400, 'bad_request', message, field);

export const notFound = (message: string) => new HttpError(404, 'not_found', message);
