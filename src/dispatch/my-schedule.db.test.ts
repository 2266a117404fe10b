import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from './domain/calendar.js';
import { givenStation, must, type StationScenario } from './test-kit.js';

// Issue 4, item 10: "My week, today's route / van / staging location / wave time, confirm a shift, ask for
// time off, set availability, check in at the station."

describe('a DA’s own schedule on the phone', () => {
  let s: StationScenario;
  let me = '';
  let other = '';
  let route = '';
  let van = '';
  const mine = async () => must(await s.driver.request('GET', '/api/v1/me/schedule'), 200).json();
  const put = (driverId: string, date: string) =>
    s.manager.request('PUT', '/api/v1/schedule/shifts', {
      stationId: s.stationId,
      driverId,
      date,
      kind: 'route',
      startTime: '10:20',
      minutes: 600,
    });

  beforeAll(async () => {
    s = await givenStation();
    me = await s.addDa({ firstName: 'Ana', lastName: 'Mine', language: 'es' });
    other = await s.addDa({ firstName: 'Ben', lastName: 'Other' });
    await s.linkDriver(me);
    for (const id of [me, other]) must(await put(id, s.today), 200);
    van = await s.addVan(7);
    route = must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes?stationId=${s.stationId}&date=${s.today}`, {
        code: 'CX7',
        waveTime: '10:40',
        stagingLocation: 'B-12',
        plannedMinutes: 540,
        vanType: 'cdv',
      }),
      201,
    ).json().id;
  });
  afterAll(() => s.close());

  it('shows nothing until the week is published, then only the DA’s own shifts', async () => {
    expect((await mine()).shifts).toEqual([]);
    must(
      await s.manager.request(
        'POST',
        `/api/v1/schedule/week/publish?stationId=${s.stationId}&date=${s.today}`,
      ),
      200,
    );
    const week = await mine();
    expect(week.shifts.map((x: { driverId: string }) => x.driverId)).toEqual([me]);
    expect(week.todayShift).toMatchObject({ date: s.today, confirmedAt: null });
    expect(week.todayRoute).toBeNull();
  });

  it('confirms and checks in its own shift only, and only today’s', async () => {
    const { todayShift } = await mine();
    const confirmed = must(
      await s.driver.request('POST', `/api/v1/me/shifts/${todayShift.id}/confirm`),
      200,
    ).json();
    expect(confirmed.confirmedAt).not.toBeNull();
    const board = must(
      await s.dispatcher.request('GET', `/api/v1/dispatch/board?stationId=${s.stationId}`),
      200,
    ).json();
    const theirs = board.drivers.find((d: { id: string }) => d.id === other).shift.id;
    must(await s.driver.request('POST', `/api/v1/me/shifts/${theirs}/confirm`), 404);
    must(await s.driver.request('POST', `/api/v1/me/shifts/${theirs}/check-in`), 409);
    const inAt = must(
      await s.driver.request('POST', `/api/v1/me/shifts/${todayShift.id}/check-in`),
      200,
    ).json();
    expect(inAt.checkedInAt).not.toBeNull();
  });

  it('shows today’s route, van, staging and wave once the roster is published, and the message in Spanish', async () => {
    const version = 1;
    must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes/${route}/assign`, {
        driverId: me,
        vanId: van,
        version,
      }),
      200,
    );
    expect((await mine()).todayRoute).toBeNull();
    must(await s.dispatcher.request('POST', `/api/v1/dispatch/roster/publish?stationId=${s.stationId}`), 200);
    expect((await mine()).todayRoute).toMatchObject({
      code: 'CX7',
      waveTime: '10:40',
      stagingLocation: 'B-12',
      van: { fleetNumber: 'V-007', vanType: 'cdv' },
    });
    const inbox = must(await s.driver.request('GET', '/api/v1/me/messages'), 200).json();
    expect(inbox.unread).toBe(2);
    expect(inbox.items[0].body).toMatch(/ruta CX7, ola 10:40, zona B-12, van V-007/);
    must(await s.driver.request('POST', '/api/v1/me/messages/read', { ids: [inbox.items[0].id] }), 204);
    expect(must(await s.driver.request('GET', '/api/v1/me/messages'), 200).json().unread).toBe(1);
  });

  it('shows the next route once that day’s roster is out (tomorrow’s, published the evening before)', async () => {
    const tomorrow = addDays(s.today, 1);
    must(await put(me, tomorrow), 200);
    const next = must(
      await s.dispatcher.request(
        'POST',
        `/api/v1/dispatch/routes?stationId=${s.stationId}&date=${tomorrow}`,
        {
          code: 'CX8',
          waveTime: '09:40',
          plannedMinutes: 540,
          vanType: 'cdv',
        },
      ),
      201,
    ).json();
    must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes/${next.id}/assign`, {
        driverId: me,
        vanId: null,
        version: 1,
      }),
      200,
    );
    expect((await mine()).nextRoute).toBeNull();
    must(
      await s.dispatcher.request(
        'POST',
        `/api/v1/dispatch/roster/publish?stationId=${s.stationId}&date=${tomorrow}`,
      ),
      200,
    );
    expect((await mine()).nextRoute).toMatchObject({
      date: tomorrow,
      code: 'CX8',
      waveTime: '09:40',
      van: null,
    });
  });

  it('asks for time off and withdraws it; sets availability', async () => {
    const first = addDays(s.today, 20);
    const asked = must(
      await s.driver.request('POST', '/api/v1/me/time-off', {
        firstDate: first,
        lastDate: first,
        reason: 'cita',
      }),
      201,
    ).json();
    expect(asked).toMatchObject({ status: 'pending', requestedBy: expect.stringContaining('da') });
    const cancelled = must(
      await s.driver.request('POST', `/api/v1/me/time-off/${asked.id}/cancel`),
      200,
    ).json();
    expect(cancelled.status).toBe('cancelled');
    must(await s.driver.request('POST', `/api/v1/me/time-off/${asked.id}/cancel`), 409);

    const pattern = {
      weekdays: [false, true, true, true, true, true, false],
      preferredWeekdays: [false, true, true, false, false, false, false],
      wantsDays: 4,
    };
    must(await s.driver.request('PUT', '/api/v1/me/availability', pattern), 200);
    const seen = must(await s.manager.request('GET', `/api/v1/drivers/${me}/availability`), 200).json();
    expect(seen.pattern).toEqual(pattern);
    expect(seen.timeOff.map((t: { status: string }) => t.status)).toEqual(['cancelled']);
  });

  it('answers 403 to a login without a DA record', async () => {
    must(await s.manager.request('GET', '/api/v1/me/schedule'), 403);
  });
});
