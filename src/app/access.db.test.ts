import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret, newSecret } from '../auth/domain/secrets.js';
import { insertApiToken, insertUser } from '../auth/store.js';
import type { Role } from '../db/schema.js';
import { insertMembership } from '../tenancy/member-store.js';
import { type Client, type SeededOrg, seedOrg, signIn, startTestApp, type TestApp } from './testing.js';

const PROBLEM = 'application/problem+json';
const ROLES: Role[] = ['owner', 'manager', 'dispatcher', 'driver'];
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

interface RouteCase {
  name: string;
  allowed: Role[];
  /** The status an allowed caller gets. */
  ok: number;
  /** Builds the request, making whatever fresh record it needs; `who` keeps names unique. */
  request(who: string): Promise<{ method: Method; url: string; body?: object }>;
}

describe('roles matrix: every route, every role', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let importId: string;
  let seq = 0;
  const sessions = new Map<Role, Client>();

  /** A member who needs no password (nobody signs in as them), for routes that change or remove someone. */
  async function freshDriver(): Promise<string> {
    seq += 1;
    const user = await insertUser(t.db.db, {
      email: `target${seq}@acme.test`,
      name: `Target ${seq}`,
      passwordHash: 'not-a-hash',
      mustChangePassword: false,
    });
    await insertMembership(t.db.db, {
      org_id: acme.orgId,
      user_id: user.id,
      role: 'driver',
      station_ids: null,
    });
    return user.id;
  }

  async function freshToken(): Promise<string> {
    const row = await insertApiToken(t.db.db, {
      org_id: acme.orgId,
      name: `revoke me ${++seq}`,
      role: 'dispatcher',
      token_hash: hashSecret(newSecret('sh_')),
      created_by: null,
    });
    return row.id;
  }

  const code = () => `RM${++seq % 100}`;

  const routes: RouteCase[] = [
    {
      name: 'GET /org',
      allowed: ROLES,
      ok: 200,
      request: async () => ({ method: 'GET', url: '/api/v1/org' }),
    },
    {
      name: 'PATCH /org',
      allowed: ['owner'],
      ok: 200,
      request: async () => ({ method: 'PATCH', url: '/api/v1/org', body: { name: 'acme DSP' } }),
    },
    {
      name: 'GET /stations',
      allowed: ['owner', 'manager', 'dispatcher'],
      ok: 200,
      request: async () => ({ method: 'GET', url: '/api/v1/stations' }),
    },
    {
      name: 'POST /stations',
      allowed: ['owner'],
      ok: 201,
      request: async () => ({
        method: 'POST',
        url: '/api/v1/stations',
        body: { code: code(), name: 'Matrix', timeZone: 'America/Chicago', state: 'TX' },
      }),
    },
    {
      name: 'GET /stations/:id',
      allowed: ['owner', 'manager', 'dispatcher'],
      ok: 200,
      request: async () => ({ method: 'GET', url: `/api/v1/stations/${acme.stationIds.DAU5}` }),
    },
    {
      name: 'PATCH /stations/:id',
      allowed: ['owner'],
      ok: 200,
      request: async (who) => ({
        method: 'PATCH',
        url: `/api/v1/stations/${acme.stationIds.DAU5}`,
        body: { name: `Renamed by ${who}` },
      }),
    },
    {
      name: 'GET /users',
      allowed: ['owner', 'manager', 'dispatcher'],
      ok: 200,
      request: async () => ({ method: 'GET', url: '/api/v1/users' }),
    },
    {
      name: 'POST /users',
      allowed: ['owner', 'manager'],
      ok: 201,
      request: async (who) => ({
        method: 'POST',
        url: '/api/v1/users',
        body: { email: `new-${who}-${++seq}@acme.test`, name: 'New Driver', role: 'driver' },
      }),
    },
    {
      name: 'PATCH /users/:id',
      allowed: ['owner', 'manager'],
      ok: 200,
      request: async (who) => ({
        method: 'PATCH',
        url: `/api/v1/users/${await freshDriver()}`,
        body: { name: `Renamed by ${who}` },
      }),
    },
    {
      name: 'DELETE /users/:id',
      allowed: ['owner', 'manager'],
      ok: 204,
      request: async () => ({ method: 'DELETE', url: `/api/v1/users/${await freshDriver()}` }),
    },
    {
      name: 'POST /users/:id/reset-password',
      allowed: ['owner', 'manager'],
      ok: 200,
      request: async () => ({ method: 'POST', url: `/api/v1/users/${await freshDriver()}/reset-password` }),
    },
    {
      name: 'GET /tokens',
      allowed: ['owner'],
      ok: 200,
      request: async () => ({ method: 'GET', url: '/api/v1/tokens' }),
    },
    {
      name: 'POST /tokens',
      allowed: ['owner'],
      ok: 201,
      request: async (who) => ({
        method: 'POST',
        url: '/api/v1/tokens',
        body: { name: `by ${who}`, role: 'dispatcher' },
      }),
    },
    {
      name: 'DELETE /tokens/:id',
      allowed: ['owner'],
      ok: 204,
      request: async () => ({ method: 'DELETE', url: `/api/v1/tokens/${await freshToken()}` }),
    },
    {
      name: 'GET /audit',
      allowed: ['owner'],
      ok: 200,
      request: async () => ({ method: 'GET', url: '/api/v1/audit' }),
    },
    {
      name: 'GET /imports/kinds',
      allowed: ['owner', 'manager', 'dispatcher'],
      ok: 200,
      request: async () => ({ method: 'GET', url: '/api/v1/imports/kinds' }),
    },
    {
      name: 'GET /imports',
      allowed: ['owner', 'manager', 'dispatcher'],
      ok: 200,
      request: async () => ({ method: 'GET', url: '/api/v1/imports' }),
    },
    {
      // A day's routes: dispatchers import them (other kinds' imports answer them 404).
      name: 'GET /imports/:id',
      allowed: ['owner', 'manager', 'dispatcher'],
      ok: 200,
      request: async () => ({ method: 'GET', url: `/api/v1/imports/${importId}` }),
    },
    {
      // Importing stations needs stations.write as well as imports.run: owners only.
      name: 'GET /imports/kinds/stations/mapping',
      allowed: ['owner'],
      ok: 200,
      request: async () => ({ method: 'GET', url: '/api/v1/imports/kinds/stations/mapping' }),
    },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5', 'DAU7'],
      users: ROLES.map((role) => ({ email: `${role}@acme.test`, role })),
    });
    for (const role of ROLES) sessions.set(role, await signIn(t.app, `${role}@acme.test`));
    const now = new Date().toISOString();
    importId = `imp-${Date.now()}`;
    await t.db.db
      .insertInto('imports')
      .values({
        org_id: acme.orgId,
        id: importId,
        kind: 'routes',
        station_id: null,
        business_date: '2026-12-01',
        file_name: 'routes.csv',
        dry_run: 0,
        file_sha256: 'x',
        status: 'committed',
        rows: 0,
        processed: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        error_count: 0,
        errors: '[]',
        mapping: '{}',
        created_by: null,
        created_at: now,
        finished_at: now,
        undone_at: null,
      })
      .execute();
  });
  afterAll(() => t.close());

  function expectRefused(res: LightMyRequestResponse) {
    expect(res.headers['content-type']).toContain(PROBLEM);
    expect(res.json()).toMatchObject({ type: 'about:blank', title: 'Forbidden', status: 403 });
  }

  const cells = routes.flatMap((route) =>
    ROLES.map((role) => ({ route: route.name, role, allowed: route.allowed.includes(role), r: route })),
  );

  describe('signed-in sessions', () => {
    it.each(cells)('$route as $role → allowed: $allowed', async ({ r, role, allowed }) => {
      const req = await r.request(role);
      const res = await (sessions.get(role) as Client).request(req.method, req.url, req.body);
      if (allowed) {
        expect(res.statusCode, res.body).toBe(r.ok);
      } else {
        expect(res.statusCode, res.body).toBe(403);
        expectRefused(res);
      }
    });
  });

  describe('API tokens of each role', () => {
    const secrets = new Map<Role, string>();
    beforeAll(async () => {
      for (const role of ['owner', 'manager', 'dispatcher'] as const) {
        const secret = newSecret('sh_');
        await insertApiToken(t.db.db, {
          org_id: acme.orgId,
          name: `${role} token`,
          role,
          token_hash: hashSecret(secret),
          created_by: null,
        });
        secrets.set(role, secret);
      }
    });

    it.each(cells.filter((c) => c.role !== 'driver'))(
      '$route with a $role token → allowed: $allowed',
      async ({ r, role, allowed }) => {
        const req = await r.request(`${role}-token`);
        const res = await t.app.inject({
          method: req.method,
          url: req.url,
          headers: { authorization: `Bearer ${secrets.get(role)}` },
          ...(req.body ? { payload: req.body as Record<string, unknown> } : {}),
        });
        if (allowed) {
          expect(res.statusCode, res.body).toBe(r.ok);
        } else {
          expect(res.statusCode, res.body).toBe(403);
          expectRefused(res);
        }
      },
    );
  });

  it('leaves the record alone when a role is refused', async () => {
    const target = await freshDriver();
    const token = await freshToken();
    const disp = sessions.get('dispatcher') as Client;
    expect((await disp.request('DELETE', `/api/v1/users/${target}`)).statusCode).toBe(403);
    expect((await disp.request('PATCH', `/api/v1/users/${target}`, { role: 'owner' })).statusCode).toBe(403);
    expect((await disp.request('DELETE', `/api/v1/tokens/${token}`)).statusCode).toBe(403);
    const m = await t.db.db
      .selectFrom('memberships')
      .selectAll()
      .where('org_id', '=', acme.orgId)
      .where('user_id', '=', target)
      .executeTakeFirstOrThrow();
    expect(m.role).toBe('driver');
    const tk = await t.db.db
      .selectFrom('api_tokens')
      .select('revoked_at')
      .where('id', '=', token)
      .executeTakeFirstOrThrow();
    expect(tk.revoked_at).toBeNull();
  });

  it('answers 401, not 403, to a caller who is not signed in, for every route', async () => {
    for (const r of routes) {
      const req = await r.request('anonymous');
      const res = await t.app.inject({
        method: req.method,
        url: req.url,
        ...(req.body ? { payload: req.body as Record<string, unknown> } : {}),
      });
      expect({ route: r.name, status: res.statusCode }).toEqual({ route: r.name, status: 401 });
    }
  });
});

describe('station scope', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let otherStation: string;
  let scoped: Client;
  let orgWide: Client;

  const emails = async (c: Client, query = '') =>
    ((await c.request('GET', `/api/v1/users${query}`)).json().items as { email: string }[]).map(
      (u) => u.email,
    );

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5', 'DAU7'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'mgr7@acme.test', role: 'manager', stations: ['DAU7'] },
        { email: 'mgr@acme.test', role: 'manager' },
        { email: 'disp5@acme.test', role: 'dispatcher', stations: ['DAU5'] },
        { email: 'disp7@acme.test', role: 'dispatcher', stations: ['DAU7'] },
        { email: 'both@acme.test', role: 'driver', stations: ['DAU5', 'DAU7'] },
        { email: 'wide@acme.test', role: 'dispatcher' },
        { email: 'peer7@acme.test', role: 'manager', stations: ['DAU7'] },
      ],
    });
    const other = await seedOrg(t.db, { slug: 'other', stations: ['DLA8'] });
    otherStation = other.stationIds.DLA8 as string;
    scoped = await signIn(t.app, 'mgr7@acme.test');
    orgWide = await signIn(t.app, 'mgr@acme.test');
  });
  afterAll(() => t.close());

  it('shows a station-scoped manager only the members of their station', async () => {
    expect(await emails(scoped)).toEqual([
      'both@acme.test',
      'disp7@acme.test',
      'mgr7@acme.test',
      'peer7@acme.test',
    ]);
    expect(await emails(scoped, `?stationId=${acme.stationIds.DAU5}`)).toEqual(['both@acme.test']);
    expect(
      (await scoped.request('GET', '/api/v1/stations')).json().items.map((s: { code: string }) => s.code),
    ).toEqual(['DAU7']);
    expect((await scoped.request('GET', `/api/v1/stations/${acme.stationIds.DAU5}`)).statusCode).toBe(404);
    // An org-wide manager sees everyone.
    expect(await emails(orgWide)).toHaveLength(8);
  });

  it('puts a new user on the manager’s own stations when none are given', async () => {
    const res = await scoped.request('POST', '/api/v1/users', {
      email: 'new7@acme.test',
      name: 'New',
      role: 'driver',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().invitation.stationIds).toEqual([acme.stationIds.DAU7]);
  });

  it('refuses to create a user for another station, for every station, or for another org’s station', async () => {
    const base = { name: 'Elsewhere', role: 'dispatcher' };
    const dau5 = await scoped.request('POST', '/api/v1/users', {
      ...base,
      email: 'e1@acme.test',
      stationIds: [acme.stationIds.DAU5],
    });
    expect(dau5.statusCode).toBe(400);
    expect(dau5.json().errors).toEqual([{ path: 'stationIds.0', message: 'Unknown station.' }]);
    const mixed = await scoped.request('POST', '/api/v1/users', {
      ...base,
      email: 'e2@acme.test',
      stationIds: [acme.stationIds.DAU7, acme.stationIds.DAU5],
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().errors[0].path).toBe('stationIds.1');
    const everywhere = await scoped.request('POST', '/api/v1/users', {
      ...base,
      email: 'e3@acme.test',
      stationIds: null,
    });
    expect(everywhere.statusCode).toBe(403);
    const foreign = await orgWide.request('POST', '/api/v1/users', {
      ...base,
      email: 'e4@acme.test',
      stationIds: [otherStation],
    });
    expect(foreign.statusCode).toBe(400);
    expect(await emails(orgWide)).not.toEqual(expect.arrayContaining(['e1@acme.test']));
    const created = await t.db.db
      .selectFrom('users')
      .select('email')
      .where('email', 'in', ['e1@acme.test', 'e2@acme.test', 'e3@acme.test', 'e4@acme.test'])
      .execute();
    expect(created).toEqual([]);
  });

  it('refuses to give the owner or manager role (403), scoped or not', async () => {
    for (const c of [scoped, orgWide]) {
      for (const role of ['owner', 'manager']) {
        const res = await c.request('POST', '/api/v1/users', {
          email: `up-${role}@acme.test`,
          name: 'Up',
          role,
        });
        expect(res.statusCode).toBe(403);
        expect(res.headers['content-type']).toContain(PROBLEM);
      }
      const promote = await c.request('PATCH', `/api/v1/users/${acme.userIds['disp7@acme.test']}`, {
        role: 'manager',
      });
      expect(promote.statusCode).toBe(403);
    }
    const self = await scoped.request('PATCH', `/api/v1/users/${acme.userIds['mgr7@acme.test']}`, {
      role: 'owner',
    });
    expect(self.statusCode).toBe(403);
    const members = await t.db.db
      .selectFrom('memberships')
      .select(['user_id', 'role'])
      .where('org_id', '=', acme.orgId)
      .where('user_id', 'in', [
        acme.userIds['disp7@acme.test'] as string,
        acme.userIds['mgr7@acme.test'] as string,
      ])
      .execute();
    expect(members.map((m) => m.role).sort()).toEqual(['dispatcher', 'manager']);
  });

  it('cannot edit, disable, remove or reset an owner or another manager', async () => {
    const owner = acme.userIds['owner@acme.test'] as string;
    const peer = acme.userIds['peer7@acme.test'] as string;
    // Hidden from a scoped manager (404); visible but out of reach for an org-wide one (403).
    for (const [c, ownerStatus] of [
      [scoped, 404],
      [orgWide, 403],
    ] as const) {
      expect((await c.request('PATCH', `/api/v1/users/${owner}`, { name: 'Taken over' })).statusCode).toBe(
        ownerStatus,
      );
      expect((await c.request('PATCH', `/api/v1/users/${owner}`, { status: 'disabled' })).statusCode).toBe(
        ownerStatus,
      );
      expect((await c.request('DELETE', `/api/v1/users/${owner}`)).statusCode).toBe(ownerStatus);
      expect((await c.request('POST', `/api/v1/users/${owner}/reset-password`)).statusCode).toBe(ownerStatus);
      expect((await c.request('PATCH', `/api/v1/users/${peer}`, { status: 'disabled' })).statusCode).toBe(
        403,
      );
    }
    const row = await t.db.db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.name', 'memberships.status', 'memberships.role'])
      .where('memberships.org_id', '=', acme.orgId)
      .where('users.id', '=', owner)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: 'owner', status: 'active', role: 'owner' });
  });

  it('lets a scoped manager manage people of their station but not move them elsewhere', async () => {
    const disp7 = acme.userIds['disp7@acme.test'] as string;
    const disp5 = acme.userIds['disp5@acme.test'] as string;
    expect((await scoped.request('PATCH', `/api/v1/users/${disp7}`, { name: 'Dee Seven' })).statusCode).toBe(
      200,
    );
    const move = await scoped.request('PATCH', `/api/v1/users/${disp7}`, {
      stationIds: [acme.stationIds.DAU5],
    });
    expect(move.statusCode).toBe(400);
    expect((await scoped.request('PATCH', `/api/v1/users/${disp7}`, { stationIds: null })).statusCode).toBe(
      403,
    );
    expect((await scoped.request('PATCH', `/api/v1/users/${disp5}`, { name: 'Hijack' })).statusCode).toBe(
      404,
    );
    expect((await scoped.request('DELETE', `/api/v1/users/${disp5}`)).statusCode).toBe(404);
    expect((await scoped.request('POST', `/api/v1/users/${disp5}/reset-password`)).statusCode).toBe(404);
    const wide = acme.userIds['wide@acme.test'] as string;
    expect((await scoped.request('PATCH', `/api/v1/users/${wide}`, { name: 'Hijack' })).statusCode).toBe(404);
  });
});

describe('the path the router routes, however it is spelled', () => {
  let t: TestApp;
  let owner: Client;
  let token = '';

  beforeAll(async () => {
    t = await startTestApp();
    const acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [{ email: 'owner@acme.test', role: 'owner' }],
    });
    owner = await signIn(t.app, 'owner@acme.test');
    token = newSecret('sh_');
    await insertApiToken(t.db.db, {
      org_id: acme.orgId,
      name: 'dispatcher token',
      role: 'dispatcher',
      token_hash: hashSecret(token),
      created_by: null,
    });
  });
  afterAll(() => t.close());

  // The router decodes these to /api/v1/stations: the checks must run for them as for the plain path.
  const encoded = ['/%61pi/v1/stations', '/api/v1/%73tations', '/%61%70%69/%76%31/stations'];

  it.each(encoded)('checks who calls %s: 401 without credentials, 200 with a token', async (url) => {
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode, res.body).toBe(200);
  });

  it.each(encoded)('checks the role and the CSRF header on %s', async (url) => {
    const body = { code: 'DXX1', name: 'X', timeZone: 'America/Chicago', state: 'TX' };
    const asDispatcher = await t.app.inject({
      method: 'POST',
      url,
      payload: body,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(asDispatcher.statusCode).toBe(403);
    expect(asDispatcher.json().detail).toBe('Your role does not allow this.');
    const noCsrf = await owner.request('POST', url, body, { 'x-csrf-token': '' });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().detail).toMatch(/x-csrf-token/);
    const stations = await owner.request('GET', '/api/v1/stations');
    expect(stations.json().items.map((s: { code: string }) => s.code)).toEqual(['DAU5']);
  });

  it.each(['//api/v1/stations', '/api//v1/stations', '/API/v1/stations', '/Api/V1/Stations'])(
    'answers %s with a 404 problem, never a handler',
    async (url) => {
      const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain(PROBLEM);
    },
  );
});
