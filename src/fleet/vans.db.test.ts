import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEntries,
  type Client,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
} from '../app/testing.js';
import { groundVan } from './ground-van.js';
import { recordOdometer } from './odometer.js';
import { findVan, listStationVans } from './store.js';
import { addVan, must, testVin } from './test-kit.js';

/** Issue 8 (vehicle record, status with reason and history) through HTTP, and the use cases other slices call. */
describe('vans API', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let owner: Client;
  let dispatcher: Client;
  let manager7: Client;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5', 'DAU7'],
      users: [
        { email: 'owner@acme.test', role: 'owner', name: 'Olivia Owner' },
        { email: 'disp@acme.test', role: 'dispatcher', stations: ['DAU7'] },
        { email: 'mgr7@acme.test', role: 'manager', stations: ['DAU7'] },
        { email: 'da@acme.test', role: 'driver', stations: ['DAU5'] },
      ],
    });
    owner = await signIn(t.app, 'owner@acme.test');
    dispatcher = await signIn(t.app, 'disp@acme.test');
    manager7 = await signIn(t.app, 'mgr7@acme.test');
  });
  afterAll(() => t.close());

  it('adds a leased van, normalising VIN and plate, active from now, and audits it', async () => {
    const res = await owner.request('POST', '/api/v1/vans', {
      stationId: acme.stationIds.DAU5,
      fleetNumber: 'V-101',
      vin: ` ${testVin(101).toLowerCase()} `,
      plate: 'abc 1234',
      plateState: 'ca',
      make: 'Ford',
      model: 'Transit 250',
      year: 2023,
      vanType: 'cdv',
      ownership: 'leased',
      lessor: 'Element Fleet',
      ownershipStart: '2023-02-01',
      ownershipEnd: '2027-01-31',
      monthlyRateCents: 125_000,
      odometerMiles: 18_250,
      telematicsId: 'GEO-778812',
      cameraId: 'NTD-55120',
    });
    expect(res.statusCode).toBe(201);
    const van = res.json();
    expect(van).toMatchObject({
      vin: testVin(101),
      plate: 'ABC 1234',
      plateState: 'CA',
      status: 'active',
      statusReason: null,
      lessor: 'Element Fleet',
      monthlyRateCents: 125_000,
      odometerMiles: 18_250,
    });
    expect(van.odometerAt).not.toBeNull();
    const audit = (await auditEntries(owner)).filter((a) => a.entity === 'van' && a.entityId === van.id);
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(audit[0]?.changes.vin?.after).toBe(testVin(101));
  });

  it('refuses a VIN with a wrong check digit, saying which character is expected', async () => {
    const res = await owner.request('POST', '/api/v1/vans', {
      stationId: acme.stationIds.DAU5,
      fleetNumber: 'V-BAD',
      vin: '1M8GDM9A1KP042788',
      vanType: 'cdv',
      ownership: 'owned',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        path: 'vin',
        message: 'The check digit (9th character) of this VIN should be X, not 1: a character is mistyped.',
      },
    ]);
  });

  it('needs a lessor for a leased van and an end date after the start', async () => {
    const res = await owner.request('POST', '/api/v1/vans', {
      stationId: acme.stationIds.DAU5,
      fleetNumber: 'V-102',
      vin: testVin(102),
      vanType: 'edv',
      ownership: 'leased',
      ownershipStart: '2024-05-01',
      ownershipEnd: '2024-04-30',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['lessor', 'ownershipEnd']);
  });

  it('keeps VIN and fleet number unique in the org, naming the van that has them', async () => {
    await addVan(owner, acme.stationIds.DAU5 as string, 103);
    const sameVin = await owner.request('POST', '/api/v1/vans', {
      stationId: acme.stationIds.DAU5,
      fleetNumber: 'V-999',
      vin: testVin(103),
      vanType: 'cdv',
      ownership: 'owned',
    });
    expect(sameVin.statusCode).toBe(409);
    expect(sameVin.json().errors).toEqual([
      { path: 'vin', message: `VIN ${testVin(103)} is already van V-103.` },
    ]);
    const sameNumber = await owner.request('POST', '/api/v1/vans', {
      stationId: acme.stationIds.DAU5,
      fleetNumber: 'V-103',
      vin: testVin(104),
      vanType: 'cdv',
      ownership: 'owned',
    });
    expect(sameNumber.statusCode).toBe(409);
    expect(sameNumber.json().errors[0].path).toBe('fleetNumber');
  });

  it('grounds with a reason, keeps the history newest first, and puts the van back on the road', async () => {
    const id = await addVan(owner, acme.stationIds.DAU5 as string, 105);
    const noReason = await owner.request('POST', `/api/v1/vans/${id}/status`, { status: 'grounded' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([{ path: 'reason', message: 'Say why the van is grounded.' }]);
    must(
      await owner.request('POST', `/api/v1/vans/${id}/status`, { status: 'in_shop', reason: 'Sliding door' }),
      200,
    );
    const again = await owner.request('POST', `/api/v1/vans/${id}/status`, {
      status: 'in_shop',
      reason: 'x',
    });
    expect(again.statusCode).toBe(409);
    const back = must(
      await owner.request('POST', `/api/v1/vans/${id}/status`, { status: 'active' }),
      200,
    ).json();
    expect(back).toMatchObject({ status: 'active', statusReason: null });
    const detail = must(await owner.request('GET', `/api/v1/vans/${id}`), 200).json();
    expect(
      detail.statusHistory.map((h: { status: string; reason: string | null; source: string }) => [
        h.status,
        h.reason,
        h.source,
      ]),
    ).toEqual([
      ['active', null, 'manual'],
      ['in_shop', 'Sliding door', 'manual'],
      ['active', null, 'manual'],
    ]);
    expect(detail.statusHistory[0].changedBy).toContain('owner@acme.test');
  });

  it('changes the record with PATCH, audited with before and after', async () => {
    const id = await addVan(owner, acme.stationIds.DAU5 as string, 106);
    const res = await owner.request('PATCH', `/api/v1/vans/${id}`, {
      plate: '8ABC123',
      odometerMiles: 40_000,
      year: 2022,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ plate: '8ABC123', odometerMiles: 40_000, year: 2022 });
    const audit = (await auditEntries(owner)).find((a) => a.entityId === id && a.action === 'update');
    expect(audit?.changes.plate).toEqual({ before: null, after: '8ABC123' });
    const unknownField = await owner.request('PATCH', `/api/v1/vans/${id}`, { colour: 'white' });
    expect(unknownField.statusCode).toBe(400);
  });

  it('lists with filters on station, status, type and a search on fleet number, VIN or plate', async () => {
    const id = await addVan(owner, acme.stationIds.DAU7 as string, 107, {
      vanType: 'step_van',
      plate: 'STEP77',
    });
    const list = (q: string) =>
      owner.request('GET', `/api/v1/vans?${q}`).then((r) => must(r, 200).json().items);
    expect((await list(`stationId=${acme.stationIds.DAU7}`)).map((v: { id: string }) => v.id)).toEqual([id]);
    expect((await list('vanType=step_van')).map((v: { id: string }) => v.id)).toEqual([id]);
    expect((await list('q=step7')).map((v: { id: string }) => v.id)).toEqual([id]);
    expect(
      (await list(`q=${testVin(107).slice(-6).toLowerCase()}`)).map((v: { id: string }) => v.id),
    ).toEqual([id]);
    expect((await list('q=v-107')).map((v: { id: string }) => v.id)).toEqual([id]);
    expect(await list('status=returned')).toEqual([]);
    const paged = must(await owner.request('GET', '/api/v1/vans?limit=2'), 200).json();
    expect(paged.items).toHaveLength(2);
    const next = must(
      await owner.request('GET', `/api/v1/vans?limit=2&cursor=${paged.nextCursor}`),
      200,
    ).json();
    expect(next.items[0].fleetNumber > paged.items[1].fleetNumber).toBe(true);
  });

  it('lets a dispatcher read their station’s vans but not write, and hides other stations’ vans', async () => {
    const dau5 = await addVan(owner, acme.stationIds.DAU5 as string, 108);
    const dau7 = await addVan(owner, acme.stationIds.DAU7 as string, 109);
    const seen = must(await dispatcher.request('GET', '/api/v1/vans?limit=500'), 200).json().items;
    expect(seen.every((v: { stationId: string }) => v.stationId === acme.stationIds.DAU7)).toBe(true);
    expect((await dispatcher.request('GET', `/api/v1/vans/${dau5}`)).statusCode).toBe(404);
    expect((await dispatcher.request('GET', `/api/v1/vans/${dau7}`)).statusCode).toBe(200);
    const write = await dispatcher.request('POST', `/api/v1/vans/${dau7}/status`, {
      status: 'grounded',
      reason: 'x',
    });
    expect(write.statusCode).toBe(403);
    expect((await dispatcher.request('PATCH', `/api/v1/vans/${dau7}`, { plate: 'X1' })).statusCode).toBe(403);
    expect((await dispatcher.request('POST', '/api/v1/vans', {})).statusCode).toBe(403);
    // A manager of DAU7 cannot add a van to DAU5 nor change one there.
    const elsewhere = await manager7.request('POST', '/api/v1/vans', {
      stationId: acme.stationIds.DAU5,
      fleetNumber: 'V-X',
      vin: testVin(110),
      vanType: 'cdv',
      ownership: 'owned',
    });
    expect(elsewhere.statusCode).toBe(400);
    expect((await manager7.request('PATCH', `/api/v1/vans/${dau5}`, { plate: 'X1' })).statusCode).toBe(404);
    const driver = await signIn(t.app, 'da@acme.test');
    expect((await driver.request('GET', '/api/v1/vans')).statusCode).toBe(403);
  });

  it('groundVan grounds an active van once, with history and audit; a van already off the road stays', async () => {
    const id = await addVan(owner, acme.stationIds.DAU5 as string, 111);
    const actor = { orgId: acme.orgId, userId: null, label: 'DVIC by Maria' };
    const first = await t.db.db
      .transaction()
      .execute((trx) =>
        groundVan(trx, actor, { vanId: id, reason: 'Brake light out', source: 'inspection' }),
      );
    const second = await t.db.db
      .transaction()
      .execute((trx) => groundVan(trx, actor, { vanId: id, reason: 'Mirror cracked', source: 'damage' }));
    expect([first, second]).toEqual([true, false]);
    const detail = must(await owner.request('GET', `/api/v1/vans/${id}`), 200).json();
    expect(detail).toMatchObject({ status: 'grounded', statusReason: 'Brake light out' });
    expect(detail.statusHistory[0]).toMatchObject({
      status: 'grounded',
      source: 'inspection',
      changedBy: 'DVIC by Maria',
    });
    expect(detail.statusHistory).toHaveLength(2);
    const audits = (await auditEntries(owner)).filter((a) => a.entityId === id && a.action === 'update');
    expect(audits).toHaveLength(1);
    expect(audits[0]?.changes.status).toEqual({ before: 'active', after: 'grounded' });
  });

  it('recordOdometer moves the odometer forward only and ignores lower readings without error', async () => {
    const id = await addVan(owner, acme.stationIds.DAU5 as string, 112, { odometerMiles: 10_000 });
    const read = (miles: number) =>
      t.db.db
        .transaction()
        .execute((trx) => recordOdometer(trx, acme.orgId, id, miles, '2025-06-01T14:00:00.000Z'));
    expect(await read(12_500)).toBe(true);
    expect(await read(12_000)).toBe(false);
    expect(await read(12_500)).toBe(false);
    const van = await findVan(t.db.db, acme.orgId, id);
    expect(van).toMatchObject({ odometerMiles: 12_500, odometerAt: '2025-06-01T14:00:00.000Z' });
    expect(await findVan(t.db.db, 'another-org', id)).toBeUndefined();
  });

  it('listStationVans gives a station’s vans still in the fleet, by fleet number', async () => {
    const gone = await addVan(owner, acme.stationIds.DAU7 as string, 113);
    must(
      await owner.request('POST', `/api/v1/vans/${gone}/status`, {
        status: 'returned',
        reason: 'Lease ended',
      }),
      200,
    );
    const vans = await listStationVans(t.db.db, acme.orgId, acme.stationIds.DAU7 as string);
    expect(vans.map((v) => v.id)).not.toContain(gone);
    expect(vans.map((v) => v.fleetNumber)).toEqual([...vans.map((v) => v.fleetNumber)].sort());
    expect(vans.length).toBeGreaterThan(0);
  });
});
