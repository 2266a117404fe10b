import { badRequest, notFound } from '../app/problems.js';
import { type AuditActor, recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { MaintenanceSchedulesTable } from '../db/schema.js';
import { nowIso } from '../shared/ids.js';
import type { VanType } from '../shared/vans.js';
import { DEFAULT_SCHEDULES, scheduleIssues } from './domain/maintenance.js';
import { enforceOverdueCritical } from './enforce.js';
import {
  claimFleetSettings,
  deleteSchedule,
  type FleetSettings,
  findFleetSettingsRow,
  findScheduleRow,
  fleetSettings,
  insertSchedules,
  listScheduleRows,
  type Schedule,
  type ScheduleValues,
  scheduleValues,
  toSchedule,
  updateFleetSettings,
  updateSchedule,
} from './schedule-store.js';
import { countServiceRecordsOfSchedule } from './service-store.js';

/** Who writes the default schedules into an org's audit trail. */
const defaultsActor = (orgId: string): AuditActor => ({ orgId, userId: null, label: 'Stationhand defaults' });

/**
 * Gives an org its settings row and Stationhand's default schedules the first time fleet maintenance
 * is used (inside the caller's transaction). The settings row is claimed first, so of two first
 * readers only one writes the defaults.
 */
export async function ensureFleetDefaults(trx: Db, orgId: string): Promise<void> {
  if (!(await claimFleetSettings(trx, orgId))) return;
  const rows = await insertSchedules(trx, orgId, DEFAULT_SCHEDULES.map(scheduleValues));
  for (const row of rows) {
    await recordAudit(trx, defaultsActor(orgId), {
      entity: 'maintenance_schedule',
      entityId: row.id,
      before: null,
      after: row,
    });
  }
}

/** The check outside a transaction is only a shortcut: the claim inside decides. */
async function withDefaults(db: Db, orgId: string): Promise<void> {
  if (await findFleetSettingsRow(db, orgId)) return;
  await db.transaction().execute((trx) => ensureFleetDefaults(trx, orgId));
}

/** The org's schedules (its defaults given on first use), by name. */
export async function listSchedules(db: Db, orgId: string, withRetired = false): Promise<Schedule[]> {
  await withDefaults(db, orgId);
  return (await listScheduleRows(db, orgId, withRetired)).map(toSchedule);
}

export async function readFleetSettings(db: Db, orgId: string): Promise<FleetSettings> {
  await withDefaults(db, orgId);
  return fleetSettings(db, orgId);
}

export interface ScheduleInput {
  name: string;
  vanTypes: VanType[];
  everyMiles: number | null;
  everyDays: number | null;
  critical: boolean;
}

function checkSchedule(s: ScheduleInput) {
  const issues = scheduleIssues(s);
  if (issues.length > 0) throw badRequest(issues[0]?.message ?? 'Invalid schedule.', issues);
}

/** A new schedule; vans it makes overdue-critical are grounded when the org says so. */
export async function createSchedule(db: Db, actor: Actor, input: ScheduleInput): Promise<Schedule> {
  checkSchedule(input);
  return db.transaction().execute(async (trx) => {
    await ensureFleetDefaults(trx, actor.orgId);
    const [row] = await insertSchedules(trx, actor.orgId, [scheduleValues(input)]);
    const created = row as MaintenanceSchedulesTable;
    await recordAudit(trx, actor, {
      entity: 'maintenance_schedule',
      entityId: created.id,
      before: null,
      after: created,
    });
    await enforceOverdueCritical(trx, actor.orgId, {});
    return toSchedule(created);
  });
}

async function scheduleOf(trx: Db, orgId: string, id: string) {
  const row = await findScheduleRow(trx, orgId, id);
  if (!row) throw notFound('Schedule');
  return row;
}

/** Changes a schedule; `retired: true` stops it being due (service records keep naming it), false brings it back. */
export async function changeSchedule(
  db: Db,
  actor: Actor,
  id: string,
  patch: Partial<ScheduleInput> & { retired?: boolean },
): Promise<Schedule> {
  return db.transaction().execute(async (trx) => {
    const before = await scheduleOf(trx, actor.orgId, id);
    const current = toSchedule(before);
    const next: ScheduleInput = {
      name: patch.name ?? current.name,
      vanTypes: patch.vanTypes ?? current.vanTypes,
      everyMiles: patch.everyMiles === undefined ? current.everyMiles : patch.everyMiles,
      everyDays: patch.everyDays === undefined ? current.everyDays : patch.everyDays,
      critical: patch.critical ?? current.critical,
    };
    checkSchedule(next);
    const values: ScheduleValues = {
      ...scheduleValues(next),
      retired_at:
        patch.retired === undefined
          ? before.retired_at
          : patch.retired
            ? (before.retired_at ?? nowIso())
            : null,
    };
    await updateSchedule(trx, actor.orgId, id, values);
    const after = await scheduleOf(trx, actor.orgId, id);
    await recordAudit(trx, actor, { entity: 'maintenance_schedule', entityId: id, before, after });
    await enforceOverdueCritical(trx, actor.orgId, {});
    return toSchedule(after);
  });
}

/**
 * Removes a schedule nobody has recorded a service against; one with service records is retired
 * instead, so the history keeps its name.
 */
export async function removeSchedule(db: Db, actor: Actor, id: string): Promise<'deleted' | 'retired'> {
  return db.transaction().execute(async (trx) => {
    const before = await scheduleOf(trx, actor.orgId, id);
    if ((await countServiceRecordsOfSchedule(trx, actor.orgId, id)) > 0) {
      if (before.retired_at === null) {
        const at = nowIso();
        await updateSchedule(trx, actor.orgId, id, { retired_at: at });
        await recordAudit(trx, actor, {
          entity: 'maintenance_schedule',
          entityId: id,
          before,
          after: { ...before, retired_at: at },
        });
      }
      return 'retired';
    }
    await deleteSchedule(trx, actor.orgId, id);
    await recordAudit(trx, actor, { entity: 'maintenance_schedule', entityId: id, before, after: null });
    return 'deleted';
  });
}

/** Turning grounding on applies it at once to every van with an overdue critical item. */
export async function changeFleetSettings(db: Db, actor: Actor, next: FleetSettings): Promise<FleetSettings> {
  return db.transaction().execute(async (trx) => {
    await ensureFleetDefaults(trx, actor.orgId);
    const before = await findFleetSettingsRow(trx, actor.orgId);
    await updateFleetSettings(trx, actor.orgId, next);
    const after = await findFleetSettingsRow(trx, actor.orgId);
    await recordAudit(trx, actor, {
      entity: 'fleet_settings',
      entityId: actor.orgId,
      before: before ?? null,
      after: after ?? null,
    });
    await enforceOverdueCritical(trx, actor.orgId, {});
    return fleetSettings(trx, actor.orgId);
  });
}
