import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { AccessConfig } from './access.js';
import type { Refusal } from './problems.js';
import { VERSION } from './version.js';

type Json = Record<string, unknown>;

/** Where every API route lives; the document's server. */
const API_PREFIX = '/api/v1';
const relative = (url: string) => (url.startsWith(API_PREFIX) ? url.slice(API_PREFIX.length) : url);

/** `GET /api/v1/drivers/{id}/ratings` → `getDriversByIdRatings`: readable, stable, unique per route. */
export function operationIdFor(method: string, url: string): string {
  const words = relative(url)
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^\{(.+)\}$/.exec(segment) ?? /^:(.+)$/.exec(segment);
      return param?.[1] ? ['by', param[1]] : segment.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('');
}

const PROBLEM_TEXT: Record<number, string> = {
  400: 'The request is not valid; `errors` names each field.',
  401: 'Not signed in, or the session or token has ended.',
  403: 'The role does not allow this, the CSRF token is missing, or two-factor sign-in is required.',
  404: 'The record was not found in this org.',
  409: 'The change conflicts with the record’s current state (e.g. it changed since the version you were shown).',
  413: 'The body or file is too large.',
  415: 'The body is not JSON (or, for files, multipart/form-data).',
  422: 'The request is well formed but its content cannot be used; `errors` names the field.',
  429: 'Too many attempts; wait before trying again.',
  503: 'The database is busy with another write; try again after `Retry-After` seconds.',
};

interface RouteFacts {
  method: string;
  access: AccessConfig;
  hasParams: boolean;
  hasInput: boolean;
  /** What the route's config says its use case can refuse with. */
  refuses: readonly Refusal[];
}

/**
 * The problems a route can answer: from what it takes in and who may call it, a write's body limits and
 * the database's write wait, and the refusals its config lists.
 */
export function problemStatuses({ method, access, hasParams, hasInput, refuses }: RouteFacts): number[] {
  const writes = method !== 'GET' && method !== 'HEAD';
  const statuses = new Set<number>();
  if (hasInput || writes) statuses.add(400);
  if (!access.public) statuses.add(401).add(403);
  if (hasParams) statuses.add(404);
  if (writes) statuses.add(413).add(415).add(503);
  for (const status of refuses) statuses.add(status);
  return [...statuses].sort((a, b) => a - b);
}

const problemResponse = (status: number) => ({
  description: PROBLEM_TEXT[status] ?? 'A problem.',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** RFC 9457 problem details, as every /api/v1 error answers (errors.ts writes them). */
const Problem = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

/**
 * zod writes `z.record(z.enum([...]), v)` as `propertyNames` + `required`: name each key as a property
 * too, so linters and generated types see the object it is.
 */
function nameRecordKeys(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) nameRecordKeys(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  const keys = (schema.propertyNames as Json | undefined)?.enum;
  const value = schema.additionalProperties;
  if (Array.isArray(keys) && value && typeof value === 'object' && !schema.properties) {
    schema.properties = Object.fromEntries(keys.map((k) => [String(k), value]));
  }
  for (const child of Object.values(schema)) nameRecordKeys(child);
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

/** Every operation gets its id and the problem answers its route can give, in one place. */
function completeOperations(paths: Json, facts: Map<string, RouteFacts>): void {
  for (const [url, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item as Json)) {
      if (!METHODS.includes(method)) continue;
      const op = operation as Json & { responses?: Json };
      op.operationId ??= operationIdFor(method, url);
      const route = facts.get(`${method.toUpperCase()} ${url}`);
      if (!route) continue;
      op.responses ??= {};
      for (const status of problemStatuses(route)) op.responses[status] ??= problemResponse(status);
    }
  }
}

/** The document's options: the route schemas (zod) plus what a linter and a generated client need. */
export function apiDocumentOptions(): FastifyDynamicSwaggerOptions {
  const facts = new Map<string, RouteFacts>();
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Stationhand API',
        version: VERSION,
        license: { name: 'AGPL-3.0-only', identifier: 'AGPL-3.0-only' },
      },
      // fastify-swagger writes paths relative to it (`/drivers`, not `/api/v1/drivers`), as clients call them.
      servers: [{ url: API_PREFIX, description: 'The Stationhand server that serves this document' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sh_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const schema = (input.schema ?? {}) as FastifySchema;
      const methods = [input.route.method].flat();
      // The document's path, as fastify-swagger will write it (relative to the server, `:id` → `{id}`).
      const url = relative(input.url).replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      for (const method of methods) {
        facts.set(`${method} ${url}`, {
          method,
          access: input.route.config?.access ?? {},
          hasParams: Boolean(schema.params),
          hasInput: Boolean(schema.body || schema.querystring || schema.params),
          refuses: input.route.config?.refuses ?? [],
        });
      }
      return out;
    },
    transformObject: (input) => {
      if (!('openapiObject' in input)) return input.swaggerObject;
      const doc = input.openapiObject as unknown as Json & {
        components: Json & { schemas?: Json };
        paths: Json;
      };
      doc.components.schemas = { ...doc.components.schemas, Problem };
      completeOperations(doc.paths, facts);
      nameRecordKeys(doc.paths);
      return doc as unknown as typeof input.openapiObject;
    },
  };
}
