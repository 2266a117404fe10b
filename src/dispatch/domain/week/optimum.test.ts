import { describe, expect, it } from 'vitest';
import { type PlannedShift, parseWeekInput, type WeekInput, type WeekRules } from './input.js';
import { evaluatePlan } from './objective.js';
import { planViolations } from './rules.js';
import { sampleWeek } from './sample.js';
import { scheduleWeek, solveWeekMilp } from './schedule.js';
import { demandShift } from './shifts.js';
import { da, givenWeek, MON, TUE, WED } from './testing.js';

// The benchmark's promise, on weeks small enough to check: the scheduler's plan is within 1% of the
// proven optimum. The optimum is found by brute force (every plan of a three-DA, three-day week)
// and by HiGHS with gap 0 on sampled station weeks.

const OPTIONS = ['off', 'route', 'standby'] as const;

/** The cheapest valid plan by trying all 3^(DAs × days) of them. */
function bruteForce(input: WeekInput, dayIndexes: number[]): number {
  const cells = input.das.flatMap((d) => dayIndexes.map((t) => ({ daId: d.id, t })));
  let best = Number.POSITIVE_INFINITY;
  const choice = cells.map(() => 0);
  const total = OPTIONS.length ** cells.length;
  for (let n = 0; n < total; n++) {
    let rest = n;
    for (let c = 0; c < cells.length; c++) {
      choice[c] = rest % OPTIONS.length;
      rest = Math.floor(rest / OPTIONS.length);
    }
    const plan: PlannedShift[] = [];
    cells.forEach((cell, c) => {
      const kind = OPTIONS[choice[c] ?? 0];
      if (!kind || kind === 'off') return;
      const date = input.days[cell.t]?.date ?? '';
      plan.push({ daId: cell.daId, date, kind, ...demandShift(input, cell.t, kind), pinned: false });
    });
    const cost = evaluatePlan(input, plan).total;
    if (cost < best && planViolations(input, plan).length === 0) best = cost;
  }
  return best;
}

const tinyWeek = (rules: Partial<WeekRules>) =>
  givenWeek({
    rules: { maxConsecutiveDays: 2, ...rules },
    das: [
      da('ana', { wantsDays: 3, preferredDays: ['mon', 'wed'], lastWeekDays: ['mon', 'tue'] }),
      da('ben', { wantsDays: 1, unavailable: { [WED]: 'approved time off' }, lastWeekDays: ['wed'] }),
      da('cy', { wantsDays: 2 }),
    ],
    days: {
      // Monday's route (11:00–21:00) and Tuesday's 06:40 wave break the 10 h rest.
      [MON]: { routes: 2, standbys: 1, firstWave: '11:00', routeMinutes: 600 },
      [TUE]: { routes: 1, standbys: 1, firstWave: '06:40', routeMinutes: 480 },
      [WED]: { routes: 2, routeMinutes: 540 },
    },
  });

describe('the scheduler against the proven optimum', () => {
  it.each([
    ['no overtime', { overtimeAllowed: false, maxWeekMinutes: 1200 }],
    ['overtime allowed', { overtimeAllowed: true, maxWeekMinutes: 1000, maxWeekMinutesWithOvertime: 1300 }],
  ])('matches brute force on a three-DA week (%s)', async (_, rules) => {
    const input = tinyWeek(rules);
    const optimum = bruteForce(input, [1, 2, 3]);
    const exact = await solveWeekMilp(input, { relativeGap: 0, timeLimitSeconds: 30 });
    expect(exact.objective).toBeCloseTo(optimum, 6);
    const ours = await scheduleWeek(input);
    expect(ours.objective.total).toBeGreaterThanOrEqual(optimum);
    expect(ours.objective.total / optimum).toBeLessThanOrEqual(1.01);
  });

  it.each([11, 12, 13, 14])(
    'is within 1 percent of HiGHS at gap 0 on a sampled 24-DA week (seed %i)',
    async (seed) => {
      const input = parseWeekInput(sampleWeek({ das: 24, seed }));
      const exact = await solveWeekMilp(input, { relativeGap: 0, timeLimitSeconds: 60 });
      expect(exact.modelStatus).toBe(7);
      const plan = exact.plan ?? [];
      expect(planViolations(input, plan)).toEqual([]);
      const optimum = evaluatePlan(input, plan).total;
      expect(exact.objective).toBeCloseTo(optimum, 6);
      const ours = await scheduleWeek(input);
      expect(ours.objective.total).toBeGreaterThanOrEqual(optimum);
      expect(ours.objective.total / optimum).toBeLessThanOrEqual(1.01);
      expect(ours.bound).toBeLessThanOrEqual(optimum + 1e-6);
    },
  );

  it('is within 1% with pins and a tight week (more routes than DAs can cover)', async () => {
    const base = sampleWeek({ das: 24, seed: 5, routesPerDay: 18 });
    const input = parseWeekInput({
      ...base,
      das: base.das.map((d, i) =>
        i % 6 === 0 && !d.unavailable[base.days[1]?.date ?? '']
          ? { ...d, pinned: [{ date: base.days[1]?.date ?? '', kind: 'route' as const }] }
          : d,
      ),
    });
    const exact = await solveWeekMilp(input, { relativeGap: 0, timeLimitSeconds: 60 });
    const optimum = evaluatePlan(input, exact.plan ?? []).total;
    const ours = await scheduleWeek(input);
    expect(ours.objective.routesShort).toBe(evaluatePlan(input, exact.plan ?? []).routesShort);
    expect(ours.objective.total / optimum).toBeLessThanOrEqual(1.01);
  });
});

describe('scheduleWeek options', () => {
  it('with gap 0, runs branch-and-bound past the rounded LP plan and returns the optimum', async () => {
    const input = parseWeekInput(sampleWeek({ das: 24, seed: 12 }));
    const exact = await solveWeekMilp(input, { relativeGap: 0, timeLimitSeconds: 60 });
    const ours = await scheduleWeek(input, { relativeGap: 0, timeLimitSeconds: 60 });
    expect(ours.method).toBe('milp');
    expect(ours.status).toBe('optimal');
    expect(ours.objective.total).toBeCloseTo(exact.objective, 6);
  });

  it('returns a valid plan and an honest gap even when the budget is already spent', async () => {
    const input = parseWeekInput(sampleWeek({ das: 40, seed: 3 }));
    const ours = await scheduleWeek(input, { relativeGap: 0, timeLimitSeconds: 0 });
    expect(planViolations(input, ours.shifts)).toEqual([]);
    expect(ours.bound).toBeLessThanOrEqual(ours.objective.total);
    expect(ours.gap).toBeCloseTo((ours.objective.total - ours.bound) / ours.objective.total, 9);
    expect(ours.status).toBe(ours.gap === 0 ? 'optimal' : 'time-limit');
  });
});

describe('tiny week sanity', () => {
  it('uses Monday to Wednesday only', () => {
    const input = tinyWeek({});
    expect(input.days.filter((d) => d.routes + d.standbys > 0).map((d) => d.date)).toEqual([MON, TUE, WED]);
  });
});
