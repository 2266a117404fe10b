import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, weekStartOf } from './domain/calendar.js';
import { listOvertimeApprovals } from './overtime-approvals.js';
import { givenStation, must, type StationScenario } from './test-kit.js';

// Issue 14, item 1: at DXT1 "Build roster" left routes uncovered while scheduled DAs had no route and a
// standby was free, because the org's 40 h "no overtime without approval" was used as a hard weekly
// cap. The builder covers every route the hard limits allow and asks for the overtime as one decision.

interface RouteView {
  code: string;
  driverId: string | null;
  why: string[];
}

describe('the roster covers first and asks for the overtime it needs', () => {
  let s: StationScenario;
  const q = () => `stationId=${s.stationId}&date=${s.today}`;
  const routes = async (): Promise<RouteView[]> =>
    must(await s.dispatcher.request('GET', `/api/v1/dispatch/board?${q()}`), 200).json().routes;
  const build = (body?: Record<string, unknown>) =>
    s.dispatcher.request('POST', `/api/v1/dispatch/roster/build?${q()}`, body);
  const shift = (driverId: string, date: string, kind: string, minutes: number) =>
    s.manager.request('PUT', '/api/v1/schedule/shifts', {
      stationId: s.stationId,
      driverId,
      date,
      kind,
      startTime: '10:20',
      minutes,
    });
  /** Schedules a DA today and on `days` other days of this week at `minutes` each. */
  const weekOf = async (driverId: string, kind: string, days: number, minutes = 480) => {
    must(await shift(driverId, s.today, kind, 550), 200);
    const others = [0, 1, 2, 3, 4, 5, 6]
      .map((i) => addDays(weekStartOf(s.today), i))
      .filter((d) => d !== s.today)
      .slice(0, days);
    for (const d of others) must(await shift(driverId, d, 'route', minutes), 200);
  };

  beforeAll(async () => {
    s = await givenStation();
    // Two DAs with room, one near 40 h, a standby near 40 h, and one whom any route takes past 50 h.
    await weekOf(await s.addDa({ firstName: 'Ana', lastName: 'Lopez' }), 'route', 0);
    await weekOf(await s.addDa({ firstName: 'Ben', lastName: 'Kim' }), 'route', 0);
    await weekOf(await s.addDa({ firstName: 'Imani', lastName: 'Clark' }), 'route', 4);
    await weekOf(await s.addDa({ firstName: 'Dan', lastName: 'Standby' }), 'standby', 4);
    await weekOf(await s.addDa({ firstName: 'Max', lastName: 'Hours' }), 'route', 5, 540);
    for (let n = 1; n <= 5; n++) await s.addVan(n);
    for (const code of ['CX1', 'CX2', 'CX3', 'CX4', 'CX5'])
      must(
        await s.dispatcher.request('POST', `/api/v1/dispatch/routes?${q()}`, {
          code,
          waveTime: '10:20',
          plannedMinutes: 550,
          vanType: 'cdv',
        }),
        201,
      );
  }, 60_000);
  afterAll(() => s?.close());

  it('covers what it can without overtime and asks for the rest as one decision', async () => {
    const res = must(await build(), 200).json();
    expect(res.overtime).toMatchObject({
      status: 'needs_approval',
      minutes: 140,
      costCents: 7000, // 140 min at time and a half of the default $20/h
      routesCovered: 2,
      text: '2 DAs go into overtime: 2 h 20 min, about $70',
    });
    expect(res.overtime.das.map((d: { name: string }) => d.name).sort()).toEqual([
      'Dan Standby',
      'Imani Clark',
    ]);
    expect(res.assigned).toBe(2);
    const open = (await routes()).filter((r) => !r.driverId);
    expect(open).toHaveLength(3);
    // Two wait for the overtime; one cannot be covered at all (Max would pass the 50 h ceiling).
    expect(
      open.filter((r) => r.why[0] === 'needs overtime: approve it where the roster is built'),
    ).toHaveLength(2);
    expect(res.causes.map((c: { text: string }) => c.text)).toContain(
      'Imani Clark, Max Hours and Dan Standby have too few hours left this week (the 40 h cap)',
    );
  });

  // Issue 14, item 17: where a build's time goes, for the benchmark and the browser's network panel.
  it('says where the time went: the day loaded, solved, saved', async () => {
    const res = must(await build(), 200);
    expect(res.headers['server-timing']).toMatch(/^load;dur=[\d.]+, solve;dur=[\d.]+, save;dur=[\d.]+$/);
    expect(res.json().timing).toBeUndefined();
  });

  it('refuses an approval of less overtime than the roster needs', async () => {
    const res = await build({ overtime: 'approve', approvedMinutes: 100 });
    expect(res.statusCode).toBe(409);
  });

  it('covers every route the hard limits allow once the overtime is approved, and records who approved it', async () => {
    const res = must(await build({ overtime: 'approve', approvedMinutes: 140 }), 200).json();
    expect(res.overtime.status).toBe('approved');
    expect(res.assigned).toBe(4);
    expect(res.uncovered).toHaveLength(1);
    expect(res.uncovered[0].reasons.join(' ')).toContain(
      'Max Hours would reach 54 h 10 min this week, past the 50 h cap',
    );
    const withOvertime = (await routes()).filter((r) => r.why[0]?.startsWith('overtime approved by'));
    expect(withOvertime).toHaveLength(2);
    const audit = must(await s.owner.request('GET', '/api/v1/audit?entity=overtime_decision'), 200).json();
    expect(JSON.stringify(audit)).toContain('2 DAs go into overtime: 2 h 20 min, about $70');
    expect(JSON.stringify(audit)).toContain('approved');
    // Payroll reads the decision as the approval of those DAs' overtime that day, with who gave it.
    const approvals = await listOvertimeApprovals(
      s.t.db.db,
      s.org.orgId,
      withOvertime.map((r) => r.driverId as string),
      s.today,
      s.today,
    );
    expect(approvals.map((a) => [a.route_code, a.business_date, a.approved_by]).sort()).toEqual(
      withOvertime.map((r) => [r.code, s.today, expect.any(String)]).sort(),
    );
  });

  it('leaves those routes uncovered with the reason when the overtime is declined', async () => {
    const res = must(await build({ overtime: 'decline' }), 200).json();
    expect(res.overtime.status).toBe('declined');
    expect(res.assigned).toBe(2);
    const declined = (await routes()).filter((r) => r.why[0]?.startsWith('overtime declined by'));
    expect(declined).toHaveLength(2);
  });

  it('does not ask when the org allows overtime in advance', async () => {
    const rules = must(await s.manager.request('GET', '/api/v1/schedule/rules'), 200).json();
    must(await s.manager.request('PUT', '/api/v1/schedule/rules', { ...rules, overtimeAllowed: true }), 200);
    const res = must(await build(), 200).json();
    expect(res.overtime.status).toBe('allowed');
    expect(res.assigned).toBe(4);
  });

  // Issue 14, item 1: the builder rosters only DAs on today's schedule, so it names the DAs off today
  // who could cover the overtime's routes without any, and calling one in is Find a DA's "Put on".
  it('names a DA off today who could cover a route without overtime, and calling them in covers it', async () => {
    const rules = must(await s.manager.request('GET', '/api/v1/schedule/rules'), 200).json();
    must(await s.manager.request('PUT', '/api/v1/schedule/rules', { ...rules, overtimeAllowed: false }), 200);
    const olga = await s.addDa({ firstName: 'Olga', lastName: 'Off' });
    const res = must(await build(), 200).json();
    expect(res.overtime.status).toBe('needs_approval');
    expect(res.callIn).toHaveLength(1);
    const [call] = res.callIn;
    expect(call).toMatchObject({ driverId: olga, name: 'Olga Off' });
    expect(res.overtime.covers).toContain(call.routeCode);
    const route = (await routes()).find((r) => r.code === call.routeCode) as RouteView & {
      id: string;
      version: number;
    };
    must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes/${call.routeId}/assign`, {
        driverId: olga,
        vanId: call.vanId,
        version: route.version,
      }),
      200,
    );
    const again = must(await build(), 200).json();
    expect(again.assigned).toBe(3);
    expect(again.overtime.covers).not.toContain(call.routeCode);
    expect((await routes()).find((r) => r.code === call.routeCode)?.driverId).toBe(olga);
  });
});
