import { describe, expect, it } from 'vitest';
import type { PlannedShift } from './input.js';
import { evaluatePlan } from './objective.js';
import { planViolations, WeekInputError } from './rules.js';
import { scheduleWeek } from './schedule.js';
import { DATES, da, datesOf, daysPerDa, FRI, givenWeek, MON, SAT, SUN, THU, TUE, WED } from './testing.js';

// The issue: "hard rules (availability, approved time off, cleared to drive, org caps such as max 5
// days and 40 hours unless overtime is allowed, min rest between shifts, max consecutive days),
// objectives (cover demand, then avoid overtime, then fairness …, preferred days honoured — then
// continuity)". Each test is one rule on a week small enough to see the answer by hand.

const routesOn = (plan: readonly PlannedShift[], date: string) =>
  plan.filter((s) => s.date === date && s.kind === 'route').length;

describe('scheduleWeek: hard rules', () => {
  it('never schedules a DA on a day they cannot work (time off, recurring day off)', async () => {
    const input = givenWeek({
      das: [da('ana', { unavailable: { [TUE]: 'approved time off', [THU]: 'not available on Thursdays' } })],
      demand: { routes: 1, routeMinutes: 480 },
    });
    const { shifts, objective } = await scheduleWeek(input);
    expect(datesOf(shifts, 'ana')).toEqual([SUN, MON, WED, FRI, SAT]);
    expect(objective.routesShort).toBe(2);
  });

  it('keeps pinned shifts: a pinned training day occupies the DA, a pinned route covers the day', async () => {
    const input = givenWeek({
      das: [
        da('ana', { pinned: [{ date: MON, kind: 'training', start: '08:00', minutes: 480 }] }),
        da('ben', { pinned: [{ date: WED, kind: 'route' }] }),
        // A ride-along is pinned as training is, and keeps its DA off the demand that day.
        da('cal', { pinned: [{ date: MON, kind: 'ride-along', start: '09:00', minutes: 600 }] }),
      ],
      demand: { routes: 1, routeMinutes: 480 },
    });
    const { shifts } = await scheduleWeek(input);
    expect(shifts.filter((s) => s.daId === 'cal' && s.date === MON)).toEqual([
      { daId: 'cal', date: MON, kind: 'ride-along', start: '09:00', minutes: 600, pinned: true },
    ]);
    expect(shifts).toContainEqual({
      daId: 'ana',
      date: MON,
      kind: 'training',
      start: '08:00',
      minutes: 480,
      pinned: true,
    });
    expect(shifts.filter((s) => s.daId === 'ana' && s.date === MON)).toHaveLength(1);
    expect(shifts.filter((s) => s.date === WED && s.kind === 'route')).toEqual([
      { daId: 'ben', date: WED, kind: 'route', start: '10:00', minutes: 480, pinned: true },
    ]);
  });

  it('refuses pins that already break a rule, saying which', async () => {
    const input = givenWeek({
      das: [
        da('ana', { unavailable: { [MON]: 'approved time off' }, pinned: [{ date: MON, kind: 'route' }] }),
      ],
      demand: { routes: 1 },
    });
    await expect(scheduleWeek(input)).rejects.toThrow(WeekInputError);
    await expect(scheduleWeek(input)).rejects.toThrow(/scheduled on 2026-12-07 but approved time off/);
  });

  it('gives nobody more days than the org cap, even with routes left over', async () => {
    const demand = { routes: 1, routeMinutes: 480 };
    const five = await scheduleWeek(givenWeek({ das: [da('ana', { wantsDays: 7 })], demand }));
    expect(five.shifts).toHaveLength(5);
    expect(five.objective.routesShort).toBe(2);
    const three = await scheduleWeek(
      givenWeek({ das: [da('ana', { wantsDays: 7 })], demand, rules: { maxDaysPerWeek: 3 } }),
    );
    expect(three.shifts).toHaveLength(3);
    expect(three.objective.routesShort).toBe(4);
  });

  it('stops at 40 hours when overtime is not allowed: four 10-hour routes, not five', async () => {
    const input = givenWeek({ das: [da('ana')], demand: { routes: 1, routeMinutes: 600 } });
    const { shifts, objective } = await scheduleWeek(input);
    expect(shifts).toHaveLength(4);
    expect(objective.overtimeMinutes).toBe(0);
    expect(objective.routesShort).toBe(3);
  });

  it('with overtime allowed, goes past 40 hours to cover routes, up to the overtime ceiling', async () => {
    const demand = { routes: 1, routeMinutes: 600 };
    const ceiling50 = await scheduleWeek(
      givenWeek({
        das: [da('ana')],
        demand,
        rules: { overtimeAllowed: true, maxWeekMinutesWithOvertime: 3000 },
      }),
    );
    expect(ceiling50.shifts).toHaveLength(5);
    expect(ceiling50.objective.overtimeMinutes).toBe(600);
    const ceiling45 = await scheduleWeek(
      givenWeek({
        das: [da('ana')],
        demand,
        rules: { overtimeAllowed: true, maxWeekMinutesWithOvertime: 2700 },
      }),
    );
    expect(ceiling45.shifts).toHaveLength(4);
  });

  it('keeps 10 hours between the end of one shift and the start of the next', async () => {
    // Monday's route runs 11:00–21:00; Tuesday's wave is at 06:40: 9 h 40 min apart.
    const days = { [MON]: { routes: 1, firstWave: '11:00' }, [TUE]: { routes: 1, firstWave: '06:40' } };
    const alone = await scheduleWeek(givenWeek({ das: [da('ana')], days }));
    expect(alone.shifts).toHaveLength(1);
    expect(alone.objective.routesShort).toBe(1);
    const pair = givenWeek({ das: [da('ana'), da('ben')], days });
    const two = await scheduleWeek(pair);
    expect(two.objective.routesShort).toBe(0);
    expect(daysPerDa(pair, two.shifts)).toEqual({ ana: 1, ben: 1 });
    const lenient = await scheduleWeek(givenWeek({ das: [da('ana')], days, rules: { minRestMinutes: 540 } }));
    expect(lenient.shifts).toHaveLength(2);
  });

  it('keeps the rest rule across the week boundary (a rescue that ran past midnight on Saturday)', async () => {
    const days = { [SUN]: { routes: 1, firstWave: '10:00' } };
    const late = await scheduleWeek(
      givenWeek({ das: [da('ana', { lastShiftEndBeforeWeek: `${SUN}T00:30` })], days }),
    );
    expect(late.shifts).toEqual([]);
    const usual = await scheduleWeek(
      givenWeek({ das: [da('ana', { lastShiftEndBeforeWeek: '2026-12-05T20:00' })], days }),
    );
    expect(datesOf(usual.shifts, 'ana')).toEqual([SUN]);
  });

  it('counts the days worked at the end of last week towards the consecutive-day cap', async () => {
    const days = { [SUN]: { routes: 1 }, [MON]: { routes: 1 } };
    const five = await scheduleWeek(givenWeek({ das: [da('ana', { consecutiveDaysBeforeWeek: 5 })], days }));
    expect(five.shifts).toHaveLength(1); // Sunday and Monday would make 7 in a row
    const four = await scheduleWeek(givenWeek({ das: [da('ana', { consecutiveDaysBeforeWeek: 4 })], days }));
    expect(datesOf(four.shifts, 'ana')).toEqual([SUN, MON]);
  });

  it('never fills more routes or standbys than the day needs', async () => {
    const input = givenWeek({
      das: ['a', 'b', 'c', 'd'].map((id) => da(id)),
      demand: { routes: 1, standbys: 1, routeMinutes: 480 },
    });
    const { shifts } = await scheduleWeek(input);
    for (const date of DATES) {
      expect(routesOn(shifts, date)).toBe(1);
      expect(shifts.filter((s) => s.date === date && s.kind === 'standby')).toHaveLength(1);
    }
    expect(planViolations(input, shifts)).toEqual([]);
  });
});

describe('scheduleWeek: objectives in order', () => {
  it('covers routes first, even giving a DA more days than asked', async () => {
    const input = givenWeek({
      das: [da('ana', { wantsDays: 1 })],
      days: { [MON]: { routes: 1 }, [TUE]: { routes: 1 }, [WED]: { routes: 1 } },
    });
    const { shifts, objective } = await scheduleWeek(input);
    expect(shifts).toHaveLength(3);
    expect(objective.daysExtra).toBe(2);
  });

  it('covers routes before standbys when a DA can only take one', async () => {
    const input = givenWeek({ das: [da('ana')], days: { [MON]: { routes: 1, standbys: 1 } } });
    const { shifts, objective } = await scheduleWeek(input);
    expect(shifts.map((s) => s.kind)).toEqual(['route']);
    expect(objective.standbysShort).toBe(1);
  });

  it('avoids overtime when another DA can take the route, then spreads the days', async () => {
    const input = givenWeek({
      das: [da('ana'), da('ben')],
      demand: { routes: 1, routeMinutes: 600 },
      rules: { overtimeAllowed: true },
    });
    const { shifts, objective } = await scheduleWeek(input);
    expect(objective.routesShort).toBe(0);
    expect(objective.overtimeMinutes).toBe(0);
    expect(Object.values(daysPerDa(input, shifts)).sort()).toEqual([3, 4]);
  });

  it('spreads a short week evenly among full-time DAs: 3-2-2, not 5-2-0', async () => {
    const input = givenWeek({
      das: [da('ana'), da('ben'), da('cy')],
      demand: { routes: 1, routeMinutes: 480 },
    });
    const { shifts, objective } = await scheduleWeek(input);
    expect(Object.values(daysPerDa(input, shifts)).sort()).toEqual([2, 2, 3]);
    // Convex shortfall: 2 + 3 + 3 days short cost 300 + 600 + 600.
    expect(objective.fairnessCost).toBe(1500);
  });

  it('honours preferred days before last week’s days', async () => {
    const input = givenWeek({
      das: [
        da('ana', { wantsDays: 2, preferredDays: ['mon', 'tue'], lastWeekDays: ['wed', 'thu'] }),
        da('ben', { wantsDays: 2, preferredDays: ['wed', 'thu'], lastWeekDays: ['mon', 'tue'] }),
      ],
      days: Object.fromEntries([MON, TUE, WED, THU].map((d) => [d, { routes: 1 }])),
    });
    const { shifts } = await scheduleWeek(input);
    expect(datesOf(shifts, 'ana')).toEqual([MON, TUE]);
    expect(datesOf(shifts, 'ben')).toEqual([WED, THU]);
  });

  it('breaks the remaining ties with last week’s days', async () => {
    const input = givenWeek({
      das: [
        da('ana', { wantsDays: 2, lastWeekDays: ['wed', 'thu'] }),
        da('ben', { wantsDays: 2, lastWeekDays: ['mon', 'tue'] }),
      ],
      days: Object.fromEntries([MON, TUE, WED, THU].map((d) => [d, { routes: 1 }])),
    });
    const { shifts, objective } = await scheduleWeek(input);
    expect(datesOf(shifts, 'ana')).toEqual([WED, THU]);
    expect(datesOf(shifts, 'ben')).toEqual([MON, TUE]);
    expect(objective.continuityChanges).toBe(0);
  });

  it('reports the plan’s objective with the same weights as evaluatePlan, proven within 1%', async () => {
    const input = givenWeek({
      das: [da('ana'), da('ben', { wantsDays: 3 }), da('cy', { preferredDays: ['sat', 'sun'] })],
      demand: { routes: 2, standbys: 1, routeMinutes: 540 },
    });
    const result = await scheduleWeek(input);
    expect(result.objective).toEqual(evaluatePlan(input, result.shifts));
    expect(result.gap).toBeLessThanOrEqual(0.0099);
    expect(result.bound).toBeLessThanOrEqual(result.objective.total);
    expect(result.status).toBe('optimal');
  });

  it('plans a week with nothing to plan', async () => {
    const result = await scheduleWeek(givenWeek({ das: [da('ana')] }));
    expect(result.shifts).toEqual([]);
    expect(result.gap).toBe(0);
  });
});
