import { describe, expect, it } from 'vitest';
import { prepareRoster } from './model.js';
import { overtimeMinutes, pairParts, rosterObjective } from './objective.js';
import { da, rosterOf, route, van } from './testing.js';

// Overtime: FLSA, 1.5× the regular rate for hours over 40 in the workweek (../shared/domain/labor-rules.md).
describe('overtime caused by a route', () => {
  const tenHours = route('CX1', { plannedMinutes: 600 });

  it('is only the part of the route past the 40 h line', () => {
    expect(overtimeMinutes(tenHours, da('A', { weekMinutesWorked: 1800 }), 2400)).toBe(0); // exactly 40 h
    expect(overtimeMinutes(tenHours, da('A', { weekMinutesWorked: 2340 }), 2400)).toBe(540);
    expect(overtimeMinutes(tenHours, da('A', { weekMinutesWorked: 2700 }), 2400)).toBe(600); // already past
  });

  it('prices the premium at half the rate on top of the wage', () => {
    const instance = rosterOf({ routes: [tenHours], drivers: [], vans: [] });
    expect(
      pairParts(instance, tenHours, da('A', { weekMinutesWorked: 2340, hourlyCents: 2000 })),
    ).toMatchObject({
      overtimeMinutes: 540,
      overtimePremiumCents: 9000, // 540 min × $20/h × 0.5
      wageCents: 20000, // 600 min × $20/h
    });
  });

  it('uses the instance default rate for a DA without one', () => {
    const instance = rosterOf({ routes: [tenHours], drivers: [], vans: [], defaultHourlyCents: 1800 });
    expect(pairParts(instance, tenHours, da('A')).wageCents).toBe(18000);
  });
});

describe('preferences', () => {
  const instance = rosterOf({ routes: [], drivers: [], vans: [] });

  it('charges 1 unfamiliar route unless the DA knows it', () => {
    expect(pairParts(instance, route('CX1'), da('A', { familiarRoutes: ['CX1'] })).unfamiliar).toBe(0);
    expect(pairParts(instance, route('CX1'), da('A', { familiarRoutes: ['CX2'] })).unfamiliar).toBe(1);
    expect(pairParts(instance, route('CX1'), da('A')).unfamiliar).toBe(1);
  });

  it('charges weakness × difficulty, so the strongest DA on the hardest route costs least', () => {
    const strengthFit = (strength: number | undefined, difficulty: number | undefined) =>
      pairParts(instance, route('CX1', { difficulty }), da('A', { strength })).strengthFit;
    expect(strengthFit(90, 100)).toBe(10);
    expect(strengthFit(20, 100)).toBe(80);
    expect(strengthFit(undefined, 100)).toBe(50); // average
    expect(strengthFit(0, undefined)).toBe(0); // an easy route costs nothing
    // Strongest-on-hardest beats the swap (rearrangement inequality).
    expect(strengthFit(90, 80) + strengthFit(40, 30)).toBeLessThan(strengthFit(90, 30) + strengthFit(40, 80));
  });

  it('charges a route given to a standby, so DAs scheduled for a route drive first', () => {
    expect(pairParts(instance, route('CX1'), da('A', { standby: true })).standby).toBe(1);
    expect(pairParts(instance, route('CX1'), da('A')).standby).toBe(0);
  });
});

describe('weights', () => {
  it('put one route covered above any overtime, and one minute of overtime above all pay and preferences', () => {
    const instance = rosterOf({
      routes: [route('CX1', { plannedMinutes: 600, difficulty: 100 }), route('CX2', { plannedMinutes: 300 })],
      drivers: [
        da('A', { weekMinutesWorked: 2300, hourlyCents: 3000, strength: 0 }),
        da('B', { hourlyCents: 1800 }),
      ],
      vans: [van('V1'), van('V2')],
    });
    const objective = rosterObjective(prepareRoster(instance));
    const { uncoveredRoute, overtimeMinute } = objective.weights;
    // Every roster of two routes and two DAs (all pairs are allowed here).
    const rosters = [
      [],
      [[0, 0]],
      [[0, 1]],
      [[1, 0]],
      [[1, 1]],
      [
        [0, 0],
        [1, 1],
      ],
      [
        [0, 1],
        [1, 0],
      ],
    ];
    const priced = rosters.map((pairs) => {
      const { objectiveParts: p } = objective.evaluate(
        pairs.map(([route = 0, driver = 0]) => ({ route, driver })),
        0,
      );
      const rest =
        p.wageCents.cost +
        p.overtimePremiumCents.cost +
        p.unfamiliarRoutes.cost +
        p.strengthFit.cost +
        p.standbysUsed.cost;
      return { rest, belowCoverage: p.overtimeMinutes.cost + rest };
    });
    expect(overtimeMinute).toBeGreaterThan(Math.max(...priced.map((p) => p.rest)));
    expect(uncoveredRoute).toBeGreaterThan(Math.max(...priced.map((p) => p.belowCoverage)));
    expect(Number.isSafeInteger(uncoveredRoute * 3)).toBe(true);
  });

  it('evaluates a roster as the sum of its parts', () => {
    const instance = rosterOf({
      routes: [route('CX1'), route('CX2')],
      drivers: [da('A')],
      vans: [van('V1')],
    });
    const objective = rosterObjective(prepareRoster(instance));
    const { objective: total, objectiveParts } = objective.evaluate([{ route: 0, driver: 0 }], 1);
    expect(objectiveParts.uncoveredRoutes).toEqual({
      value: 1,
      weight: objective.weights.uncoveredRoute,
      cost: objective.weights.uncoveredRoute,
    });
    expect(total).toBe(objective.weights.uncoveredRoute + objective.cost(0, 0));
  });
});
