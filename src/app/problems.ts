/** An error that becomes an RFC 9457 problem+json answer. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: { path: string; message: string }[],
  ) {
    super(detail ?? title);
  }
}

export const notFound = (what: string) => new HttpProblem(404, 'Not Found', `${what} was not found.`);
export const forbidden = (detail = 'Your role does not allow this.') =>
  new HttpProblem(403, 'Forbidden', detail);
export const unauthorized = (detail = 'Sign in first.') => new HttpProblem(401, 'Unauthorized', detail);
export const conflict = (detail: string, path?: string) =>
  new HttpProblem(409, 'Conflict', detail, path ? [{ path, message: detail }] : undefined);
export const badRequest = (detail: string, errors?: { path: string; message: string }[]) =>
  new HttpProblem(400, 'Bad Request', detail, errors);

/**
 * The refusals a route's use case can answer besides those its shape implies (bad input, sign-in, role,
 * a missing record, a body the server will not take): a route lists them in its config
 * (`refuses: [409]`), and the OpenAPI document says so.
 */
export type Refusal = 409 | 422 | 429;

declare module 'fastify' {
  interface FastifyContextConfig {
    refuses?: readonly Refusal[];
  }
}
