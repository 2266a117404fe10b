import { describe, expect, it } from 'vitest';
import type { RosterSolution } from './instance.js';
import { solveRoster } from './solve.js';
import { da, rosterOf, route, van } from './testing.js';

/** route code → "driver/van", or "-" when uncovered: the roster at a glance. */
const roster = (solution: RosterSolution): Record<string, string> =>
  Object.fromEntries([
    ...solution.assignments.map((a) => [a.routeCode, `${a.driverId}/${a.vanId}`]),
    ...solution.uncovered.map((u) => [u.routeCode, '-']),
  ]);

describe('hard rules: a DA', () => {
  it('who is not available is not rostered', () => {
    const s = solveRoster(
      rosterOf({ routes: [route('CX1')], drivers: [da('A', { available: false })], vans: [van('V1')] }),
    );
    expect(roster(s)).toEqual({ CX1: '-' });
  });

  it('drives only van types they are qualified for', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1', { vanType: 'step_van' })],
        drivers: [
          da('A', { qualifiedVanTypes: ['edv', 'cdv'] }),
          da('B', { qualifiedVanTypes: ['step_van'] }),
        ],
        vans: [van('S1', { type: 'step_van' })],
      }),
    );
    expect(roster(s)).toEqual({ CX1: 'B/S1' });
  });

  it('never passes their weekly cap, and may reach it exactly', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1', { plannedMinutes: 600 }), route('CX2', { plannedMinutes: 600 })],
        drivers: [
          da('A', { weekMinutesWorked: 2340, maxWeekMinutes: 2400 }), // 2,940 > 2,400
          da('B', { weekMinutesWorked: 1800, maxWeekMinutes: 2400 }), // 2,400 = cap: allowed
        ],
        vans: [van('V1'), van('V2')],
      }),
    );
    expect(s.assignments.map((a) => a.driverId)).toEqual(['B']);
    expect(s.uncovered).toHaveLength(1);
  });

  it('works only at their own station when both name one', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1', { station: 'DXC1' }), route('CX2', { station: 'DXT1' })],
        drivers: [da('A', { station: 'DXT1' }), da('B', { station: 'DXC1' })],
        vans: [van('V1', { station: 'DXC1' }), van('V2')],
      }),
    );
    expect(roster(s)).toEqual({ CX1: 'B/V1', CX2: 'A/V2' });
  });

  it('drives at most one route, and a van runs at most one', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1'), route('CX2'), route('CX3')],
        drivers: [da('A'), da('B')],
        vans: [van('V1'), van('V2'), van('V3')],
      }),
    );
    expect(s.assignments).toHaveLength(2);
    expect(new Set(s.assignments.map((a) => a.driverId)).size).toBe(2);
    expect(new Set(s.assignments.map((a) => a.vanId)).size).toBe(2);
  });
});

describe('hard rules: a van', () => {
  it('must be ready, not failed its inspection, and of the route type', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1', { vanType: 'cdv' })],
        drivers: [da('A')],
        vans: [
          van('V1', { type: 'cdv', ready: false }),
          van('V2', { type: 'cdv', inspectionFailed: true }),
          van('V3', { type: 'edv' }),
          van('V4', { type: 'cdv' }),
        ],
      }),
    );
    expect(roster(s)).toEqual({ CX1: 'A/V4' });
  });

  it('matches the route type exactly (lower-case strings)', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1', { vanType: 'step_van' })],
        drivers: [da('A')],
        vans: [van('S1', { type: 'step_vans' })],
      }),
    );
    expect(roster(s)).toEqual({ CX1: '-' });
  });

  it('stays at its station when both name one; a van without a station goes anywhere', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1', { station: 'DXC1' }), route('CX2', { station: 'DXC1' })],
        drivers: [da('A'), da('B')],
        vans: [van('V1', { station: 'DXT1' }), van('V2'), van('V3', { station: 'DXC1' })],
      }),
    );
    expect(new Set(s.assignments.map((a) => a.vanId))).toEqual(new Set(['V2', 'V3']));
  });
});

describe('coverage comes first', () => {
  it('takes an overtime DA rather than leave a route uncovered', () => {
    // A alone could take CX1 without overtime and leave the step van route uncovered; covering both
    // needs A on the step van route and B (in overtime) on CX1.
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1'), route('CX2', { vanType: 'step_van' })],
        drivers: [
          da('A', { qualifiedVanTypes: ['edv', 'step_van'] }),
          da('B', { qualifiedVanTypes: ['edv'], weekMinutesWorked: 2300, hourlyCents: 9000 }),
        ],
        vans: [van('V1'), van('S1', { type: 'step_van' })],
      }),
    );
    expect(roster(s)).toEqual({ CX1: 'B/V1', CX2: 'A/S1' });
    expect(s.uncovered).toEqual([]);
    expect(s.objectiveParts.overtimeMinutes.value).toBe(440);
  });

  it('does not spend a van another route needs', () => {
    // CX1 (no station) may take either van; CX2 at DXT1 only the one without a station.
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1'), route('CX2', { station: 'DXT1' })],
        drivers: [da('A'), da('B')],
        vans: [van('V1'), van('V2', { station: 'DXC1' })],
      }),
    );
    expect(s.uncovered).toEqual([]);
    expect(s.assignments.map((a) => [a.routeCode, a.vanId])).toEqual([
      ['CX1', 'V2'],
      ['CX2', 'V1'],
    ]);
  });

  it('covers the most routes even when each DA could take only some', () => {
    // A greedy pass in route order would give CX1 to A and leave CX2 without anyone.
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1'), route('CX2', { vanType: 'cdv' })],
        drivers: [
          da('A', { qualifiedVanTypes: ['edv', 'cdv'], familiarRoutes: ['CX1'] }),
          da('B', { qualifiedVanTypes: ['edv'] }),
        ],
        vans: [van('V1'), van('C1', { type: 'cdv' })],
      }),
    );
    expect(roster(s)).toEqual({ CX1: 'B/V1', CX2: 'A/C1' });
  });
});

describe('preferences, in order', () => {
  it('avoids overtime before anything else', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1', { difficulty: 100 })],
        drivers: [
          da('A', { weekMinutesWorked: 2000, strength: 100, familiarRoutes: ['CX1'], hourlyCents: 1800 }),
          da('B', { weekMinutesWorked: 0, strength: 0, hourlyCents: 2500 }),
        ],
        vans: [van('V1')],
      }),
    );
    expect(roster(s)).toEqual({ CX1: 'B/V1' });
  });

  it('then takes the cheaper hours', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1')],
        drivers: [da('A', { hourlyCents: 2200, familiarRoutes: ['CX1'] }), da('B', { hourlyCents: 2000 })],
        vans: [van('V1')],
      }),
    );
    expect(roster(s)).toEqual({ CX1: 'B/V1' });
  });

  it('then prefers a DA who knows the route', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1')],
        drivers: [da('A'), da('B', { familiarRoutes: ['CX1'] })],
        vans: [van('V1')],
      }),
    );
    expect(roster(s)).toEqual({ CX1: 'B/V1' });
  });

  it('puts stronger DAs on harder routes', () => {
    const s = solveRoster(
      rosterOf({
        routes: [
          route('CX1', { difficulty: 20 }),
          route('CX2', { difficulty: 90 }),
          route('CX3', { difficulty: 55 }),
        ],
        drivers: [da('A', { strength: 40 }), da('B', { strength: 60 }), da('C', { strength: 95 })],
        vans: [van('V1'), van('V2'), van('V3')],
      }),
    );
    expect(s.assignments.map((a) => [a.routeCode, a.driverId])).toEqual([
      ['CX1', 'A'],
      ['CX2', 'C'],
      ['CX3', 'B'],
    ]);
  });

  it('gives the usual van, and the usual van never changes who drives', () => {
    const parts = {
      routes: [route('CX1')],
      drivers: [da('A', { usualVanId: 'V2' }), da('B', { familiarRoutes: ['CX1'], usualVanId: 'V1' })],
      vans: [van('V1'), van('V2')],
    };
    const s = solveRoster(rosterOf(parts));
    expect(roster(s)).toEqual({ CX1: 'B/V1' });
    expect(s.usualVans).toEqual({ kept: 1, wanted: 1 });
  });

  it('shares a usual van between two DAs as well as it can', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1'), route('CX2')],
        drivers: [da('A', { usualVanId: 'V1' }), da('B', { usualVanId: 'V1' })],
        vans: [van('V1'), van('V2')],
      }),
    );
    expect(s.usualVans).toEqual({ kept: 1, wanted: 2 });
  });
});

describe('pinned triples', () => {
  it('are kept as given and the rest is solved around them', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1'), route('CX2')],
        drivers: [da('A', { familiarRoutes: ['CX2'] }), da('B')],
        vans: [van('V1'), van('V2')],
        pinned: [{ routeCode: 'CX1', driverId: 'A', vanId: 'V2' }],
      }),
    );
    expect(roster(s)).toEqual({ CX1: 'A/V2', CX2: 'B/V1' });
    expect(s.assignments[0]).toMatchObject({ pinned: true, why: expect.arrayContaining(['pinned']) });
    expect(s.assignments[0]?.warnings).toBeUndefined();
  });

  it('are kept when they break a hard rule, with a warning naming each rule', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1', { vanType: 'step_van', plannedMinutes: 600, station: 'DXC1' })],
        drivers: [
          da('A', {
            name: 'Ana',
            available: false,
            qualifiedVanTypes: ['edv'],
            weekMinutesWorked: 2340,
            maxWeekMinutes: 2400,
            station: 'DXT1',
          }),
        ],
        vans: [van('S1', { type: 'step_van', ready: false, inspectionFailed: true, station: 'DXT1' })],
        pinned: [{ routeCode: 'CX1', driverId: 'A', vanId: 'S1' }],
      }),
    );
    expect(s.assignments).toEqual([
      expect.objectContaining({
        routeCode: 'CX1',
        driverId: 'A',
        vanId: 'S1',
        pinned: true,
        warnings: [
          'Ana is not available today',
          'Ana is not qualified for a step van',
          'Ana would reach 49 h this week, past the 40 h cap',
          'Ana works at DXT1, the route is at DXC1',
          'van S1 is not ready',
          'van S1 failed its inspection',
          'van S1 is at DXT1, the route is at DXC1',
        ],
      }),
    ]);
  });
});

describe('objective', () => {
  it('reports its parts, which add up to it', () => {
    const s = solveRoster(
      rosterOf({
        routes: [route('CX1', { plannedMinutes: 600, difficulty: 80 }), route('CX2', { vanType: 'cdv' })],
        drivers: [da('A', { weekMinutesWorked: 2100, strength: 30, hourlyCents: 2400 })],
        vans: [van('V1'), van('V2')],
      }),
    );
    const p = s.objectiveParts;
    expect(p.overtimeMinutes.value).toBe(300); // 2,100 + 600 − 2,400
    expect(p.overtimePremiumCents.value).toBe(6000); // 300 min × $24/h × 0.5
    expect(p.wageCents.value).toBe(24000); // 600 min × $24/h
    expect(p.unfamiliarRoutes.value).toBe(1);
    expect(p.strengthFit.value).toBe(56); // (100 − 30) × 80 / 100
    expect(p.uncoveredRoutes.value).toBe(1);
    expect(s.objective).toBe(Object.values(p).reduce((sum, t) => sum + t.cost, 0));
    expect(p.uncoveredRoutes.weight).toBeGreaterThan(p.overtimeMinutes.cost + 6000 + 24000 + 100 + 56);
  });

  it('is empty for an empty day', () => {
    const s = solveRoster(rosterOf({ routes: [], drivers: [], vans: [] }));
    expect(s).toMatchObject({ assignments: [], uncovered: [], objective: 0 });
  });
});

describe('a group day', () => {
  it('solves each station on its own and together gives the same roster', () => {
    const station = (code: string, n: number) => ({
      routes: [
        route(`${code}-CX1`, { station: code, difficulty: 80 }),
        route(`${code}-CX2`, { station: code }),
      ],
      drivers: [
        da(`${code}-A`, { station: code, strength: 20 }),
        da(`${code}-B`, { station: code, strength: 90 }),
      ],
      vans: Array.from({ length: n }, (_, i) => van(`${code}-V${i}`, { station: code })),
    });
    const one = station('DXC1', 2);
    const two = station('DXT1', 1);
    const together = solveRoster(
      rosterOf({
        routes: [...one.routes, ...two.routes],
        drivers: [...one.drivers, ...two.drivers],
        vans: [...one.vans, ...two.vans],
      }),
    );
    expect(roster(together)).toEqual({
      ...roster(solveRoster(rosterOf(one))),
      ...roster(solveRoster(rosterOf(two))),
    });
    // The strong DA takes the hard route at DXC1; DXT1 has one van for two routes.
    expect(roster(together)).toMatchObject({ 'DXC1-CX1': 'DXC1-B/DXC1-V0', 'DXC1-CX2': 'DXC1-A/DXC1-V1' });
    expect(together.uncovered).toHaveLength(1);
  });
});
