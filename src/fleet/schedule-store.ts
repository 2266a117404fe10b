import type { Db } from '../db/database.js';
import type { FleetSettingsTable, MaintenanceSchedulesTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import type { VanType } from '../shared/vans.js';
import type { MaintenanceSchedule, ScheduleDefaults } from './domain/maintenance.js';

// ---- fleet settings ---------------------------------------------------------------------------------

export interface FleetSettings {
  groundOnOverdueCritical: boolean;
}

const toSettings = (r: FleetSettingsTable | undefined): FleetSettings => ({
  groundOnOverdueCritical: r?.ground_on_overdue_critical === 1,
});

export const findFleetSettingsRow = (db: Db, orgId: string) =>
  db.selectFrom('fleet_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();

/** An org without a settings row has the defaults (grounding off). */
export const fleetSettings = async (db: Db, orgId: string): Promise<FleetSettings> =>
  toSettings(await findFleetSettingsRow(db, orgId));

/**
 * Creates the org's settings row unless it exists; true when this call created it. The row doubles as
 * the record that the default schedules were given, so two first readers never both seed them.
 */
export async function claimFleetSettings(db: Db, orgId: string): Promise<boolean> {
  const at = nowIso();
  const res = await db
    .insertInto('fleet_settings')
    .values({ org_id: orgId, ground_on_overdue_critical: 0, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('org_id').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateFleetSettings(db: Db, orgId: string, s: FleetSettings): Promise<void> {
  await db
    .updateTable('fleet_settings')
    .set({ ground_on_overdue_critical: s.groundOnOverdueCritical ? 1 : 0, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .execute();
}

// ---- maintenance schedules --------------------------------------------------------------------------

export interface Schedule extends MaintenanceSchedule {
  retiredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const toSchedule = (r: MaintenanceSchedulesTable): Schedule => ({
  id: r.id,
  name: r.name,
  vanTypes: JSON.parse(r.van_types) as VanType[],
  everyMiles: r.every_miles,
  everyDays: r.every_days,
  critical: r.critical === 1,
  retiredAt: r.retired_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export type ScheduleValues = Pick<
  MaintenanceSchedulesTable,
  'name' | 'van_types' | 'every_miles' | 'every_days' | 'critical' | 'retired_at'
>;

export const scheduleValues = (s: ScheduleDefaults): ScheduleValues => ({
  name: s.name,
  van_types: JSON.stringify([...new Set(s.vanTypes)].sort()),
  every_miles: s.everyMiles,
  every_days: s.everyDays,
  critical: s.critical ? 1 : 0,
  retired_at: null,
});

/** The org's schedules by name; retired ones only when asked for. */
export async function listScheduleRows(db: Db, orgId: string, withRetired = false) {
  let q = db.selectFrom('maintenance_schedules').selectAll().where('org_id', '=', orgId);
  if (!withRetired) q = q.where('retired_at', 'is', null);
  return q.orderBy('name').orderBy('id').execute();
}

export const findScheduleRow = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('maintenance_schedules')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function insertSchedules(db: Db, orgId: string, values: ScheduleValues[]) {
  const at = nowIso();
  const rows: MaintenanceSchedulesTable[] = values.map((v) => ({
    org_id: orgId,
    id: newId(),
    ...v,
    created_at: at,
    updated_at: at,
  }));
  if (rows.length > 0) await db.insertInto('maintenance_schedules').values(rows).execute();
  return rows;
}

export async function updateSchedule(db: Db, orgId: string, id: string, patch: Partial<ScheduleValues>) {
  await db
    .updateTable('maintenance_schedules')
    .set({ ...patch, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export async function deleteSchedule(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('maintenance_schedules').where('org_id', '=', orgId).where('id', '=', id).execute();
}
