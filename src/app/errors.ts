import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DatabaseBusyError } from '../db/sqlite-driver.js';
import { type Language, languageOfHeader, type MessageCode, say } from './i18n.js';
import { localized, validationMessage, type ZodValidationItem } from './localize.js';
import { HttpProblem, type Refusal } from './problems.js';

const REFUSALS: readonly number[] = [409, 422, 429] satisfies Refusal[];

interface FieldError {
  path: string;
  message: string;
}

/** The language a caller reads, when the server knows it (a DA's stored language); null: ask their browser. */
export type LanguageOf = (request: FastifyRequest) => Promise<Language | null>;

/** The DA's own pages (`/me…`) answer in the DA's language; everything else in English. */
const DA_ROUTE = /^\/api\/v1\/me(\/|$)/;

async function callerLanguage(request: FastifyRequest, languageOf?: LanguageOf): Promise<Language> {
  if (!DA_ROUTE.test(request.routeOptions.url ?? '')) return 'en';
  const stored = languageOf ? await languageOf(request).catch(() => null) : null;
  return stored ?? languageOfHeader(request.headers['accept-language']) ?? 'en';
}

export function sendProblem(reply: FastifyReply, p: HttpProblem): FastifyReply {
  const body: Record<string, unknown> = { type: 'about:blank', title: p.title, status: p.status };
  if (p.detail) body.detail = p.detail;
  if (p.errors) body.errors = p.errors.map(({ path, message }) => ({ path, message }));
  return reply.status(p.status).type('application/problem+json').send(body);
}

const CONTEXT_PREFIX: Record<string, string> = {
  body: '',
  querystring: 'query.',
  params: 'params.',
  headers: 'headers.',
};

function validationErrors(error: FastifyError & { validation: unknown[] }, language: Language): FieldError[] {
  const prefix = CONTEXT_PREFIX[error.validationContext ?? 'body'] ?? '';
  return (error.validation as (ZodValidationItem & { params?: { keys?: string[] } })[]).flatMap((v) => {
    const base = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    // An unknown field is reported at its parent; name the field itself.
    if (v.params?.keys?.length) {
      return v.params.keys.map((k) => ({
        path: prefix + (base ? `${base}.${k}` : k),
        message: say(language, { code: 'problem.unknownField' }),
      }));
    }
    const path = prefix + base || prefix.replace(/\.$/, '') || 'body';
    return [{ path, message: validationMessage(v, path, language) }];
  });
}

/** Maps Fastify's own error codes to the status a client should see. */
const FASTIFY_CODES: Record<string, [number, string] | [number, string, MessageCode]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'The request body is too large.', 'upload.bodyTooLarge'],
  FST_REQ_FILE_TOO_LARGE: [413, 'The file is too large.', 'upload.fileTooLarge'],
  FST_PARTS_LIMIT: [413, 'Too many parts in the upload.'],
  FST_FILES_LIMIT: [413, 'Send one file at a time.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'Send JSON (application/json) or, for files, multipart/form-data.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'The JSON body is empty.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'The Content-Length header does not match the body.'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'Send the file as multipart/form-data.'],
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
};

/** A refusal the route's config does not list: the OpenAPI document would not tell clients of it. */
const unlisted = (request: FastifyRequest, status: number): boolean =>
  REFUSALS.includes(status) && !(request.routeOptions.config?.refuses ?? []).some((s) => s === status);

export function installErrorHandling(app: FastifyInstance, languageOf?: LanguageOf): void {
  app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const language = await callerLanguage(request, languageOf);
    const send = (p: HttpProblem) => sendProblem(reply, localized(p, language));
    if (error instanceof HttpProblem) {
      if (unlisted(request, error.status))
        request.log.warn(
          `${request.routeOptions.url} answered ${error.status}, which its config's \`refuses\` (and so the API document) does not list`,
        );
      return send(error);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = validationErrors(error, language);
      const detail = { code: 'problem.invalidFields' } as const;
      return send(new HttpProblem(400, 'Bad Request', say('en', detail), errors, detail));
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) {
      const [status, detail, code] = known;
      return send(new HttpProblem(status, TITLES[status] ?? 'Error', detail, undefined, code && { code }));
    }
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      const detail = { code: 'problem.invalidJson' } as const;
      return send(new HttpProblem(400, 'Bad Request', say('en', detail), undefined, detail));
    }
    if (error instanceof DatabaseBusyError) {
      request.log.warn('a write waited its turn on the embedded database too long: answered 503');
      reply.header('retry-after', String(error.retryAfterSeconds));
      return sendProblem(reply, new HttpProblem(503, 'Service Unavailable', error.message));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, new HttpProblem(status, TITLES[status] ?? 'Error', error.message));
    }
    request.log.error({ err: error }, 'request failed');
    const detail = { code: 'problem.serverError' } as const;
    return send(new HttpProblem(500, 'Internal Server Error', say('en', detail), undefined, detail));
  });
}
