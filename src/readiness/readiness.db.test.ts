import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../app/testing.js';
import { must } from '../fleet/test-kit.js';
import { givenInspectionScene, givenVan, type InspectionScene, submitAsDa } from '../inspections/test-kit.js';
import { localDate } from '../shared/dates.js';

/** A morning at DAU5: which vans can go out, which DAs may drive, and why not. */
describe('readiness of a station', () => {
  let t: TestApp;
  let s: InspectionScene;
  let stationId = '';
  const vans: Record<string, string> = {};
  let lapsedId = '';
  const today = () => localDate('America/Los_Angeles');

  beforeAll(async () => {
    t = await startTestApp();
    s = await givenInspectionScene(t);
    stationId = s.org.stationIds.DAU5 ?? '';
    for (const da of [s.das.xavier, s.das.yolanda]) {
      must(
        await s.owner.request('PATCH', `/api/v1/drivers/${da}`, {
          licenseExpiry: '2030-01-31',
          vanTypes: ['edv', 'cdv'],
        }),
        200,
      );
      must(
        await s.owner.request('POST', `/api/v1/drivers/${da}/status`, {
          status: 'active',
          checksOnFile: true,
          reason: 'Rehire: checks on file',
        }),
        200,
      );
    }
    const lapsed = await s.owner.request('POST', '/api/v1/drivers', {
      firstName: 'Lapsed',
      lastName: 'License',
      homeStationId: stationId,
      licenseExpiry: '2024-01-31',
      vanTypes: ['cdv'],
      status: 'active',
    });
    lapsedId = must(lapsed, 201).json().id;
    for (const name of ['passed', 'none', 'failed', 'shop'])
      vans[name] = (await givenVan(t, s.org, 'DAU5')).id;
    await givenVan(t, s.org, 'DAU7');
    await submitAsDa(s.xavier, { vanId: vans.passed ?? '' });
    await submitAsDa(s.yolanda, { vanId: vans.failed ?? '', fail: { brakes: 'Pedal goes to the floor' } });
    must(
      await s.owner.request('POST', `/api/v1/vans/${vans.shop}/status`, {
        status: 'in_shop',
        reason: 'Transmission',
      }),
      200,
    );
    const yesterday = new Date(`${today()}T12:00:00Z`);
    yesterday.setUTCDate(yesterday.getUTCDate() - 1);
    for (const date of [today(), yesterday.toISOString().slice(0, 10)]) {
      must(
        await s.owner.request('POST', `/api/v1/drivers/${s.das.yolanda}/attendance`, { date, kind: 'ncns' }),
        201,
      );
    }
  });
  afterAll(() => t.close());

  it('is not for a dispatcher of another station', async () => {
    expect((await s.dispatcher.request('GET', `/api/v1/readiness?stationId=${stationId}`)).statusCode).toBe(
      404,
    );
  });

  it('gives every van its state and every active DA their clearance, with reasons', async () => {
    const r = must(await s.manager.request('GET', `/api/v1/readiness?stationId=${stationId}`), 200).json();
    expect(r.date).toBe(today());
    const van = (id: string | undefined) => r.vans.find((v: { van: { id: string } }) => v.van.id === id);
    expect(van(vans.passed)).toMatchObject({ state: 'ready', dispatchable: true, reasons: [] });
    expect(van(vans.none)).toMatchObject({ state: 'inspection_missing', dispatchable: true });
    expect(van(vans.failed)).toMatchObject({ state: 'grounded', dispatchable: false });
    expect(van(vans.failed).reasons[0]).toContain('Grounded');
    expect(van(vans.shop)).toMatchObject({
      state: 'in_shop',
      dispatchable: false,
      reasons: ['In the shop: Transmission'],
    });
    expect(r.vans).toHaveLength(4);

    const da = (id: string) => r.drivers.find((d: { driver: { id: string } }) => d.driver.id === id);
    expect(da(s.das.xavier)).toMatchObject({ cleared: true, reasons: [], warnings: [] });
    expect(da(lapsedId)).toMatchObject({
      cleared: false,
      reasons: ['Driver’s license expired on 2024-01-31.'],
    });
    expect(da(s.das.yolanda)).toMatchObject({ cleared: true });
    expect(da(s.das.yolanda).warnings[0]).toMatch(/^6 attendance points in 90 days \(flag at 6\)/);
    expect(r.summary).toEqual({
      vans: { ready: 1, inspection_missing: 1, maintenance_due: 0, grounded: 1, in_shop: 1, returned: 0 },
      dispatchableVans: 2,
      clearedDrivers: 2,
      notClearedDrivers: 1,
    });
  });

  it('looks at a given date: tomorrow nobody has inspected yet', async () => {
    const tomorrow = new Date(`${today()}T12:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const date = tomorrow.toISOString().slice(0, 10);
    const r = must(
      await s.owner.request('GET', `/api/v1/readiness?stationId=${stationId}&date=${date}`),
      200,
    ).json();
    expect(r.date).toBe(date);
    expect(r.summary.vans.ready).toBe(0);
    expect(r.summary.vans.inspection_missing).toBe(2);
  });

  it('answers 404 for another org’s station and 400 for a bad date, naming it', async () => {
    const other = await givenInspectionScene(t, 'other');
    expect((await other.owner.request('GET', `/api/v1/readiness?stationId=${stationId}`)).statusCode).toBe(
      404,
    );
    const bad = await s.owner.request('GET', `/api/v1/readiness?stationId=${stationId}&date=2026-02-30`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.date');
    expect((await s.xavier.request('GET', `/api/v1/readiness?stationId=${stationId}`)).statusCode).toBe(403);
  });
});
