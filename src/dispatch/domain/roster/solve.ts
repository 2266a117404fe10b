import { describeRoster } from './explain.js';
import type { RosterInstance, RosterSolution } from './instance.js';
import { FlowNetwork } from './min-cost-flow.js';
import { prepareRoster, type RosterModel } from './model.js';
import { type RosterObjective, rosterObjective } from './objective.js';
import { vanFits } from './rules.js';

/**
 * The morning roster, solved exactly.
 *
 * Vans of one type at one station are interchangeable for the objective, so choosing DAs is a
 * min-cost flow: source → van pool (capacity: its free vans) → route (1) → DA (1, the objective's
 * cost) → sink. A maximum flow covers as many routes as can be covered; the cheapest maximum flow
 * is the optimum, because an uncovered route costs more than every other term together. The flow
 * is solved per connected part (a station, usually), then the vans of each pool are handed out to
 * the chosen DAs, giving as many as possible their usual van — which never changes who drives.
 */
export function solveRoster(instance: RosterInstance): RosterSolution {
  const model = prepareRoster(instance);
  const objective = rosterObjective(model);
  const driverOf = chooseDrivers(model, objective);
  const vanOf = handOutVans(model, driverOf);
  return describeRoster(model, objective, driverOf, vanOf);
}

/** Union–find over routes, DAs and van pools, to solve independent parts of a group day apart. */
class Parts {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size).map((_, i) => i);
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    while (this.parent[x] !== root) {
      const up = this.parent[x] as number;
      this.parent[x] = root;
      x = up;
    }
    return root;
  }
  join(a: number, b: number) {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** Free DAs who may drive each free route that has a pool of vans to draw from. */
function freeCandidates(model: RosterModel): number[][] {
  return model.routes.map((_, r) =>
    model.routePin[r] === -1 && (model.routePools[r]?.length ?? 0) > 0
      ? (model.eligible[r] ?? []).filter((d) => !model.driverPinned[d])
      : [],
  );
}

/** Groups the free routes into independent parts: no DA or van pool is shared between two parts. */
function independentParts(model: RosterModel, candidates: number[][]): number[][] {
  const R = model.routes.length;
  const D = model.drivers.length;
  const parts = new Parts(R + D + model.pools.length);
  candidates.forEach((drivers, r) => {
    for (const d of drivers) parts.join(r, R + d);
    for (const p of model.routePools[r] ?? []) parts.join(r, R + D + p);
  });
  const groups = new Map<number, number[]>();
  candidates.forEach((drivers, r) => {
    if (drivers.length === 0) return;
    const root = parts.find(r);
    const group = groups.get(root);
    if (group) group.push(r);
    else groups.set(root, [r]);
  });
  return [...groups.values()];
}

/** Returns, per route, the DA driving it (pinned ones included) or -1. */
export function chooseDrivers(model: RosterModel, objective: RosterObjective): Int32Array {
  const driverOf = new Int32Array(model.routes.length).fill(-1);
  for (const pin of model.pins) driverOf[pin.route] = pin.driver;
  const candidates = freeCandidates(model);
  for (const routes of independentParts(model, candidates))
    solvePart(model, objective, candidates, routes, driverOf);
  return driverOf;
}

function solvePart(
  model: RosterModel,
  objective: RosterObjective,
  candidates: number[][],
  routes: number[],
  driverOf: Int32Array,
) {
  // Local numbering: 0 source, 1 sink, each route's in and out node, then pools and DAs of this part.
  const poolNode = new Map<number, number>();
  const driverNode = new Map<number, number>();
  let next = 2 + 2 * routes.length;
  for (const r of routes) {
    for (const p of model.routePools[r] ?? []) if (!poolNode.has(p)) poolNode.set(p, next++);
    for (const d of candidates[r] ?? []) if (!driverNode.has(d)) driverNode.set(d, next++);
  }
  const net = new FlowNetwork(next);
  for (const [p, node] of poolNode) net.addArc(0, node, model.pools[p]?.vans.length ?? 0, 0);
  for (const [, node] of driverNode) net.addArc(node, 1, 1, 0);
  const arcs: { arc: number; route: number; driver: number }[] = [];
  routes.forEach((r, i) => {
    const routeIn = 2 + 2 * i;
    const routeOut = routeIn + 1;
    for (const p of model.routePools[r] ?? []) net.addArc(poolNode.get(p) as number, routeIn, 1, 0);
    net.addArc(routeIn, routeOut, 1, 0); // a route takes one van whichever pool it comes from
    for (const d of candidates[r] ?? [])
      arcs.push({
        arc: net.addArc(routeOut, driverNode.get(d) as number, 1, objective.cost(r, d)),
        route: r,
        driver: d,
      });
  });
  net.minCostMaxFlow(0, 1);
  for (const { arc, route, driver } of arcs) if (net.flowOn(arc) > 0) driverOf[route] = driver;
}

/**
 * Hands out the free vans to the covered routes, giving as many DAs as possible their usual van:
 * a second min-cost flow where a route takes its DA's usual van at cost 0 or any van of a fitting
 * pool at cost 1. Every covered route gets a van, because the first flow respected pool sizes.
 */
export function handOutVans(model: RosterModel, driverOf: Int32Array): Int32Array {
  const vanOf = new Int32Array(model.routes.length).fill(-1);
  for (const pin of model.pins) vanOf[pin.route] = pin.van;
  const routes = model.routes.map((_, r) => r).filter((r) => model.routePin[r] === -1 && driverOf[r] !== -1);
  if (routes.length === 0) return vanOf;
  // 0 source, 1 sink, routes, pools, vans.
  const poolBase = 2 + routes.length;
  const vanBase = poolBase + model.pools.length;
  const net = new FlowNetwork(vanBase + model.vans.length);
  const poolArcs = model.pools.map((pool, p) =>
    pool.vans.map((v) => {
      net.addArc(vanBase + v, 1, 1, 0);
      return { arc: net.addArc(poolBase + p, vanBase + v, 1, 0), van: v };
    }),
  );
  const usualArcs: { arc: number; route: number; van: number }[] = [];
  const routeArcs: { arc: number; route: number; pool: number }[] = [];
  routes.forEach((r, i) => {
    net.addArc(0, 2 + i, 1, 0);
    const usual = usualVan(model, r, driverOf[r] as number);
    if (usual !== -1) usualArcs.push({ arc: net.addArc(2 + i, vanBase + usual, 1, 0), route: r, van: usual });
    for (const p of model.routePools[r] ?? [])
      routeArcs.push({ arc: net.addArc(2 + i, poolBase + p, 1, 1), route: r, pool: p });
  });
  const { flow } = net.minCostMaxFlow(0, 1);
  if (flow !== routes.length) throw new Error('Internal error: a covered route found no van.');
  for (const { arc, route, van } of usualArcs) if (net.flowOn(arc) > 0) vanOf[route] = van;
  // What enters a pool leaves it: pair the routes that drew on it with the vans it sent out.
  const sent = poolArcs.map((arcs) => arcs.filter(({ arc }) => net.flowOn(arc) > 0).map(({ van }) => van));
  for (const { arc, route, pool } of routeArcs)
    if (net.flowOn(arc) > 0) vanOf[route] = sent[pool]?.shift() ?? -1;
  return vanOf;
}

/** The DA's usual van when it is free, usable and fits the route; else -1. */
function usualVan(model: RosterModel, route: number, driver: number): number {
  const id = model.drivers[driver]?.usualVanId;
  const v = id === undefined ? undefined : model.vanById.get(id);
  if (v === undefined || model.vanPinned[v]) return -1;
  const van = model.vans[v];
  const r = model.routes[route];
  return van && r && vanFits(r, van) ? v : -1;
}
