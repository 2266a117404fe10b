import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type Client,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
} from '../app/testing.js';
import { totpCode } from './domain/totp.js';
import { LOGIN_LIMITS } from './sign-in.js';

const PROBLEM = 'application/problem+json';
const STEP_MS = 30_000;

/** Enrols a signed-in user in 2FA through the API and returns the secret. */
async function enrol(c: Client): Promise<string> {
  const setup = await c.request('POST', '/api/v1/auth/totp/setup');
  expect(setup.statusCode).toBe(200);
  const { secret } = setup.json() as { secret: string };
  const enabled = await c.request('POST', '/api/v1/auth/totp/enable', { code: totpCode(secret) });
  expect(enabled.statusCode).toBe(204);
  return secret;
}

/**
 * A code for the next time step: enrolment used the current step, and a step is good once, so the
 * sign-in that follows needs a newer one (still inside the one-step drift allowance).
 */
const nextCode = (secret: string) => totpCode(secret, Date.now() + STEP_MS);

describe('two-factor sign-in', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'totp@acme.test', role: 'manager' },
        { email: 'off@acme.test', role: 'manager' },
        { email: 'brute@acme.test', role: 'manager' },
      ],
    });
  });
  afterAll(() => t.close());

  it('enrols with setup then enable: a QR code, and the secret only counts once a code proves it', async () => {
    const c = await signIn(t.app, 'totp@acme.test');
    const setup = await c.request('POST', '/api/v1/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl, qrSvg } = setup.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(qrSvg).toMatch(/^<svg/);
    expect((await c.request('GET', '/api/v1/me')).json().user.totpEnabled).toBe(false);

    const valid = [-1, 0, 1].map((d) => totpCode(secret, Date.now() + d * STEP_MS));
    const wrong = ['000000', '111111', '222222', '333333'].find((x) => !valid.includes(x)) as string;
    const refused = await c.request('POST', '/api/v1/auth/totp/enable', { code: wrong });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ path: 'code', message: expect.any(String) }]);
    expect((await c.request('GET', '/api/v1/me')).json().user.totpEnabled).toBe(false);

    expect((await c.request('POST', '/api/v1/auth/totp/enable', { code: totpCode(secret) })).statusCode).toBe(
      204,
    );
    expect((await c.request('GET', '/api/v1/me')).json().user.totpEnabled).toBe(true);
    // The session that enrolled keeps working.
    expect((await c.request('GET', '/api/v1/stations')).statusCode).toBe(200);
    // A stolen session cannot swap the authenticator: a new setup needs "turn off" (and the password) first.
    expect((await c.request('POST', '/api/v1/auth/totp/setup')).statusCode).toBe(409);
  });

  it('refuses enable before setup with 409', async () => {
    const c = await signIn(t.app, 'owner@acme.test');
    const res = await c.request('POST', '/api/v1/auth/totp/enable', { code: '123456' });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain(PROBLEM);
  });

  describe('after enrolment', () => {
    let secret: string;
    let usedCode: string;

    beforeAll(async () => {
      secret = await enrol(await signIn(t.app, 'off@acme.test'));
    });

    it('answers a login with totp-required and lets only /auth/totp and /auth/logout through until the code', async () => {
      const c = await signIn(t.app, 'off@acme.test');
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'off@acme.test', password: TEST_PASSWORD },
      });
      expect(login.json().status).toBe('totp-required');

      const blocked: [string, string, unknown?][] = [
        ['GET', '/api/v1/me'],
        ['GET', '/api/v1/org'],
        ['GET', '/api/v1/stations'],
        ['GET', '/api/v1/users'],
        ['GET', '/api/v1/auth/sessions'],
        ['POST', '/api/v1/auth/totp/setup'],
        ['POST', '/api/v1/auth/totp/disable', { password: TEST_PASSWORD }],
        ['POST', '/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'taken-over-now' }],
        ['POST', '/api/v1/users', { email: 'x@acme.test', name: 'X', role: 'driver' }],
      ];
      for (const [method, url, body] of blocked) {
        const res = await c.request(method as 'GET' | 'POST', url, body);
        expect({ url, status: res.statusCode }).toEqual({ url, status: 401 });
        expect(res.headers['content-type']).toContain(PROBLEM);
      }

      const valid = [-1, 0, 1, 2].map((d) => totpCode(secret, Date.now() + d * STEP_MS));
      const wrong = ['000000', '111111', '222222', '333333', '444444'].find(
        (x) => !valid.includes(x),
      ) as string;
      const refused = await c.request('POST', '/api/v1/auth/totp', { code: wrong });
      expect(refused.statusCode).toBe(401);
      expect(refused.headers['content-type']).toContain(PROBLEM);
      expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(401);

      usedCode = nextCode(secret);
      const done = await c.request('POST', '/api/v1/auth/totp', { code: usedCode });
      expect(done.statusCode).toBe(200);
      expect(done.json()).toEqual({ status: 'signed-in', csrfToken: c.csrfToken });
      expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(200);
      expect((await c.request('GET', '/api/v1/stations')).statusCode).toBe(200);
    });

    it('refuses a code that already finished a sign-in (replay)', async () => {
      expect(usedCode).toBeDefined();
      const c = await signIn(t.app, 'off@acme.test');
      const res = await c.request('POST', '/api/v1/auth/totp', { code: usedCode });
      expect(res.statusCode).toBe(401);
      expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(401);
    });

    it('lets a half-signed-in session log out', async () => {
      const c = await signIn(t.app, 'off@acme.test');
      expect((await c.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
      expect((await c.request('POST', '/api/v1/auth/totp', { code: nextCode(secret) })).statusCode).toBe(401);
    });

    it('turns 2FA off only with the password', async () => {
      const c = await signIn(t.app, 'off@acme.test');
      // The steps up to one ahead are used; let the clock (Date only) move on two steps for a fresh code.
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * STEP_MS });
      try {
        expect((await c.request('POST', '/api/v1/auth/totp', { code: totpCode(secret) })).statusCode).toBe(
          200,
        );
      } finally {
        vi.useRealTimers();
      }
      const wrong = await c.request('POST', '/api/v1/auth/totp/disable', { password: 'not-my-password' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().errors).toEqual([{ path: 'password', message: expect.any(String) }]);
      expect((await c.request('GET', '/api/v1/me')).json().user.totpEnabled).toBe(true);
      expect(
        (await c.request('POST', '/api/v1/auth/totp/disable', { password: TEST_PASSWORD })).statusCode,
      ).toBe(204);
      expect((await c.request('GET', '/api/v1/me')).json().user.totpEnabled).toBe(false);
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'off@acme.test', password: TEST_PASSWORD },
      });
      expect(again.json().status).toBe('signed-in');
    });
  });

  it(`throttles wrong codes like wrong passwords: after ${LOGIN_LIMITS.perEmail}, even the right code gets 429`, async () => {
    const secret = await enrol(await signIn(t.app, 'brute@acme.test'));
    const c = await signIn(t.app, 'brute@acme.test');
    const valid = [-1, 0, 1, 2].map((d) => totpCode(secret, Date.now() + d * STEP_MS));
    const wrong = ['000000', '111111', '222222', '333333', '444444'].find(
      (x) => !valid.includes(x),
    ) as string;
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
      expect((await c.request('POST', '/api/v1/auth/totp', { code: wrong })).statusCode).toBe(401);
    }
    const blocked = await c.request('POST', '/api/v1/auth/totp', { code: nextCode(secret) });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain(PROBLEM);
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });
});

describe('org setting requireMfa', () => {
  let t: TestApp;
  let strict: SeededOrg;

  beforeAll(async () => {
    t = await startTestApp();
    strict = await seedOrg(t.db, {
      slug: 'strict',
      stations: ['DAU5'],
      users: [
        { email: 'owner@strict.test', role: 'owner' },
        { email: 'mgr@strict.test', role: 'manager' },
        { email: 'early@strict.test', role: 'manager' },
        { email: 'disp@strict.test', role: 'dispatcher' },
      ],
    });
  });
  afterAll(() => t.close());

  it('is off by default and only an owner may turn it on', async () => {
    const mgr = await signIn(t.app, 'mgr@strict.test');
    expect((await mgr.request('GET', '/api/v1/org')).json().requireMfa).toBe(false);
    expect((await mgr.request('PATCH', '/api/v1/org', { requireMfa: true })).statusCode).toBe(403);
    expect((await mgr.request('GET', '/api/v1/org')).json().requireMfa).toBe(false);
  });

  it('sends managers without 2FA to enrolment (403 elsewhere), leaves dispatchers alone', async () => {
    const early = await signIn(t.app, 'early@strict.test');
    expect((await early.request('GET', '/api/v1/stations')).statusCode).toBe(200);

    const owner = await signIn(t.app, 'owner@strict.test');
    // Requiring 2FA must not lock out the owner who turns it on: they enrol first.
    const refused = await owner.request('PATCH', '/api/v1/org', { requireMfa: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors).toEqual([
      { path: 'requireMfa', message: expect.stringMatching(/two-factor/) },
    ]);
    await enrol(owner);
    const patched = await owner.request('PATCH', '/api/v1/org', { requireMfa: true });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ id: strict.orgId, requireMfa: true });

    // A session that started before the setting changed is held to it at once.
    const refusedEarly = await early.request('GET', '/api/v1/stations');
    expect(refusedEarly.statusCode).toBe(403);
    expect(refusedEarly.headers['content-type']).toContain(PROBLEM);
    expect(refusedEarly.json().detail).toMatch(/two-factor/);

    const mgr = await signIn(t.app, 'mgr@strict.test');
    for (const url of ['/api/v1/stations', '/api/v1/users', '/api/v1/org', '/api/v1/imports']) {
      const res = await mgr.request('GET', url);
      expect({ url, status: res.statusCode }).toEqual({ url, status: 403 });
    }
    expect(
      (await mgr.request('POST', '/api/v1/users', { email: 'n@strict.test', name: 'N', role: 'driver' }))
        .statusCode,
    ).toBe(403);
    const me = await mgr.request('GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ mfaSetupRequired: true, role: 'manager', org: { requireMfa: true } });
    expect((await mgr.request('GET', '/api/v1/auth/sessions')).statusCode).toBe(200);

    // The enrolment routes stay open; once enrolled the manager is let through.
    await enrol(mgr);
    expect((await mgr.request('GET', '/api/v1/me')).json().mfaSetupRequired).toBe(false);
    // The people list shows who has enrolled (without reading anyone's secret).
    const people = (await owner.request('GET', '/api/v1/users')).json().items as {
      email: string;
      totpEnabled: boolean;
    }[];
    const enrolled = Object.fromEntries(people.map((p) => [p.email, p.totpEnabled]));
    expect(enrolled).toMatchObject({
      'mgr@strict.test': true,
      'owner@strict.test': true,
      'disp@strict.test': false,
    });
    expect((await mgr.request('GET', '/api/v1/stations')).statusCode).toBe(200);

    const disp = await signIn(t.app, 'disp@strict.test');
    expect((await disp.request('GET', '/api/v1/me')).json().mfaSetupRequired).toBe(false);
    expect((await disp.request('GET', '/api/v1/stations')).statusCode).toBe(200);
    expect((await disp.request('GET', '/api/v1/users')).statusCode).toBe(200);

    // The owner enrolled before turning the setting on, so they keep working.
    expect((await owner.request('GET', '/api/v1/stations')).statusCode).toBe(200);
    expect((await owner.request('GET', '/api/v1/me')).json().mfaSetupRequired).toBe(false);
  });
});
