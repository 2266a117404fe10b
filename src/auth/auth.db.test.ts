import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
} from '../app/testing.js';
import { insertMembership } from '../tenancy/member-store.js';
import { permissionsOf } from './domain/permissions.js';
import { hashSecret, newSecret } from './domain/secrets.js';
import { LOGIN_LIMITS } from './sign-in.js';
import { insertApiToken, recordLoginFailure } from './store.js';

const PROBLEM = 'application/problem+json';

describe('auth: sign-in, sessions, CSRF, password', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let beta: SeededOrg;
  let gamma: SeededOrg;

  /** A raw login; each test that makes failures uses its own client address so the per-IP count stays its own. */
  const login = (email: string, password: string, ip = '127.0.0.1', headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: ip,
      headers,
    });

  /** A client from a raw cookie and CSRF token. */
  const clientOf = (cookie: string, csrfToken: string): Client => ({
    cookie,
    csrfToken,
    request: (method, url, body, headers = {}) =>
      t.app.inject({
        method,
        url,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }), ...headers },
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      }),
  });

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5', 'DAU7'],
      users: [
        { email: 'owner@acme.test', role: 'owner', name: 'Olivia Owner' },
        { email: 'disp@acme.test', role: 'dispatcher', stations: ['DAU7'] },
        { email: 'throttle@acme.test', role: 'dispatcher' },
        { email: 'nine@acme.test', role: 'dispatcher' },
        { email: 'window@acme.test', role: 'dispatcher' },
        { email: 'pw@acme.test', role: 'dispatcher' },
        { email: 'sess@acme.test', role: 'dispatcher' },
        { email: 'out@acme.test', role: 'dispatcher' },
        { email: 'consult@acme.test', role: 'owner' },
      ],
    });
    beta = await seedOrg(t.db, { slug: 'beta', stations: ['DLA8'] });
    gamma = await seedOrg(t.db, {
      slug: 'gamma',
      stations: ['DSF1'],
      users: [{ email: 'owner@gamma.test', role: 'owner' }],
    });
    await insertMembership(t.db.db, {
      org_id: beta.orgId,
      user_id: acme.userIds['consult@acme.test'] as string,
      role: 'manager',
      station_ids: null,
    });
  });
  afterAll(() => t.close());

  describe('login', () => {
    it('sets an httpOnly, SameSite=Lax session cookie (not Secure over plain http) and stores only its hash', async () => {
      const res = await login('owner@acme.test', TEST_PASSWORD);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toEqual({ status: 'signed-in', csrfToken: expect.any(String) });
      const cookie = res.cookies.find((c) => c.name === 'sh_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 14 * 86_400 });
      expect(cookie?.secure).toBeFalsy();
      expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(cookie?.value).not.toBe(body.csrfToken);
      const header = String(res.headers['set-cookie']);
      expect(header).toContain('HttpOnly');
      expect(header).toContain('SameSite=Lax');
      expect(header).not.toContain('Secure');

      const rows = await t.db.db.selectFrom('sessions').selectAll().execute();
      const mine = rows.filter((r) => r.token_hash === hashSecret(cookie?.value as string));
      expect(mine).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(cookie?.value as string);
    });

    it('ignores x-forwarded-proto when the proxy is not trusted', async () => {
      const res = await login('owner@acme.test', TEST_PASSWORD, '127.0.0.1', {
        'x-forwarded-proto': 'https',
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'sh_session')?.secure).toBeFalsy();
    });

    it('marks the cookie Secure when a trusted proxy says the request was https', async () => {
      const proxied = await startTestApp({ TRUST_PROXY: '1' });
      try {
        await seedOrg(proxied.db, { slug: 'p', users: [{ email: 'p@p.test', role: 'owner' }] });
        const res = await proxied.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'p@p.test', password: TEST_PASSWORD },
          headers: { 'x-forwarded-proto': 'https' },
        });
        expect(res.statusCode).toBe(200);
        const cookie = res.cookies.find((c) => c.name === 'sh_session');
        expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
        expect(String(res.headers['set-cookie'])).toContain('Secure');
      } finally {
        await proxied.close();
      }
    });

    it('accepts the email in any case and with spaces around it', async () => {
      const res = await login('  OWNER@Acme.TEST ', TEST_PASSWORD);
      expect(res.statusCode).toBe(200);
    });

    it('answers a wrong password and an unknown email alike: 401, the same generic detail, no cookie', async () => {
      const wrong = await login('owner@acme.test', 'not-the-password', '10.0.1.1');
      const unknown = await login('nobody@acme.test', TEST_PASSWORD, '10.0.1.1');
      for (const res of [wrong, unknown]) {
        expect(res.statusCode).toBe(401);
        expect(res.headers['content-type']).toContain(PROBLEM);
        expect(res.cookies).toHaveLength(0);
      }
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.json()).toEqual({
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Email or password is incorrect.',
      });
    });

    it(`throttles an email after ${LOGIN_LIMITS.perEmail} failures: 429 even with the right password`, async () => {
      const ip = '10.0.2.1';
      for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
        expect((await login('throttle@acme.test', `wrong-${i}-password`, ip)).statusCode).toBe(401);
      }
      const blocked = await login('throttle@acme.test', TEST_PASSWORD, ip);
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers['content-type']).toContain(PROBLEM);
      expect(blocked.cookies).toHaveLength(0);
      // The count is per email, whatever its case, and from any address.
      expect((await login('THROTTLE@acme.test', TEST_PASSWORD, '10.0.2.2')).statusCode).toBe(429);
      // Another person signing in from the same address is not affected.
      expect((await login('owner@acme.test', TEST_PASSWORD, ip)).statusCode).toBe(200);
    });

    it('lets the right password through after one failure fewer than the limit, and a success clears the count', async () => {
      const ip = '10.0.3.1';
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < LOGIN_LIMITS.perEmail - 1; i++) {
          expect((await login('nine@acme.test', 'wrong-password!', ip)).statusCode).toBe(401);
        }
        expect((await login('nine@acme.test', TEST_PASSWORD, ip)).statusCode).toBe(200);
      }
    });

    it('forgets failures older than the window', async () => {
      const old = new Date(Date.now() - (LOGIN_LIMITS.windowMinutes + 1) * 60_000).toISOString();
      await t.db.db
        .insertInto('login_failures')
        .values(
          Array.from({ length: LOGIN_LIMITS.perEmail }, (_, i) => ({
            id: `old-${i}`,
            email: 'window@acme.test',
            ip: '10.0.4.1',
            at: old,
          })),
        )
        .execute();
      expect((await login('window@acme.test', TEST_PASSWORD, '10.0.4.1')).statusCode).toBe(200);
    });

    it(`throttles an address after ${LOGIN_LIMITS.perIp} failures, whatever the email`, async () => {
      const ip = '10.0.5.1';
      for (let i = 0; i < LOGIN_LIMITS.perIp; i++)
        await recordLoginFailure(t.db.db, `guess${i}@acme.test`, ip);
      expect((await login('owner@acme.test', TEST_PASSWORD, ip)).statusCode).toBe(429);
      expect((await login('owner@acme.test', TEST_PASSWORD, '10.0.5.2')).statusCode).toBe(200);
    });

    it('refuses a body with extra fields or a missing password with 400, before any lookup', async () => {
      const extra = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'owner@acme.test', password: TEST_PASSWORD, remember: true },
      });
      expect(extra.statusCode).toBe(400);
      expect(extra.json().errors).toEqual([{ path: 'remember', message: 'Unknown field.' }]);
      const missing = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'owner@acme.test' },
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(['password']);
    });
  });

  describe('logout', () => {
    it('ends the session: the cookie is cleared and no longer works', async () => {
      const c = await signIn(t.app, 'out@acme.test');
      expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(200);
      const res = await c.request('POST', '/api/v1/auth/logout');
      expect(res.statusCode).toBe(204);
      const cleared = res.cookies.find((c) => c.name === 'sh_session');
      expect(cleared?.value).toBe('');
      expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(401);
      expect((await c.request('GET', '/api/v1/stations')).statusCode).toBe(401);
      const left = await t.db.db
        .selectFrom('sessions')
        .select('id')
        .where('token_hash', '=', hashSecret(c.cookie.replace('sh_session=', '')))
        .execute();
      expect(left).toEqual([]);
    });

    it('needs the CSRF header like any other write', async () => {
      const c = await signIn(t.app, 'out@acme.test');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { cookie: c.cookie },
      });
      expect(res.statusCode).toBe(403);
      expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(200);
    });
  });

  describe('GET /me', () => {
    it('describes the user, org, role, stations, orgs, permissions and CSRF token', async () => {
      const c = await signIn(t.app, 'owner@acme.test');
      const res = await c.request('GET', '/api/v1/me');
      expect(res.statusCode).toBe(200);
      const me = res.json();
      expect(Object.keys(me).sort()).toEqual(
        [
          'csrfToken',
          'invitations',
          'mfaSetupRequired',
          'org',
          'orgs',
          'permissions',
          'role',
          'stations',
          'user',
        ].sort(),
      );
      expect(me.user).toEqual({
        id: acme.userIds['owner@acme.test'],
        email: 'owner@acme.test',
        name: 'Olivia Owner',
        mustChangePassword: false,
        totpEnabled: false,
      });
      expect(me.org).toEqual({ id: acme.orgId, name: 'acme DSP', slug: 'acme', requireMfa: false });
      expect(me.role).toBe('owner');
      expect(me.stations.map((s: { code: string }) => s.code)).toEqual(['DAU5', 'DAU7']);
      expect(me.stations[0]).toEqual({
        id: acme.stationIds.DAU5,
        code: 'DAU5',
        name: 'DAU5 station',
        timeZone: 'America/Los_Angeles',
        state: 'CA',
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      expect(me.orgs).toEqual([{ id: acme.orgId, name: 'acme DSP', slug: 'acme', role: 'owner' }]);
      expect(me.invitations).toEqual([]);
      expect(me.csrfToken).toBe(c.csrfToken);
      expect(me.mfaSetupRequired).toBe(false);
      expect([...me.permissions].sort()).toEqual(permissionsOf('owner').sort());
      expect(JSON.stringify(me)).not.toMatch(/password_hash|totp_secret|\$argon2/);
    });

    it('shows a station-scoped dispatcher only their station and their own permissions', async () => {
      const me = (await (await signIn(t.app, 'disp@acme.test')).request('GET', '/api/v1/me')).json();
      expect(me.role).toBe('dispatcher');
      expect(me.stations.map((s: { code: string }) => s.code)).toEqual(['DAU7']);
      expect([...me.permissions].sort()).toEqual([
        'attendance.write',
        'coaching.read',
        'damage.write',
        'dispatch.read',
        'dispatch.write',
        'fleet.read',
        'imports.run',
        'messages.read',
        'payroll.read',
        'people.read',
        'performance.read',
        'schedule.read',
        'schedule.write',
        'stations.read',
        'users.read',
      ]);
    });

    it('answers 401 problem+json without a session, or with an unknown cookie', async () => {
      for (const headers of [{}, { cookie: 'sh_session=forged' }]) {
        const res = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers });
        expect(res.statusCode).toBe(401);
        expect(res.headers['content-type']).toContain(PROBLEM);
      }
    });
  });

  describe('CSRF', () => {
    // Writes go to gamma so the other tests' view of acme stays as seeded.
    const station = { code: 'CSR1', name: 'CSRF test', timeZone: 'America/Chicago', state: 'TX' };
    const stationCount = async () =>
      (
        await t.db.db
          .selectFrom('stations')
          .select('id')
          .where('org_id', '=', gamma.orgId)
          .where('code', '=', 'CSR1')
          .execute()
      ).length;

    it('refuses a cookie-authenticated write without the header, with a wrong one, or with another session’s', async () => {
      const c = await signIn(t.app, 'owner@gamma.test');
      const other = await signIn(t.app, 'owner@gamma.test');
      for (const csrf of [undefined, 'wrong', '', other.csrfToken, `${c.csrfToken}x`]) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/stations',
          headers: { cookie: c.cookie, ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }) },
          payload: station,
        });
        expect(res.statusCode).toBe(403);
        expect(res.headers['content-type']).toContain(PROBLEM);
        expect(res.json().detail).toContain('x-csrf-token');
      }
      for (const method of ['PATCH', 'DELETE'] as const) {
        const res = await t.app.inject({
          method,
          url: method === 'PATCH' ? '/api/v1/org' : `/api/v1/tokens/x`,
          headers: { cookie: c.cookie },
          ...(method === 'PATCH' ? { payload: { name: 'Hijacked' } } : {}),
        });
        expect(res.statusCode).toBe(403);
      }
      expect(await stationCount()).toBe(0);
      expect((await c.request('GET', '/api/v1/org')).json().name).toBe('gamma DSP');
    });

    it('lets the same write through with the right header, and GETs need none', async () => {
      const c = await signIn(t.app, 'owner@gamma.test');
      expect((await c.request('GET', '/api/v1/stations')).statusCode).toBe(200);
      const res = await c.request('POST', '/api/v1/stations', station);
      expect(res.statusCode).toBe(201);
      expect(await stationCount()).toBe(1);
    });

    it('does not ask a Bearer token for a CSRF header', async () => {
      const secret = newSecret('sh_');
      await insertApiToken(t.db.db, {
        org_id: acme.orgId,
        name: 'csrf test',
        role: 'owner',
        token_hash: hashSecret(secret),
        created_by: null,
      });
      const res = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/org',
        headers: { authorization: `Bearer ${secret}` },
        payload: { name: 'acme DSP' },
      });
      expect(res.statusCode).toBe(200);
    });
  });

  describe('password change', () => {
    it('refuses a wrong current password with 400 at currentPassword, and a short new one at newPassword', async () => {
      const c = await signIn(t.app, 'pw@acme.test');
      const wrong = await c.request('POST', '/api/v1/auth/password', {
        currentPassword: 'not-my-password',
        newPassword: 'a-long-new-password',
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.headers['content-type']).toContain(PROBLEM);
      expect(wrong.json().errors).toEqual([{ path: 'currentPassword', message: expect.any(String) }]);
      const short = await c.request('POST', '/api/v1/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'short',
      });
      expect(short.statusCode).toBe(400);
      expect(short.json().errors).toEqual([{ path: 'newPassword', message: expect.stringContaining('10') }]);
      // Nothing changed: the old password still works.
      expect((await login('pw@acme.test', TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('changes it, keeps the current session and signs out the others', async () => {
      const current = await signIn(t.app, 'pw@acme.test');
      const other = await signIn(t.app, 'pw@acme.test');
      const res = await current.request('POST', '/api/v1/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'a-long-new-password',
      });
      expect(res.statusCode).toBe(204);
      expect((await current.request('GET', '/api/v1/me')).statusCode).toBe(200);
      expect((await other.request('GET', '/api/v1/me')).statusCode).toBe(401);
      expect((await login('pw@acme.test', TEST_PASSWORD, '10.0.6.1')).statusCode).toBe(401);
      expect((await login('pw@acme.test', 'a-long-new-password')).statusCode).toBe(200);
    });
  });

  describe('sessions', () => {
    it('lists my sessions, marks the current one and revokes another (whose cookie then gets 401)', async () => {
      const a = clientOf(
        ...(await (async () => {
          const res = await login('sess@acme.test', TEST_PASSWORD, '127.0.0.1', {
            'user-agent': 'phone-browser',
          });
          return [
            `sh_session=${res.cookies.find((c) => c.name === 'sh_session')?.value}`,
            res.json().csrfToken as string,
          ] as const;
        })()),
      );
      const b = await signIn(t.app, 'sess@acme.test');
      const list = await a.request('GET', '/api/v1/auth/sessions');
      expect(list.statusCode).toBe(200);
      const items = list.json().items as { id: string; current: boolean; userAgent: string | null }[];
      expect(items.length).toBeGreaterThanOrEqual(2);
      expect(items.filter((s) => s.current)).toHaveLength(1);
      const mine = items.find((s) => s.current);
      expect(mine?.userAgent).toBe('phone-browser');
      for (const s of items) {
        expect(Object.keys(s).sort()).toEqual([
          'createdAt',
          'current',
          'id',
          'ip',
          'lastSeenAt',
          'userAgent',
        ]);
      }
      const fromB = (await b.request('GET', '/api/v1/auth/sessions')).json().items as typeof items;
      const bId = fromB.find((s) => s.current)?.id as string;
      expect(bId).not.toBe(mine?.id);

      expect((await a.request('DELETE', `/api/v1/auth/sessions/${bId}`)).statusCode).toBe(204);
      expect((await b.request('GET', '/api/v1/me')).statusCode).toBe(401);
      expect((await a.request('GET', '/api/v1/me')).statusCode).toBe(200);
      expect((await a.request('DELETE', `/api/v1/auth/sessions/${bId}`)).statusCode).toBe(404);
    });

    it("answers 404 for someone else's session and leaves it alone", async () => {
      const mine = await signIn(t.app, 'sess@acme.test');
      const theirs = await signIn(t.app, 'owner@acme.test');
      const theirId = (
        (await theirs.request('GET', '/api/v1/auth/sessions')).json().items as {
          id: string;
          current: boolean;
        }[]
      ).find((s) => s.current)?.id as string;
      const res = await mine.request('DELETE', `/api/v1/auth/sessions/${theirId}`);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain(PROBLEM);
      expect((await theirs.request('GET', '/api/v1/me')).statusCode).toBe(200);
      const listed = (await mine.request('GET', '/api/v1/auth/sessions')).json().items as { id: string }[];
      expect(listed.map((s) => s.id)).not.toContain(theirId);
    });
  });

  describe('org switching', () => {
    it('lets a member of two orgs switch and see the other org’s stations', async () => {
      const c = await signIn(t.app, 'consult@acme.test');
      const me = (await c.request('GET', '/api/v1/me')).json();
      expect(me.org.id).toBe(acme.orgId);
      expect(me.orgs).toEqual([
        { id: acme.orgId, name: 'acme DSP', slug: 'acme', role: 'owner' },
        { id: beta.orgId, name: 'beta DSP', slug: 'beta', role: 'manager' },
      ]);
      const before = (await c.request('GET', '/api/v1/stations'))
        .json()
        .items.map((s: { code: string }) => s.code);
      expect(before).toEqual(['DAU5', 'DAU7']);

      const switched = await c.request('POST', '/api/v1/me/org', { orgId: beta.orgId });
      expect(switched.statusCode).toBe(200);
      expect(switched.json()).toMatchObject({ org: { id: beta.orgId, slug: 'beta' }, role: 'manager' });
      expect(switched.json().stations.map((s: { code: string }) => s.code)).toEqual(['DLA8']);
      const after = await c.request('GET', '/api/v1/stations');
      expect(after.json().items.map((s: { code: string }) => s.code)).toEqual(['DLA8']);
      // The role follows the org: a manager in beta may not change its settings.
      expect((await c.request('PATCH', '/api/v1/org', { name: 'Mine' })).statusCode).toBe(403);
      expect((await c.request('GET', `/api/v1/stations/${acme.stationIds.DAU5}`)).statusCode).toBe(404);
    });

    it('answers 404 for an org the user does not belong to, and stays in the current org', async () => {
      const c = await signIn(t.app, 'consult@acme.test');
      const res = await c.request('POST', '/api/v1/me/org', { orgId: gamma.orgId });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain(PROBLEM);
      expect((await c.request('POST', '/api/v1/me/org', { orgId: 'no-such-org' })).statusCode).toBe(404);
      expect((await c.request('GET', '/api/v1/me')).json().org.id).toBe(acme.orgId);
      expect(
        (await c.request('GET', '/api/v1/stations')).json().items.map((s: { code: string }) => s.code),
      ).toEqual(['DAU5', 'DAU7']);
    });

    it('does not switch into an org where the membership is disabled', async () => {
      await t.db.db
        .updateTable('memberships')
        .set({ status: 'disabled' })
        .where('org_id', '=', beta.orgId)
        .where('user_id', '=', acme.userIds['consult@acme.test'] as string)
        .execute();
      try {
        const c = await signIn(t.app, 'consult@acme.test');
        expect((await c.request('POST', '/api/v1/me/org', { orgId: beta.orgId })).statusCode).toBe(404);
        expect(
          (await c.request('GET', '/api/v1/me')).json().orgs.map((o: { slug: string }) => o.slug),
        ).toEqual(['acme']);
      } finally {
        await t.db.db
          .updateTable('memberships')
          .set({ status: 'active' })
          .where('org_id', '=', beta.orgId)
          .where('user_id', '=', acme.userIds['consult@acme.test'] as string)
          .execute();
      }
    });
  });
});
