import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoursText } from '../calendar.js';
import { RosterInstance, type RosterSolution } from './instance.js';
import { prepareRoster } from './model.js';
import { type RouteDriver, rosterObjective } from './objective.js';
import { driverProblems, vanProblems } from './rules.js';
import { solveRoster } from './solve.js';

/**
 * The solver against brute force: on small random days (≤ 6 routes, DAs and vans, two van types,
 * random availability, caps, familiarity, stations and pins) every roster is enumerated, and the
 * solver's objective must equal the smallest one found.
 */

const TYPES = ['edv', 'step_van'] as const;
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const station = fc.constantFrom('S1', 'S1', 'S2', undefined);
/** True with the given chance, in tenths (fast-check's doubles lean to the ends of their range). */
const chance = (tenths: number) => fc.integer({ min: 0, max: 9 }).map((x) => x < tenths);

const day = fc
  .record({
    routes: fc.array(
      fc.record({
        vanType: fc.constantFrom(...TYPES),
        plannedMinutes: fc.constantFrom(300, 480, 540, 600),
        waveTime: fc.constantFrom('06:00', '10:20'),
        difficulty: maybe(fc.integer({ min: 0, max: 100 })),
        station,
      }),
      { maxLength: 6 },
    ),
    drivers: fc.array(
      fc.record({
        qualifiedVanTypes: fc.constantFrom<string[]>(
          ['edv'],
          ['step_van'],
          ['edv', 'step_van'],
          ['edv', 'step_van'],
          [],
        ),
        available: chance(8),
        weekMinutesWorked: fc.constantFrom(0, 1200, 1800, 2000, 2200, 2700),
        maxWeekMinutes: fc.constantFrom(2400, 3000, 3600, 3600),
        familiar: fc.array(fc.nat(5), { maxLength: 3 }),
        strength: maybe(fc.integer({ min: 0, max: 100 })),
        hourlyCents: maybe(fc.constantFrom(1800, 2000, 2550)),
        usualVan: maybe(fc.nat(2)),
        standby: fc.boolean(),
        station,
        // The org's hard caps on a day (issue 14): 9 h a day, 60 h in 7 days, 10 h of rest.
        maxDayMinutes: maybe(fc.constant(540)),
        pastSixDaysMinutes: fc.constantFrom(0, 0, 3000, 3300),
        yesterdayRouteEnd: maybe(fc.constantFrom('20:00', '23:30')),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    vans: fc.array(
      fc.record({
        type: fc.constantFrom(...TYPES),
        ready: chance(8),
        inspectionFailed: chance(1),
        station,
      }),
      { minLength: 1, maxLength: 6 },
    ),
    pins: fc.array(fc.record({ route: fc.nat(5), driver: fc.nat(5), van: fc.nat(5) }), { maxLength: 2 }),
    withStations: fc.boolean(),
    /** Every DA available and every van ready: many ways to cover, so the preferences decide. */
    generous: fc.boolean(),
    overtimeAfterMinutes: fc.constantFrom(2400, 2000),
  })
  .map((g) => {
    const at = (s: string | undefined) => (g.withStations ? s : undefined);
    const routes = g.routes.map((r, i) => ({
      code: `CX${i}`,
      ...r,
      station: at(r.station),
    }));
    const drivers = g.drivers.map((d, i) => ({
      id: `D${i}`,
      qualifiedVanTypes: d.qualifiedVanTypes,
      available: g.generous || d.available,
      weekMinutesWorked: d.weekMinutesWorked,
      maxWeekMinutes: d.maxWeekMinutes,
      familiarRoutes: d.familiar.map((n) => `CX${n}`),
      strength: d.strength,
      hourlyCents: d.hourlyCents,
      usualVanId: d.usualVan === undefined ? undefined : `V${d.usualVan}`,
      standby: d.standby,
      station: at(d.station),
      maxDayMinutes: d.maxDayMinutes,
      pastSixDaysMinutes: d.pastSixDaysMinutes,
      maxSevenDayMinutes: 3600,
      yesterdayRouteEnd: d.yesterdayRouteEnd,
      minRestMinutes: 600,
    }));
    const vans = g.vans.map((v, i) => ({
      id: `V${i}`,
      type: v.type,
      ready: g.generous || v.ready,
      inspectionFailed: !g.generous && v.inspectionFailed,
      station: at(v.station),
    }));
    // Keep the pins that validate: existing, each thing once, van of the route's type.
    const pinned: { routeCode: string; driverId: string; vanId: string }[] = [];
    for (const p of g.pins) {
      const route = routes[p.route];
      const driver = drivers[p.driver];
      const van = vans[p.van];
      if (!route || !driver || !van || van.type !== route.vanType) continue;
      if (pinned.some((q) => q.routeCode === route.code || q.driverId === driver.id || q.vanId === van.id))
        continue;
      pinned.push({ routeCode: route.code, driverId: driver.id, vanId: van.id });
    }
    return RosterInstance.parse({
      serviceDate: '2026-03-02',
      routes,
      drivers,
      vans,
      pinned,
      overtimeAfterMinutes: g.overtimeAfterMinutes,
    });
  });

/** Can the covered routes each get a different free van that fits? Tries every way. */
function vansFor(instance: RosterInstance, routes: number[], freeVan: boolean[], k = 0): boolean {
  const r = routes[k];
  if (r === undefined) return true;
  const route = instance.routes[r];
  return instance.vans.some((van, v) => {
    if (!route || !freeVan[v] || vanProblems(route, van).length > 0) return false;
    freeVan[v] = false;
    const ok = vansFor(instance, routes, freeVan, k + 1);
    freeVan[v] = true;
    return ok;
  });
}

/** The least objective over every feasible roster, by enumeration. */
function bruteForceMinimum(instance: RosterInstance): number {
  const model = prepareRoster(instance);
  const objective = rosterObjective(model);
  const pinned: RouteDriver[] = model.pins.map((p) => ({ route: p.route, driver: p.driver }));
  const freeDriver = instance.drivers.map((_, d) => !model.driverPinned[d]);
  const freeVan = instance.vans.map((_, v) => !model.vanPinned[v]);
  const open = instance.routes.map((_, r) => r).filter((r) => model.routePin[r] === -1);
  const chosen: RouteDriver[] = [];
  let best = Number.POSITIVE_INFINITY;
  const visit = (k: number) => {
    const r = open[k];
    if (r === undefined) {
      if (
        !vansFor(
          instance,
          chosen.map((c) => c.route),
          freeVan,
        )
      )
        return;
      const { objective: value } = objective.evaluate([...pinned, ...chosen], open.length - chosen.length);
      best = Math.min(best, value);
      return;
    }
    visit(k + 1); // the route stays uncovered
    const route = instance.routes[r];
    instance.drivers.forEach((driver, d) => {
      if (!route || !freeDriver[d] || driverProblems(route, driver).length > 0) return;
      freeDriver[d] = false;
      chosen.push({ route: r, driver: d });
      visit(k + 1);
      chosen.pop();
      freeDriver[d] = true;
    });
  };
  visit(0);
  return best;
}

/** The most DAs who can have their usual van, given who drives what: every hand-out tried. */
function mostUsualVans(instance: RosterInstance, solution: RosterSolution): number {
  const pinnedVans = new Set(instance.pinned.map((p) => p.vanId));
  const driverById = new Map(instance.drivers.map((d) => [d.id, d]));
  const routeByCode = new Map(instance.routes.map((r) => [r.code, r]));
  const fixed = solution.assignments.filter((a) => a.pinned);
  const open = solution.assignments.filter((a) => !a.pinned);
  const base = fixed.filter((a) => driverById.get(a.driverId)?.usualVanId === a.vanId).length;
  const used = new Set<string>();
  const best = (k: number): number => {
    const a = open[k];
    if (!a) return 0;
    const route = routeByCode.get(a.routeCode);
    let most = Number.NEGATIVE_INFINITY;
    for (const van of instance.vans) {
      if (!route || used.has(van.id) || pinnedVans.has(van.id) || vanProblems(route, van).length > 0)
        continue;
      used.add(van.id);
      const hit = driverById.get(a.driverId)?.usualVanId === van.id ? 1 : 0;
      most = Math.max(most, hit + best(k + 1));
      used.delete(van.id);
    }
    return most;
  };
  return base + best(0);
}

function expectFeasible(instance: RosterInstance, solution: RosterSolution) {
  const codes = [
    ...solution.assignments.map((a) => a.routeCode),
    ...solution.uncovered.map((u) => u.routeCode),
  ];
  expect(codes.sort()).toEqual(instance.routes.map((r) => r.code).sort());
  const drivers = solution.assignments.map((a) => a.driverId);
  const vans = solution.assignments.map((a) => a.vanId);
  expect(new Set(drivers).size).toBe(drivers.length);
  expect(new Set(vans).size).toBe(vans.length);
  for (const pin of instance.pinned)
    expect(solution.assignments).toContainEqual(
      expect.objectContaining({
        routeCode: pin.routeCode,
        driverId: pin.driverId,
        vanId: pin.vanId,
        pinned: true,
      }),
    );
  for (const a of solution.assignments.filter((x) => !x.pinned)) {
    const route = instance.routes.find((r) => r.code === a.routeCode);
    const driver = instance.drivers.find((d) => d.id === a.driverId);
    const van = instance.vans.find((v) => v.id === a.vanId);
    if (!route || !driver || !van) throw new Error('unknown id in the solution');
    expect(driverProblems(route, driver)).toEqual([]);
    expect(vanProblems(route, van)).toEqual([]);
  }
}

/** No uncovered route could take a free DA and a free van; each says what it lacks. */
function expectUncoveredExplained(instance: RosterInstance, solution: RosterSolution) {
  const busyDrivers = new Set(solution.assignments.map((a) => a.driverId));
  const busyVans = new Set(solution.assignments.map((a) => a.vanId));
  for (const u of solution.uncovered) {
    const route = instance.routes.find((r) => r.code === u.routeCode);
    if (!route) throw new Error('unknown route');
    const freeDriver = instance.drivers.some(
      (d) => !busyDrivers.has(d.id) && driverProblems(route, d).length === 0,
    );
    const freeVan = instance.vans.some((v) => !busyVans.has(v.id) && vanProblems(route, v).length === 0);
    expect(freeDriver && freeVan).toBe(false);
    // What is said of the vans starts "no EDV …", "no step van …"; what is said of the DAs never does.
    expect(u.reasons.some((s) => s.startsWith('no '))).toBe(!freeVan);
    expect(u.reasons.some((s) => !s.startsWith('no '))).toBe(!freeDriver);
  }
}

/** The plain facts behind each assignment's `why`. */
function expectWhyTrue(instance: RosterInstance, solution: RosterSolution) {
  for (const a of solution.assignments) {
    const driver = instance.drivers.find((d) => d.id === a.driverId);
    expect(a.why.includes('pinned')).toBe(a.pinned === true);
    expect(a.why.includes('no overtime')).toBe(a.overtimeMinutes === 0);
    expect(a.why.some((w) => w.startsWith(`adds ${hoursText(a.overtimeMinutes)} of overtime`))).toBe(
      a.overtimeMinutes > 0,
    );
    expect(a.why.includes('knows this route')).toBe(driver?.familiarRoutes?.includes(a.routeCode) === true);
    expect(a.why.includes('usual van')).toBe(driver?.usualVanId === a.vanId);
  }
}

describe('roster solver against brute force (property)', () => {
  it('finds the least objective over every feasible roster, and a feasible roster', () => {
    fc.assert(
      fc.property(day, (instance) => {
        const solution = solveRoster(instance);
        expectFeasible(instance, solution);
        expect(solution.objective).toBe(bruteForceMinimum(instance));
      }),
      { numRuns: 400 },
    );
  });

  it('gives as many DAs their usual van as any hand-out of the vans could', () => {
    fc.assert(
      fc.property(day, (instance) => {
        const solution = solveRoster(instance);
        expect(solution.usualVans.kept).toBe(mostUsualVans(instance, solution));
      }),
      { numRuns: 300 },
    );
  });

  it('says of each uncovered route exactly which of van and DA is missing, and why each assignment', () => {
    fc.assert(
      fc.property(day, (instance) => {
        const solution = solveRoster(instance);
        expectUncoveredExplained(instance, solution);
        expectWhyTrue(instance, solution);
      }),
      { numRuns: 400 },
    );
  });
});
