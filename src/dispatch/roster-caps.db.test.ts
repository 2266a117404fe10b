import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from './domain/calendar.js';
import { givenStation, must, type StationScenario } from './test-kit.js';

// Issue 14, item 1: the org's hard caps — 12 h a day, 60 h in any rolling 7 days, rest between
// shifts — are hard limits per DA for the roster builder, Find a DA and a drop on the board, each
// said in words ("Imani Clark would have 9 h 20 min of rest since yesterday's route, under the 10 h
// minimum").

interface Route {
  id: string;
  code: string;
  driverId: string | null;
  version: number;
}

describe('the hard caps on a DA’s day', () => {
  let s: StationScenario;
  const ids: Record<string, string> = {};
  const at = (date: string) => `stationId=${s.stationId}&date=${date}`;
  const board = async (): Promise<Route[]> =>
    must(await s.dispatcher.request('GET', `/api/v1/dispatch/board?${at(s.today)}`), 200).json().routes;
  const addRoute = async (date: string, code: string, waveTime: string, plannedMinutes: number) =>
    must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes?${at(date)}`, {
        code,
        waveTime,
        plannedMinutes,
        vanType: 'cdv',
      }),
      201,
    ).json() as Route;
  const shift = async (driverId: string, date: string, minutes = 550) =>
    must(
      await s.manager.request('PUT', '/api/v1/schedule/shifts', {
        stationId: s.stationId,
        driverId,
        date,
        kind: 'route',
        startTime: '10:20',
        minutes,
      }),
      200,
    );

  beforeAll(async () => {
    s = await givenStation();
    // A weekly line out of the way, so only the caps on a day are in play whatever today's weekday.
    const rules = must(await s.manager.request('GET', '/api/v1/schedule/rules'), 200).json();
    must(
      await s.manager.request('PUT', '/api/v1/schedule/rules', {
        ...rules,
        maxWeekMinutes: 80 * 60,
        maxWeekMinutesWithOvertime: 80 * 60,
      }),
      200,
    );
    ids.ana = await s.addDa({ firstName: 'Ana', lastName: 'Fresh' });
    ids.imani = await s.addDa({ firstName: 'Imani', lastName: 'Clark' });
    ids.sam = await s.addDa({ firstName: 'Sam', lastName: 'Sixty' });
    for (const id of Object.values(ids)) await shift(id, s.today);
    // Sam worked 9 h on each of the 6 days before today: 54 h, so a 9 h 10 min route makes 63 h 10 min.
    for (let i = 1; i <= 6; i++) await shift(ids.sam as string, addDays(s.today, -i), 540);
    // Imani's route yesterday ran from 16:00 for 9 h: it ended at 01:00, 9 h 20 min before the 10:20 wave.
    const yesterday = await addRoute(addDays(s.today, -1), 'CX9', '16:00', 540);
    const van = await s.addVan(9);
    must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes/${yesterday.id}/assign`, {
        driverId: ids.imani,
        vanId: van,
        version: yesterday.version,
      }),
      200,
    );
    for (let n = 1; n <= 3; n++) await s.addVan(n);
    await addRoute(s.today, 'CX1', '10:20', 550);
    await addRoute(s.today, 'CX2', '10:20', 550);
    await addRoute(s.today, 'CX3', '10:20', 780);
  }, 60_000);
  afterAll(() => s?.close());

  it('has the caps in the org’s rules, with defaults and validation', async () => {
    const rules = must(await s.manager.request('GET', '/api/v1/schedule/rules'), 200).json();
    expect(rules).toMatchObject({ maxDayMinutes: 720, maxSevenDayMinutes: 3600, minRestMinutes: 600 });
    const bad = await s.manager.request('PUT', '/api/v1/schedule/rules', {
      ...rules,
      maxDayMinutes: 20 * 60,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'maxDayMinutes', message: 'At most 16 hours.' }]);
  });

  it('builds the roster within the caps and says why in words', async () => {
    const res = must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/roster/build?${at(s.today)}`),
      200,
    ).json();
    expect(res.assigned).toBe(1);
    const routes = await board();
    expect(routes.filter((r) => r.driverId).map((r) => r.driverId)).toEqual([ids.ana]);
    const reasons = res.uncovered.flatMap((u: { reasons: string[] }) => u.reasons);
    expect(reasons).toContain(
      "Imani Clark would have 9 h 20 min of rest since yesterday's route, under the 10 h minimum",
    );
    expect(reasons).toContain('Sam Sixty would reach 63 h 10 min in 7 days, past the 60 h cap');
    expect(reasons).toContain('planned for 13 h, past the 12 h a DA may work in a day');
  });

  it('leaves them out of Find a DA with the reason', async () => {
    const open = (await board()).find((r) => r.code !== 'CX3' && !r.driverId) as Route;
    const res = must(
      await s.dispatcher.request('GET', `/api/v1/dispatch/routes/${open.id}/replacements`),
      200,
    ).json();
    expect(res.replacements).toEqual([]);
    expect(res.leftOut).toEqual(
      expect.arrayContaining([
        {
          reason: "would have 9 h 20 min of rest since yesterday's route, under the 10 h minimum",
          names: ['Imani Clark'],
          driverIds: [ids.imani],
        },
        {
          reason: 'would reach 63 h 10 min in 7 days, past the 60 h cap',
          names: ['Sam Sixty'],
          driverIds: [ids.sam],
        },
      ]),
    );
  });

  it('refuses a drop on the board that breaks a cap, with the reason', async () => {
    const routes = await board();
    const open = routes.find((r) => r.code !== 'CX3' && !r.driverId) as Route;
    const long = routes.find((r) => r.code === 'CX3') as Route;
    const drop = (route: Route, driverId: string) =>
      s.dispatcher.request('POST', `/api/v1/dispatch/routes/${route.id}/assign`, {
        driverId,
        vanId: null,
        version: route.version,
      });
    const rest = await drop(open, ids.imani as string);
    expect(rest.statusCode).toBe(400);
    expect(rest.json().errors).toEqual([
      {
        path: 'driverId',
        message: "Imani Clark would have 9 h 20 min of rest since yesterday's route, under the 10 h minimum.",
      },
    ]);
    const seven = await drop(open, ids.sam as string);
    expect(seven.json().errors[0].message).toBe(
      'Sam Sixty would reach 63 h 10 min in 7 days, past the 60 h cap.',
    );
    const day = await drop(long, ids.ana as string);
    expect(day.json().errors[0].message).toBe('Ana Fresh would work 13 h today, past the 12 h day cap.');
  });

  it('lets the org lower the rest it owes, and the builder follows', async () => {
    const rules = must(await s.manager.request('GET', '/api/v1/schedule/rules'), 200).json();
    must(await s.manager.request('PUT', '/api/v1/schedule/rules', { ...rules, minRestMinutes: 9 * 60 }), 200);
    const res = must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/roster/build?${at(s.today)}`),
      200,
    ).json();
    expect(res.assigned).toBe(2);
  });
});
