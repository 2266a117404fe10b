import { describe, expect, it } from 'vitest';
import { greedyPlan, improvePlan } from './heuristic.js';
import { parseWeekInput, type WeekInput } from './input.js';
import { buildWeekModel } from './model.js';
import { coverageFloor } from './model-coverage.js';
import { evaluatePlan, WEIGHTS } from './objective.js';
import { sampleWeek } from './sample.js';
import { da, givenWeek, MON, SUN, TUE } from './testing.js';

/** c·x + offset + floor: what HiGHS would report for the plan's column values. */
function modelCost(input: WeekInput, plan: ReturnType<typeof greedyPlan>) {
  const week = buildWeekModel(input);
  const x = week.encode(plan);
  const cost = week.data.colCost as Float64Array;
  return x.reduce((sum, v, j) => sum + v * (cost[j] ?? 0), (week.data.offset ?? 0) + week.floor);
}

/** Row activities of the plan's columns within every row's bounds. */
function rowsHold(input: WeekInput, plan: ReturnType<typeof greedyPlan>): boolean {
  const week = buildWeekModel(input);
  const x = week.encode(plan);
  const { starts, indices, values } = week.data.matrix;
  const lower = week.data.rowLower as Float64Array;
  const upper = week.data.rowUpper as Float64Array;
  for (let r = 0; r < week.data.numRows; r++) {
    let activity = 0;
    for (let k = starts[r] ?? 0; k < (starts[r + 1] ?? 0); k++)
      activity += (values[k] ?? 0) * (x[indices[k] ?? 0] ?? 0);
    if (activity < (lower[r] ?? 0) - 1e-9 || activity > (upper[r] ?? 0) + 1e-9) return false;
  }
  const colLower = week.data.colLower as Float64Array;
  const colUpper = week.data.colUpper as Float64Array;
  return Array.from(x).every((v, j) => v >= (colLower[j] ?? 0) - 1e-9 && v <= (colUpper[j] ?? 0) + 1e-9);
}

const samples = [
  parseWeekInput(sampleWeek({ das: 30, seed: 1 })),
  parseWeekInput(sampleWeek({ das: 30, seed: 2, routesPerDay: 25 })),
  givenWeek({
    das: [
      da('ana', {
        pinned: [{ date: MON, kind: 'office', start: '08:00', minutes: 600 }],
        lastWeekDays: ['mon'],
      }),
      da('ben', {
        pinned: [{ date: TUE, kind: 'route' }],
        preferredDays: ['sun'],
        consecutiveDaysBeforeWeek: 3,
      }),
      da('cy', { lastShiftEndBeforeWeek: `${SUN}T01:00`, wantsDays: 3 }),
    ],
    demand: { routes: 1, standbys: 1, routeMinutes: 600 },
    rules: { overtimeAllowed: true },
  }),
];

describe('buildWeekModel', () => {
  it.each(samples.map((s, i) => [i, s] as const))(
    'sample %i: its objective of a plan equals evaluatePlan, and a valid plan keeps every row',
    (_, input) => {
      const plan = improvePlan(input, greedyPlan(input));
      expect(modelCost(input, plan)).toBeCloseTo(evaluatePlan(input, plan).total, 6);
      expect(rowsHold(input, plan)).toBe(true);
    },
  );

  it('decodes what it encodes, pins included', () => {
    const input = samples[2] as WeekInput;
    const plan = greedyPlan(input);
    const week = buildWeekModel(input);
    const key = (s: { daId: string; date: string; kind: string }) => `${s.daId} ${s.date} ${s.kind}`;
    expect(week.decode(week.encode(plan)).map(key).sort()).toEqual(plan.map(key).sort());
  });

  it('leaves out shifts the rules already forbid: unavailable, pinned, rest after last week', () => {
    const input = givenWeek({
      das: [
        da('ana', { unavailable: { [MON]: 'approved time off' } }),
        da('ben', { pinned: [{ date: TUE, kind: 'route' }] }),
        da('cy', { lastShiftEndBeforeWeek: `${SUN}T01:00` }),
      ],
      demand: { routes: 3 },
    });
    const cols = buildWeekModel(input).shifts.map((s) => `${input.das[s.daIndex]?.id} ${s.dayIndex}`);
    expect(cols).not.toContain('ana 1');
    expect(cols).not.toContain('ben 2');
    expect(cols).not.toContain('cy 0');
    expect(cols).toContain('ana 0');
  });

  it('orders DAs with identical data to break symmetry', () => {
    const input = givenWeek({
      das: [da('a'), da('b'), da('c'), da('d', { wantsDays: 3 })],
      demand: { routes: 2 },
    });
    expect(buildWeekModel(input).symmetricGroups).toBe(1);
  });

  it('counts the shortage no plan can avoid: more routes than DAs who can work the day', () => {
    const input = givenWeek({
      das: [da('ana'), da('ben', { unavailable: { [MON]: 'not available on Mondays' } })],
      days: { [MON]: { routes: 3, standbys: 1 } },
    });
    const week = buildWeekModel(input);
    expect(week.floor).toBe(2 * WEIGHTS.routeShort + WEIGHTS.standbyShort);
    expect(coverageFloor(input, week.shifts)).toBe(week.floor);
  });
});
