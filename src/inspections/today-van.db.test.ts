import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenStation, must, type StationScenario } from '../dispatch/test-kit.js';
import { submitAsDa } from './test-kit.js';

// Issue 14, item 13: "the inspection starts on today's van from the roster (others reachable), and warns
// before a second pre-trip of the same van on the same day".

describe('the DA’s van today, for the inspection', () => {
  let s: StationScenario;
  let van = '';
  let other = '';
  const vans = async () => must(await s.driver.request('GET', '/api/v1/me/inspections/vans'), 200).json();

  beforeAll(async () => {
    s = await givenStation();
    const me = await s.addDa({ firstName: 'Ana', lastName: 'Mine' });
    await s.linkDriver(me);
    must(
      await s.manager.request('PUT', '/api/v1/schedule/shifts', {
        stationId: s.stationId,
        driverId: me,
        date: s.today,
        kind: 'route',
        startTime: '10:20',
        minutes: 600,
      }),
      200,
    );
    van = await s.addVan(7);
    other = await s.addVan(8);
    const route = must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes?stationId=${s.stationId}&date=${s.today}`, {
        code: 'CX7',
        waveTime: '10:40',
        stagingLocation: 'B-12',
        plannedMinutes: 540,
        vanType: 'cdv',
      }),
      201,
    ).json().id;
    must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes/${route}/assign`, {
        driverId: me,
        vanId: van,
        version: 1,
      }),
      200,
    );
  });
  afterAll(() => s.close());

  // The phone starts on the van of the DA's route today (from their schedule) among the vans they may inspect.
  it('is the van of the DA’s route once the roster is published; every other van stays listed', async () => {
    const todayRoute = async () =>
      must(await s.driver.request('GET', '/api/v1/me/schedule'), 200).json().todayRoute;
    expect(await todayRoute()).toBeNull();
    must(await s.dispatcher.request('POST', `/api/v1/dispatch/roster/publish?stationId=${s.stationId}`), 200);
    expect(await todayRoute()).toMatchObject({ code: 'CX7', van: { id: van } });
    const list = await vans();
    expect(list.items.map((v: { id: string }) => v.id)).toEqual(expect.arrayContaining([van, other]));
  });

  it('gives each van its latest pre-trip today, for the phone to warn before a second one', async () => {
    expect((await vans()).items.find((v: { id: string }) => v.id === van).lastPreTripToday).toBeNull();
    // Minutes ago, not hours: the station's day must be today's (a test just after midnight there aside).
    const first = await submitAsDa(s.driver, { vanId: van, startedMinutesAgo: 2, seconds: 30 });
    await submitAsDa(s.driver, { vanId: van, kind: 'post_trip', startedMinutesAgo: 1, seconds: 30 });
    const items = (await vans()).items;
    expect(items.find((v: { id: string }) => v.id === van).lastPreTripToday).toEqual({
      startedAt: first.startedAt,
      inspectorName: 'Ana Mine',
    });
    expect(items.find((v: { id: string }) => v.id === other).lastPreTripToday).toBeNull();
  });
});
