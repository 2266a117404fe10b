import { describe, expect, it } from 'vitest';
import { workdayExceptions } from './exceptions.js';
import type { DayRoute } from './route-checks.js';
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

/** A 10 h route with its wave at `wave`, closed at `end` (local times), left at its wave unless said. */
const route = (code: string, wave: string, end: string | null, more: Partial<DayRoute> = {}): DayRoute => ({
  code,
  waveAt: at(wave),
  plannedMinutes: 600,
  actualStart: null,
  actualEnd: end === null ? null : at(end),
  ...more,
});

function exceptionsOf(
  punches: Punch[],
  routes: DayRoute[] = [],
  state = 'CA',
  hourlyCents: number | null = 2000,
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
    slices: on(r.slices),
    hourlyCents,
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
    expect(exceptionsOf(day, [route('CX1', '07:20', '15:10')])).toEqual([]);
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
    const found = exceptionsOf(day, [route('CX7', '10:00', '19:05')]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'out_before_route_closed',
      message: 'Punched out at 18:30, before route CX7 ended at 19:05: time worked off the clock.',
    });
  });

  it('a DA on a route with no punches', () => {
    expect(exceptionsOf([], [route('CX9', '10:20', null)])).toEqual([
      {
        kind: 'route_without_punches',
        message: 'On route CX9 with no punches.',
        evidence: { messages: ['On route CX9 with no punches.'], routes: ['CX9'], punches: [] },
      },
    ]);
  });

  it('a punch in more than an hour before the wave is flagged with both times', () => {
    const day = [
      punch('in', '08:30'),
      punch('meal_start', '12:00'),
      punch('meal_end', '12:30'),
      punch('out', '16:30'),
    ];
    const found = exceptionsOf(day, [route('CX2', '10:20', '16:10', { plannedMinutes: 420 })]);
    expect(found.map((e) => e.kind)).toEqual(['in_long_before_wave']);
    expect(found[0]?.message).toBe("Punched in at 08:30, 1 h 50 min before route CX2's wave at 10:20.");
  });

  it('a route past its plan: the overrun in hours and in dollars at the pay codes it was worked at', () => {
    // In 07:00, meal 11:00–11:30, out 18:00: 10 h 30 min worked (CA: 8 REG, 2 h 30 min OT). The route
    // left at 07:10 on a 9 h plan and closed at 17:40: 1 h 30 min over, all of it daily OT at 1.5×.
    const day = [
      punch('in', '07:00'),
      punch('meal_start', '11:00'),
      punch('meal_end', '11:30'),
      punch('out', '18:00'),
    ];
    const planned = route('CX3', '07:10', '17:40', { plannedMinutes: 540, actualStart: at('07:10') });
    const over = exceptionsOf(day, [planned]).find((e) => e.kind === 'route_overrun');
    expect(over?.message).toBe(
      'Route CX3 ran 1 h 30 min past its 9 h plan (07:10 to 17:40): 1 h 30 min OT, $45.00 at $20.00/h.',
    );
    expect(over?.evidence).toMatchObject({
      overrunMinutes: 90,
      minutesByCode: { REG: 0, OT: 90, DT: 0 },
      cents: 4500,
    });
  });

  it('an overrun reaching back into regular time is priced at each code; no rate on file: hours only', () => {
    // 8 h 30 min worked: 8 REG + 30 min OT. 1 h over the plan = 30 min OT + 30 min REG = $15 + $10.
    const day = [
      punch('in', '07:00'),
      punch('meal_start', '11:00'),
      punch('meal_end', '11:30'),
      punch('out', '16:00'),
    ];
    const planned = route('CX4', '07:00', '16:00', { plannedMinutes: 480 });
    const priced = exceptionsOf(day, [planned]).find((e) => e.kind === 'route_overrun');
    expect(priced?.evidence).toMatchObject({ minutesByCode: { REG: 30, OT: 30, DT: 0 }, cents: 2500 });
    const unpriced = exceptionsOf(day, [planned], 'CA', null).find((e) => e.kind === 'route_overrun');
    expect(unpriced?.message).toContain('30 min REG + 30 min OT, no hourly rate on file.');
  });

  it('a route within 15 min of its plan is on plan', () => {
    const day = [
      punch('in', '07:00'),
      punch('meal_start', '11:00'),
      punch('meal_end', '11:30'),
      punch('out', '16:00'),
    ];
    expect(exceptionsOf(day, [route('CX5', '07:00', '15:45', { plannedMinutes: 510 })])).toEqual([
      expect.objectContaining({ kind: 'unapproved_overtime' }),
    ]);
  });

  it('a meal punched across the route’s last delivery: delivering during the meal', () => {
    const day = [
      punch('in', '07:00'),
      punch('meal_start', '11:00'),
      punch('meal_end', '11:30'),
      punch('out', '12:00'),
    ];
    const found = exceptionsOf(day, [route('CX6', '07:10', '11:10', { plannedMinutes: 300 })]);
    expect(found.map((e) => e.kind)).toEqual(['meal_during_deliveries']);
    expect(found[0]?.message).toBe(
      'Meal punched 11:00–11:30 while route CX6 recorded its last delivery at 11:10.',
    );
  });
});
