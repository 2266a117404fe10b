import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrg, signIn } from '../app/testing.js';
import { addDays } from './domain/calendar.js';
import { givenStation, must, type StationScenario } from './test-kit.js';

// Issue 4, item 1: "Shifts per DA per day and station … Availability (a recurring weekly pattern plus
// dated exceptions) and time-off requests (DA asks from the phone, manager approves or denies with a
// reason). Publishing the week notifies each DA … and each DA confirms."

describe('the week: shifts, availability, time off, publishing', () => {
  let s: StationScenario;
  let ana = '';
  let ben = '';
  let expired = '';
  const day = (i: number) => addDays(s.weekStart, i); // 0 = Sunday
  const put = (c = s.manager, body: Record<string, unknown> = {}) =>
    c.request('PUT', '/api/v1/schedule/shifts', {
      stationId: s.stationId,
      driverId: ana,
      date: day(1),
      kind: 'route',
      startTime: '10:20',
      minutes: 600,
      ...body,
    });
  const week = async () =>
    must(
      await s.manager.request('GET', `/api/v1/schedule/week?stationId=${s.stationId}&date=${day(3)}`),
      200,
    ).json();
  const messagesOf = (driverId: string) =>
    s.t.db.db
      .selectFrom('messages')
      .selectAll()
      .where('driver_id', '=', driverId)
      .orderBy('created_at')
      .execute();

  beforeAll(async () => {
    s = await givenStation();
    ana = await s.addDa({ firstName: 'Ana', lastName: 'Ruiz', language: 'es' });
    ben = await s.addDa({ firstName: 'Ben', lastName: 'Cole' });
    expired = await s.addDa({ firstName: 'Eli', lastName: 'Old', licenseExpiry: day(2) });
  });
  afterAll(() => s.close());

  it('shows the week Sunday to Saturday with every schedulable DA and each day’s availability and clearance', async () => {
    const w = await week();
    expect(w.weekStart).toBe(s.weekStart);
    expect(w.dates).toEqual([0, 1, 2, 3, 4, 5, 6].map(day));
    const eli = w.drivers.find((d: { driver: { id: string } }) => d.driver.id === expired);
    expect(eli.days[2].clearance.cleared).toBe(true);
    expect(eli.days[3].clearance).toMatchObject({
      cleared: false,
      reasons: [`Driver’s license expired on ${day(2)}.`],
    });
  });

  it('puts a DA on a day, replaces it on a second put, and counts it against the demand', async () => {
    const first = must(await put(), 200).json();
    expect(first).toMatchObject({
      shift: { driverId: ana, date: day(1), kind: 'route', publishedAt: null },
      warnings: [],
    });
    const second = must(await put(s.manager, { kind: 'standby', startTime: '09:40' }), 200).json();
    expect(second.shift.id).toBe(first.shift.id);
    must(
      await s.manager.request('PUT', `/api/v1/schedule/week/demand?stationId=${s.stationId}&date=${day(0)}`, {
        days: [0, 1, 2, 3, 4, 5, 6].map(() => ({ routes: 2, standbys: 1 })),
        routeMinutes: 600,
        standbyMinutes: 600,
        startTime: '10:20',
      }),
      200,
    );
    const monday = (await week()).days[1];
    expect(monday).toMatchObject({
      demand: { routes: 2, standbys: 1 },
      scheduled: { route: 0, standby: 1 },
      short: { routes: 2, standbys: 0 },
    });
    expect(monday.standby.recommendedStandbys).toBeGreaterThanOrEqual(1);
  });

  it('refuses a driving shift on a day the DA is not cleared, but allows the day before', async () => {
    must(await put(s.manager, { driverId: expired, date: day(2) }), 200);
    const res = must(await put(s.manager, { driverId: expired, date: day(3) }), 400);
    expect(res.json().errors[0].message).toContain(`Driver’s license expired on ${day(2)}.`);
  });

  it('warns, but saves, a sixth day and a short rest', async () => {
    for (const i of [2, 3, 4, 5]) must(await put(s.manager, { driverId: ben, date: day(i) }), 200);
    must(await put(s.manager, { driverId: ben, date: day(1), startTime: '12:00', minutes: 660 }), 200);
    const sixth = must(await put(s.manager, { driverId: ben, date: day(6), startTime: '10:20' }), 200).json();
    expect(sixth.warnings).toContain('6 days this week, over the 5-day cap.');
    const early = must(await put(s.manager, { driverId: ben, date: day(2), startTime: '06:00' }), 200).json();
    expect(early.warnings).toContain(
      `Only 7 h of rest between Mon ${day(1).slice(5, 7)}/${day(1).slice(8)} and Tue ${day(2).slice(5, 7)}/${day(2).slice(8)} (10 h needed).`,
    );
  });

  it('follows the weekly pattern: a shift on a day the DA cannot work is warned', async () => {
    must(
      await s.manager.request('PUT', `/api/v1/drivers/${ana}/availability`, {
        weekdays: [true, true, true, false, true, true, true],
        preferredWeekdays: [false, true, false, false, false, false, false],
        wantsDays: 4,
      }),
      200,
    );
    const res = must(await put(s.manager, { date: day(3) }), 200).json();
    expect(res.warnings[0]).toMatch(/not available on Wednesdays/);
    const tooMany = await s.manager.request('PUT', `/api/v1/drivers/${ana}/availability`, {
      weekdays: [true, false, false, false, false, false, false],
      preferredWeekdays: [false, false, false, false, false, false, false],
      wantsDays: 4,
    });
    expect(must(tooMany, 400).json().errors[0]).toMatchObject({ path: 'wantsDays' });
  });

  it('publishes the week once, writes each DA their week in their language, and a later change reaches the DA at once', async () => {
    const published = must(
      await s.manager.request(
        'POST',
        `/api/v1/schedule/week/publish?stationId=${s.stationId}&date=${day(0)}`,
      ),
      200,
    ).json();
    expect(published.dasNotified).toBe(3);
    const [anaWeek] = await messagesOf(ana);
    expect(anaWeek?.body).toMatch(/^Tu horario de la semana del dom/);
    expect(anaWeek?.body).toContain('reserva 09:40');
    must(
      await s.manager.request(
        'POST',
        `/api/v1/schedule/week/publish?stationId=${s.stationId}&date=${day(0)}`,
      ),
      400,
    );

    const changed = must(await put(s.manager, { date: day(5) }), 200).json();
    expect(changed.shift.publishedAt).not.toBeNull();
    const last = (await messagesOf(ana)).at(-1);
    expect(last?.topic).toBe('shift_changed');
    expect(last?.body).toContain('Cambio de horario: vie');
  });

  it('takes a shift off and tells the DA when the week was published', async () => {
    const w = await week();
    const shift = w.drivers.find((d: { driver: { id: string } }) => d.driver.id === ana).days[5].shift;
    must(await s.manager.request('DELETE', `/api/v1/schedule/shifts/${shift.id}`), 204);
    expect((await messagesOf(ana)).at(-1)?.body).toMatch(/ya no trabajas el vie/);
  });

  it('lets a manager decide time off: a denial needs a reason, an approval clears the shifts in those days', async () => {
    const asked = must(
      await s.manager.request('POST', `/api/v1/drivers/${ben}/time-off`, {
        firstDate: day(4),
        lastDate: day(5),
        reason: 'family',
      }),
      201,
    ).json();
    expect(asked.status).toBe('pending');
    const overlap = await s.manager.request('POST', `/api/v1/drivers/${ben}/time-off`, {
      firstDate: day(5),
      lastDate: day(6),
    });
    expect(overlap.statusCode).toBe(409);
    const queue = must(await s.manager.request('GET', '/api/v1/schedule/time-off'), 200).json();
    expect(queue.items.map((r: { id: string }) => r.id)).toEqual([asked.id]);

    must(
      await s.dispatcher.request('POST', `/api/v1/schedule/time-off/${asked.id}/decide`, { approve: true }),
      403,
    );
    const noReason = await s.manager.request('POST', `/api/v1/schedule/time-off/${asked.id}/decide`, {
      approve: false,
    });
    expect(must(noReason, 400).json().errors[0].path).toBe('note');
    const decided = must(
      await s.manager.request('POST', `/api/v1/schedule/time-off/${asked.id}/decide`, { approve: true }),
      200,
    ).json();
    expect(decided.request.status).toBe('approved');
    expect(decided.shiftsRemoved.map((x: { date: string }) => x.date)).toEqual([day(4), day(5)]);
    expect((await messagesOf(ben)).at(-1)?.body).toMatch(/was approved/);

    const onLeave = await put(s.manager, { driverId: ben, date: day(4) });
    expect(must(onLeave, 400).json().errors[0].message).toMatch(/approved time off \(family\)/);
  });

  it('refuses time off in the past and a last day before the first', async () => {
    const res = await s.manager.request('POST', `/api/v1/drivers/${ben}/time-off`, {
      firstDate: addDays(s.today, -1),
      lastDate: addDays(s.today, -2),
    });
    expect(
      must(res, 400)
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['firstDate', 'lastDate']);
  });

  it('answers 404 for another org’s station and DA, and lets a dispatcher schedule but not change the rules', async () => {
    const other = await seedOrg(s.t.db, {
      slug: 'other',
      stations: ['DXX1'],
      users: [{ email: 'o@other.test', role: 'owner' }],
    });
    const stranger = await signIn(s.t.app, 'o@other.test');
    must(await stranger.request('GET', `/api/v1/schedule/week?stationId=${s.stationId}`), 404);
    must(await stranger.request('GET', `/api/v1/drivers/${ana}/availability`), 404);
    const otherStation = other.stationIds.DXX1 as string;
    must(await s.manager.request('GET', `/api/v1/schedule/week?stationId=${otherStation}`), 404);

    must(await put(s.dispatcher, { driverId: ben, date: day(0) }), 200);
    const rules = must(await s.dispatcher.request('GET', '/api/v1/schedule/rules'), 200).json();
    expect(rules.maxDaysPerWeek).toBe(5);
    must(await s.dispatcher.request('PUT', '/api/v1/schedule/rules', { ...rules, maxDaysPerWeek: 6 }), 403);
    must(await s.manager.request('PUT', '/api/v1/schedule/rules', { ...rules, maxDaysPerWeek: 6 }), 200);
    expect(must(await s.owner.request('GET', '/api/v1/schedule/rules'), 200).json().maxDaysPerWeek).toBe(6);
  });
});
