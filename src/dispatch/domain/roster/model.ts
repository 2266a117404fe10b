import type { RosterDriver, RosterInstance, RosterRoute, RosterVan } from './instance.js';
import { canDrive, sameStation, vanUsable } from './rules.js';

/**
 * A validated instance indexed for solving: who may drive which route, and the free vans grouped
 * into pools of interchangeable vans. Routes, DAs and vans are numbered by their position in the
 * instance, so ties always break the same way.
 */

/** Free, usable vans of one type at one station (or with no station): any of them fits the same routes. */
export interface VanPool {
  type: string;
  station: string | undefined;
  vans: number[];
}

export interface PinnedTriple {
  route: number;
  driver: number;
  van: number;
}

export interface RosterModel {
  instance: RosterInstance;
  routes: readonly RosterRoute[];
  drivers: readonly RosterDriver[];
  vans: readonly RosterVan[];
  routeByCode: ReadonlyMap<string, number>;
  vanById: ReadonlyMap<string, number>;
  pins: readonly PinnedTriple[];
  /** Index into `pins` for a pinned route, else -1. */
  routePin: Int32Array;
  driverPinned: Uint8Array;
  vanPinned: Uint8Array;
  /** Per route, every DA who passes the hard rules for it (pinned elsewhere or not), in input order. */
  eligible: number[][];
  pools: VanPool[];
  /** Per unpinned route, the pools whose vans fit it; empty for a pinned route. */
  routePools: number[][];
}

function pinsOf(instance: RosterInstance) {
  const routeByCode = new Map(instance.routes.map((r, i) => [r.code, i]));
  const driverById = new Map(instance.drivers.map((d, i) => [d.id, i]));
  const vanById = new Map(instance.vans.map((v, i) => [v.id, i]));
  // The schema has checked that every pinned id exists.
  const pins = instance.pinned.map((p) => ({
    route: routeByCode.get(p.routeCode) ?? -1,
    driver: driverById.get(p.driverId) ?? -1,
    van: vanById.get(p.vanId) ?? -1,
  }));
  return { routeByCode, vanById, pins };
}

/** DAs by station, so a group day checks each route against its own station's DAs only. */
function eligibleDrivers(routes: readonly RosterRoute[], drivers: readonly RosterDriver[]): number[][] {
  const everyone: number[] = [];
  const byStation = new Map<string, number[]>();
  drivers.forEach((d, i) => {
    if (!d.available) return;
    everyone.push(i);
    const key = d.station ?? '';
    const list = byStation.get(key);
    if (list) list.push(i);
    else byStation.set(key, [i]);
  });
  const anywhere = byStation.get('') ?? [];
  return routes.map((route) => {
    const pool =
      route.station === undefined ? everyone : [...(byStation.get(route.station) ?? []), ...anywhere];
    const ok = pool.filter((i) => canDrive(route, drivers[i] as RosterDriver));
    // Keep input order, which breaks ties, when two station lists were joined.
    return route.station !== undefined && anywhere.length > 0 ? ok.sort((a, b) => a - b) : ok;
  });
}

function vanPools(vans: readonly RosterVan[], vanPinned: Uint8Array): VanPool[] {
  const pools = new Map<string, VanPool>();
  vans.forEach((van, i) => {
    if (vanPinned[i] || !vanUsable(van)) return;
    const key = `${van.station ?? ''}\u0000${van.type}`;
    const pool = pools.get(key) ?? { type: van.type, station: van.station, vans: [] };
    pool.vans.push(i);
    pools.set(key, pool);
  });
  return [...pools.values()];
}

export function prepareRoster(instance: RosterInstance): RosterModel {
  const { routes, drivers, vans } = instance;
  const { routeByCode, vanById, pins } = pinsOf(instance);
  const routePin = new Int32Array(routes.length).fill(-1);
  const driverPinned = new Uint8Array(drivers.length);
  const vanPinned = new Uint8Array(vans.length);
  pins.forEach((p, i) => {
    routePin[p.route] = i;
    driverPinned[p.driver] = 1;
    vanPinned[p.van] = 1;
  });
  const pools = vanPools(vans, vanPinned);
  const poolsByType = new Map<string, number[]>();
  pools.forEach((p, i) => {
    const list = poolsByType.get(p.type);
    if (list) list.push(i);
    else poolsByType.set(p.type, [i]);
  });
  const routePools = routes.map((route, r) =>
    routePin[r] !== -1
      ? []
      : (poolsByType.get(route.vanType) ?? []).filter((p) => sameStation(route.station, pools[p]?.station)),
  );
  return {
    instance,
    routes,
    drivers,
    vans,
    routeByCode,
    vanById,
    pins,
    routePin,
    driverPinned,
    vanPinned,
    eligible: eligibleDrivers(routes, drivers),
    pools,
    routePools,
  };
}
