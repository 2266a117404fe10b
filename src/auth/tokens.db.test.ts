import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededOrg, seedOrg, signIn, startTestApp, type TestApp } from '../app/testing.js';
import { hashSecret } from './domain/secrets.js';

const PROBLEM = 'application/problem+json';

describe('API tokens', () => {
  let t: TestApp;
  let acme: SeededOrg;

  const bearer = (
    secret: string,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${secret}` },
      ...(payload ? { payload: payload as Record<string, unknown> } : {}),
    });

  const station = (code: string) => ({
    code,
    name: `${code} via token`,
    timeZone: 'America/Chicago',
    state: 'TX',
  });

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'mgr@acme.test', role: 'manager' },
        { email: 'disp@acme.test', role: 'dispatcher' },
      ],
    });
  });
  afterAll(() => t.close());

  async function createToken(name: string, role: 'owner' | 'manager' | 'dispatcher') {
    const owner = await signIn(t.app, 'owner@acme.test');
    const res = await owner.request('POST', '/api/v1/tokens', { name, role });
    expect(res.statusCode).toBe(201);
    return res.json() as { token: { id: string; name: string; role: string }; secret: string };
  }

  it('shows the secret once at creation (sh_…); the list never includes it or its hash', async () => {
    const owner = await signIn(t.app, 'owner@acme.test');
    const res = await owner.request('POST', '/api/v1/tokens', { name: 'Payroll sync', role: 'manager' });
    expect(res.statusCode).toBe(201);
    const { token, secret } = res.json();
    expect(secret).toMatch(/^sh_[A-Za-z0-9_-]{43}$/);
    expect(token).toEqual({
      id: expect.any(String),
      name: 'Payroll sync',
      role: 'manager',
      createdAt: expect.any(String),
      lastUsedAt: null,
      revokedAt: null,
      createdBy: acme.userIds['owner@acme.test'],
    });

    const list = await owner.request('GET', '/api/v1/tokens');
    expect(list.statusCode).toBe(200);
    const listed = list.json().items.find((i: { id: string }) => i.id === token.id);
    expect(listed).toEqual(token);
    expect(list.body).not.toContain(secret);
    expect(list.body).not.toContain(hashSecret(secret));
    expect(list.body).not.toMatch(/secret|hash/i);

    const row = await t.db.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it('acts with the token’s role: a dispatcher token cannot add a station, a manager token can list users', async () => {
    const disp = await createToken('Dispatch board', 'dispatcher');
    const mgr = await createToken('HR export', 'manager');

    expect((await bearer(disp.secret, 'GET', '/api/v1/stations')).statusCode).toBe(200);
    const refused = await bearer(disp.secret, 'POST', '/api/v1/stations', station('DTK1'));
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain(PROBLEM);

    const users = await bearer(mgr.secret, 'GET', '/api/v1/users');
    expect(users.statusCode).toBe(200);
    expect(users.json().items.map((u: { email: string }) => u.email)).toContain('owner@acme.test');
    expect((await bearer(mgr.secret, 'GET', '/api/v1/audit')).statusCode).toBe(403);
    expect((await bearer(mgr.secret, 'GET', '/api/v1/tokens')).statusCode).toBe(403);
    expect((await bearer(mgr.secret, 'POST', '/api/v1/stations', station('DTK1'))).statusCode).toBe(403);

    const ownerToken = await createToken('Admin script', 'owner');
    expect((await bearer(ownerToken.secret, 'POST', '/api/v1/stations', station('DTK1'))).statusCode).toBe(
      201,
    );
  });

  it('records when a token was last used', async () => {
    const { token, secret } = await createToken('Usage', 'dispatcher');
    expect((await bearer(secret, 'GET', '/api/v1/stations')).statusCode).toBe(200);
    const owner = await signIn(t.app, 'owner@acme.test');
    const listed = (await owner.request('GET', '/api/v1/tokens'))
      .json()
      .items.find((i: { id: string }) => i.id === token.id);
    expect(listed.lastUsedAt).toEqual(expect.any(String));
  });

  it('answers 401 for a revoked token, and revoking twice is harmless', async () => {
    const { token, secret } = await createToken('Short-lived', 'owner');
    expect((await bearer(secret, 'GET', '/api/v1/stations')).statusCode).toBe(200);
    const owner = await signIn(t.app, 'owner@acme.test');
    expect((await owner.request('DELETE', `/api/v1/tokens/${token.id}`)).statusCode).toBe(204);
    const after = await bearer(secret, 'GET', '/api/v1/stations');
    expect(after.statusCode).toBe(401);
    expect(after.headers['content-type']).toContain(PROBLEM);
    expect((await bearer(secret, 'POST', '/api/v1/stations', station('DTK2'))).statusCode).toBe(401);
    const listed = (await owner.request('GET', '/api/v1/tokens'))
      .json()
      .items.find((i: { id: string }) => i.id === token.id);
    expect(listed.revokedAt).toEqual(expect.any(String));
    expect((await owner.request('DELETE', `/api/v1/tokens/${token.id}`)).statusCode).toBe(204);
    expect((await bearer(secret, 'GET', '/api/v1/stations')).statusCode).toBe(401);
  });

  it('answers 401 for a made-up or malformed Bearer token, even with a valid session cookie', async () => {
    const owner = await signIn(t.app, 'owner@acme.test');
    for (const secret of ['sh_not-a-real-token', 'not-even-prefixed', '']) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/stations',
        headers: { authorization: `Bearer ${secret}`, cookie: owner.cookie },
      });
      expect(res.statusCode).toBe(401);
    }
  });

  it('cannot be used as a session (no /me, no password change)', async () => {
    const { secret } = await createToken('Not a person', 'owner');
    expect((await bearer(secret, 'GET', '/api/v1/me')).statusCode).toBe(401);
    expect(
      (
        await bearer(secret, 'POST', '/api/v1/auth/password', {
          currentPassword: 'x',
          newPassword: 'yyyyyyyyyyyy',
        })
      ).statusCode,
    ).toBe(401);
  });

  it('lets only owners manage tokens (403 for manager and dispatcher sessions)', async () => {
    const { token } = await createToken('Owner only', 'dispatcher');
    for (const email of ['mgr@acme.test', 'disp@acme.test']) {
      const c = await signIn(t.app, email);
      for (const [method, url, body] of [
        ['GET', '/api/v1/tokens'],
        ['POST', '/api/v1/tokens', { name: 'Mine', role: 'dispatcher' }],
        ['DELETE', `/api/v1/tokens/${token.id}`],
      ] as const) {
        const res = await c.request(method, url, body);
        expect({ email, method, status: res.statusCode }).toEqual({ email, method, status: 403 });
        expect(res.headers['content-type']).toContain(PROBLEM);
      }
    }
    const row = await t.db.db
      .selectFrom('api_tokens')
      .select('revoked_at')
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();
  });

  it('refuses the driver role and unknown fields for a token', async () => {
    const owner = await signIn(t.app, 'owner@acme.test');
    const driver = await owner.request('POST', '/api/v1/tokens', { name: 'x', role: 'driver' });
    expect(driver.statusCode).toBe(400);
    expect(driver.json().errors.map((e: { path: string }) => e.path)).toEqual(['role']);
    const extra = await owner.request('POST', '/api/v1/tokens', {
      name: 'x',
      role: 'owner',
      secret: 'sh_mine',
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().errors).toEqual([{ path: 'secret', message: 'Unknown field.' }]);
  });

  it('audits create and revoke without the secret or its hash', async () => {
    const { token, secret } = await createToken('Audited', 'manager');
    const owner = await signIn(t.app, 'owner@acme.test');
    expect((await owner.request('DELETE', `/api/v1/tokens/${token.id}`)).statusCode).toBe(204);
    const audit = await owner.request('GET', `/api/v1/audit?entity=api_token&entityId=${token.id}`);
    const items = audit.json().items;
    expect(items.map((i: { action: string }) => i.action)).toEqual(['update', 'create']);
    expect(items[1].changes).toEqual({
      name: { before: null, after: 'Audited' },
      role: { before: null, after: 'manager' },
    });
    expect(Object.keys(items[0].changes)).toEqual(['revoked_at']);
    expect(items[0].actorUserId).toBe(acme.userIds['owner@acme.test']);
    const rows = await t.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', token.id)
      .execute();
    expect(rows).toHaveLength(2);
    const raw = JSON.stringify(rows);
    expect(raw).not.toContain(secret);
    expect(raw).not.toContain(hashSecret(secret));
    expect(raw).not.toContain('token_hash');
  });
});
