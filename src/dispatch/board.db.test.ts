import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrg, signIn } from '../app/testing.js';
import { givenStation, must, type StationScenario } from './test-kit.js';

// Issue 4, items 3, 5, 6, 8, 9: routes for a day, the dispatch board with conflicts and stale edits,
// callouts with ranked replacements, rescues and the day close.

describe('the day: routes, board, callouts, rescues, close', () => {
  let s: StationScenario;
  let ana = '';
  let ben = '';
  let cal = '';
  let dee = '';
  let noLicense = '';
  let van1 = '';
  let van2 = '';
  let grounded = '';
  let cx1 = '';
  let cx2 = '';
  const q = () => `stationId=${s.stationId}&date=${s.today}`;
  const board = async () =>
    must(await s.dispatcher.request('GET', `/api/v1/dispatch/board?${q()}`), 200).json();
  const routeOf = async (id: string) => (await board()).routes.find((r: { id: string }) => r.id === id);
  const shift = (driverId: string, kind = 'route') =>
    s.manager.request('PUT', '/api/v1/schedule/shifts', {
      stationId: s.stationId,
      driverId,
      date: s.today,
      kind,
      startTime: '10:20',
      minutes: 600,
    });
  const assign = async (routeId: string, driverId: string | null, vanId: string | null, c = s.dispatcher) => {
    const version = (await routeOf(routeId)).version;
    return c.request('POST', `/api/v1/dispatch/routes/${routeId}/assign`, { driverId, vanId, version });
  };

  beforeAll(async () => {
    s = await givenStation();
    ana = await s.addDa({ firstName: 'Ana', lastName: 'Ruiz', language: 'es', hourlyRateCents: 2200 });
    ben = await s.addDa({ firstName: 'Ben', lastName: 'Cole', hourlyRateCents: 2000 });
    cal = await s.addDa({ firstName: 'Cal', lastName: 'Standby', hourlyRateCents: 2100 });
    dee = await s.addDa({ firstName: 'Dee', lastName: 'Off', hourlyRateCents: 2000 });
    noLicense = await s.addDa({ firstName: 'Eli', lastName: 'Nolicense', licenseExpiry: '2020-01-01' });
    for (const id of [ana, ben]) must(await shift(id), 200);
    must(await shift(cal, 'standby'), 200);
    van1 = await s.addVan(1);
    van2 = await s.addVan(2);
    grounded = await s.addVan(3);
    must(
      await s.manager.request('POST', `/api/v1/vans/${grounded}/status`, {
        status: 'grounded',
        reason: 'brakes',
      }),
      200,
    );
    const add = (code: string, waveTime: string) =>
      s.dispatcher.request('POST', `/api/v1/dispatch/routes?${q()}`, {
        code,
        waveTime,
        stagingLocation: 'STG.A1',
        plannedMinutes: 540,
        stops: 180,
        packages: 260,
        vanType: 'cdv',
      });
    cx1 = must(await add('cx101', '10:20'), 201).json().id;
    cx2 = must(await add('CX102', '10:40'), 201).json().id;
  });
  afterAll(() => s.close());

  it('lists the day’s routes by wave with every DA who could drive and every van', async () => {
    const b = await board();
    expect(b.routes.map((r: { code: string }) => r.code)).toEqual(['CX101', 'CX102']);
    expect(b.routes[0]).toMatchObject({ driverId: null, stagingLocation: 'STG.A1', conflicts: [] });
    const names = b.drivers.map((d: { name: string }) => d.name).sort();
    expect(names).toEqual(['Ana Ruiz', 'Ben Cole', 'Cal Standby', 'Dee Off', 'Eli Nolicense']);
    expect(b.drivers.find((d: { id: string }) => d.id === noLicense).cleared).toBe(false);
    expect(b.vans.find((v: { id: string }) => v.id === grounded)).toMatchObject({
      dispatchable: false,
      preTrip: 'missing',
    });
    must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes?${q()}`, { ...b.routes[0], id: undefined }),
      400,
    );
  });

  it('refuses a DA who is not cleared and a grounded van, naming why', async () => {
    const res = must(await assign(cx1, noLicense, grounded), 400).json();
    expect(res.errors).toEqual([
      { path: 'driverId', message: expect.stringContaining('Eli Nolicense is not cleared to drive') },
      { path: 'vanId', message: 'Van V-003 is out of service: brakes' },
    ]);
  });

  it('assigns with warnings, shows the conflicts live on the board, and moves a DA off their other route', async () => {
    const first = must(await assign(cx1, ana, van1), 200).json();
    expect(first.warnings).toEqual(['Van V-001 has no pre-trip yet today.']);
    must(await assign(cx2, ana, van2), 200);
    const b = await board();
    expect(b.routes.find((r: { id: string }) => r.id === cx1)).toMatchObject({
      driverId: null,
      vanId: van1,
      why: ['DA moved to CX102 by disp <disp@acme.test>.'],
    });
    expect(b.routes.find((r: { id: string }) => r.id === cx2)).toMatchObject({ driverId: ana, pinned: true });
    must(await assign(cx1, ben, van1), 200);
  });

  it('refuses an edit made on a stale board, and answers `changed: false` to a board that is current', async () => {
    const b = await board();
    const stale = (await routeOf(cx1)).version - 1;
    const res = await s.manager.request('POST', `/api/v1/dispatch/routes/${cx1}/assign`, {
      driverId: null,
      vanId: null,
      version: stale,
    });
    expect(must(res, 409).json().detail).toMatch(
      /Route CX101 was changed by disp <disp@acme.test> since you loaded the board/,
    );
    const poll = must(
      await s.dispatcher.request('GET', `/api/v1/dispatch/board?${q()}&since=${b.version}`),
      200,
    ).json();
    expect(poll).toEqual({ changed: false, version: b.version });
    must(
      await s.dispatcher.request(
        'POST',
        `/api/v1/dispatch/shifts/${b.drivers.find((d: { id: string }) => d.id === cal).shift.id}/check-in`,
      ),
      200,
    );
    const after = must(
      await s.dispatcher.request('GET', `/api/v1/dispatch/board?${q()}&since=${b.version}`),
      200,
    ).json();
    expect(after.changed).toBe(true);
    expect(after.drivers.find((d: { id: string }) => d.id === cal).shift.checkedInAt).not.toBeNull();
  });

  it('publishes the roster: each DA gets route, van, staging and wave in their language, once', async () => {
    const res = must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/roster/publish?${q()}`),
      200,
    ).json();
    expect(res).toMatchObject({ dasNotified: 2, uncovered: 0 });
    must(await s.dispatcher.request('POST', `/api/v1/dispatch/roster/publish?${q()}`), 200);
    const msgs = await s.t.db.db
      .selectFrom('messages')
      .selectAll()
      .where('topic', '=', 'route_assigned')
      .execute();
    expect(msgs).toHaveLength(2);
    expect(msgs.find((m) => m.driver_id === ana)?.body).toMatch(
      /ruta CX102, ola 10:40, zona STG.A1, van V-002\.$/,
    );
  });

  it('marks a callout: attendance gets it, the route goes back to uncovered, standbys come first in the replacements', async () => {
    const res = must(
      await s.dispatcher.request('POST', '/api/v1/dispatch/callouts', {
        stationId: s.stationId,
        date: s.today,
        driverId: ben,
        kind: 'callout',
        noticeHours: 1,
        reason: 'sick',
      }),
      200,
    ).json();
    expect(res.uncoveredRouteIds).toEqual([cx1]);
    const att = must(await s.manager.request('GET', `/api/v1/drivers/${ben}/attendance`), 200).json();
    expect(att.items[0]).toMatchObject({ kind: 'callout', reason: 'sick', points: 1 });
    const route = await routeOf(cx1);
    expect(route).toMatchObject({ driverId: null, vanId: van1, why: ['Ben Cole called out.'] });

    const ranked = must(
      await s.dispatcher.request('GET', `/api/v1/dispatch/routes/${cx1}/replacements`),
      200,
    ).json();
    expect(ranked.replacements.map((r: { name: string; group: string }) => `${r.group}:${r.name}`)).toEqual([
      'standby:Cal Standby',
      'off_today:Dee Off',
    ]);
    expect(ranked.replacements[0]).toMatchObject({
      checkedIn: true,
      overtimeMinutes: 0,
      overtimeCostCents: 0,
    });
    // Issue 14, item 2: who was left out and why, and the van the route keeps.
    expect(ranked.leftOut).toContainEqual({
      reason: 'called out today',
      names: ['Ben Cole'],
      driverIds: [ben],
    });
    expect(ranked.van).toMatchObject({ id: van1 });
  });

  it('calls in a DA off today: a published route shift is made for them and they are told', async () => {
    must(await assign(cx1, dee, van1), 200);
    const b = await board();
    expect(b.drivers.find((d: { id: string }) => d.id === dee).shift).toMatchObject({
      kind: 'route',
      source: 'dispatch',
      note: 'Called in for CX101',
    });
    const told = await s.t.db.db.selectFrom('messages').selectAll().where('driver_id', '=', dee).execute();
    expect(told.map((m) => m.topic)).toEqual(['route_assigned']);
  });

  it('records a rescue and counts rescues per DA', async () => {
    must(
      await s.dispatcher.request('POST', '/api/v1/dispatch/rescues', {
        routeId: cx2,
        rescuerDriverId: cal,
        stops: 30,
        packages: 45,
        startTime: '16:10',
        endTime: '18:00',
      }),
      201,
    );
    const own = await s.dispatcher.request('POST', '/api/v1/dispatch/rescues', {
      routeId: cx2,
      rescuerDriverId: ana,
      stops: 1,
      packages: 1,
      startTime: '16:10',
    });
    expect(must(own, 400).json().errors[0].path).toBe('rescuerDriverId');
    const sum = must(
      await s.dispatcher.request(
        'GET',
        `/api/v1/dispatch/rescues/summary?stationId=${s.stationId}&from=${s.today}&to=${s.today}`,
      ),
      200,
    ).json();
    expect(sum.items).toEqual([
      expect.objectContaining({
        name: 'Cal Standby',
        rescuesGiven: 1,
        stopsTaken: 30,
        packagesTaken: 45,
        rescuesReceived: 0,
      }),
      expect.objectContaining({ name: 'Ana Ruiz', rescuesGiven: 0, rescuesReceived: 1, stopsGivenAway: 30 }),
    ]);
  });

  it('closes a route with its actual times and counts, past midnight too, and refuses impossible figures', async () => {
    const version = (await routeOf(cx2)).version;
    const close = (body: Record<string, unknown>) =>
      s.dispatcher.request('POST', `/api/v1/dispatch/routes/${cx2}/close`, {
        version,
        actualStart: '10:45',
        actualEnd: '20:15',
        stopsCompleted: 150,
        packagesDelivered: 250,
        packagesReturned: 5,
        ...body,
      });
    const bad = must(await close({ stopsCompleted: 181, packagesReturned: 20 }), 400).json();
    expect(bad.errors.map((e: { path: string }) => e.path)).toEqual(['stopsCompleted', 'packagesReturned']);
    const closed = must(await close({ actualEnd: '00:15' }), 200).json();
    expect(closed.close).toMatchObject({
      actualStart: '10:45',
      actualEnd: '00:15',
      actualMinutes: 810,
      overrunMinutes: 270,
    });
    const removed = await s.dispatcher.request(
      'DELETE',
      `/api/v1/dispatch/routes/${cx2}?version=${closed.version}`,
    );
    expect(must(removed, 409).json().detail).toMatch(/closed/);
  });

  it('refuses to call in a DA on approved time off, and leaves them out of the replacements', async () => {
    const vic = await s.addDa({ firstName: 'Vic', lastName: 'Vacation' });
    const asked = must(
      await s.manager.request('POST', `/api/v1/drivers/${vic}/time-off`, {
        firstDate: s.today,
        lastDate: s.today,
      }),
      201,
    ).json();
    must(
      await s.manager.request('POST', `/api/v1/schedule/time-off/${asked.id}/decide`, { approve: true }),
      200,
    );
    const route = await routeOf(cx1);
    const res = await s.dispatcher.request('POST', `/api/v1/dispatch/routes/${cx1}/assign`, {
      driverId: vic,
      vanId: route.vanId,
      version: route.version,
    });
    expect(must(res, 400).json().errors).toEqual([
      { path: 'driverId', message: 'Vic Vacation is on approved time off today.' },
    ]);
    const b = await board();
    expect(b.drivers.find((d: { id: string }) => d.id === vic).availability).toEqual({
      available: false,
      timeOff: true,
      reason: 'approved time off',
    });
  });

  it('exports the roster as CSV, Excel and a PDF to print', async () => {
    const csv = must(
      await s.dispatcher.request('GET', `/api/v1/dispatch/roster/export?${q()}&format=csv`),
      200,
    );
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Wave,Route,Staging,DA,Transporter ID,Van,Van type,Planned minutes,Stops,Packages,Checked in',
    );
    expect(lines[1]).toBe('10:20,CX101,STG.A1,Dee Off,,V-001,CDV,540,180,260,no');
    const xlsx = must(
      await s.dispatcher.request('GET', `/api/v1/dispatch/roster/export?${q()}&format=xlsx`),
      200,
    );
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = must(
      await s.dispatcher.request('GET', `/api/v1/dispatch/roster/export?${q()}&format=pdf`),
      200,
    );
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="roster-DAU5-${s.today}.pdf"`);
  });

  it('keeps another org out (404) and drivers off the board (403)', async () => {
    await seedOrg(s.t.db, {
      slug: 'other',
      stations: ['DXX1'],
      users: [{ email: 'o@other.test', role: 'owner' }],
    });
    const stranger = await signIn(s.t.app, 'o@other.test');
    must(await stranger.request('GET', `/api/v1/dispatch/board?${q()}`), 404);
    must(await stranger.request('GET', `/api/v1/dispatch/routes/${cx1}/replacements`), 404);
    must(
      await stranger.request('POST', `/api/v1/dispatch/routes/${cx1}/assign`, {
        driverId: null,
        vanId: null,
        version: 1,
      }),
      404,
    );
    must(await s.driver.request('GET', `/api/v1/dispatch/board?${q()}`), 403);
  });
});
