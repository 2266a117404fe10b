import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from './domain/calendar.js';
import { givenStation, must, type StationScenario } from './test-kit.js';

// Issue 14, item 2: the week's auto-scheduler keeps the org's hard caps the roster builder keeps
// (12 h a day, 60 h in any rolling 7 days counting last week's last six days, rest across the week
// boundary), and says which DAs a cap kept off which day.

describe('auto-scheduling a week within the hard caps on a DA’s day', () => {
  let s: StationScenario;
  let imani = '';
  let ben = '';
  const day = (i: number) => addDays(s.weekStart, i);
  const weekQ = () => `stationId=${s.stationId}&date=${day(0)}`;

  beforeAll(async () => {
    s = await givenStation();
    imani = await s.addDa({ firstName: 'Imani', lastName: 'Clark' });
    ben = await s.addDa({ firstName: 'Ben', lastName: 'Okafor' });
    // Ten hours on each of last week's Monday to Friday: 50 h in the six days before the week.
    for (let i = -6; i <= -2; i++)
      must(
        await s.manager.request('PUT', '/api/v1/schedule/shifts', {
          stationId: s.stationId,
          driverId: imani,
          date: day(i),
          kind: 'route',
          startTime: '08:00',
          minutes: 600,
        }),
        200,
      );
    must(
      await s.manager.request('PUT', `/api/v1/schedule/week/demand?${weekQ()}`, {
        days: [1, 0, 0, 0, 0, 0, 0].map((routes) => ({ routes, standbys: 0 })),
        routeMinutes: 660,
        standbyMinutes: 240,
        startTime: '08:00',
      }),
      200,
    );
  });
  afterAll(() => s.close());

  it('gives Sunday’s 11 h route to the DA it keeps within 60 h in 7 days, and says why in one sentence', async () => {
    const res = must(await s.manager.request('POST', `/api/v1/schedule/week/auto?${weekQ()}`), 200).json();
    const week = must(await s.manager.request('GET', `/api/v1/schedule/week?${weekQ()}`), 200).json();
    const sunday = week.drivers.flatMap((d: { driver: { id: string }; days: { shift: unknown }[] }) =>
      d.days[0]?.shift ? [d.driver.id] : [],
    );
    expect(sunday).toEqual([ben]);
    const cause = res.daGaps.find((g: { message: string }) => g.message.includes('in 7 days'));
    expect(cause).toEqual({
      message: `Sun ${day(0)}: would reach 61 h in 7 days, past the 60 h cap`,
      das: [{ driverId: imani, name: 'Imani Clark' }],
    });
  });
});
