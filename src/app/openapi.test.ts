import fs from 'node:fs';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiDocument } from './api-document.js';
import { apiTypesSource } from './api-types.js';
import { operationIdFor, problemStatuses } from './openapi.js';

const REF = 'stationhand-openapi.json';

describe('the OpenAPI document', () => {
  let doc: Record<string, unknown>;
  beforeAll(async () => {
    doc = await buildApiDocument();
  });

  it("lints clean under Redocly's recommended rules, 4xx answers as problem+json", async () => {
    const config = await createConfig(
      { extends: ['recommended'], rules: { 'operation-4xx-problem-details-rfc7807': 'error' } },
      {
        // Health answers 200 or 503 to anyone, whatever is sent: it has no 4xx answer to list.
        ignore: { [REF]: { 'operation-4xx-response': new Set(['#/paths/~1health/get/responses']) } },
      },
    );
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: REF, config });
    const ignored = problems.filter((p) => p.ignored);
    const found = problems
      .filter((p) => !p.ignored)
      .map((p) => `${p.ruleId}: ${p.message} (${p.location[0]?.pointer})`);
    expect(found).toEqual([]);
    expect(ignored).toHaveLength(1);
  });

  it("is what the web app's types were generated from (else: npm run api:types)", async () => {
    const written = fs.readFileSync(new URL('../../web/src/api/schema.d.ts', import.meta.url), 'utf8');
    expect(written === (await apiTypesSource(doc)), 'web/src/api/schema.d.ts is stale').toBe(true);
  });

  it('names every operation with a unique id derived from its method and path', () => {
    const paths = doc.paths as Record<string, Record<string, { operationId?: string }>>;
    const ids = Object.entries(paths).flatMap(([url, item]) =>
      Object.entries(item).map(([method, op]) => {
        expect(op.operationId).toBe(operationIdFor(method, url));
        return op.operationId;
      }),
    );
    expect(ids.length).toBeGreaterThan(150);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('operationIdFor', () => {
  it('reads as the method and path, parameters as "by"', () => {
    expect(operationIdFor('get', '/api/v1/drivers/{id}/ratings')).toBe('getDriversByIdRatings');
    expect(operationIdFor('put', '/api/v1/inspection-templates/{vanType}')).toBe(
      'putInspectionTemplatesByVanType',
    );
    expect(operationIdFor('get', '/api/v1/coaching/items/{id}/warning.pdf')).toBe(
      'getCoachingItemsByIdWarningPdf',
    );
  });
});

describe('problemStatuses', () => {
  const route = { method: 'GET', access: {}, hasParams: false, hasInput: false, refuses: [] };
  it('lists what a caller can get wrong: input, sign-in, role, a missing record, a write', () => {
    expect(problemStatuses({ ...route, access: { public: true } })).toEqual([]);
    expect(problemStatuses(route)).toEqual([401, 403]);
    expect(problemStatuses({ ...route, hasParams: true, hasInput: true })).toEqual([400, 401, 403, 404]);
    expect(problemStatuses({ ...route, method: 'POST', access: { public: true } })).toEqual([
      400, 413, 415, 503,
    ]);
  });

  it('adds the refusals a route lists, and no 409 or 422 to a write that lists none', () => {
    expect(problemStatuses({ ...route, method: 'PUT', hasParams: true, refuses: [409, 422] })).toEqual([
      400, 401, 403, 404, 409, 413, 415, 422, 503,
    ]);
    expect(problemStatuses({ ...route, access: { public: true }, method: 'POST', refuses: [429] })).toEqual([
      400, 413, 415, 429, 503,
    ]);
  });
});

describe('the 4xx answers of operations', () => {
  let paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  beforeAll(async () => {
    paths = (await buildApiDocument()).paths as typeof paths;
  });
  const statuses = (url: string, method: string) =>
    Object.keys(paths[url]?.[method]?.responses ?? {}).filter((s) => s.startsWith('4'));

  it('lists 409 where a version or state can refuse the change, and not on every write', () => {
    expect(statuses('/dispatch/routes/{id}', 'put')).toContain('409');
    expect(statuses('/drivers', 'post')).toContain('409');
    expect(statuses('/dispatch/roster/publish', 'post')).not.toContain('409');
    expect(statuses('/stations/{id}', 'patch')).not.toContain('409');
  });

  it('lists 422 where the content is refused, and 429 where attempts are throttled', () => {
    expect(statuses('/coaching/rules', 'post')).toContain('422');
    expect(statuses('/performance/dsp-scorecards', 'post')).toContain('422');
    expect(statuses('/auth/login', 'post')).toEqual(['400', '413', '415', '429']);
  });
});
