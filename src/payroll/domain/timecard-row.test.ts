import { describe, expect, it } from 'vitest';
import { driverWeek } from './driver-week.js';
import { DEFAULT_ORG_CAPS, ruleSetFor } from './rule-sets.js';
import { timecardRow } from './timecard-row.js';
import type { Punch } from './workday.js';

// The timecards grid's numbers: a DA's stored punches (Los Angeles, UTC−8 in November 2026) through
// the calculator, then cut into the grid's seven days and the week's totals.

const SUN = '2026-11-15';
const LA = 'America/Los_Angeles';
const punch = (kind: Punch['kind'], date: string, hhmm: string): Punch => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return { kind, at: new Date(Date.UTC(y, mo - 1, d, h + 8, m)).toISOString() };
};
const compute = (punches: Punch[]) =>
  driverWeek({ weekStart: SUN, punches, timeZone: LA, rules: ruleSetFor('CA', SUN), caps: DEFAULT_ORG_CAPS });

describe('timecard rows', () => {
  it('a 13 h CA day is 8 REG + 4 OT + 1 DT (CA Labor Code §510) with the second meal owed (§512)', () => {
    const week = compute([
      punch('in', '2026-11-16', '06:00'),
      punch('meal_start', '2026-11-16', '11:00'),
      punch('meal_end', '2026-11-16', '11:30'),
      punch('out', '2026-11-16', '19:30'),
    ]);
    const row = timecardRow(SUN, week);
    expect(row.days.map((d) => d.date)).toEqual([
      SUN,
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
    ]);
    expect(row.days[1]).toMatchObject({ workedMinutes: 780, minutes: { REG: 480, OT: 240, DT: 60 } });
    expect(row.days[1]?.violations.map((v) => v.rule)).toEqual(['ca-second-meal']);
    expect(row.days[1]?.flags.map((f) => f.cap)).toEqual(['day_hours', 'unapproved_overtime']);
    expect(row.totals).toEqual({
      workedMinutes: 780,
      minutes: { REG: 480, OT: 240, DT: 60 },
      mealPremiumHours: 1,
      restPremiumHours: 0,
    });
  });

  it('clocking out and in again is one workday with the gap unpaid; a punch in with no out is a problem of its day', () => {
    const week = compute([
      punch('in', '2026-11-17', '07:00'),
      punch('out', '2026-11-17', '11:00'),
      punch('in', '2026-11-17', '11:30'),
      punch('out', '2026-11-17', '15:30'),
      punch('in', '2026-11-18', '07:00'),
    ]);
    const row = timecardRow(SUN, week);
    expect(row.days[2]).toMatchObject({
      workedMinutes: 480,
      minutes: { REG: 480, OT: 0, DT: 0 },
      violations: [],
    });
    expect(row.days[3]?.problems).toEqual(['No punch out after 07:00: the time after it is not counted.']);
    expect(row.totals.workedMinutes).toBe(480);
  });

  it('days worked before the week feed the rolling caps but not the week’s hours', () => {
    const before = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14'];
    const week = compute([
      ...before.flatMap((date) => [punch('in', date, '07:00'), punch('out', date, '17:00')]),
      punch('in', SUN, '07:00'),
      punch('out', SUN, '17:00'),
    ]);
    const row = timecardRow(SUN, week);
    expect(row.totals.workedMinutes).toBe(600);
    expect(row.days[0]?.flags.map((f) => f.cap)).toContain('rolling_7_days_hours');
    expect(row.days[0]?.flags.map((f) => f.cap)).toContain('days_in_7');
  });
});
