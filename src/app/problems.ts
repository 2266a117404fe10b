import { english, type Said } from './i18n.js';

/** One field's problem; `said` lets the error handler say it in the caller's language. */
export interface FieldProblem {
  path: string;
  message: string;
  said?: Said;
}

/** An error that becomes an RFC 9457 problem+json answer. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldProblem[],
    /** The detail as a catalogue code and arguments, for a caller who reads another language. */
    readonly said?: Said,
  ) {
    super(detail ?? title);
  }
}

/** Text given as English words, or as a catalogue code (then said in English here, in the DA's language by the error handler). */
export type Words = string | Said;
const text = (w: Words): string => (typeof w === 'string' ? w : english(w));
const codeOf = (w: Words): Said | undefined => (typeof w === 'string' ? undefined : w);

/** A field's problem from catalogue words. */
export const fieldProblem = (path: string, said: Said): FieldProblem => ({
  path,
  message: english(said),
  said,
});

export const notFound = (what: string) =>
  new HttpProblem(404, 'Not Found', `${what} was not found.`, undefined, { code: 'problem.notFound' });
export const forbidden = (detail: Words = { code: 'problem.forbidden' }) =>
  new HttpProblem(403, 'Forbidden', text(detail), undefined, codeOf(detail));
export const unauthorized = (detail: Words = { code: 'problem.signIn' }) =>
  new HttpProblem(401, 'Unauthorized', text(detail), undefined, codeOf(detail));
export const conflict = (detail: Words, path?: string) =>
  new HttpProblem(
    409,
    'Conflict',
    text(detail),
    path ? [{ path, message: text(detail), said: codeOf(detail) }] : undefined,
    codeOf(detail),
  );
export const badRequest = (detail: Words, errors?: FieldProblem[]) =>
  new HttpProblem(400, 'Bad Request', text(detail), errors, codeOf(detail));

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
