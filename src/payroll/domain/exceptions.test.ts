import { describe, expect, it } from 'vitest';
import { workdayExceptions } from './exceptions.js';
import { ruleSetFor } from './rule-sets.js';
import type { Punch } from './workday.js';
import { computeWorkweekFromPunches } from './workweek.js';

// Issue 15 item 7: a DA's workday (punches + the calculator's findings + the day's routes) → exceptions.
// 2026-11-16 is a Monday; Los Angeles is UTC-8 then.

const ZONE = 'America/Los_Angeles';
const MON = '2026-11-16';
const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(2026, 10, 16, h + 8, m)).toISOString();
};
const punch = (kind: Punch['kind'], hhmm: string): Punch => ({ kind, at: at(hhmm) });

function exceptionsOf(
  punches: Punch[],
  routes: { code: string; actualEnd: string | null }[] = [],
  state = 'CA',
) {
  const rules = ruleSetFor(state as 'CA', '2026-11-15');
  const r = computeWorkweekFromPunches({ weekStart: '2026-11-15', punches, timeZone: ZONE, rules });
  const on = <T extends { date: string }>(xs: T[]) => xs.filter((x) => x.date === MON);
  return workdayExceptions({
    date: MON,
    timeZone: ZONE,
    punches,
    problems: on(r.problems),
    violations: on(r.violations),
    flags: on(r.flags),
    rules,
    routes,
  });
}

describe('workdayExceptions', () => {
  it('a clean 8.5 h day with its meal by the 5th hour raises nothing', () => {
    const day = [
      punch('in', '07:00'),
      punch('meal_start', '11:00'),
      punch('meal_end', '11:30'),
      punch('out', '15:30'),
    ];
    expect(exceptionsOf(day, [{ code: 'CX1', actualEnd: at('15:10') }])).toEqual([]);
  });

  it('an in-only day is a missing punch', () => {
    const found = exceptionsOf([punch('in', '07:00')]);
    expect(found.map((e) => e.kind)).toEqual(['missing_punch']);
    expect(found[0]?.message).toContain('No punch out after 07:00');
  });

  it('CA Labor Code §512: a meal started 5 h 01 min in is a meal exception naming its rule', () => {
    const day = [
      punch('in', '07:00'),
      punch('meal_start', '12:01'),
      punch('meal_end', '12:31'),
      punch('out', '15:31'),
    ];
    const [meal] = exceptionsOf(day);
    expect(meal).toMatchObject({ kind: 'meal', evidence: { rules: ['ca-first-meal'] } });
    expect(meal?.message).toContain('it started 5 h 01 min in');
  });

  it('a 13 h day crosses the org cap and its overtime was not approved', () => {
    const day = [
      punch('in', '06:00'),
      punch('meal_start', '10:00'),
      punch('meal_end', '10:30'),
      punch('meal_start', '15:00'),
      punch('meal_end', '15:30'),
      punch('out', '20:00'),
    ];
    expect(exceptionsOf(day).map((e) => e.kind)).toEqual(['day_hours', 'unapproved_overtime']);
  });

  it('a punch out before the route ended is time worked off the clock', () => {
    const day = [
      punch('in', '10:00'),
      punch('meal_start', '13:00'),
      punch('meal_end', '13:30'),
      punch('out', '18:30'),
    ];
    const found = exceptionsOf(day, [{ code: 'CX7', actualEnd: at('19:05') }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'out_before_route_closed',
      message: 'Punched out at 18:30, before route CX7 ended at 19:05: time worked off the clock.',
    });
  });

  it('a DA on a route with no punches', () => {
    expect(exceptionsOf([], [{ code: 'CX9', actualEnd: null }])).toEqual([
      {
        kind: 'route_without_punches',
        message: 'On route CX9 with no punches.',
        evidence: { messages: ['On route CX9 with no punches.'], routes: ['CX9'], punches: [] },
      },
    ]);
  });
});
