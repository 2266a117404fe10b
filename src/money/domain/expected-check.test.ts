import { describe, expect, it } from 'vitest';
import type { RecordRoute, WeekRecords } from './expected.js';
import { checkExpected, type ExpectedWeek } from './expected-check.js';
import type { RateLine } from './rate-card.js';
import { invoiceOf, routeLine, serviceDetailsOf, totalDue } from './testing.js';

// Issue 16 item 4: our records priced by the rate card against WST and the invoice. Rates as on the
// 2026 Variable invoice (shared payroll-and-money.md §3): a Rivian 10-hour block $325, 8 hours $260.
const RIVIAN = 'Standard Parcel Electric - Rivian MEDIUM';
const WEEK = '2026-11-15';
const MON = '2026-11-16';
const WED = '2026-11-18';

const rate = (item: RateLine['item'], rateCents: number, over: Partial<RateLine> = {}): RateLine => ({
  item,
  variant: '',
  blockHours: 0,
  effectiveFrom: '2026-01-01',
  rateCents,
  ...over,
});
const CARD: RateLine[] = [
  rate('route', 32500, { variant: RIVIAN, blockHours: 10 }),
  rate('route', 26000, { variant: RIVIAN, blockHours: 8 }),
  rate('training', 20000, { blockHours: 8 }),
  rate('late-cancel', 16250),
  rate('unplanned-delay', 3249),
  rate('per-package', 10),
  rate('ride-along', 57900),
];

let n = 0;
const route = (date: string, over: Partial<RecordRoute> = {}): RecordRoute => {
  n += 1;
  return {
    id: `r${n}`,
    code: `CX${n}`,
    date,
    serviceType: RIVIAN,
    plannedMinutes: 600,
    staffed: true,
    closed: true,
    packagesDelivered: null,
    lateCancelId: null,
    ...over,
  };
};
const records = (routes: RecordRoute[], more: Partial<WeekRecords> = {}): WeekRecords => ({
  routes,
  training: [],
  rideAlongs: [],
  delays: [],
  ...more,
});
const wst = (date: string, planned = '10:00', shipments = '') => [
  date,
  'CX',
  RIVIAN,
  planned,
  shipments,
  'N',
];
const week = (over: Partial<ExpectedWeek>): ExpectedWeek => ({
  weekStart: WEEK,
  records: records([]),
  wst: null,
  invoice: null,
  card: CARD,
  ...over,
});
const summary = (w: ExpectedWeek) =>
  checkExpected(w).map((d) => [d.kind, d.date, d.expected, d.invoiced, d.differenceCents]);

describe('checkExpected', () => {
  it('a route we ran that WST is missing: worth its block on the rate card, $325', () => {
    const found = checkExpected(
      week({
        records: records([route(MON), route(MON), route(MON)]),
        wst: serviceDetailsOf(wst(MON), wst(MON)),
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'records-route-short',
      date: MON,
      line: `route:${RIVIAN.toLowerCase()}:10`,
      description: `${RIVIAN} - Block of 10 Hours: 3 routes run (our day closes), 2 in WST`,
      differenceCents: 32500,
    });
    expect(found[0]?.evidence.filter((e) => e.file === 'records').map((e) => e.record?.table)).toEqual([
      'routes',
      'routes',
      'routes',
    ]);
  });

  it('a rate card change mid-week prices each day by the rate then in force', () => {
    const card = [
      ...CARD,
      rate('route', 30000, { variant: RIVIAN, blockHours: 10, effectiveFrom: '2025-01-01' }),
    ];
    card[0] = { ...(card[0] as RateLine), effectiveFrom: WED };
    expect(
      summary(
        week({ card, records: records([route(MON), route(WED)]), wst: serviceDetailsOf(wst('2026-11-17')) }),
      ),
    ).toEqual([
      ['records-route-missing', MON, 30000, 0, 30000],
      ['records-route-missing', WED, 32500, 0, 32500],
      ['not-comparable', '2026-11-17', null, null, null],
    ]);
  });

  it('a block at the wrong length: our 10-hour route an 8-hour block in WST, $325 − $260', () => {
    expect(
      summary(week({ records: records([route(MON)]), wst: serviceDetailsOf(wst(MON, '8:00')) })),
    ).toEqual([['records-block-length', MON, 32500, 26000, 6500]]);
  });

  it('more routes in WST than we ran is a negative difference', () => {
    expect(
      summary(week({ records: records([route(MON)]), wst: serviceDetailsOf(wst(MON), wst(MON)) })),
    ).toEqual([['records-route-count', MON, 0, 32500, -32500]]);
  });

  it('our route takes the block its planned time falls in and WST’s service type by route code; with none, not comparable', () => {
    const planned930 = route(MON, { plannedMinutes: 570, serviceType: 'Standard Parcel' });
    const untyped = route(MON, { serviceType: null });
    const found = checkExpected(
      week({
        records: records([planned930, untyped]),
        wst: serviceDetailsOf([MON, planned930.code, RIVIAN, '10:00', '', 'N']),
      }),
    );
    expect(found.map((d) => [d.kind, d.expected, d.invoiced, d.differenceCents])).toEqual([
      ['not-comparable', null, null, null],
    ]);
    expect(found[0]?.description).toBe(
      `Route ${untyped.code}: no service type on our route and no WST row for it, so no block to price or compare`,
    );
  });

  it('without WST the routes are compared with the invoice: a dropped route is $325', () => {
    const invoice = invoiceOf(routeLine(MON, RIVIAN, 10, 1, '$325.00'), totalDue('$325.00'));
    expect(summary(week({ records: records([route(MON), route(MON)]), invoice }))).toEqual([
      ['records-route-short', MON, 32500, 0, 32500],
    ]);
  });

  it('training, late cancels and delays against the invoice over the week', () => {
    const cancelled = route(WED, { closed: false, lateCancelId: 'lc1' });
    const invoice = invoiceOf(
      routeLine(MON, RIVIAN, 10, 1, '$325.00'),
      [MON, 'Training - Block of 8 hours', '1', '$200.00', '$200.00'],
      [MON, 'Unplanned Delay', '0.5', '$32.49', '$16.25'],
      totalDue('$541.25'),
    );
    const found = checkExpected(
      week({
        records: records([route(MON), cancelled], {
          training: [
            { id: 's1', date: MON, minutes: 480, driver: 'Ana Lopez' },
            { id: 's2', date: WED, minutes: 480, driver: 'Ben Kim' },
          ],
          delays: [{ id: 'd1', date: MON, minutes: 30, routeCount: 2, note: 'truck late' }],
        }),
        invoice,
      }),
    );
    expect(found.map((d) => [d.kind, d.expected, d.invoiced, d.differenceCents])).toEqual([
      ['records-training', 40000, 20000, 20000],
      ['records-late-cancel', 16250, 0, 16250],
      ['records-delay', 3249, 1625, 1624],
    ]);
    expect(found[1]?.evidence).toEqual([
      {
        file: 'records',
        row: 0,
        record: {
          table: 'route_late_cancels',
          id: 'lc1',
          label: expect.stringContaining('cancelled by Amazon'),
        },
      },
    ]);
  });

  it('packages: against WST shipments delivered priced per package; against the invoice not comparable', () => {
    const invoice = invoiceOf(
      routeLine(MON, RIVIAN, 10, 1, '$325.00'),
      ['', 'Per piece payment - deliveries', '230', '$0.10', '$23.00'],
      totalDue('$348.00'),
    );
    const found = checkExpected(
      week({
        records: records([route(MON, { packagesDelivered: 250 })]),
        wst: serviceDetailsOf(wst(MON, '10:00', '240')),
        invoice,
      }),
    );
    expect(found.map((d) => [d.kind, d.expected, d.invoiced, d.differenceCents])).toEqual([
      ['records-packages', 2500, 2400, 100],
      ['not-comparable', null, null, null],
    ]);
  });

  it('training days with no rate on the card and no line on the invoice are not expected pay', () => {
    const invoice = invoiceOf(routeLine(MON, RIVIAN, 10, 1, '$325.00'), totalDue('$325.00'));
    const training = [{ id: 's1', date: MON, minutes: 480, driver: 'Ana Lopez' }];
    const card = CARD.filter((l) => l.item !== 'training');
    expect(checkExpected(week({ card, records: records([route(MON)], { training }), invoice }))).toEqual([]);
  });

  // payroll-and-money.md §3: "Ride Along/ORE $579", on the invoice as a Block of 10 Hours.
  const ORE = 'Standard Parcel - On-Road Experience: Driver';
  const rideAlongs = [
    { id: 's1', date: MON, minutes: 600, driver: 'Ana Lopez' },
    { id: 's2', date: WED, minutes: 600, driver: 'Ben Kim' },
  ];

  it('ride-along days against the invoice’s ORE blocks at the card’s $579, not as training or routes', () => {
    const invoice = invoiceOf(
      routeLine(MON, RIVIAN, 10, 1, '$325.00'),
      routeLine(MON, ORE, 10, 1, '$579.00'),
      totalDue('$904.00'),
    );
    const found = checkExpected(
      week({ records: records([route(MON), route(WED)], { rideAlongs }), invoice }),
    );
    expect(found.map((d) => [d.kind, d.line, d.expected, d.invoiced, d.differenceCents])).toEqual([
      ['records-route-missing', 'route:all service types:10', 32500, 0, 32500],
      ['records-ride-along', 'ride-along', 115800, 57900, 57900],
    ]);
    expect(found[1]?.evidence.map((e) => e.record?.label ?? e.row)).toEqual([
      'Ride-along shift of Ana Lopez on 2026-11-16',
      'Ride-along shift of Ben Kim on 2026-11-18',
      3,
    ]);
  });

  it('with WST, ride-alongs are compared with its ORE rows (not the trainer’s route), and none is missing', () => {
    const ore = (date: string) => [date, 'CX1', ORE, '10:00', '', 'N'];
    const found = checkExpected(
      week({
        records: records([route(MON, { code: 'CX1' }), route(WED, { code: 'CX1' })], { rideAlongs }),
        wst: serviceDetailsOf(wst(MON), wst(WED), ore(MON), ore(WED)),
      }),
    );
    expect(found).toEqual([]);
  });

  it('a ride-along day WST lacks is owed at the card’s rate of its day', () => {
    const ore = [MON, 'CX1', ORE, '10:00', '', 'N'];
    const card = [...CARD, rate('ride-along', 60000, { effectiveFrom: WED })];
    expect(
      summary(
        week({
          card,
          records: records([route(MON), route(WED)], { rideAlongs }),
          wst: serviceDetailsOf(wst(MON), wst(WED), ore),
        }),
      ),
    ).toEqual([['records-ride-along', null, 117900, 57900, 60000]]);
  });

  it('a week our records do not cover (no route closed) is not compared', () => {
    expect(
      checkExpected(
        week({ records: records([route(MON, { closed: false })]), wst: serviceDetailsOf(wst(MON)) }),
      ),
    ).toEqual([]);
  });
});
