import { describe, expect, it } from 'vitest';
import {
  checkAfs,
  checkFixedMonthlyRates,
  daysBetween,
  daysInMonth,
  type FixedMonthlyLine,
} from './fleet.js';
import { checkFleetBill, type FleetBillLine, stretchesOf, type VanRecord } from './fleet-bills.js';
import type { RateLine } from './rate-card.js';

const LMR = 'Branded Last Mile Rental (LMR)';
const line = (
  row: number,
  date: string,
  vanClass: string,
  quantity: number,
  rate: number,
): FixedMonthlyLine => ({
  row,
  date,
  vanClass,
  quantity,
  rateCents: rate,
  amountCents: Math.round((quantity * rate) / daysInMonth(date)),
});

describe('Fixed Monthly against the AFS', () => {
  // Shared payroll-and-money.md §3/§4: AFS 39, 25 owned + 12 LMR = 37 paid → 2 LMR short at $2,020 a month.
  const day = [
    line(2, '2026-09-14', 'Amazon Owned Branded', 25, 47_500),
    line(3, '2026-09-14', LMR, 12, 202_000),
  ];

  it('prices a shortfall at the LMR monthly rate ÷ the days in the month', () => {
    const [d, ...rest] = checkAfs(day, [{ row: 5, date: '2026-09-14', afs: 39 }], []);
    expect(rest).toEqual([]);
    expect(d?.kind).toBe('fleet-afs');
    // 2 × $2,020 ÷ 30 = $134.666… → $134.67
    expect(d?.differenceCents).toBe(13_467);
    expect(d?.description).toBe(`37 vans paid, AFS 39: 2 ${LMR} van-days at $2,020.00 a month ÷ 30 days`);
    expect(d?.evidence).toEqual([
      { file: 'afs', row: 5 },
      { file: 'fixed-monthly', row: 2 },
      { file: 'fixed-monthly', row: 3 },
    ]);
  });

  it('says nothing of a day paid up to its AFS or one without an AFS row', () => {
    expect(checkAfs(day, [{ row: 5, date: '2026-09-14', afs: 37 }], [])).toEqual([]);
    expect(checkAfs(day, [], [])).toEqual([]);
  });

  it('prices a day with no LMR line from the rate card, and leaves it unpriced without one', () => {
    const card: RateLine[] = [
      { item: 'fleet', variant: LMR, blockHours: 0, effectiveFrom: '2026-01-01', rateCents: 135_000 },
    ];
    const owned = [line(2, '2026-02-03', 'Amazon Owned Branded', 10, 47_500)];
    const afs = [{ row: 2, date: '2026-02-03', afs: 11 }];
    // February 2026 has 28 days: $1,350 ÷ 28 = $48.21
    expect(checkAfs(owned, afs, card)[0]?.differenceCents).toBe(4_821);
    expect(checkAfs(owned, afs, [])[0]).toMatchObject({ differenceCents: null, expected: null });
  });
});

describe('Fixed Monthly class rates against the rate card', () => {
  it('reports a class paid at another monthly rate, from the day the card changed', () => {
    const card: RateLine[] = [
      { item: 'fleet', variant: LMR, blockHours: 0, effectiveFrom: '2026-09-01', rateCents: 202_000 },
      { item: 'fleet', variant: LMR, blockHours: 0, effectiveFrom: '2026-09-15', rateCents: 210_000 },
    ];
    const found = checkFixedMonthlyRates(
      [line(2, '2026-09-14', LMR, 12, 202_000), line(3, '2026-09-15', LMR, 12, 202_000)],
      card,
    );
    // From the 15th: 12 × ($2,100 − $2,020) ÷ 30 = $32.00
    expect(found.map((d) => [d.date, d.differenceCents])).toEqual([['2026-09-15', 3_200]]);
  });
});

const van: VanRecord = {
  fleetNumber: 'DXC1-35',
  since: '2026-10-10',
  stretches: stretchesOf([
    { status: 'active', reason: null, date: '2026-10-10' },
    { status: 'grounded', reason: 'Awaiting Amazon fleet repair', date: '2026-11-02' },
    { status: 'active', reason: null, date: '2026-11-05' },
    { status: 'returned', reason: 'Lease ended', date: '2026-11-21' },
  ]),
  monthlyRateCents: 150_000,
};
const bill = (over: Partial<FleetBillLine>): FleetBillLine => ({
  row: 2,
  lessor: 'Element Fleet',
  vin: null,
  plate: null,
  periodStart: '2026-11-01',
  periodEnd: '2026-11-30',
  days: 30,
  rateCents: 150_000,
  amountCents: 150_000,
  ...over,
});

describe('a lessor line against our van', () => {
  it('finds days billed after the return and while grounded for Amazon’s repair', () => {
    const found = checkFleetBill(bill({}), van);
    // Returned on the 21st: the 21st to the 30th are 10 of 30 days, $500; grounded 3 days, $150.
    expect(found.map((d) => [d.kind, d.date, d.expected, d.invoiced, d.differenceCents])).toEqual([
      ['fleet-returned', '2026-11-21', 0, 50_000, 50_000],
      ['fleet-grounded', '2026-11-02', 0, 15_000, 15_000],
    ]);
    expect(found[0]?.description).toBe(
      'DXC1-35 (Element Fleet): 10 days billed after it was returned on 2026-11-21, $500.00 of $1,500.00 for 30 days',
    );
  });

  it('counts rental days before the van was ours and beyond the period', () => {
    const found = checkFleetBill(
      bill({ periodStart: '2026-10-08', periodEnd: '2026-10-17', days: 12, amountCents: 120_000 }),
      van,
    );
    // 8 and 9 October were before it was ours, and 12 days billed for a 10-day period: 4 of 12 days.
    expect(found.map((d) => [d.kind, d.differenceCents])).toEqual([['fleet-days', 40_000]]);
  });

  it('reports a monthly rate other than the van’s', () => {
    const found = checkFleetBill(
      bill({ periodEnd: '2026-11-01', days: 1, rateCents: 165_000, amountCents: 5_500 }),
      { ...van, stretches: [] },
    );
    // $150 a month more for 1 of 30 days: $5.00
    expect(found.map((d) => [d.kind, d.differenceCents, d.expected, d.invoiced])).toEqual([
      ['fleet-rate', 500, 5_000, 5_500],
    ]);
  });

  it('says nothing of a line for days the van was ours and on the road', () => {
    expect(
      checkFleetBill(
        bill({ periodStart: '2026-11-05', periodEnd: '2026-11-20', days: 16, amountCents: 80_000 }),
        van,
      ),
    ).toEqual([]);
  });
});

describe('a rental line against the roster (days beyond use)', () => {
  it('prices the days the roster ran routes without the van; days of no routes and days already counted are not', () => {
    // 5 to 20 November, 16 days for $800: routes closed every day but the 8th; the van went out on
    // 11 of the 15, not the 16th to the 19th. Those 4 days are $200.
    const days = new Set(daysBetween('2026-11-05', '2026-11-20').filter((d) => d !== '2026-11-08'));
    const used = new Set([...days].filter((d) => d < '2026-11-16' || d === '2026-11-20'));
    const rental = { ...van, roster: { days, used } };
    const found = checkFleetBill(
      bill({ periodStart: '2026-11-05', periodEnd: '2026-11-20', days: 16, amountCents: 80_000 }),
      rental,
    );
    expect(found.map((d) => [d.kind, d.date, d.differenceCents])).toEqual([
      ['fleet-unused', '2026-11-16', 20_000],
    ]);
    expect(found[0]?.description).toBe(
      'DXC1-35 (Element Fleet): 4 days billed beyond use: on the roster it went out on no route those days, $200.00 of $800.00 for 16 days',
    );
    // The days after its return are billed after the return, not beyond use: counted once.
    const late = checkFleetBill(
      bill({ periodStart: '2026-11-19', periodEnd: '2026-11-22', days: 4, amountCents: 20_000 }),
      {
        ...rental,
        roster: {
          days: new Set(daysBetween('2026-11-19', '2026-11-22')),
          used: new Set(['2026-11-19', '2026-11-20']),
        },
      },
    );
    expect(late.map((d) => [d.kind, d.differenceCents])).toEqual([['fleet-returned', 10_000]]);
  });
});

describe('a van’s status history as stretches', () => {
  it('runs each change to the day before the next, in date order; a van back from its return is ours again', () => {
    const stretches = stretchesOf([
      { status: 'active', reason: null, date: '2026-03-01' },
      { status: 'returned', reason: 'Lease ended', date: '2026-02-01' },
    ]);
    expect(stretches).toEqual([
      { from: '2026-02-01', to: '2026-02-28', status: 'returned', reason: 'Lease ended' },
      { from: '2026-03-01', to: '9999-12-31', status: 'active', reason: null },
    ]);
    const found = checkFleetBill(
      bill({
        periodStart: '2026-02-20',
        periodEnd: '2026-03-05',
        days: 14,
        rateCents: null,
        amountCents: 14_000,
      }),
      {
        ...van,
        since: null,
        stretches,
      },
    );
    // 20–28 February: 9 of 14 days, $90.
    expect(found.map((d) => [d.kind, d.differenceCents])).toEqual([['fleet-returned', 9_000]]);
  });

  it('counts only groundings whose reason names Amazon', () => {
    const found = checkFleetBill(
      bill({ periodEnd: '2026-11-10', days: 10, amountCents: 10_000, rateCents: null }),
      {
        ...van,
        stretches: stretchesOf([
          { status: 'grounded', reason: 'Brake pads worn (DVIC)', date: '2026-11-01' },
          { status: 'in_shop', reason: 'At the AMZL body shop', date: '2026-11-03' },
          { status: 'active', reason: null, date: '2026-11-05' },
        ]),
        since: null,
      },
    );
    expect(found.map((d) => [d.kind, d.differenceCents, d.description])).toEqual([
      [
        'fleet-grounded',
        2_000,
        "DXC1-35 (Element Fleet): 2 days billed while grounded for Amazon's repair (At the AMZL body shop), $20.00 of $100.00 for 10 days",
      ],
    ]);
  });
});
