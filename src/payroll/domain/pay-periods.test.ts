import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/days.js';
import { periodOf, recentPeriods, startsWorkweek, weeksOf } from './pay-periods.js';
import { daPeriodTotals } from './period-totals.js';
import { ruleSetFor } from './rule-sets.js';
import type { Punch } from './workday.js';

const BIWEEKLY = { frequency: 'biweekly', firstPeriodStart: '2026-11-01' } as const;

/** A day worked from 07:00 for `hours` (UTC, as the Texas and California fixtures below read it). */
const day = (date: string, hours: number): Punch[] => [
  { kind: 'in', at: `${date}T07:00:00Z` },
  { kind: 'out', at: new Date(Date.parse(`${date}T07:00:00Z`) + hours * 3600_000).toISOString() },
];

describe('pay periods', () => {
  it('are the anchor plus whole periods, before or after it; each holds whole workweeks', () => {
    expect(periodOf(BIWEEKLY, '2026-11-20')).toEqual({ start: '2026-11-15', end: '2026-11-28' });
    expect(periodOf(BIWEEKLY, '2026-10-31')).toEqual({ start: '2026-10-18', end: '2026-10-31' });
    expect(weeksOf({ start: '2026-11-15', end: '2026-11-28' })).toEqual(['2026-11-15', '2026-11-22']);
    expect(startsWorkweek('2026-11-01')).toBe(true);
    expect(startsWorkweek('2026-11-02')).toBe(false);
  });

  it('lists the latest first and none before the first period', () => {
    expect(recentPeriods(BIWEEKLY, '2026-11-30', 5).map((p) => p.start)).toEqual([
      '2026-11-29',
      '2026-11-15',
      '2026-11-01',
    ]);
  });
});

describe('a DA’s period totals', () => {
  it('federal overtime is per workweek, never over the two weeks of a biweekly period (29 CFR 778.104)', () => {
    const punches = [
      ...[0, 1, 2, 3, 4].flatMap((i) => day(addDays('2026-11-16', i), 10)),
      ...[0, 1, 2].flatMap((i) => day(addDays('2026-11-23', i), 10)),
    ];
    const totals = daPeriodTotals(
      { start: '2026-11-15', end: '2026-11-28' },
      {
        timeZone: 'UTC',
        rulesFor: (week) => ruleSetFor('TX', week),
        hourlyCents: 2000,
        punches,
        premiums: [],
      },
    );
    // Week 1: 50 h = 40 REG + 10 OT; week 2: 30 h REG. Over the period 80 h would be no OT at all.
    expect(totals.REG).toEqual({ minutes: 70 * 60, cents: 140_000 });
    expect(totals.OT).toEqual({ minutes: 10 * 60, cents: 30_000 });
    expect(totals.DT).toEqual({ minutes: 0, cents: 0 });
  });

  it('California daily overtime and double time, and premiums from the ledger at the regular rate (Lab. Code §§510, 226.7)', () => {
    const totals = daPeriodTotals(
      { start: '2026-11-15', end: '2026-11-21' },
      {
        timeZone: 'UTC',
        rulesFor: (week) => ruleSetFor('CA', week),
        hourlyCents: 2150,
        punches: day('2026-11-16', 13),
        premiums: [
          { kind: 'meal', hours: 1 },
          { kind: 'rest', hours: 1 },
        ],
      },
    );
    expect(totals).toEqual({
      REG: { minutes: 480, cents: 17_200 },
      OT: { minutes: 240, cents: 12_900 },
      DT: { minutes: 60, cents: 4_300 },
      MEAL: { minutes: 60, cents: 2_150 },
      REST: { minutes: 60, cents: 2_150 },
    });
  });

  it('keeps the hours and leaves the dollars unknown when the DA has no rate on file', () => {
    const totals = daPeriodTotals(
      { start: '2026-11-15', end: '2026-11-21' },
      {
        timeZone: 'UTC',
        rulesFor: (w) => ruleSetFor('TX', w),
        hourlyCents: null,
        punches: day('2026-11-16', 8),
        premiums: [],
      },
    );
    expect(totals.REG).toEqual({ minutes: 480, cents: null });
  });
});
