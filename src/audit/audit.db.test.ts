import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type SeededOrg, seedOrg, signIn, startTestApp, type TestApp } from '../app/testing.js';

const PROBLEM = 'application/problem+json';

interface Entry {
  id: string;
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  changes: Record<string, { before: unknown; after: unknown }>;
}

describe('audit trail', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let owner: Client;
  let mgr: Client;
  let ownerId: string;

  const allEntries = async (query = ''): Promise<Entry[]> => {
    const res = await owner.request('GET', `/api/v1/audit?limit=500${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  };

  /** Runs a write and returns the audit rows it added (read from the table, not the API). */
  async function rowsAddedBy(write: () => Promise<{ statusCode: number; body: string }>, status: number) {
    const before = new Set((await t.db.db.selectFrom('audit_log').select('id').execute()).map((r) => r.id));
    const res = await write();
    expect(res.statusCode, res.body).toBe(status);
    const rows = await t.db.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    return rows
      .filter((r) => !before.has(r.id))
      .map((r) => ({ ...r, changes: JSON.parse(r.changes) as Entry['changes'] }));
  }

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [
        { email: 'owner@acme.test', role: 'owner', name: 'Olivia' },
        { email: 'mgr@acme.test', role: 'manager', name: 'Manny' },
        { email: 'disp@acme.test', role: 'dispatcher' },
      ],
    });
    ownerId = acme.userIds['owner@acme.test'] as string;
    owner = await signIn(t.app, 'owner@acme.test');
    mgr = await signIn(t.app, 'mgr@acme.test');
  });
  afterAll(() => t.close());

  describe('one row per write, with actor, entity, action and the changed fields', () => {
    const byOwner = { org_id: '', actor_user_id: '', actor_label: 'Olivia <owner@acme.test>' };
    beforeAll(() => {
      byOwner.org_id = acme.orgId;
      byOwner.actor_user_id = ownerId;
    });

    it('org patch', async () => {
      const rows = await rowsAddedBy(
        () => owner.request('PATCH', '/api/v1/org', { name: 'Acme Logistics' }),
        200,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ ...byOwner, entity: 'org', entity_id: acme.orgId, action: 'update' });
      expect(rows[0]?.changes).toEqual({ name: { before: 'acme DSP', after: 'Acme Logistics' } });
    });

    it('station create and patch', async () => {
      let id = '';
      const created = await rowsAddedBy(async () => {
        const res = await owner.request('POST', '/api/v1/stations', {
          code: 'DFW9',
          name: 'Dallas',
          timeZone: 'America/Chicago',
          state: 'TX',
        });
        id = res.json().id;
        return res;
      }, 201);
      expect(created).toHaveLength(1);
      expect(created[0]).toMatchObject({ ...byOwner, entity: 'station', entity_id: id, action: 'create' });
      expect(created[0]?.changes).toMatchObject({
        code: { before: null, after: 'DFW9' },
        name: { before: null, after: 'Dallas' },
        time_zone: { before: null, after: 'America/Chicago' },
        state: { before: null, after: 'TX' },
      });
      expect(created[0]?.changes).not.toHaveProperty('updated_at');

      const patched = await rowsAddedBy(
        () => owner.request('PATCH', `/api/v1/stations/${id}`, { name: 'Dallas North' }),
        200,
      );
      expect(patched).toHaveLength(1);
      expect(patched[0]).toMatchObject({ ...byOwner, entity: 'station', entity_id: id, action: 'update' });
      expect(patched[0]?.changes).toEqual({ name: { before: 'Dallas', after: 'Dallas North' } });
    });

    it('invitation, acceptance, member patch and delete', async () => {
      let invitationId = '';
      let oneTimePassword = '';
      const invited = await rowsAddedBy(async () => {
        const res = await owner.request('POST', '/api/v1/users', {
          email: 'audit@acme.test',
          name: 'Aud',
          role: 'driver',
        });
        invitationId = res.json().invitation.id;
        oneTimePassword = res.json().oneTimePassword;
        return res;
      }, 201);
      expect(invited).toHaveLength(1);
      expect(invited[0]).toMatchObject({
        ...byOwner,
        entity: 'invitation',
        entity_id: invitationId,
        action: 'create',
      });
      expect(invited[0]?.changes).toEqual({
        email: { before: null, after: 'audit@acme.test' },
        name: { before: null, after: 'Aud' },
        role: { before: null, after: 'driver' },
        expires_at: { before: null, after: expect.any(String) },
      });
      const raw = JSON.stringify(invited);
      expect(raw).not.toMatch(/argon2|password/);
      expect(raw).not.toContain(oneTimePassword);

      // Accepting is the invitee's own act, recorded under the name the org gave them.
      const aud = await signIn(t.app, 'audit@acme.test', oneTimePassword);
      const id = (await aud.request('GET', '/api/v1/me')).json().user.id;
      const created = await rowsAddedBy(
        () => aud.request('POST', `/api/v1/me/invitations/${invitationId}/accept`),
        200,
      );
      expect(created).toHaveLength(1);
      expect(created[0]).toMatchObject({
        org_id: acme.orgId,
        actor_user_id: id,
        actor_label: 'Aud <audit@acme.test>',
        entity: 'member',
        entity_id: id,
        action: 'create',
      });
      expect(created[0]?.changes).toEqual({
        email: { before: null, after: 'audit@acme.test' },
        name: { before: null, after: 'Aud' },
        role: { before: null, after: 'driver' },
        status: { before: null, after: 'active' },
      });

      const patched = await rowsAddedBy(
        () => owner.request('PATCH', `/api/v1/users/${id}`, { role: 'dispatcher' }),
        200,
      );
      expect(patched).toHaveLength(1);
      expect(patched[0]).toMatchObject({ entity: 'member', entity_id: id, action: 'update' });
      expect(patched[0]?.changes).toEqual({ role: { before: 'driver', after: 'dispatcher' } });

      const removed = await rowsAddedBy(() => owner.request('DELETE', `/api/v1/users/${id}`), 204);
      expect(removed).toHaveLength(1);
      expect(removed[0]).toMatchObject({ ...byOwner, entity: 'member', entity_id: id, action: 'delete' });
      expect(removed[0]?.changes).toMatchObject({ role: { before: 'dispatcher', after: null } });
    });

    it('token create and revoke', async () => {
      let id = '';
      let secret = '';
      const created = await rowsAddedBy(async () => {
        const res = await owner.request('POST', '/api/v1/tokens', { name: 'Sync', role: 'dispatcher' });
        id = res.json().token.id;
        secret = res.json().secret;
        return res;
      }, 201);
      expect(created).toHaveLength(1);
      expect(created[0]).toMatchObject({ ...byOwner, entity: 'api_token', entity_id: id, action: 'create' });
      const revoked = await rowsAddedBy(() => owner.request('DELETE', `/api/v1/tokens/${id}`), 204);
      expect(revoked).toHaveLength(1);
      expect(revoked[0]).toMatchObject({ entity: 'api_token', entity_id: id, action: 'update' });
      expect(revoked[0]?.changes.revoked_at).toEqual({ before: null, after: expect.any(String) });
      expect(JSON.stringify([...created, ...revoked])).not.toContain(secret);
    });

    it('labels a write by an API token with the token, not a person', async () => {
      const made = await owner.request('POST', '/api/v1/tokens', { name: 'Robot', role: 'owner' });
      const rows = await rowsAddedBy(
        () =>
          t.app.inject({
            method: 'PATCH',
            url: '/api/v1/org',
            headers: { authorization: `Bearer ${made.json().secret}` },
            payload: { name: 'Acme by robot' },
          }),
        200,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor_user_id: null, actor_label: 'API token “Robot”' });
    });
  });

  it('writes nothing for a failed or refused write, nor for a change that changes nothing', async () => {
    const station = { code: 'DAU5', name: 'Again', timeZone: 'America/Chicago', state: 'TX' };
    const failures: [() => Promise<{ statusCode: number; body: string }>, number][] = [
      [() => owner.request('POST', '/api/v1/stations', station), 409],
      [() => owner.request('POST', '/api/v1/stations', { ...station, code: 'nope' }), 400],
      [
        () => owner.request('POST', '/api/v1/users', { email: 'mgr@acme.test', name: 'Dup', role: 'driver' }),
        409,
      ],
      [() => owner.request('PATCH', `/api/v1/users/${ownerId}`, { role: 'manager' }), 409],
      [() => owner.request('PATCH', '/api/v1/org', { name: '' }), 400],
      [() => mgr.request('POST', '/api/v1/stations', { ...station, code: 'DAU9' }), 403],
      [
        () => mgr.request('POST', '/api/v1/users', { email: 'boss@acme.test', name: 'Boss', role: 'owner' }),
        403,
      ],
      [
        () => owner.request('PATCH', `/api/v1/stations/${acme.stationIds.DAU5}`, { name: 'DAU5 station' }),
        200,
      ],
      [() => owner.request('DELETE', '/api/v1/tokens/00000000-0000-7000-8000-000000000000'), 404],
    ];
    for (const [write, status] of failures) {
      expect(await rowsAddedBy(write, status)).toEqual([]);
    }
  });

  it('is append-only in the database itself: UPDATE and DELETE throw', async () => {
    await owner.request('PATCH', '/api/v1/org', { name: 'Acme DSP' });
    const rows = await t.db.db.selectFrom('audit_log').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    await expect(
      t.db.db.updateTable('audit_log').set({ actor_label: 'someone else' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.db.db
        .updateTable('audit_log')
        .set({ changes: '{}' })
        .where('id', '=', rows[0]?.id as string)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(
      t.db.db
        .deleteFrom('audit_log')
        .where('id', '=', rows[0]?.id as string)
        .execute(),
    ).rejects.toThrow(/append-only/);
    expect(await t.db.db.selectFrom('audit_log').selectAll().execute()).toEqual(rows);
  });

  it('is for owners only', async () => {
    for (const email of ['mgr@acme.test', 'disp@acme.test']) {
      const c = await signIn(t.app, email);
      const res = await c.request('GET', '/api/v1/audit');
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain(PROBLEM);
    }
  });

  describe('filters and pages', () => {
    let created: string;
    let invitation: string;
    beforeAll(async () => {
      const res = await mgr.request('POST', '/api/v1/users', {
        email: 'by-mgr@acme.test',
        name: 'By Mgr',
        role: 'driver',
      });
      expect(res.statusCode).toBe(201);
      invitation = res.json().invitation.id;
      const invitee = await signIn(t.app, 'by-mgr@acme.test', res.json().oneTimePassword);
      const accepted = await invitee.request('POST', `/api/v1/me/invitations/${invitation}/accept`);
      expect(accepted.statusCode).toBe(200);
      created = accepted.json().user.id;
      expect(
        (await mgr.request('PATCH', `/api/v1/users/${created}`, { name: 'By Manager' })).statusCode,
      ).toBe(200);
    });

    it('filters by entity, entityId, actorUserId and action', async () => {
      const all = await allEntries();
      expect(all.length).toBeGreaterThan(8);
      const ids = (list: Entry[]) => list.map((e) => e.id);

      const stations = await allEntries('&entity=station');
      expect(ids(stations)).toEqual(ids(all.filter((e) => e.entity === 'station')));
      expect(stations.length).toBeGreaterThan(0);

      const one = await allEntries(`&entityId=${created}`);
      expect(one.map((e) => e.action)).toEqual(['update', 'create']);
      expect(ids(one)).toEqual(ids(all.filter((e) => e.entityId === created)));

      const mgrId = acme.userIds['mgr@acme.test'] as string;
      const byMgr = await allEntries(`&actorUserId=${mgrId}`);
      expect(byMgr).toHaveLength(2);
      expect(byMgr.every((e) => e.actorUserId === mgrId && e.actorLabel === 'Manny <mgr@acme.test>')).toBe(
        true,
      );

      for (const action of ['create', 'update', 'delete'] as const) {
        const got = await allEntries(`&action=${action}`);
        expect(got.length).toBeGreaterThan(0);
        expect(ids(got)).toEqual(ids(all.filter((e) => e.action === action)));
      }
      const combined = await allEntries(`&entity=invitation&action=create&actorUserId=${mgrId}`);
      expect(combined.map((e) => e.entityId)).toEqual([invitation]);
      expect(await allEntries('&entity=nothing-like-this')).toEqual([]);
    });

    it('filters by time: from is inclusive, to is exclusive, dates mean midnight UTC', async () => {
      const all = await allEntries();
      const pivot = all[Math.floor(all.length / 2)] as Entry;
      const from = await allEntries(`&from=${pivot.at}`);
      expect(from.map((e) => e.id)).toEqual(all.filter((e) => e.at >= pivot.at).map((e) => e.id));
      expect(from.map((e) => e.id)).toContain(pivot.id);
      const to = await allEntries(`&to=${pivot.at}`);
      expect(to.map((e) => e.id)).toEqual(all.filter((e) => e.at < pivot.at).map((e) => e.id));
      expect(to.map((e) => e.id)).not.toContain(pivot.id);

      expect(await allEntries('&from=2000-01-01')).toHaveLength(all.length);
      expect(await allEntries('&to=2000-01-01')).toEqual([]);
      expect(await allEntries('&from=2999-01-01')).toEqual([]);
      const day = pivot.at.slice(0, 10);
      const sameDay = await allEntries(`&from=${day}&to=${pivot.at}`);
      expect(sameDay.map((e) => e.id)).toEqual(
        all.filter((e) => e.at >= `${day}T00:00:00.000Z` && e.at < pivot.at).map((e) => e.id),
      );

      const bad = await owner.request('GET', '/api/v1/audit?from=yesterday');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([{ path: 'query.from', message: expect.any(String) }]);
    });

    it('pages newest first with a cursor, every row exactly once', async () => {
      const all = await allEntries();
      expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort().reverse());
      const paged: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await owner.request('GET', `/api/v1/audit?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        const page = res.json() as { items: Entry[]; nextCursor: string | null };
        expect(page.items.length).toBeLessThanOrEqual(3);
        paged.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 100);
      expect(paged).toEqual(all.map((e) => e.id));
      expect(pages).toBe(Math.ceil(all.length / 3));
      const filtered = await owner.request('GET', '/api/v1/audit?entity=member&limit=1');
      const next = await owner.request(
        'GET',
        `/api/v1/audit?entity=member&limit=1&cursor=${filtered.json().nextCursor}`,
      );
      expect(next.json().items[0].entity).toBe('member');
      expect(next.json().items[0].id < filtered.json().items[0].id).toBe(true);
    });
  });
});
