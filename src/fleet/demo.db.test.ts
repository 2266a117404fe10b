import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrg, signIn, startTestApp, type TestApp } from '../app/testing.js';
import type { StationsTable } from '../db/schema.js';
import { createFleetDemo } from '../demo/fleet.js';
import { findStation } from '../tenancy/store.js';
import { vinProblem } from './domain/vin.js';
import { listStationVans } from './store.js';

/** Issue 15: "per station ~40 vans of mixed types and ownership, maintenance due and overdue". */
describe('demo fleet', () => {
  let t: TestApp;
  const orgs: { orgId: string; stations: StationsTable[] }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    for (const slug of ['demo-a', 'demo-b']) {
      const org = await seedOrg(t.db, {
        slug,
        stations: ['DXC1', 'DXT1'],
        users: [{ email: `owner@${slug}.test`, role: 'owner' }],
      });
      const stations = await Promise.all(
        Object.values(org.stationIds).map(
          async (id) => (await findStation(t.db.db, org.orgId, id)) as StationsTable,
        ),
      );
      const system = {
        orgId: org.orgId,
        userId: null,
        role: 'owner' as const,
        stationIds: null,
        label: 'Demo generator',
      };
      await t.db.db
        .transaction()
        .execute((trx) => createFleetDemo(trx, { orgId: org.orgId, stations, seed: 7, system }));
      orgs.push({ orgId: org.orgId, stations });
    }
  });
  afterAll(() => t.close());

  it('gives each station 40 vans of the usual mix, with valid VINs, a few off the road', async () => {
    const [a] = orgs;
    for (const s of a?.stations ?? []) {
      const inFleet = await listStationVans(t.db.db, a?.orgId as string, s.id);
      // One van of each station has been returned, so 39 are still in the fleet.
      expect(inFleet).toHaveLength(39);
      const count = (type: string) => inFleet.filter((v) => v.vanType === type).length;
      expect(count('edv') + count('cdv') + count('step_van') + count('rental')).toBe(39);
      expect(count('cdv')).toBeGreaterThanOrEqual(15);
      expect(count('step_van')).toBeGreaterThanOrEqual(5);
      expect(inFleet.every((v) => vinProblem(v.vin) === null)).toBe(true);
      expect(new Set(inFleet.map((v) => v.ownership))).toEqual(
        new Set(['amazon_fleet', 'leased', 'rental', 'owned']),
      );
      expect(inFleet.filter((v) => v.ownership === 'leased').every((v) => v.lessor)).toBe(true);
      expect(inFleet.filter((v) => v.status !== 'active').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('is the same fleet for the same seed', async () => {
    const [a, b] = orgs;
    const vins = async (o: (typeof orgs)[number] | undefined) =>
      (await listStationVans(t.db.db, o?.orgId as string, o?.stations[0]?.id as string)).map((v) => [
        v.fleetNumber,
        v.vin,
      ]);
    expect(await vins(a)).toEqual(await vins(b));
  });

  it('leaves maintenance due and overdue, and grounds vans past a critical item', async () => {
    const owner = await signIn(t.app, 'owner@demo-a.test');
    const due = (await owner.request('GET', '/api/v1/maintenance/due')).json().items as {
      van: { status: string };
      item: { state: string; critical: boolean };
    }[];
    expect(due.filter((e) => e.item.state === 'overdue').length).toBeGreaterThan(3);
    expect(due.filter((e) => e.item.state === 'due_soon').length).toBeGreaterThan(3);
    // The demo org grounds vans with overdue critical maintenance: none of those is on the road.
    expect(
      due.filter((e) => e.item.critical && e.item.state === 'overdue' && e.van.status === 'active'),
    ).toEqual([]);
    const settings = (await owner.request('GET', '/api/v1/fleet/settings')).json();
    expect(settings).toEqual({ groundOnOverdueCritical: true });
  });
});
