import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenStation, must, type StationScenario } from '../dispatch/test-kit.js';

// The test station is in California: a 10-hour day is 8 hours regular and 2 of daily overtime.
describe('the risk ledger', () => {
  let s: StationScenario;
  let ana = '';

  beforeAll(async () => {
    s = await givenStation();
    ana = await s.addDa({ firstName: 'Ana', lastName: 'Ruiz', hourlyRateCents: 2200 });
    const cal = await s.addDa({ firstName: 'Cal', lastName: 'Rescuer', hourlyRateCents: 2000 });
    const q = `stationId=${s.stationId}&date=${s.today}`;
    for (const [driverId, kind] of [
      [ana, 'route'],
      [cal, 'standby'],
    ] as const)
      must(
        await s.manager.request('PUT', '/api/v1/schedule/shifts', {
          stationId: s.stationId,
          driverId,
          date: s.today,
          kind,
          startTime: '10:20',
          minutes: 600,
        }),
        200,
      );
    const route = must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes?${q}`, {
        code: 'CX101',
        waveTime: '10:20',
        plannedMinutes: 540,
        stops: 180,
        packages: 260,
        vanType: 'cdv',
      }),
      201,
    ).json();
    must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes/${route.id}/assign`, {
        driverId: ana,
        vanId: await s.addVan(1),
        version: route.version,
      }),
      200,
    );
    must(
      await s.dispatcher.request('POST', '/api/v1/dispatch/rescues', {
        routeId: route.id,
        rescuerDriverId: cal,
        stops: 30,
        packages: 45,
        startTime: '17:00',
        endTime: '18:30',
      }),
      201,
    );
    const board = must(await s.dispatcher.request('GET', `/api/v1/dispatch/board?${q}`), 200).json();
    must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes/${route.id}/close`, {
        version: board.routes[0].version,
        actualStart: '10:20',
        actualEnd: '20:20',
        stopsCompleted: 150,
        packagesDelivered: 215,
        packagesReturned: 0,
      }),
      200,
    );
  });
  afterAll(() => s.close());

  it('prices the overrun at the overtime it fell in and the rescue at the rescuer’s rate', async () => {
    const risk = must(
      await s.owner.request('GET', `/api/v1/money/risk?stationId=${s.stationId}&weeks=2`),
      200,
    ).json();
    expect(risk.weeks).toHaveLength(2);
    const week = risk.weeks[1];
    // Ana's 10th hour is past the plan's 9 and inside California's daily overtime: 1 h × $22 × 1.5.
    expect(week.overrun).toEqual({ routes: 1, minutes: 60, cents: 3300 });
    // Cal's 1 h 30 min rescue, the only work of his day: regular time.
    expect(week.rescue).toEqual({ count: 1, minutes: 90, cents: 3000 });
    expect(week.totalCents).toBe(6300);
    expect(risk.routes).toEqual([{ code: 'CX101', runs: 1, overruns: 1, overrunMinutes: 60, cents: 6300 }]);
    expect(risk.weeks[0]).toMatchObject({ totalCents: 0, byRoute: [] });
  });

  it('is for owners and managers of the station only, and another org’s station answers 404', async () => {
    const url = `/api/v1/money/risk?stationId=${s.stationId}`;
    must(await s.manager.request('GET', url), 200);
    expect((await s.dispatcher.request('GET', url)).statusCode).toBe(403);
    expect((await s.driver.request('GET', url)).statusCode).toBe(403);
    expect((await s.owner.request('GET', '/api/v1/money/risk?stationId=elsewhere')).statusCode).toBe(404);
  });
});
