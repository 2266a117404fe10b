import type { AuditActor } from '../audit/store.js';
import type { Db } from '../db/database.js';
import { localDate } from '../shared/dates.js';
import { findOrgStationZones } from '../tenancy/store.js';
import { type DueItem, groundingReason, overdueCritical } from './domain/maintenance.js';
import { dueOfVans } from './due.js';
import { groundVan } from './ground-van.js';
import { fleetSettings, listScheduleRows, toSchedule } from './schedule-store.js';
import { listActiveVans, type Van } from './store.js';

/** How the audit trail and the status history name a grounding by the org's maintenance setting. */
export const maintenanceRule = (orgId: string): AuditActor => ({
  orgId,
  userId: null,
  label: 'Maintenance rule',
});

export interface EnforceScope {
  /** Only these vans; else only this station's; else the whole org. */
  vanIds?: string[];
  stationId?: string;
}

/** The active vans in scope with overdue critical items while the org grounds for them (else none). */
export async function vansToGround(db: Db, orgId: string, scope: EnforceScope) {
  if (!(await fleetSettings(db, orgId)).groundOnOverdueCritical) return [];
  const critical = (await listScheduleRows(db, orgId)).map(toSchedule).filter((s) => s.critical);
  if (critical.length === 0) return [];
  const vans = await listActiveVans(db, orgId, scope);
  const due = await dueOfVans(db, orgId, vans, critical);
  return vans.flatMap((van) => {
    const overdue = overdueCritical(due.get(van.id) ?? []);
    return overdue.length > 0 ? [{ van, overdue }] : [];
  });
}

/**
 * When the org grounds vans for overdue critical maintenance, grounds every active van in scope that
 * has such an item (inside the caller's transaction); returns the ids it grounded. Called on every
 * write that can make an item overdue (odometer, schedules, the setting) and when fleet pages are read,
 * which catches items that fell overdue by the calendar alone.
 */
export async function enforceOverdueCritical(trx: Db, orgId: string, scope: EnforceScope): Promise<string[]> {
  const grounded: string[] = [];
  for (const { van, overdue } of await vansToGround(trx, orgId, scope)) {
    const changed = await groundVan(trx, maintenanceRule(orgId), {
      vanId: van.id,
      reason: groundingReason(overdue),
      source: 'maintenance',
    });
    if (changed) grounded.push(van.id);
  }
  return grounded;
}

/** Looks without the write lock (which would queue reads behind one another); takes it only to ground. */
async function enforceNow(db: Db, orgId: string, scope: EnforceScope): Promise<void> {
  if ((await vansToGround(db, orgId, scope)).length === 0) return;
  await db.transaction().execute((trx) => enforceOverdueCritical(trx, orgId, scope));
}

/** The business date up to which each station's vans were swept, by `org id, station id`: this process's. */
const sweptOn = new Map<string, string>();

/**
 * Items also fall overdue by the calendar, with nobody writing anything: reading the fleet applies the
 * rule first, so what is shown is enforced. Every write that can make an item overdue applies it in its
 * own transaction, so only a new business date can change the answer: a station's vans are swept on its
 * first fleet read of each business date there (in each server process; a second process sweeping
 * again grounds nothing twice), not on every read. One van (its page) is cheap, and always checked.
 */
export async function enforceOnRead(db: Db, orgId: string, scope: EnforceScope): Promise<void> {
  if (scope.vanIds) return enforceNow(db, orgId, scope);
  const stale = [...(await findOrgStationZones(db, orgId))]
    .filter(([stationId]) => !scope.stationId || stationId === scope.stationId)
    .map(([stationId, zone]) => ({ key: `${orgId} ${stationId}`, date: localDate(zone) }))
    .filter((s) => sweptOn.get(s.key) !== s.date);
  if (stale.length === 0) return;
  await enforceNow(db, orgId, scope);
  for (const s of stale) sweptOn.set(s.key, s.date);
}

/** The overdue critical items that keep this van off the road while the org's setting is on (else none). */
export async function blockingMaintenance(trx: Db, orgId: string, van: Van): Promise<DueItem[]> {
  if (!(await fleetSettings(trx, orgId)).groundOnOverdueCritical) return [];
  const critical = (await listScheduleRows(trx, orgId)).map(toSchedule).filter((s) => s.critical);
  const due = await dueOfVans(trx, orgId, [{ ...van, status: 'active' }], critical);
  return overdueCritical(due.get(van.id) ?? []);
}
