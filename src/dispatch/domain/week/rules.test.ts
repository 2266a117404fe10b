import { describe, expect, it } from 'vitest';
import type { PlannedShift } from './input.js';
import { blockersFor, planViolations } from './rules.js';
import { daWeek } from './shifts.js';
import { da, FRI, givenWeek, MON, SAT, SUN, THU, TUE, WED } from './testing.js';

// The plain-code check every returned plan passes; here it must catch each broken rule.

const route = (daId: string, date: string, over: Partial<PlannedShift> = {}): PlannedShift => ({
  daId,
  date,
  kind: 'route',
  start: '10:00',
  minutes: 480,
  pinned: false,
  ...over,
});

describe('planViolations', () => {
  const week = (over: Parameters<typeof givenWeek>[0]) =>
    givenWeek({ demand: { routes: 2, routeMinutes: 480 }, ...over });

  it('accepts a valid plan', () => {
    const input = week({ das: [da('ana')] });
    expect(planViolations(input, [route('ana', MON), route('ana', TUE)])).toEqual([]);
  });

  it('catches a day the DA cannot work, two shifts a day and an unknown DA', () => {
    const input = week({ das: [da('ana', { unavailable: { [MON]: 'approved time off' } })] });
    expect(
      planViolations(input, [
        route('ana', MON),
        route('ana', TUE),
        route('ana', TUE, { kind: 'standby', minutes: 240 }),
        route('zed', WED),
      ]),
    ).toEqual([
      'unknown DA zed',
      'Ana (ana): scheduled on 2026-12-07 but approved time off',
      'Ana (ana): more than one shift on 2026-12-08',
      'Ana (ana): two shifts overlap',
      '2026-12-08: 1 standby shifts for 0 needed',
    ]);
  });

  it('catches the days cap, the minutes cap and more routes than the day needs', () => {
    const input = week({
      das: [da('ana'), da('ben'), da('cy')],
      rules: { maxDaysPerWeek: 2, maxWeekMinutes: 900 },
    });
    const plan = [
      route('ana', MON),
      route('ana', WED),
      route('ana', FRI),
      route('ben', MON),
      route('cy', MON),
    ];
    expect(planViolations(input, plan)).toEqual([
      'Ana (ana): 3 days, over the cap of 2',
      'Ana (ana): 1440 minutes, over the cap of 900',
      '2026-12-07: 3 route shifts for 2 needed',
    ]);
  });

  it('allows overtime minutes up to the ceiling only when overtime is allowed', () => {
    const days = [SUN, MON, TUE, WED, THU].map((d) => route('ana', d, { minutes: 600 }));
    const strict = week({ das: [da('ana')], demand: { routes: 1, routeMinutes: 600 } });
    expect(planViolations(strict, days)).toEqual(['Ana (ana): 3000 minutes, over the cap of 2400']);
    const lenient = week({
      das: [da('ana')],
      demand: { routes: 1, routeMinutes: 600 },
      rules: { overtimeAllowed: true },
    });
    expect(planViolations(lenient, days)).toEqual([]);
  });

  it('catches broken rest, inside the week and after last week’s last shift', () => {
    const input = givenWeek({
      das: [da('ana', { lastShiftEndBeforeWeek: `${SUN}T01:00` })],
      days: {
        [SUN]: { routes: 1 },
        [MON]: { routes: 1, firstWave: '11:00' },
        [TUE]: { routes: 1, firstWave: '06:40' },
      },
    });
    const plan = [
      route('ana', SUN, { minutes: 600 }),
      route('ana', MON, { start: '11:00', minutes: 600 }),
      route('ana', TUE, { start: '06:40', minutes: 600 }),
    ];
    expect(planViolations(input, plan)).toEqual([
      'Ana (ana): only 540 minutes between shifts (rest rule 600)',
      'Ana (ana): only 580 minutes between shifts (rest rule 600)',
    ]);
  });

  it('counts last week’s run for the consecutive-day cap', () => {
    const input = givenWeek({
      das: [da('ana', { consecutiveDaysBeforeWeek: 5 })],
      demand: { routes: 1, routeMinutes: 480 },
    });
    expect(planViolations(input, [route('ana', SUN), route('ana', MON)])).toEqual([
      'Ana (ana): 7 days in a row through 2026-12-07 (cap 6)',
    ]);
    expect(planViolations(input, [route('ana', SUN), route('ana', TUE)])).toEqual([]);
  });

  it('requires every pin in the plan, as pinned, and no invented pins', () => {
    const input = week({
      das: [da('ana', { pinned: [{ date: SAT, kind: 'training', start: '07:00', minutes: 300 }] })],
    });
    expect(planViolations(input, [route('ana', MON, { pinned: true })])).toEqual([
      'Ana (ana): 2026-12-07 is marked pinned but the manager pinned no such shift',
      'Ana (ana): pinned training on 2026-12-12 is missing',
    ]);
    expect(
      planViolations(input, [
        { daId: 'ana', date: TUE, kind: 'office', start: '08:00', minutes: 60, pinned: false },
      ]),
    ).toContain('Ana (ana): office on 2026-12-08 was not pinned by the manager');
  });
});

describe('planViolations: shift times', () => {
  it('catches a route or standby that does not start and last as the day’s', () => {
    const input = givenWeek({ das: [da('ana')], demand: { routes: 1, routeMinutes: 480 } });
    expect(planViolations(input, [route('ana', WED, { start: '09:00' })])).toEqual([
      "Ana (ana): route on 2026-12-09 does not match the day's route shift",
    ]);
  });
});

describe('blockersFor', () => {
  it('names each rule one more shift would break', () => {
    const input = givenWeek({
      das: [da('ana', { consecutiveDaysBeforeWeek: 6, lastShiftEndBeforeWeek: `${SUN}T02:00` })],
      demand: { routes: 1 },
    });
    const w = daWeek(input, input.das[0] ?? da('x'));
    const shifts = input.days.map(() => undefined);
    expect(blockersFor(input, w, shifts, 0, { start: '10:00', minutes: 600 })).toEqual([
      { rule: 'rest', neighbour: -1, neighbourFirst: true, gapMinutes: 480 },
      { rule: 'consecutive', run: 7 },
    ]);
  });
});
