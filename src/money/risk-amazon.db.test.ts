import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadImport } from '../app/testing.js';
import { insertRoutes } from '../dispatch/day-store.js';
import { unassigned } from '../dispatch/delivery-routes.js';
import { weekStartOf } from '../dispatch/domain/calendar.js';
import { givenStation, must, type StationScenario } from '../dispatch/test-kit.js';
import { instantAt } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { newId } from '../shared/ids.js';

// Issue 16 item 9's upstream costs beyond overruns, through HTTP: a late truck, a late cancel and a long
// day's meal premium at the California test station, beside what the week's invoice and WST paid.
const TZ = 'America/Los_Angeles';

describe('the risk ledger: waiting, late cancels and premiums beside what Amazon paid', () => {
  let s: StationScenario;
  let sunday = '';
  let monday = '';
  let ana = '';

  beforeAll(async () => {
    s = await givenStation();
    sunday = weekStartOf(s.today);
    monday = addDays(sunday, 1);
    let ben: string;
    let cal: string;
    [ana, ben, cal] = [
      await s.addDa({ firstName: 'Ana', lastName: 'Ruiz', hourlyRateCents: 2000 }),
      await s.addDa({ firstName: 'Ben', lastName: 'Oduya', hourlyRateCents: 2000 }),
      await s.addDa({ firstName: 'Cal', lastName: 'Reyes', hourlyRateCents: 2000 }),
    ];
    const route = (date: string, code: string, driver: string, end: string | null) => ({
      ...unassigned,
      station_id: s.stationId,
      business_date: date,
      code,
      wave_time: '06:00',
      staging_location: null,
      service_type: 'Standard Parcel',
      planned_minutes: 540,
      stops: 150,
      packages: 200,
      van_type: 'cdv',
      driver_id: driver,
      actual_start: end ? instantAt(date, '06:00', TZ) : null,
      actual_end: end ? instantAt(date, end, TZ) : null,
      closed_at: end ? instantAt(date, '23:00', TZ) : null,
      source: 'manual',
    });
    const rows = await insertRoutes(s.t.db.db, s.org.orgId, [
      route(sunday, 'CX1', ana, '17:00'),
      route(sunday, 'CX2', ben, '15:00'),
      route(monday, 'CX3', cal, null),
    ]);
    const id = (code: string) => rows.find((r) => r.code === code)?.id;
    must(
      await s.dispatcher.request('POST', '/api/v1/dispatch/delays', {
        routeIds: [id('CX1'), id('CX2')],
        minutes: 45,
        note: 'Line haul 45 min late',
      }),
      201,
    );
    must(
      await s.manager.request('PUT', '/api/v1/schedule/shifts', {
        stationId: s.stationId,
        driverId: cal,
        date: monday,
        kind: 'route',
        startTime: '06:00',
        minutes: 480,
      }),
      200,
    );
    must(
      await s.dispatcher.request('PUT', `/api/v1/dispatch/routes/${id('CX3')}/late-cancel`, {
        time: '05:30',
      }),
      200,
    );
    // Payroll's ledger: Ana's long Sunday owes a meal premium; Ben's day ran inside its plan.
    for (const [driver, kind] of [
      [ana, 'meal'],
      [ben, 'rest'],
    ] as const)
      await s.t.db.db
        .insertInto('payroll_premiums')
        .values({
          org_id: s.org.orgId,
          id: newId(),
          station_id: s.stationId,
          driver_id: driver,
          workday: sunday,
          kind,
          hours: 1,
          exception_id: newId(),
          reason: 'Late meal confirmed with the DA.',
          paid_at: null,
          paid_period_id: null,
          created_by: 'test',
          created_at: new Date().toISOString(),
        })
        .execute();
  });
  afterAll(() => s.close());

  const thisWeek = async () =>
    must(await s.owner.request('GET', `/api/v1/money/risk?stationId=${s.stationId}&weeks=1`), 200).json()
      .weeks[0];

  it('prices the waiting, the late cancel and the long day’s premium, and says nothing is invoiced yet', async () => {
    const week = await thisWeek();
    // Ana's 11 h day on a 9 h plan: its last 45 min waiting, the 75 before overrun, all California
    // daily overtime ($30 an hour). Ben's 9 h day: its last 45 min (past 8 h) waiting, no overrun.
    expect(week.waiting).toEqual({
      routes: 2,
      minutes: 90,
      cents: 2250 + 2250,
      reimbursedCents: null,
      amazonMinutes: null,
    });
    expect(week.overrun).toEqual({ routes: 1, minutes: 75, cents: 3750 });
    // Cal's 8 h route shift, paid though not worked: regular time.
    expect(week.lateCancel).toEqual({
      count: 1,
      minutes: 480,
      cents: 16_000,
      reimbursedCents: null,
      paid: null,
    });
    expect(week.premium).toEqual({ count: 1, hours: 1, cents: 2000 });
    expect(week.totalCents).toBe(4500 + 3750 + 16_000 + 2000);
    expect(week.reimbursedCents).toBe(0);
  });

  it('sets the invoice’s late cancel and unplanned delay lines and WST’s delay minutes beside them', async () => {
    const up = async (kind: string, name: string, content: string) =>
      must(await uploadImport(s.owner, kind, name, content, { stationId: s.stationId }), 200);
    await up(
      'variable-invoice',
      'variable.csv',
      [
        'Date,Description,Quantity,Rate,Amount',
        `${sunday},Unplanned Delay,0.5,$32.49,$16.25`,
        `${monday},AMZL Late Cancel- weekday,1,$200.00,$200.00`,
        ',Total Due,,,$216.25',
      ].join('\n'),
    );
    await up(
      'wst-unplanned-delay',
      'delay.csv',
      ['Date,Unplanned Delay,Total Delay In Minutes,Impacted Routes', `${sunday},Line haul,45,CX1 CX2`].join(
        '\n',
      ),
    );
    const week = await thisWeek();
    expect(week.waiting).toMatchObject({ cents: 4500, reimbursedCents: 1625, amazonMinutes: 45 });
    expect(week.lateCancel).toMatchObject({ cents: 16_000, reimbursedCents: 20_000, paid: 1 });
    expect(week.reimbursedCents).toBe(21_625);
  });

  it('shows a DA their own routes past plan on their phone, and no one else’s', async () => {
    await s.linkDriver(ana);
    const mine = must(await s.driver.request('GET', '/api/v1/me/routes/past-plan'), 200).json();
    expect(mine.routes).toEqual([
      { date: sunday, code: 'CX1', plannedMinutes: 540, actualMinutes: 660, minutesOver: 120 },
    ]);
    expect((await s.dispatcher.request('GET', '/api/v1/me/routes/past-plan')).statusCode).toBe(403);
  });
});
