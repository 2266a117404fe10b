import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, multipart, seedOrg, signIn, startTestApp, type TestApp } from './testing.js';
import { VERSION } from './version.js';

const PROBLEM = 'application/problem+json';

describe('HTTP hygiene', () => {
  let t: TestApp;
  let owner: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [{ email: 'owner@acme.test', role: 'owner' }],
    });
    owner = await signIn(t.app, 'owner@acme.test');
  });
  afterAll(() => t.close());

  const raw = (
    method: 'POST' | 'PATCH',
    url: string,
    payload: string | Buffer,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      payload,
      headers: {
        'content-type': 'application/json',
        cookie: owner.cookie,
        'x-csrf-token': owner.csrfToken,
        ...headers,
      },
    });

  it('answers malformed JSON with 400 problem+json', async () => {
    for (const url of ['/api/v1/auth/login', '/api/v1/stations']) {
      const res = await raw('POST', url, '{"email": "owner@acme.test",');
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain(PROBLEM);
      expect(res.json()).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
      expect(res.body).not.toMatch(/at .*\.js|SyntaxError|Unexpected/);
    }
  });

  it('answers wrong types with 400 and errors [{path, message}] for each field', async () => {
    const res = await owner.request('POST', '/api/v1/stations', {
      code: 5,
      name: ['x'],
      timeZone: null,
      state: 'TX',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain(PROBLEM);
    const errors = res.json().errors as { path: string; message: string }[];
    expect(errors.map((e) => e.path).sort()).toEqual(['code', 'name', 'timeZone']);
    for (const e of errors) expect(e.message).toEqual(expect.any(String));
    const query = await owner.request('GET', '/api/v1/stations?limit=many');
    expect(query.statusCode).toBe(400);
    expect(query.json().errors).toEqual([{ path: 'query.limit', message: expect.any(String) }]);
    const tooMany = await owner.request('GET', '/api/v1/stations?limit=501');
    expect(tooMany.statusCode).toBe(400);
  });

  it('refuses unknown fields, naming each one', async () => {
    const res = await owner.request('PATCH', '/api/v1/org', { name: 'Acme', plan: 'gold', isAdmin: true });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain(PROBLEM);
    expect(
      res.json().errors.sort((a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path)),
    ).toEqual([
      { path: 'isAdmin', message: 'Unknown field.' },
      { path: 'plan', message: 'Unknown field.' },
    ]);
    expect((await owner.request('GET', '/api/v1/org')).json().name).toBe('acme DSP');
  });

  it('refuses a body over 1 MiB with 413 problem+json', async () => {
    const big = JSON.stringify({ email: 'owner@acme.test', password: 'x'.repeat(1024 * 1024) });
    for (const url of ['/api/v1/auth/login', '/api/v1/stations']) {
      const res = await raw('POST', url, big);
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toContain(PROBLEM);
      expect(res.json()).toMatchObject({ status: 413 });
    }
    // Just under the limit is parsed (and then refused by validation, not by size).
    const under = JSON.stringify({ email: 'owner@acme.test', password: 'x'.repeat(1024 * 1024 - 100) });
    expect((await raw('POST', '/api/v1/auth/login', under)).statusCode).toBe(400);
  });

  it('answers a non-JSON body with 415 problem+json', async () => {
    const res = await raw('POST', '/api/v1/stations', '<code>DAU9</code>', {
      'content-type': 'application/xml',
    });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toContain(PROBLEM);
  });

  it('answers a multipart body with 415 where the route takes no file (only upload routes read multipart)', async () => {
    const form = multipart('stations.csv', 'Station\nDAU9\n');
    const res = await raw('POST', '/api/v1/stations', form.payload, form.headers);
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toContain(PROBLEM);
  });

  it('answers an unknown /api route with 404 problem+json', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/nope'],
      ['POST', '/api/v1/stations/x/y'],
      ['GET', '/api/v2/stations'],
    ] as const) {
      const res = await owner.request(method, url, method === 'POST' ? {} : undefined);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain(PROBLEM);
      expect(res.json()).toMatchObject({ title: 'Not Found', status: 404 });
    }
  });

  it('answers a wrong method on a known route with 404, not 500', async () => {
    const res = await owner.request('DELETE', '/api/v1/org');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain(PROBLEM);
  });

  it('reports health without signing in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok', version: VERSION });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('serves the API docs page to anyone, signed in or not', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('swagger');
    const doc = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(doc.json().info.title).toBe('Stationhand API');
  });

  it('serves an OpenAPI 3.1 document listing the routes and their auth', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Stationhand API', version: VERSION });
    // Paths are relative to the server the document names.
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/api/v1' })]);
    for (const path of ['/stations', '/stations/{id}', '/users', '/auth/login', '/audit']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(Object.keys(doc.paths['/stations'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(
      doc.paths['/users'].post.requestBody.content['application/json'].schema.properties.email,
    ).toBeDefined();
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearer', 'session']);
  });

  it('does not serve /metrics when the operator set neither a token nor a port of its own', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain(PROBLEM);
    expect(await t.app.listenForMetrics()).toBeNull();
  });

  it('binds the loopback interface unless HOST says otherwise', () => {
    expect(t.config.HOST).toBe('127.0.0.1');
  });

  const expectPrometheusText = (res: {
    statusCode: number;
    headers: Record<string, unknown>;
    body: string;
  }) => {
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('# TYPE http_request_duration_seconds histogram');
    expect(res.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/health",status="200"\} [1-9]/,
    );
  };

  it('serves Prometheus text at /metrics only for METRICS_TOKEN as a bearer token', async () => {
    const token = 'scrape-me-please-0123456789';
    const withToken = await startTestApp({ METRICS_TOKEN: token });
    try {
      await withToken.app.inject({ method: 'GET', url: '/api/v1/health' });
      const scrape = (authorization?: string) =>
        withToken.app.inject({
          method: 'GET',
          url: '/metrics',
          headers: authorization ? { authorization } : {},
        });
      for (const refused of [
        await scrape(),
        await scrape('Bearer wrong-token-0123456789'),
        await scrape(token),
      ]) {
        expect(refused.statusCode).toBe(401);
        expect(refused.headers['content-type']).toContain(PROBLEM);
      }
      expectPrometheusText(await scrape(`Bearer ${token}`));
    } finally {
      await withToken.close();
    }
  });

  it('serves /metrics on METRICS_PORT only, not on the app’s port', async () => {
    const ownPort = await startTestApp({ METRICS_PORT: '0' });
    try {
      await ownPort.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect((await ownPort.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
      const at = await ownPort.app.listenForMetrics();
      expect(at).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${at}/metrics`);
      expectPrometheusText({
        statusCode: res.status,
        headers: { 'content-type': res.headers.get('content-type') },
        body: await res.text(),
      });
    } finally {
      await ownPort.close();
    }
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
