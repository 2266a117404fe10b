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

const PROBLEM = 'application/problem+json';
const OTP = /^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/;

describe('users API', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let beta: SeededOrg;
  let owner: Client;

  const auditCount = async () =>
    (await t.db.db.selectFrom('audit_log').select('id').where('org_id', '=', acme.orgId).execute()).length;
  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

  /** Signs in with a one-time password and replaces it, as a new person must before anything else. */
  const choosePassword = async (email: string, oneTimePassword: string) => {
    const fresh = await signIn(t.app, email, oneTimePassword);
    const newPassword = `${email}-own-password`;
    const res = await fresh.request('POST', '/api/v1/auth/password', {
      currentPassword: oneTimePassword,
      newPassword,
    });
    expect(res.statusCode).toBe(204);
    return newPassword;
  };

  /** Accepts the one open invitation of a signed-in person; returns their account id. */
  const acceptAs = async (c: Client): Promise<string> => {
    const [invitation] = (await c.request('GET', '/api/v1/me')).json().invitations;
    const res = await c.request('POST', `/api/v1/me/invitations/${invitation.id}/accept`);
    expect(res.statusCode).toBe(200);
    return res.json().user.id;
  };

  /** Invites a new person who signs in, chooses a password and accepts, as a new hire would. */
  const join = async (email: string, role: string) => {
    const created = await owner.request('POST', '/api/v1/users', { email, name: email.split('@')[0], role });
    expect(created.statusCode).toBe(201);
    const password = await choosePassword(email, created.json().oneTimePassword);
    const client = await signIn(t.app, email, password);
    return { id: await acceptAs(client), password, client };
  };

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5', 'DAU7'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'mgr@acme.test', role: 'manager' },
      ],
    });
    beta = await seedOrg(t.db, {
      slug: 'beta',
      users: [
        { email: 'owner@beta.test', role: 'owner' },
        { email: 'consultant@beta.test', role: 'manager', name: 'Casey Consultant' },
      ],
    });
    owner = await signIn(t.app, 'owner@acme.test');
  });
  afterAll(() => t.close());

  it('invites a new dispatcher: one-time password, their own password, then they accept and join', async () => {
    const res = await owner.request('POST', '/api/v1/users', {
      email: '  Dana.Dispatch@Acme.TEST ',
      name: 'Dana Dispatch',
      role: 'dispatcher',
      stationIds: [acme.stationIds.DAU5],
    });
    expect(res.statusCode).toBe(201);
    const { invitation, oneTimePassword } = res.json();
    expect(oneTimePassword).toMatch(OTP);
    expect(invitation).toEqual({
      id: expect.any(String),
      email: 'dana.dispatch@acme.test',
      name: 'Dana Dispatch',
      role: 'dispatcher',
      stationIds: [acme.stationIds.DAU5],
      createdAt: expect.any(String),
      expiresAt: expect.any(String),
    });
    const days = (Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)) / 86_400_000;
    expect(days).toBe(14);

    const dana = await signIn(t.app, 'dana.dispatch@acme.test', oneTimePassword);
    expect((await dana.request('GET', '/api/v1/me')).json().user.mustChangePassword).toBe(true);
    // Until the one-time password is replaced, nothing but the account routes answers.
    const early = await dana.request('GET', '/api/v1/stations');
    expect(early.statusCode).toBe(403);
    expect(early.json().detail).toMatch(/password/);
    const changed = await dana.request('POST', '/api/v1/auth/password', {
      currentPassword: oneTimePassword,
      newPassword: 'dana-picked-this-one',
    });
    expect(changed.statusCode).toBe(204);
    const me = (await dana.request('GET', '/api/v1/me')).json();
    expect(me).toMatchObject({
      org: null,
      role: null,
      user: { mustChangePassword: false, name: 'Dana Dispatch' },
    });
    expect(me.invitations).toEqual([
      { id: invitation.id, orgName: 'acme DSP', role: 'dispatcher', expiresAt: invitation.expiresAt },
    ]);
    expect((await dana.request('GET', '/api/v1/stations')).statusCode).toBe(403);

    const id = await acceptAs(dana);
    expect((await dana.request('GET', '/api/v1/me')).json().role).toBe('dispatcher');
    expect((await login('dana.dispatch@acme.test', oneTimePassword)).statusCode).toBe(401);
    expect((await login('dana.dispatch@acme.test', 'dana-picked-this-one')).statusCode).toBe(200);
    expect((await dana.request('GET', '/api/v1/stations')).statusCode).toBe(200);
    const listed = (await owner.request('GET', '/api/v1/users')).json().items;
    expect(listed.find((u: { id: string }) => u.id === id)).toMatchObject({
      email: 'dana.dispatch@acme.test',
      name: 'Dana Dispatch',
      stationIds: [acme.stationIds.DAU5],
      status: 'active',
    });
  });

  it('refuses the same email twice in one org with 409 at email, and writes no audit row', async () => {
    const before = await auditCount();
    for (const email of ['mgr@acme.test', 'MGR@ACME.TEST']) {
      const res = await owner.request('POST', '/api/v1/users', { email, name: 'Again', role: 'driver' });
      expect(res.statusCode).toBe(409);
      expect(res.headers['content-type']).toContain(PROBLEM);
      expect(res.json().errors).toEqual([
        { path: 'email', message: expect.stringContaining('mgr@acme.test') },
      ]);
    }
    expect(await auditCount()).toBe(before);
    const m = await t.db.db
      .selectFrom('memberships')
      .select('role')
      .where('org_id', '=', acme.orgId)
      .where('user_id', '=', acme.userIds['mgr@acme.test'] as string)
      .executeTakeFirstOrThrow();
    expect(m.role).toBe('manager');
  });

  it('names bad fields: email, role and unknown ones', async () => {
    const res = await owner.request('POST', '/api/v1/users', {
      email: 'not-an-email',
      name: '',
      role: 'admin',
      password: 'let-me-choose',
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['email', 'name', 'password', 'role']);
  });

  describe('the last active owner', () => {
    let solo: SeededOrg;
    let soloOwner: Client;
    beforeAll(async () => {
      solo = await seedOrg(t.db, {
        slug: 'solo',
        users: [
          { email: 'only@solo.test', role: 'owner' },
          { email: 'gone@solo.test', role: 'owner' },
        ],
      });
      soloOwner = await signIn(t.app, 'only@solo.test');
      // The second owner is disabled: one active owner is left.
      const r = await soloOwner.request('PATCH', `/api/v1/users/${solo.userIds['gone@solo.test']}`, {
        status: 'disabled',
      });
      expect(r.statusCode).toBe(200);
    });

    it('cannot be demoted, disabled or removed (409), and nothing changes', async () => {
      const me = solo.userIds['only@solo.test'] as string;
      const attempts = [
        soloOwner.request('PATCH', `/api/v1/users/${me}`, { role: 'manager' }),
        soloOwner.request('PATCH', `/api/v1/users/${me}`, { status: 'disabled' }),
        soloOwner.request('PATCH', `/api/v1/users/${me}`, { role: 'owner', status: 'disabled' }),
        soloOwner.request('DELETE', `/api/v1/users/${me}`),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(res.statusCode, res.body).toBe(409);
        expect(res.headers['content-type']).toContain(PROBLEM);
      }
      const row = await t.db.db
        .selectFrom('memberships')
        .select(['role', 'status'])
        .where('org_id', '=', solo.orgId)
        .where('user_id', '=', me)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ role: 'owner', status: 'active' });
      expect((await soloOwner.request('GET', '/api/v1/me')).json().role).toBe('owner');
    });

    it('can step down once another owner is active again', async () => {
      const other = solo.userIds['gone@solo.test'] as string;
      expect(
        (await soloOwner.request('PATCH', `/api/v1/users/${other}`, { status: 'active' })).statusCode,
      ).toBe(200);
      const me = solo.userIds['only@solo.test'] as string;
      const res = await soloOwner.request('PATCH', `/api/v1/users/${me}`, { role: 'manager' });
      expect(res.statusCode).toBe(200);
      expect(res.json().role).toBe('manager');
    });
  });

  it('disabling a user ends their sessions; they can sign in but reach nothing of the org', async () => {
    const { id, password } = await join('dis@acme.test', 'driver');
    const user = { id };
    const a = await signIn(t.app, 'dis@acme.test', password);
    const b = await signIn(t.app, 'dis@acme.test', password);
    expect((await a.request('GET', '/api/v1/org')).statusCode).toBe(200);

    const res = await owner.request('PATCH', `/api/v1/users/${user.id}`, { status: 'disabled' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('disabled');
    expect((await a.request('GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await b.request('GET', '/api/v1/org')).statusCode).toBe(401);
    // (The session they chose their password in, before joining, was never in the org.)
    const left = await t.db.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .where('org_id', '=', acme.orgId)
      .execute();
    expect(left).toEqual([]);

    const again = await signIn(t.app, 'dis@acme.test', password);
    expect((await again.request('GET', '/api/v1/org')).statusCode).toBe(403);
    const me = (await again.request('GET', '/api/v1/me')).json();
    expect(me).toMatchObject({ org: null, role: null, orgs: [], stations: [], permissions: [] });
  });

  it('removing a user takes them out of the org at once', async () => {
    const { id, client: c } = await join('rm@acme.test', 'dispatcher');
    const user = { id };
    expect((await c.request('GET', '/api/v1/stations')).statusCode).toBe(200);
    expect((await owner.request('DELETE', `/api/v1/users/${user.id}`)).statusCode).toBe(204);
    expect((await c.request('GET', '/api/v1/stations')).statusCode).toBe(403);
    const list = (await owner.request('GET', '/api/v1/users?limit=500'))
      .json()
      .items.map((u: { id: string }) => u.id);
    expect(list).not.toContain(user.id);
    expect((await owner.request('DELETE', `/api/v1/users/${user.id}`)).statusCode).toBe(404);
  });

  it('reset-password issues a new one-time password, ends sessions and makes them change it', async () => {
    const { id, password: first, client: c } = await join('forgot@acme.test', 'driver');
    const user = { id };

    const res = await owner.request('POST', `/api/v1/users/${user.id}/reset-password`);
    expect(res.statusCode).toBe(200);
    const { oneTimePassword } = res.json();
    expect(oneTimePassword).toMatch(OTP);
    expect(oneTimePassword).not.toBe(first);
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await login('forgot@acme.test', first)).statusCode).toBe(401);
    const again = await signIn(t.app, 'forgot@acme.test', oneTimePassword);
    expect((await again.request('GET', '/api/v1/me')).json().user.mustChangePassword).toBe(true);
    const audit = (await owner.request('GET', `/api/v1/audit?entityId=${user.id}&action=update`)).json()
      .items;
    expect(audit[0].changes).toEqual({ password_reset: { before: null, after: 'one-time password issued' } });
    expect(JSON.stringify(audit)).not.toContain(oneTimePassword);
  });

  it('reset-password refuses (409) an account that also belongs to another org', async () => {
    const casey = beta.userIds['consultant@beta.test'] as string;
    const invited = await owner.request('POST', '/api/v1/users', {
      email: 'consultant@beta.test',
      name: 'Casey',
      role: 'manager',
    });
    expect(invited.statusCode).toBe(201);
    expect(await acceptAs(await signIn(t.app, 'consultant@beta.test'))).toBe(casey);
    const hash = (
      await t.db.db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', casey)
        .executeTakeFirstOrThrow()
    ).password_hash;
    const res = await owner.request('POST', `/api/v1/users/${casey}/reset-password`);
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain(PROBLEM);
    const after = await t.db.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', casey)
      .executeTakeFirstOrThrow();
    expect(after.password_hash).toBe(hash);
    expect((await login('consultant@beta.test', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('reset-password still refuses while the other org has only disabled the membership', async () => {
    const created = await owner.request('POST', '/api/v1/users', {
      email: 'owner@beta.test',
      name: 'x',
      role: 'driver',
    });
    expect(created.statusCode).toBe(201);
    const betaOwner = beta.userIds['owner@beta.test'] as string;
    expect(await acceptAs(await signIn(t.app, 'owner@beta.test'))).toBe(betaOwner);
    // Beta disables (not removes) this person; the account is still theirs to re-enable.
    await t.db.db
      .updateTable('memberships')
      .set({ status: 'disabled' })
      .where('org_id', '=', beta.orgId)
      .where('user_id', '=', betaOwner)
      .execute();
    const res = await owner.request('POST', `/api/v1/users/${betaOwner}/reset-password`);
    expect(res.statusCode).toBe(409);
    expect((await login('owner@beta.test', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('lists with a role filter and pages with a cursor', async () => {
    const owners = (await owner.request('GET', '/api/v1/users?role=owner')).json().items;
    expect(owners.map((u: { email: string }) => u.email)).toEqual(['owner@acme.test']);
    const all = (await owner.request('GET', '/api/v1/users?limit=500'))
      .json()
      .items.map((u: { email: string }) => u.email);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { email: string }[]; nextCursor: string | null } = (
        await owner.request('GET', `/api/v1/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.items.map((u: { email: string }) => u.email));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
    expect([...all].sort()).toEqual(all);
    expect(all.length).toBeGreaterThan(4);
  });
});
