import type { Db } from '../db/database.js';
import { localDate } from '../shared/dates.js';
import { findOrgStationZones } from '../tenancy/store.js';
import {
  type DueItem,
  type DueVan,
  type LastService,
  lastServices,
  type MaintenanceSchedule,
  maintenanceDue,
} from './domain/maintenance.js';
import { listScheduledServices } from './service-store.js';
import type { Van } from './store.js';

/** The count starts when the van joined the fleet: its ownership term, else when it was added here. */
export const dueVan = (van: Van): DueVan => ({
  vanType: van.vanType,
  status: van.status,
  odometerMiles: van.odometerMiles,
  inServiceSince: van.ownershipStart ?? van.createdAt.slice(0, 10),
});

/**
 * Each van's maintenance items on today's date in its station's time zone, reading the service
 * records of all of them in one query.
 */
export async function dueOfVans(
  db: Db,
  orgId: string,
  vans: readonly Van[],
  schedules: readonly MaintenanceSchedule[],
): Promise<Map<string, DueItem[]>> {
  const out = new Map<string, DueItem[]>();
  if (vans.length === 0) return out;
  const zones = await findOrgStationZones(db, orgId);
  const services = await listScheduledServices(
    db,
    orgId,
    vans.map((v) => v.id),
  );
  const byVan = new Map<string, { scheduleId: string | null; date: string; odometerMiles: number }[]>();
  for (const s of services) {
    const list = byVan.get(s.van_id) ?? [];
    list.push({ scheduleId: s.schedule_id, date: s.service_date, odometerMiles: s.odometer_miles });
    byVan.set(s.van_id, list);
  }
  for (const van of vans) {
    const last: Map<string, LastService> = lastServices(byVan.get(van.id) ?? []);
    const today = localDate(zones.get(van.stationId) ?? 'UTC');
    out.set(van.id, maintenanceDue(dueVan(van), schedules, last, today));
  }
  return out;
}
