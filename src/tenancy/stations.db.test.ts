import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededOrg, seedOrg, signIn, startTestApp, type TestApp } from '../app/testing.js';

describe('stations API', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let other: SeededOrg;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5', 'DAU7'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'disp@acme.test', role: 'dispatcher', stations: ['DAU7'] },
      ],
    });
    other = await seedOrg(t.db, {
      slug: 'other',
      stations: ['DLA8'],
      users: [{ email: 'owner@other.test', role: 'owner' }],
    });
  });
  afterAll(() => t.close());

  it('lets an owner add a station and writes the audit row in the same transaction', async () => {
    const owner = await signIn(t.app, 'owner@acme.test');
    const res = await owner.request('POST', '/api/v1/stations', {
      code: 'dfw9',
      name: 'Dallas',
      timeZone: 'America/Chicago',
      state: 'tx',
    });
    expect(res.statusCode).toBe(201);
    const station = res.json();
    expect(station).toMatchObject({ code: 'DFW9', state: 'TX', timeZone: 'America/Chicago' });
    const audit = await owner.request('GET', `/api/v1/audit?entity=station&entityId=${station.id}`);
    expect(audit.json().items).toHaveLength(1);
    expect(audit.json().items[0]).toMatchObject({
      action: 'create',
      changes: { code: { before: null, after: 'DFW9' } },
    });
  });

  it('refuses a duplicate code with 409 and writes no audit row', async () => {
    const owner = await signIn(t.app, 'owner@acme.test');
    const before = (await owner.request('GET', '/api/v1/audit?entity=station&limit=500')).json().items.length;
    const res = await owner.request('POST', '/api/v1/stations', {
      code: 'DAU5',
      name: 'Again',
      timeZone: 'America/Chicago',
      state: 'TX',
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const after = (await owner.request('GET', '/api/v1/audit?entity=station&limit=500')).json().items.length;
    expect(after).toBe(before);
  });

  it('names every bad field and rejects unknown fields', async () => {
    const owner = await signIn(t.app, 'owner@acme.test');
    const res = await owner.request('POST', '/api/v1/stations', {
      code: '5',
      name: '',
      timeZone: 'Mars/Base',
      state: 'XX',
      color: 'red',
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths).toEqual(['code', 'color', 'name', 'state', 'timeZone']);
  });

  it('shows a station-scoped dispatcher only their station and refuses writes', async () => {
    const disp = await signIn(t.app, 'disp@acme.test');
    const list = await disp.request('GET', '/api/v1/stations');
    expect(list.json().items.map((s: { code: string }) => s.code)).toEqual(['DAU7']);
    expect((await disp.request('GET', `/api/v1/stations/${acme.stationIds.DAU5}`)).statusCode).toBe(404);
    const write = await disp.request('POST', '/api/v1/stations', {
      code: 'DAU9',
      name: 'X',
      timeZone: 'America/Chicago',
      state: 'TX',
    });
    expect(write.statusCode).toBe(403);
  });

  it("answers 404 for another org's station, for reads and writes", async () => {
    const owner = await signIn(t.app, 'owner@acme.test');
    const id = other.stationIds.DLA8;
    expect((await owner.request('GET', `/api/v1/stations/${id}`)).statusCode).toBe(404);
    expect((await owner.request('PATCH', `/api/v1/stations/${id}`, { name: 'Mine now' })).statusCode).toBe(
      404,
    );
  });

  it('pages with a cursor', async () => {
    const owner = await signIn(t.app, 'owner@acme.test');
    const first = (await owner.request('GET', '/api/v1/stations?limit=1')).json();
    expect(first.items).toHaveLength(1);
    const second = (await owner.request('GET', `/api/v1/stations?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].code > first.items[0].code).toBe(true);
  });
});
