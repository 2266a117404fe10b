import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from './domain/calendar.js';
import { givenStation, must, type StationScenario } from './test-kit.js';

// Issue 13: a DA is told of a change to a route while its day can still be driven; a dispatcher
// correcting a day that is over (who drove, in which van) changes the record and texts nobody.
describe('a change to a past day’s roster', () => {
  let s: StationScenario;
  let ana = '';
  let ben = '';
  let van = '';

  beforeAll(async () => {
    s = await givenStation();
    ana = await s.addDa({ firstName: 'Ana', lastName: 'Ruiz' });
    ben = await s.addDa({ firstName: 'Ben', lastName: 'Cole' });
    van = await s.addVan(1);
  });
  afterAll(() => s.close());

  const messagesTo = (driverId: string) =>
    s.t.db.db
      .selectFrom('messages')
      .select('topic')
      .where('driver_id', '=', driverId)
      .orderBy('id')
      .execute();

  /** A route on `date` with Ana on it, the day's roster published (which tells Ana, if the day is not over). */
  async function publishedRoute(date: string): Promise<{ id: string; version: number }> {
    const q = `stationId=${s.stationId}&date=${date}`;
    const route = must(
      await s.dispatcher.request('POST', `/api/v1/dispatch/routes?${q}`, {
        code: `CX${date.slice(8)}`,
        waveTime: '10:20',
        plannedMinutes: 540,
        vanType: 'cdv',
      }),
      201,
    ).json();
    const assigned = await s.dispatcher.request('POST', `/api/v1/dispatch/routes/${route.id}/assign`, {
      driverId: ana,
      vanId: van,
      version: route.version,
    });
    must(assigned, 200);
    must(await s.dispatcher.request('POST', `/api/v1/dispatch/roster/publish?${q}`), 200);
    return { id: route.id, version: assigned.json().version };
  }

  const moveToBen = (route: { id: string; version: number }) =>
    s.dispatcher.request('POST', `/api/v1/dispatch/routes/${route.id}/assign`, {
      driverId: ben,
      vanId: van,
      version: route.version,
    });

  it('texts neither the DA put on the route nor the DA taken off it', async () => {
    const route = await publishedRoute(addDays(s.today, -3));
    const anaBefore = (await messagesTo(ana)).length;
    must(await moveToBen(route), 200);
    const board = must(
      await s.dispatcher.request(
        'GET',
        `/api/v1/dispatch/board?stationId=${s.stationId}&date=${addDays(s.today, -3)}`,
      ),
      200,
    ).json();
    expect(board.routes[0]).toMatchObject({ driverId: ben });
    expect(await messagesTo(ben)).toEqual([]);
    expect(await messagesTo(ana)).toHaveLength(anaBefore);
  });

  it('publishing a day that is over texts nobody', async () => {
    const before = (await messagesTo(ana)).length;
    await publishedRoute(addDays(s.today, -5));
    const published = must(
      await s.dispatcher.request(
        'POST',
        `/api/v1/dispatch/roster/publish?stationId=${s.stationId}&date=${addDays(s.today, -5)}`,
      ),
      200,
    ).json();
    expect(published.dasNotified).toBe(0);
    expect(await messagesTo(ana)).toHaveLength(before);
  });

  it('still tells both DAs of the same change today', async () => {
    const route = await publishedRoute(s.today);
    const [benBefore, anaBefore] = [(await messagesTo(ben)).length, (await messagesTo(ana)).length];
    must(await moveToBen(route), 200);
    expect((await messagesTo(ben)).slice(benBefore).map((m) => m.topic)).toEqual(['route_assigned']);
    expect((await messagesTo(ana)).slice(anaBefore).map((m) => m.topic)).toEqual(['route_removed']);
  });
});
