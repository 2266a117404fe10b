import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  DEFAULT_SCHEDULES,
  type DueVan,
  groundingReason,
  lastServices,
  type MaintenanceSchedule,
  maintenanceDue,
  overdueCritical,
  scheduleIssues,
} from './maintenance.js';

const TIRES: MaintenanceSchedule = {
  id: 'tires',
  name: 'Tire rotation',
  vanTypes: ['edv', 'cdv', 'step_van'],
  everyMiles: 7_500,
  everyDays: null,
  critical: false,
};
const PM: MaintenanceSchedule = {
  id: 'pm',
  name: 'Preventive maintenance',
  vanTypes: ['edv', 'cdv', 'step_van'],
  everyMiles: 10_000,
  everyDays: 180,
  critical: false,
};
const DOT: MaintenanceSchedule = {
  id: 'dot',
  name: 'Annual DOT inspection',
  vanTypes: ['step_van'],
  everyMiles: null,
  everyDays: 365,
  critical: true,
};

const van = (over: Partial<DueVan> = {}): DueVan => ({
  vanType: 'cdv',
  status: 'active',
  odometerMiles: 20_000,
  inServiceSince: '2024-01-01',
  ...over,
});
const last = (entries: Record<string, [string, number]>) =>
  new Map(Object.entries(entries).map(([id, [date, odometerMiles]]) => [id, { date, odometerMiles }]));
const one = (
  v: DueVan,
  s: MaintenanceSchedule,
  l: Map<string, { date: string; odometerMiles: number }>,
  today: string,
) => maintenanceDue(v, [s], l, today)[0];

describe('maintenance due by miles', () => {
  const since = last({ tires: ['2025-01-01', 20_000] });
  it.each([
    [26_999, 'ok', 501],
    [27_000, 'due_soon', 500], // 500 mi left: due soon starts here
    [27_500, 'due_soon', 0], // exactly at the due mile: due now, not yet overdue
    [27_501, 'overdue', -1],
  ])('at %i mi the rotation is %s (%i mi left)', (odometerMiles, state, milesLeft) => {
    expect(one(van({ odometerMiles }), TIRES, since, '2025-02-01')).toMatchObject({
      state,
      milesLeft,
      dueAtMiles: 27_500,
      dueDate: null,
      lastService: { date: '2025-01-01', odometerMiles: 20_000 },
    });
  });

  it('counts from 0 mi when no service is on record', () => {
    expect(one(van({ odometerMiles: 7_600 }), TIRES, new Map(), '2025-02-01')).toMatchObject({
      state: 'overdue',
      dueAtMiles: 7_500,
      lastService: null,
    });
  });

  it('cannot count miles without an odometer reading', () => {
    expect(one(van({ odometerMiles: null }), TIRES, new Map(), '2030-01-01')).toMatchObject({
      state: 'ok',
      dueAtMiles: null,
      milesLeft: null,
    });
  });
});

describe('maintenance due by days', () => {
  const since = last({ dot: ['2024-03-01', 50_000] });
  const step = van({ vanType: 'step_van', odometerMiles: 60_000 });
  it.each([
    ['2025-02-14', 'ok', 15],
    ['2025-02-15', 'due_soon', 14], // 14 days left: due soon starts here
    ['2025-03-01', 'due_soon', 0], // due today
    ['2025-03-02', 'overdue', -1],
  ])('on %s the DOT inspection is %s (%i days left)', (today, state, daysLeft) => {
    expect(one(step, DOT, since, today)).toMatchObject({
      state,
      daysLeft,
      dueDate: '2025-03-01',
      dueAtMiles: null,
    });
  });

  it('counts from when the van joined the fleet when no service is on record', () => {
    expect(
      one(van({ vanType: 'step_van', inServiceSince: '2024-06-01' }), DOT, new Map(), '2025-05-01'),
    ).toMatchObject({
      dueDate: '2025-06-01',
      daysLeft: 31,
      state: 'ok',
    });
  });
});

describe('miles and days, whichever comes first', () => {
  const since = last({ pm: ['2025-01-01', 10_000] });
  it('is overdue by days while miles are fine', () => {
    expect(one(van({ odometerMiles: 12_000 }), PM, since, '2025-07-01')).toMatchObject({
      state: 'overdue',
      milesLeft: 8_000,
      daysLeft: -1,
    });
  });
  it('is overdue by miles while days are fine', () => {
    expect(one(van({ odometerMiles: 20_001 }), PM, since, '2025-02-01')).toMatchObject({
      state: 'overdue',
      milesLeft: -1,
      daysLeft: 149,
    });
  });
  it('is due soon by miles while days are fine', () => {
    expect(one(van({ odometerMiles: 19_600 }), PM, since, '2025-02-01')?.state).toBe('due_soon');
  });
  it('is ok when both are far off', () => {
    expect(one(van({ odometerMiles: 11_000 }), PM, since, '2025-02-01')?.state).toBe('ok');
  });
});

describe('which schedules apply', () => {
  it('applies only schedules for the van’s type, most urgent first, critical first among equals', () => {
    const items = maintenanceDue(
      van({ vanType: 'step_van', odometerMiles: 30_000, inServiceSince: '2023-01-01' }),
      [TIRES, PM, DOT],
      last({ tires: ['2025-05-01', 29_000] }),
      '2025-06-01',
    );
    expect(items.map((i) => [i.name, i.state])).toEqual([
      ['Annual DOT inspection', 'overdue'],
      ['Preventive maintenance', 'overdue'],
      ['Tire rotation', 'ok'],
    ]);
    expect(overdueCritical(items).map((i) => i.scheduleId)).toEqual(['dot']);
    expect(groundingReason(overdueCritical(items))).toBe(
      'Overdue critical maintenance: Annual DOT inspection.',
    );
    expect(maintenanceDue(van(), [DOT], new Map(), '2030-01-01')).toEqual([]);
  });

  it('has nothing due on a returned van', () => {
    expect(
      maintenanceDue(
        van({ status: 'returned', odometerMiles: 99_999 }),
        [TIRES, PM],
        new Map(),
        '2030-01-01',
      ),
    ).toEqual([]);
  });

  it('still counts a grounded or in-shop van (the work is what brings it back)', () => {
    expect(
      maintenanceDue(van({ status: 'in_shop', odometerMiles: 99_999 }), [TIRES], new Map(), '2025-01-01')[0]
        ?.state,
    ).toBe('overdue');
  });

  it('leaves rentals out of the defaults and keeps the DOT inspection critical for step vans only', () => {
    expect(DEFAULT_SCHEDULES.some((s) => s.vanTypes.includes('rental'))).toBe(false);
    expect(DEFAULT_SCHEDULES.filter((s) => s.critical).map((s) => [s.name, s.vanTypes, s.everyDays])).toEqual(
      [['Annual DOT inspection', ['step_van'], 365]],
    );
  });
});

describe('last services and schedule rules', () => {
  it('keeps the newest service of each schedule and ignores ad-hoc repairs', () => {
    const l = lastServices([
      { scheduleId: 'tires', date: '2025-01-01', odometerMiles: 10_000 },
      { scheduleId: 'tires', date: '2025-03-01', odometerMiles: 17_000 },
      { scheduleId: 'tires', date: '2025-03-01', odometerMiles: 17_100 },
      { scheduleId: 'tires', date: '2025-02-01', odometerMiles: 13_000 },
      { scheduleId: null, date: '2025-04-01', odometerMiles: 19_000 },
    ]);
    expect([...l.entries()]).toEqual([['tires', { date: '2025-03-01', odometerMiles: 17_100 }]]);
  });

  it('needs miles or days, and a van type', () => {
    expect(scheduleIssues({ everyMiles: null, everyDays: null, vanTypes: [] }).map((i) => i.path)).toEqual([
      'everyMiles',
      'vanTypes',
    ]);
    expect(scheduleIssues({ everyMiles: null, everyDays: 30, vanTypes: ['edv'] })).toEqual([]);
  });
});

describe('due properties', () => {
  const day = fc.integer({ min: 0, max: 3_000 }).map((n) => addDays('2020-01-01', n));
  it('more miles never make an item less urgent', () => {
    const rank = { ok: 0, due_soon: 1, overdue: 2 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        day,
        (miles, more, today) => {
          const a = one(van({ odometerMiles: miles }), PM, new Map(), today);
          const b = one(van({ odometerMiles: miles + more }), PM, new Map(), today);
          return rank[b?.state ?? 'ok'] >= rank[a?.state ?? 'ok'];
        },
      ),
    );
  });
  it('a service recorded today at the current odometer makes the item ok', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300_000 }), day, (miles, today) => {
        const items = maintenanceDue(
          van({ odometerMiles: miles }),
          [TIRES, PM],
          last({ tires: [today, miles], pm: [today, miles] }),
          today,
        );
        return items.every((i) => i.state === 'ok');
      }),
    );
  });
});
