/**
 * Morning roster benchmark: a 60-route station day and a 600-route group day (10 stations), each
 * solved by our solver (median of several runs after a warm-up) and, in the same run, by HiGHS on
 * the same model written as a MILP and solved to proven optimum (mip_rel_gap 0). Prints
 * `NAME ours: T ms`, `NAME highs: T ms` and `NAME objective ratio: R` (ours / HiGHS; 1.000 means
 * both found the optimum). Exits non-zero when the two objectives differ.
 *
 *   node --import tsx bench/roster.ts
 */
import type {
  RosterDriver,
  RosterInstance,
  RosterRoute,
  RosterVan,
} from '../src/dispatch/domain/roster/instance.js';
import { RosterInstance as InstanceSchema } from '../src/dispatch/domain/roster/instance.js';
import { prepareRoster, type RosterModel } from '../src/dispatch/domain/roster/model.js';
import {
  type RosterObjective,
  type RouteDriver,
  rosterObjective,
} from '../src/dispatch/domain/roster/objective.js';
import { solveRoster } from '../src/dispatch/domain/roster/solve.js';
import { type Highs, loadHighs } from '../src/shared/highs.js';

// ---------------------------------------------------------------------------------------------
// A believable day, seeded (sizes from ../shared/domain/sizing.md).

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

const WAVES = ['10:20', '10:40', '11:00', '11:20'];
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** One station: 60 routes, 120 DAs of whom 70 are scheduled and cleared, 80 vans. */
function stationDay(rng: Rng, s: number, station: string | undefined) {
  const routes: RosterRoute[] = Array.from({ length: 60 }, (_, i) => {
    const stops = int(rng, 150, 400);
    const roll = rng();
    return {
      code: `CX${(s + 1) * 100 + i}`,
      waveTime: WAVES[Math.floor((i * WAVES.length) / 60)] as string,
      vanType: roll < 0.5 ? 'edv' : roll < 0.85 ? 'cdv' : 'step_van',
      plannedMinutes: 480 + 15 * int(rng, 0, 8),
      difficulty: Math.round(((stops - 150) / 250) * 100),
      ...(station ? { station } : {}),
    };
  });
  const types = [
    ...Array(40).fill('edv'),
    ...Array(28).fill('cdv'),
    ...Array(12).fill('step_van'),
  ] as string[];
  const vans: RosterVan[] = types.map((type, i) => ({
    id: `${station ?? 'V'}-${String(i + 1).padStart(3, '0')}`,
    type,
    ready: rng() < 0.9,
    ...(rng() < 0.03 ? { inspectionFailed: true } : {}),
    ...(station ? { station } : {}),
  }));
  const scheduled = new Set(
    shuffle(
      rng,
      Array.from({ length: 120 }, (_, i) => i),
    ).slice(0, 70),
  );
  const drivers: RosterDriver[] = Array.from({ length: 120 }, (_, i) => {
    const qualifiedVanTypes = ['cdv', ...(rng() < 0.8 ? ['edv'] : []), ...(rng() < 0.25 ? ['step_van'] : [])];
    // Overtime pressure: most DAs have worked 0–4 shifts this week, some already 5.
    const shifts = rng() < 0.15 ? 5 : int(rng, 0, 4);
    const worked = Array.from({ length: shifts }, () => int(rng, 450, 600)).reduce((a, b) => a + b, 0);
    // Fake history: a DA mostly drove routes near a "home" route over the last 12 weeks.
    const home = int(rng, 0, 59);
    const familiar = [
      ...new Set(
        Array.from({ length: int(rng, 2, 7) }, () => routes[(home + int(rng, -3, 3) + 60) % 60]?.code),
      ),
    ].filter((c): c is string => c !== undefined);
    const usual = rng() < 0.6 ? pick(rng, vans) : undefined;
    return {
      id: `A${Array.from({ length: 12 }, () => pick(rng, [...ALNUM])).join('')}`,
      name: `DA ${s + 1}-${i + 1}`,
      qualifiedVanTypes,
      available: scheduled.has(i),
      weekMinutesWorked: worked,
      maxWeekMinutes: rng() < 0.2 ? 2400 : 3600,
      familiarRoutes: familiar,
      strength: int(rng, 20, 95),
      hourlyCents: 1900 + 25 * int(rng, 0, 16),
      ...(usual && qualifiedVanTypes.includes(usual.type) ? { usualVanId: usual.id } : {}),
      ...(station ? { station } : {}),
    };
  });
  return { routes, drivers, vans };
}

const STATIONS = ['DXC1', 'DXT1', 'DAU5', 'DLV3', 'DSF2', 'DOR4', 'DNV1', 'DCO2', 'DWA7', 'DIL3'];

function groupDay(seed: number, stations: number): RosterInstance {
  const rng = random(seed);
  const days = Array.from({ length: stations }, (_, s) =>
    stationDay(rng, s, stations > 1 ? STATIONS[s] : undefined),
  );
  const routes = days.flatMap((d) => d.routes);
  const drivers = days.flatMap((d) => d.drivers);
  const vans = days.flatMap((d) => d.vans);
  // The dispatcher has fixed a few pairs already (a trainer on a ride-along, a DA who asked).
  const pinned = days.flatMap((d) => {
    const route = d.routes.find((r) => r.vanType === 'edv');
    const driver = d.drivers.find((x) => x.available && x.qualifiedVanTypes.includes('edv'));
    const van = d.vans.find((v) => v.type === 'edv' && v.ready && !v.inspectionFailed);
    return route && driver && van ? [{ routeCode: route.code, driverId: driver.id, vanId: van.id }] : [];
  });
  return InstanceSchema.parse({ serviceDate: '2026-03-06', routes, drivers, vans, pinned });
}

// ---------------------------------------------------------------------------------------------
// The same model as a MILP for HiGHS.

/**
 * x[r,d] (binary) for each free route and each free DA who may drive it, u[r] (binary) for a free
 * route left uncovered; per route Σ x + u = 1, per DA Σ x ≤ 1, per van pool Σ x ≤ its free vans.
 * A route that may draw on two pools (station-less vans) gets z[r,p] and Σ x − Σ z = 0 instead.
 * Costs are the objective's own: cost(r,d) on x, the uncovered weight on u, the pins as offset.
 */
function milp(highs: Highs, model: RosterModel, objective: RosterObjective) {
  const free = model.routes.map((_, r) => r).filter((r) => model.routePin[r] === -1);
  const rowOfRoute = new Map(free.map((r, i) => [r, i]));
  const driverRow = new Map<number, number>();
  let rows = free.length;
  const candidates = (r: number) =>
    (model.routePools[r]?.length ?? 0) > 0
      ? (model.eligible[r] ?? []).filter((d) => !model.driverPinned[d])
      : [];
  for (const r of free) for (const d of candidates(r)) if (!driverRow.has(d)) driverRow.set(d, rows++);
  const poolRow = model.pools.map(() => rows++);
  const linkRow = new Map<number, number>();
  for (const r of free) if ((model.routePools[r]?.length ?? 0) > 1) linkRow.set(r, rows++);

  const cost: number[] = [];
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const xs: RouteDriver[] = [];
  const column = (c: number, entries: [number, number][]) => {
    cost.push(c);
    for (const [row, value] of entries) {
      indices.push(row);
      values.push(value);
    }
    starts.push(indices.length);
  };
  for (const r of free) {
    const route = rowOfRoute.get(r) as number;
    const link = linkRow.get(r);
    const pools = model.routePools[r] ?? [];
    for (const d of candidates(r)) {
      const third = link ?? (poolRow[pools[0] as number] as number);
      column(objective.cost(r, d), [
        [route, 1],
        [driverRow.get(d) as number, 1],
        [third, 1],
      ]);
      xs.push({ route: r, driver: d });
    }
  }
  const firstU = cost.length;
  for (const r of free) column(objective.weights.uncoveredRoute, [[rowOfRoute.get(r) as number, 1]]);
  for (const [r, link] of linkRow)
    for (const p of model.routePools[r] ?? [])
      column(0, [
        [poolRow[p] as number, 1],
        [link, -1],
      ]);
  const n = cost.length;
  const rowLower = new Float64Array(rows).fill(-highs.infinity);
  const rowUpper = new Float64Array(rows).fill(highs.infinity);
  for (const r of free) {
    const row = rowOfRoute.get(r) as number;
    rowLower[row] = 1;
    rowUpper[row] = 1;
  }
  for (const [, row] of driverRow) rowUpper[row] = 1;
  model.pools.forEach((pool, p) => {
    rowUpper[poolRow[p] as number] = pool.vans.length;
  });
  for (const [, row] of linkRow) {
    rowLower[row] = 0;
    rowUpper[row] = 0;
  }
  const offset = model.pins.reduce((sum, pin) => sum + objective.cost(pin.route, pin.driver), 0);
  return {
    data: {
      numCols: n,
      numRows: rows,
      offset,
      colCost: Float64Array.from(cost),
      colLower: new Float64Array(n),
      colUpper: new Float64Array(n).fill(1),
      rowLower,
      rowUpper,
      matrix: {
        format: 'csc' as const,
        numRows: rows,
        numCols: n,
        starts: Int32Array.from(starts),
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      },
      integrality: new Int32Array(n).fill(highs.constants.variableType.integer),
    },
    xs,
    firstU,
    free,
  };
}

/** Solves the MILP to proven optimum and prices HiGHS's roster with our objective function. */
function solveWithHighs(highs: Highs, model: RosterModel, objective: RosterObjective): number {
  const { data, xs, free } = milp(highs, model, objective);
  const m = highs.createModel(data);
  try {
    m.options.set({ output_flag: false, mip_rel_gap: 0 });
    m.run();
    if (m.getModelStatus() !== highs.constants.modelStatus.optimal)
      throw new Error(`HiGHS stopped with model status ${m.getModelStatus()}`);
    const x = m.getSolution().colValue;
    const pairs = [
      ...model.pins.map((p) => ({ route: p.route, driver: p.driver })),
      ...xs.filter((_, i) => (x[i] ?? 0) > 0.5),
    ];
    const covered = pairs.length - model.pins.length;
    return objective.evaluate(pairs, free.length - covered).objective;
  } finally {
    m.dispose();
  }
}

// ---------------------------------------------------------------------------------------------

function time<T>(work: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function bench(name: string, instance: RosterInstance, runs: { ours: number; highs: number }) {
  for (let i = 0; i < 3; i++) solveRoster(instance); // warm-up
  const ours = Array.from({ length: runs.ours }, () => time(() => solveRoster(instance)));
  const solution = ours[0]?.result;
  if (!solution) throw new Error('no run');

  const highs = await loadHighs();
  const model = prepareRoster(instance);
  const objective = rosterObjective(model);
  const theirs = Array.from({ length: runs.highs }, () =>
    time(() => solveWithHighs(highs, model, objective)),
  );
  const highsObjective = theirs[0]?.result as number;

  const ratio = solution.objective / highsObjective;
  console.log(`${name} ours: ${median(ours.map((r) => r.ms)).toFixed(1)} ms`);
  console.log(`${name} highs: ${median(theirs.map((r) => r.ms)).toFixed(1)} ms`);
  console.log(`${name} objective ratio: ${ratio.toFixed(3)}`);
  console.error(
    `  (${name}: ${solution.assignments.length} of ${instance.routes.length} routes covered, ` +
      `${solution.objectiveParts.overtimeMinutes.value} min overtime, objective ${solution.objective}, HiGHS ${highsObjective})`,
  );
  return Math.abs(ratio - 1) <= 1e-9 && solution.objective === highsObjective;
}

const ok = [
  await bench('roster-60', groupDay(60, 1), { ours: 21, highs: 3 }),
  await bench('roster-600', groupDay(600, 10), { ours: 7, highs: 1 }),
];
if (!ok.every(Boolean)) {
  console.error('The objectives differ: one of the two solvers did not find the optimum.');
  process.exitCode = 1;
}
