import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  multipart,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
} from '../app/testing.js';
import { hashSecret, newSecret } from '../auth/domain/secrets.js';
import { insertApiToken } from '../auth/store.js';

const PROBLEM = 'application/problem+json';
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/**
 * Two orgs side by side. Every route that takes an id must treat the other org's ids exactly like
 * ids that do not exist: 404, no data, nothing changed.
 */
describe("tenancy: another org's ids answer 404", () => {
  let t: TestApp;
  let acme: SeededOrg;
  let other: SeededOrg;
  let otherOwner: Client;
  let acmeOwner: Client;
  let acmeSecret: string;
  const ids = { station: '', user: '', token: '', tokenSecret: '', import: '', session: '' };

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [{ email: 'owner@acme.test', role: 'owner' }],
    });
    other = await seedOrg(t.db, {
      slug: 'other',
      stations: ['DLA8'],
      users: [
        { email: 'owner@other.test', role: 'owner', name: 'Secret Owner' },
        { email: 'victim@other.test', role: 'driver', name: 'Vic Tim' },
      ],
    });
    acmeOwner = await signIn(t.app, 'owner@acme.test');
    otherOwner = await signIn(t.app, 'owner@other.test');
    ids.station = other.stationIds.DLA8 as string;
    ids.user = other.userIds['victim@other.test'] as string;

    const created = await otherOwner.request('POST', '/api/v1/tokens', { name: 'Other sync', role: 'owner' });
    ids.token = created.json().token.id;
    ids.tokenSecret = created.json().secret;

    const upload = multipart(
      'stations.csv',
      'code,name,time zone,state\nDLA9,LA Nine,America/Los_Angeles,CA\n',
    );
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=stations',
      headers: { ...upload.headers, cookie: otherOwner.cookie, 'x-csrf-token': otherOwner.csrfToken },
      payload: upload.payload,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().status).toBe('committed');
    ids.import = imported.json().id;

    const sessions = (await otherOwner.request('GET', '/api/v1/auth/sessions')).json().items;
    ids.session = sessions.find((s: { current: boolean }) => s.current).id;

    acmeSecret = newSecret('sh_');
    await insertApiToken(t.db.db, {
      org_id: acme.orgId,
      name: 'acme owner token',
      role: 'owner',
      token_hash: hashSecret(acmeSecret),
      created_by: null,
    });
  });
  afterAll(() => t.close());

  const routes: { name: string; method: Method; url: () => string; body?: object }[] = [
    { name: 'GET /stations/:id', method: 'GET', url: () => `/api/v1/stations/${ids.station}` },
    {
      name: 'PATCH /stations/:id',
      method: 'PATCH',
      url: () => `/api/v1/stations/${ids.station}`,
      body: { name: 'Mine now' },
    },
    {
      name: 'PATCH /users/:id',
      method: 'PATCH',
      url: () => `/api/v1/users/${ids.user}`,
      body: { status: 'disabled' },
    },
    { name: 'DELETE /users/:id', method: 'DELETE', url: () => `/api/v1/users/${ids.user}` },
    {
      name: 'POST /users/:id/reset-password',
      method: 'POST',
      url: () => `/api/v1/users/${ids.user}/reset-password`,
    },
    { name: 'DELETE /tokens/:id', method: 'DELETE', url: () => `/api/v1/tokens/${ids.token}` },
    { name: 'GET /imports/:id', method: 'GET', url: () => `/api/v1/imports/${ids.import}` },
    { name: 'POST /imports/:id/undo', method: 'POST', url: () => `/api/v1/imports/${ids.import}/undo` },
    {
      name: 'DELETE /auth/sessions/:id',
      method: 'DELETE',
      url: () => `/api/v1/auth/sessions/${ids.session}`,
    },
  ];

  const callers = [
    { as: 'owner session', call: (m: Method, url: string, body?: object) => acmeOwner.request(m, url, body) },
    {
      as: 'owner token',
      call: (m: Method, url: string, body?: object) =>
        t.app.inject({
          method: m,
          url,
          headers: { authorization: `Bearer ${acmeSecret}` },
          ...(body ? { payload: body as Record<string, unknown> } : {}),
        }),
    },
  ];

  const cases = routes.flatMap((r) => callers.map((c) => ({ ...r, ...c })));

  it.each(cases)('$name as acme $as → 404 like a missing id, with none of the data', async (c) => {
    // Sessions belong to people, not to orgs or tokens; a token gets 401 there, never the session.
    const expected = c.name.startsWith('DELETE /auth/sessions') && c.as === 'owner token' ? 401 : 404;
    const res = await c.call(c.method, c.url(), c.body);
    expect(res.statusCode, res.body).toBe(expected);
    expect(res.headers['content-type']).toContain(PROBLEM);
    for (const leak of [
      'DLA8',
      'DLA9',
      'Vic Tim',
      'victim@other.test',
      'Other sync',
      'stations.csv',
      'Secret Owner',
    ]) {
      expect(res.body).not.toContain(leak);
    }
    if (expected === 404) {
      const missing = await c.call(
        c.method,
        c.url().replace(/[0-9a-f-]{36}/, '00000000-0000-7000-8000-000000000000'),
        c.body,
      );
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual(res.json());
    }
  });

  it('left every record of the other org as it was', async () => {
    const station = await otherOwner.request('GET', `/api/v1/stations/${ids.station}`);
    expect(station.json().name).toBe('DLA8 station');
    const users = (await otherOwner.request('GET', '/api/v1/users')).json().items;
    expect(users.find((u: { id: string }) => u.id === ids.user)).toMatchObject({
      status: 'active',
      role: 'driver',
    });
    const imp = await otherOwner.request('GET', `/api/v1/imports/${ids.import}`);
    expect(imp.json().status).toBe('committed');
    const dla9 = await t.db.db
      .selectFrom('stations')
      .select('id')
      .where('org_id', '=', other.orgId)
      .where('code', '=', 'DLA9')
      .execute();
    expect(dla9).toHaveLength(1);
    const viaToken = await t.app.inject({
      method: 'GET',
      url: '/api/v1/stations',
      headers: { authorization: `Bearer ${ids.tokenSecret}` },
    });
    expect(viaToken.statusCode).toBe(200);
    expect((await otherOwner.request('GET', '/api/v1/me')).statusCode).toBe(200);
    const victim = await t.db.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', ids.user)
      .executeTakeFirstOrThrow();
    expect(victim.must_change_password).toBe(0);
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select('org_id')
      .where('org_id', '=', acme.orgId)
      .execute();
    expect(audit).toEqual([]);
  });

  it("keeps the other org's records out of every list", async () => {
    const lists = ['/api/v1/stations', '/api/v1/users', '/api/v1/tokens', '/api/v1/audit', '/api/v1/imports'];
    for (const url of lists) {
      const res = await acmeOwner.request('GET', url);
      expect(res.statusCode).toBe(200);
      for (const leak of [ids.station, ids.user, ids.token, ids.import, other.orgId, 'DLA8', 'other.test']) {
        expect({ url, leaked: res.body.includes(leak) }).toEqual({ url, leaked: false });
      }
    }
    const filtered = await acmeOwner.request('GET', `/api/v1/users?stationId=${ids.station}`);
    expect(filtered.body).not.toContain('other.test');
    const audit = await acmeOwner.request('GET', `/api/v1/audit?entityId=${ids.token}`);
    expect(audit.json().items).toEqual([]);
  });

  it("refuses another org's station in a user's station list", async () => {
    const res = await acmeOwner.request('POST', '/api/v1/users', {
      email: 'cross@acme.test',
      name: 'Cross',
      role: 'dispatcher',
      stationIds: [ids.station],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'stationIds.0', message: 'Unknown station.' }]);
  });
});
