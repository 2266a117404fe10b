/** The one way the web app talks to the server: JSON (or multipart) in, JSON or problem+json out. */
import createClient from 'openapi-fetch';
import type { paths } from '../api/schema.js';

export interface FieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details, as every /api/v1 error answers. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** The message for one field (`path` as the server names it, e.g. `email` or `stationIds.0`). */
  fieldError(path: string): string | undefined {
    return this.problem.errors?.find((e) => e.path === path || e.path.startsWith(`${path}.`))?.message;
  }
}

export const BASE = '/api/v1';

let csrfToken: string | null = null;

/** Every non-GET request made with the session cookie carries this token (from login and GET /me). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type ProblemListener = (problem: Problem, path: string) => void;
const listeners = new Set<ProblemListener>();

/** Lets the auth layer react to 401 (signed out elsewhere) and 403 (2FA now required) anywhere. */
export function onProblem(listener: ProblemListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function toProblem(data: unknown, res: Response): Problem {
  if (data && typeof data === 'object' && 'status' in data && 'title' in data) {
    return data as Problem;
  }
  return {
    title: res.statusText || 'Error',
    status: res.status,
    detail: `The server answered ${res.status}.`,
  };
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds `?a=1&b=2`, leaving out empty values. */
export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The typed client: paths, parameters, bodies and answers all come from the OpenAPI document
 * (`../api/schema.d.ts`, written by `npm run api:types`), so a server schema change that breaks a page
 * fails the typecheck. Wrap each call in `answer()`.
 */
export const client = createClient<paths>({
  baseUrl: BASE,
  credentials: 'same-origin',
  headers: { accept: 'application/json, application/problem+json' },
  querySerializer: (query) => queryString(query as Query).slice(1),
});

client.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
});

/** The answer's body; a problem+json answer (heard by `onProblem` listeners first) throws ApiError. */
export async function answer<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch {
    throw new ApiError({
      title: 'Network error',
      status: 0,
      detail: 'Could not reach the server. Check your connection and try again.',
    });
  }
  const { response } = result;
  if (!response.ok) {
    const problem = toProblem(result.error, response);
    const url = new URL(response.url || BASE, window.location.origin);
    const path = url.pathname.replace(BASE, '') + url.search;
    for (const listener of listeners) listener(problem, path);
    throw new ApiError(problem);
  }
  return result.data as T;
}

/** A message for any error a query or mutation may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Operation<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];

/** What `M P` answers when it succeeds, as the document says, e.g. `Answer<'/drivers/{id}', 'get'>`. */
export type Answer<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer Ok }
      ? Json<Ok>
      : R extends { 201: infer Created }
        ? Json<Created>
        : never
    : never;

/** The JSON body `M P` takes. */
export type Body<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

/** The query parameters `M P` takes. */
export type Params<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/**
 * A multipart upload's body: the document describes uploads by their query and answer only (the file
 * is streamed, not a JSON schema), so the form goes in as it is.
 */
export const formBody = (form: FormData) => ({ body: form as never });

/**
 * A select's or URL's text as one of the values a parameter takes (a list, or a record's keys such as
 * a label table); anything else (e.g. '' for "all") is left out.
 */
export function oneOf<T extends string>(
  values: readonly T[] | Record<T, unknown>,
  text: string | undefined,
): T | undefined {
  const list: readonly string[] = Array.isArray(values) ? values : Object.keys(values);
  return list.includes(text ?? '') ? (text as T) : undefined;
}
