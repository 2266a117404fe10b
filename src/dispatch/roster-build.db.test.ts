import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenStation, must, type StationScenario } from './test-kit.js';

// Issue 4, item 4: "every route gets a DA (scheduled that day, cleared, qualified for the van type, within
// hour caps) and a van (ready, right type, inspection not failed) … honouring pinned pairs … Each
// assignment says why; each uncovered route says exactly what is missing."

interface RouteView {
  id: string;
  code: string;
  driverId: string | null;
  vanId: string | null;
  pinned: boolean;
  why: string[];
  version: number;
}

describe('building the morning roster', () => {
  let s: StationScenario;
  const routeDas: string[] = [];
  let stepDa = '';
  let standby = '';
  let offToday = '';
  const vans: string[] = [];
  let stepVan = '';
  let grounded = '';
  const q = () => `stationId=${s.stationId}&date=${s.today}`;
  const routes = async (): Promise<RouteView[]> =>
    must(await s.dispatcher.request('GET', `/api/v1/dispatch/board?${q()}`), 200).json().routes;
  const build = async () =>
    must(await s.dispatcher.request('POST', `/api/v1/dispatch/roster/build?${q()}`), 200).json();
  const schedule = (driverId: string, kind: string) =>
    s.manager.request('PUT', '/api/v1/schedule/shifts', {
      stationId: s.stationId,
      driverId,
      date: s.today,
      kind,
      startTime: '10:20',
      minutes: 600,
    });

  beforeAll(async () => {
    s = await givenStation();
    for (let i = 0; i < 3; i++) {
      const id = await s.addDa({ firstName: `Route${i}`, lastName: 'Da' });
      routeDas.push(id);
      must(await schedule(id, 'route'), 200);
    }
    stepDa = await s.addDa({
      firstName: 'Step',
      lastName: 'Driver',
      vanTypes: ['cdv', 'step_van'],
      dotMedicalExpiry: '2031-01-01',
    });
    must(await schedule(stepDa, 'route'), 200);
    standby = await s.addDa({ firstName: 'Stan', lastName: 'Standby' });
    must(await schedule(standby, 'standby'), 200);
    offToday = await s.addDa({ firstName: 'Olga', lastName: 'Off' });
    for (let n = 1; n <= 3; n++) vans.push(await s.addVan(n));
    stepVan = await s.addVan(4, { vanType: 'step_van' });
    grounded = await s.addVan(5);
    must(
      await s.manager.request('POST', `/api/v1/vans/${grounded}/status`, {
        status: 'grounded',
        reason: 'brakes',
      }),
      200,
    );
    const add = (code: string, vanType: string, stops: number) =>
      s.dispatcher.request('POST', `/api/v1/dispatch/routes?${q()}`, {
        code,
        waveTime: '10:20',
        plannedMinutes: 540,
        stops,
        packages: stops + 80,
        vanType,
      });
    for (const [code, stops] of [
      ['CX1', 150],
      ['CX2', 200],
      ['CX3', 180],
    ] as const)
      must(await add(code, 'cdv', stops), 201);
    must(await add('CX4', 'step_van', 190), 201);
  });
  afterAll(() => s.close());

  it('covers every route with scheduled DAs before standbys, never with a grounded van or a DA off today', async () => {
    const res = await build();
    expect(res).toMatchObject({ assigned: 4, uncovered: [] });
    const all = await routes();
    const drivers = all.map((r) => r.driverId);
    expect(new Set(drivers)).toEqual(new Set([...routeDas, stepDa]));
    expect(drivers).not.toContain(standby);
    expect(drivers).not.toContain(offToday);
    expect(all.map((r) => r.vanId)).not.toContain(grounded);
    const cx4 = all.find((r) => r.code === 'CX4');
    expect(cx4).toMatchObject({ driverId: stepDa, vanId: stepVan, pinned: false });
    expect(cx4?.why.length).toBeGreaterThan(0);
  });

  it('keeps a pinned pair and gives the standby a route only when a scheduled DA is gone', async () => {
    const cx1 = (await routes()).find((r) => r.code === 'CX1') as RouteView;
    must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes/${cx1.id}/assign`, {
        driverId: routeDas[2],
        vanId: vans[2],
        version: cx1.version,
      }),
      200,
    );
    must(
      await s.dispatcher.request('POST', '/api/v1/dispatch/callouts', {
        stationId: s.stationId,
        date: s.today,
        driverId: routeDas[0],
        kind: 'ncns',
      }),
      200,
    );
    const res = await build();
    expect(res.uncovered).toEqual([]);
    const all = await routes();
    expect(all.find((r) => r.code === 'CX1')).toMatchObject({
      driverId: routeDas[2],
      vanId: vans[2],
      pinned: true,
    });
    expect(all.map((r) => r.driverId)).toContain(standby);
    expect(all.map((r) => r.driverId)).not.toContain(routeDas[0]);
  });

  it('says exactly what is missing for a route it cannot cover', async () => {
    must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes?${q()}`, {
        code: 'CX9',
        waveTime: '10:40',
        plannedMinutes: 540,
        vanType: 'step_van',
      }),
      201,
    );
    const res = await build();
    expect(res.uncovered).toHaveLength(1);
    expect(res.uncovered[0].routeCode).toMatch(/^CX[49]$/);
    expect(res.uncovered[0].reasons.join(' ')).toMatch(/step van|step_van/);
    const open = (await routes()).find((r) => r.code === res.uncovered[0].routeCode);
    expect(open?.driverId).toBeNull();
    expect(open?.why).toEqual(res.uncovered[0].reasons);
  });
});
