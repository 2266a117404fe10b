import type { Van } from '../fleet/store.js';
import { localDate } from '../shared/dates.js';
import type { VanType } from '../shared/vans.js';
import type { DaPlan } from './schedule.js';

/** The vans in the demo's dispatch plan: which are on the road on a date, and each DA's usual van. */

/** Whether a van was out of the fleet or off the road on a date, by its status now and when it joined. */
export function vanOutOn(van: Van, zone: string, date: string): boolean {
  if (van.ownershipStart && date < van.ownershipStart) return true;
  return van.status !== 'active' && date >= localDate(zone, new Date(van.statusSince));
}

/** Vans a station keeps free of each type, for a pre-trip that fails or a van that breaks down. */
const SPARES: Record<VanType, number> = { edv: 2, cdv: 2, step_van: 1, rental: 0 };

/** How many routes of each type the station's vans can take on a date, spares kept back. */
export function vanCapacity(vans: readonly Van[], zone: string, date: string): Record<VanType, number> {
  const cap: Record<VanType, number> = { edv: 0, cdv: 0, step_van: 0, rental: 0 };
  for (const v of vans) if (!vanOutOn(v, zone, date)) cap[v.vanType] += 1;
  for (const t of Object.keys(cap) as VanType[]) cap[t] = Math.max(0, cap[t] - SPARES[t]);
  return cap;
}

/**
 * Each DA's usual van: most DAs share one of the station's EDVs or CDVs with another DA, some step-van
 * drivers have a step van. Rentals come and go, so nobody calls one theirs.
 */
export function assignUsualVans(rand: () => number, das: DaPlan[], vans: readonly Van[]) {
  const holders = new Map(vans.map((v) => [v.id, 0]));
  const least = (type: VanType) =>
    vans
      .filter((v) => v.vanType === type)
      .sort(
        (a, b) =>
          (holders.get(a.id) ?? 0) - (holders.get(b.id) ?? 0) || a.fleetNumber.localeCompare(b.fleetNumber),
      )[0];
  for (const da of das) {
    if (da.driver.status !== 'active') continue;
    const step = da.driver.vanTypes.includes('step_van') && rand() < 0.6;
    const van = least(step ? 'step_van' : rand() < 0.47 ? 'edv' : 'cdv');
    if (!van) continue;
    da.usualVanId = van.id;
    holders.set(van.id, (holders.get(van.id) ?? 0) + 1);
  }
}
