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

/** Issue 12, item 1: an org reaches another org's account only when the account's owner accepts. */
describe('invitations across orgs', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let beta: SeededOrg;
  let acmeOwner: Client;
  let betaOwner: Client;
  let caseyId: string;

  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const account = (id: string) =>
    t.db.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const membershipsOf = (userId: string) =>
    t.db.db.selectFrom('memberships').selectAll().where('user_id', '=', userId).execute();
  const invite = (c: Client, email: string, name = 'Somebody Else', role = 'manager') =>
    c.request('POST', '/api/v1/users', { email, name, role });
  const orgInvitations = async (c: Client) =>
    (await c.request('GET', '/api/v1/invitations')).json().items as { id: string; email: string }[];
  const myInvitations = async (c: Client) =>
    (await c.request('GET', '/api/v1/me')).json().invitations as {
      id: string;
      orgName: string;
      role: string;
    }[];

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [{ email: 'owner@acme.test', role: 'owner', name: 'Olivia' }],
    });
    beta = await seedOrg(t.db, {
      slug: 'beta',
      users: [
        { email: 'owner@beta.test', role: 'owner' },
        { email: 'casey@beta.test', role: 'manager', name: 'Casey Consultant' },
        { email: 'drew@beta.test', role: 'dispatcher', name: 'Drew Beta' },
      ],
    });
    caseyId = beta.userIds['casey@beta.test'] as string;
    // Casey uses an authenticator app: the other org must not learn it.
    await t.db.db
      .updateTable('users')
      .set({ totp_secret: 'JBSWY3DPEHPK3PXP' })
      .where('id', '=', caseyId)
      .execute();
    acmeOwner = await signIn(t.app, 'owner@acme.test');
    betaOwner = await signIn(t.app, 'owner@beta.test');
  });
  afterAll(() => t.close());

  it('answers an existing account exactly as a new email, and nothing of the account leaks', async () => {
    const before = await account(caseyId);
    const fresh = await invite(acmeOwner, 'Nobody.Yet@Acme.test');
    const existing = await invite(acmeOwner, 'Casey@beta.test');

    const shape = (res: typeof fresh) => ({
      status: res.statusCode,
      type: res.headers['content-type'],
      body: JSON.parse(res.body, (key, value) =>
        ['id', 'email', 'createdAt', 'expiresAt', 'oneTimePassword'].includes(key) ? typeof value : value,
      ),
    });
    expect(shape(existing)).toEqual(shape(fresh));
    expect(existing.statusCode).toBe(201);
    expect(existing.json()).toEqual({
      invitation: {
        id: expect.any(String),
        email: 'casey@beta.test',
        name: 'Somebody Else',
        role: 'manager',
        stationIds: null,
        createdAt: expect.any(String),
        expiresAt: expect.any(String),
      },
      oneTimePassword: expect.stringMatching(OTP),
    });
    expect(existing.body).not.toContain(caseyId);
    expect(existing.body).not.toMatch(/Casey Consultant|totp/i);

    // Casey's account is untouched: her password works, the one-time password handed back does not.
    expect(await account(caseyId)).toEqual(before);
    expect((await login('casey@beta.test', existing.json().oneTimePassword)).statusCode).toBe(401);
    expect((await login('casey@beta.test', TEST_PASSWORD)).statusCode).toBe(200);
    // The new email's one-time password is its first sign-in.
    expect((await login('nobody.yet@acme.test', fresh.json().oneTimePassword)).statusCode).toBe(200);

    // Neither joined: the list of people shows neither, the invitations show both as pending.
    const people = (await acmeOwner.request('GET', '/api/v1/users'))
      .json()
      .items.map((u: { email: string }) => u.email);
    expect(people).toEqual(['owner@acme.test']);
    expect((await orgInvitations(acmeOwner)).map((i) => i.email)).toEqual([
      'casey@beta.test',
      'nobody.yet@acme.test',
    ]);
    expect((await membershipsOf(caseyId)).map((m) => m.org_id)).toEqual([beta.orgId]);
    // The tests below sign Casey in many times; her authenticator has done its part here.
    await t.db.db.updateTable('users').set({ totp_secret: null }).where('id', '=', caseyId).execute();
  });

  it('refuses a second invitation to the same email in the org (409 at email)', async () => {
    const res = await invite(acmeOwner, 'CASEY@beta.test', 'Again');
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain(PROBLEM);
    expect(res.json().errors).toEqual([
      { path: 'email', message: expect.stringContaining('already invited') },
    ]);
  });

  it('shows the invitation after sign-in; sign-in still lands in her own org until she accepts', async () => {
    const casey = await signIn(t.app, 'casey@beta.test');
    const me = (await casey.request('GET', '/api/v1/me')).json();
    expect(me.org.slug).toBe('beta');
    expect(me.orgs.map((o: { slug: string }) => o.slug)).toEqual(['beta']);
    expect(me.invitations).toEqual([
      { id: expect.any(String), orgName: 'acme DSP', role: 'manager', expiresAt: expect.any(String) },
    ]);
    // Another org's id is not hers to switch to.
    expect((await casey.request('POST', '/api/v1/me/org', { orgId: acme.orgId })).statusCode).toBe(404);
  });

  it('accepting makes the membership, under the name the org gave; her account keeps its own', async () => {
    const casey = await signIn(t.app, 'casey@beta.test');
    const [invitation] = await myInvitations(casey);
    const res = await casey.request('POST', `/api/v1/me/invitations/${invitation?.id}/accept`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ org: { slug: 'acme' }, role: 'manager', invitations: [] });
    expect(res.json().user.name).toBe('Casey Consultant');
    expect(res.json().orgs.map((o: { slug: string }) => o.slug)).toEqual(['acme', 'beta']);

    const inAcme = (await acmeOwner.request('GET', '/api/v1/users')).json().items;
    expect(inAcme.find((u: { id: string }) => u.id === caseyId)).toMatchObject({
      name: 'Somebody Else',
      role: 'manager',
    });
    const inBeta = (await betaOwner.request('GET', '/api/v1/users')).json().items;
    expect(inBeta.find((u: { id: string }) => u.id === caseyId)).toMatchObject({ name: 'Casey Consultant' });
    expect((await orgInvitations(acmeOwner)).map((i) => i.email)).toEqual(['nobody.yet@acme.test']);
    // Used up: a second accept finds nothing.
    expect((await casey.request('POST', `/api/v1/me/invitations/${invitation?.id}/accept`)).statusCode).toBe(
      404,
    );
    const audit = (await acmeOwner.request('GET', `/api/v1/audit?entityId=${caseyId}`)).json().items;
    expect(audit[0]).toMatchObject({ action: 'create', entity: 'member', actorUserId: caseyId });
  });

  it('PATCH changes only the org’s own things: never the account’s name, email or password', async () => {
    const before = await account(caseyId);
    const renamed = await acmeOwner.request('PATCH', `/api/v1/users/${caseyId}`, {
      name: 'Case',
      role: 'dispatcher',
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Case', role: 'dispatcher' });
    for (const body of [
      { email: 'mine@acme.test' },
      { password: 'taken-over-now' },
      { name: 'X', email: 'x@x.test' },
    ]) {
      const res = await acmeOwner.request('PATCH', `/api/v1/users/${caseyId}`, body);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain(PROBLEM);
    }
    expect(await account(caseyId)).toEqual(before);
    const inBeta = (await betaOwner.request('GET', '/api/v1/users')).json().items;
    expect(inBeta.find((u: { id: string }) => u.id === caseyId)).toMatchObject({ name: 'Casey Consultant' });
    const casey = await signIn(t.app, 'casey@beta.test');
    expect((await casey.request('GET', '/api/v1/me')).json().user.name).toBe('Casey Consultant');
  });

  it('declining leaves nothing; the invitation cannot be accepted afterwards', async () => {
    const sent = await invite(acmeOwner, 'drew@beta.test', 'Drew', 'dispatcher');
    expect(sent.statusCode).toBe(201);
    const drewId = beta.userIds['drew@beta.test'] as string;
    const drew = await signIn(t.app, 'drew@beta.test');
    const [invitation] = await myInvitations(drew);
    expect((await drew.request('POST', `/api/v1/me/invitations/${invitation?.id}/decline`)).statusCode).toBe(
      204,
    );
    expect(await myInvitations(drew)).toEqual([]);
    expect((await drew.request('POST', `/api/v1/me/invitations/${invitation?.id}/accept`)).statusCode).toBe(
      404,
    );
    expect((await membershipsOf(drewId)).map((m) => m.org_id)).toEqual([beta.orgId]);
    expect((await orgInvitations(acmeOwner)).map((i) => i.email)).not.toContain('drew@beta.test');
    const audit = (await acmeOwner.request('GET', `/api/v1/audit?entityId=${invitation?.id}`)).json().items;
    expect(audit.map((e: { action: string; actorUserId: string }) => [e.action, e.actorUserId])).toEqual([
      ['delete', drewId],
      ['create', acme.userIds['owner@acme.test']],
    ]);
  });

  it('an expired invitation is gone for both sides, and the org may invite again', async () => {
    const sent = (await invite(acmeOwner, 'owner@beta.test', 'Bea', 'dispatcher')).json();
    await t.db.db
      .updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', sent.invitation.id)
      .execute();
    expect(await myInvitations(betaOwner)).toEqual([]);
    expect(
      (await betaOwner.request('POST', `/api/v1/me/invitations/${sent.invitation.id}/accept`)).statusCode,
    ).toBe(404);
    expect((await orgInvitations(acmeOwner)).map((i) => i.email)).not.toContain('owner@beta.test');
    expect((await membershipsOf(beta.userIds['owner@beta.test'] as string)).map((m) => m.org_id)).toEqual([
      beta.orgId,
    ]);
    expect((await invite(acmeOwner, 'owner@beta.test', 'Bea', 'dispatcher')).statusCode).toBe(201);
    // Nothing of it is left behind either.
    const left = await t.db.db
      .selectFrom('invitations')
      .select('id')
      .where('id', '=', sent.invitation.id)
      .execute();
    expect(left).toEqual([]);
  });

  it('keeps each invitation to its org and its person: other ids answer 404 and change nothing', async () => {
    const [open] = (await orgInvitations(acmeOwner)).filter((i) => i.email === 'owner@beta.test');
    const id = open?.id as string;
    // Beta's owner cannot withdraw Acme's invitation…
    expect((await betaOwner.request('DELETE', `/api/v1/invitations/${id}`)).statusCode).toBe(404);
    // …nor can anyone but its addressee answer it.
    const drew = await signIn(t.app, 'drew@beta.test');
    for (const verb of ['accept', 'decline']) {
      const res = await drew.request('POST', `/api/v1/me/invitations/${id}/${verb}`);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain(PROBLEM);
    }
    expect((await orgInvitations(acmeOwner)).map((i) => i.id)).toContain(id);
    expect((await betaOwner.request('GET', '/api/v1/invitations')).json().items).toEqual([]);
    // Acme withdraws it: the person no longer sees it.
    expect((await acmeOwner.request('DELETE', `/api/v1/invitations/${id}`)).statusCode).toBe(204);
    expect(await myInvitations(betaOwner)).toEqual([]);
  });

  it('an account nobody claimed takes the next one-time password; the first stops working', async () => {
    const first = (await invite(acmeOwner, 'unclaimed@x.test', 'Una', 'driver')).json();
    expect((await acmeOwner.request('DELETE', `/api/v1/invitations/${first.invitation.id}`)).statusCode).toBe(
      204,
    );
    const second = (await invite(betaOwner, 'unclaimed@x.test', 'Una', 'driver')).json();
    expect((await login('unclaimed@x.test', first.oneTimePassword)).statusCode).toBe(401);
    const una = await signIn(t.app, 'unclaimed@x.test', second.oneTimePassword);
    expect((await myInvitations(una)).map((i) => i.orgName)).toEqual(['beta DSP']);
  });

  it('while another org’s invitation is open, a new one-time password would reach it: the account keeps its own', async () => {
    const first = (await invite(acmeOwner, 'wanted@x.test', 'Wen', 'driver')).json();
    const second = (await invite(betaOwner, 'wanted@x.test', 'Wen', 'driver')).json();
    expect((await login('wanted@x.test', second.oneTimePassword)).statusCode).toBe(401);
    const wen = await signIn(t.app, 'wanted@x.test', first.oneTimePassword);
    expect((await myInvitations(wen)).map((i) => i.orgName).sort()).toEqual(['acme DSP', 'beta DSP']);
  });
});
