import type { Db } from '../db/database.js';
import { insertValues } from '../db/insert-rows.js';
import type { DriverStatus } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';

/** A DA's move to a status, as the history on their profile lists it. */
interface StatusChange {
  driverId: string;
  status: DriverStatus;
  reason: string | null;
  effectiveDate: string;
  changedBy: string;
}

/** The stored row of a status change. */
const rowOf = (orgId: string, v: StatusChange, at: string) => ({
  org_id: orgId,
  id: newId(),
  driver_id: v.driverId,
  status: v.status,
  reason: v.reason,
  effective_date: v.effectiveDate,
  changed_by: v.changedBy,
  at,
});

/** Records one status change of a DA. */
export async function insertStatusChange(db: Db, orgId: string, v: StatusChange): Promise<void> {
  await db
    .insertInto('driver_status_changes')
    .values(rowOf(orgId, v, nowIso()))
    .execute();
}

const STATUS_CHANGE_COLUMNS = [
  'org_id',
  'id',
  'driver_id',
  'status',
  'reason',
  'effective_date',
  'changed_by',
  'at',
] as const;

/** Status changes of many DAs in multi-row statements, their values pushed straight into the parameters. */
export async function insertStatusChanges(db: Db, orgId: string, changes: StatusChange[]): Promise<void> {
  const at = nowIso();
  const values: unknown[] = [];
  for (const v of changes)
    values.push(orgId, newId(), v.driverId, v.status, v.reason, v.effectiveDate, v.changedBy, at);
  await insertValues(db, 'driver_status_changes', STATUS_CHANGE_COLUMNS, values);
}

/** A DA's status history, newest first. */
export async function listStatusChanges(db: Db, orgId: string, driverId: string) {
  const rows = await db
    .selectFrom('driver_status_changes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    status: r.status,
    reason: r.reason,
    effectiveDate: r.effective_date,
    changedBy: r.changed_by,
    at: r.at,
  }));
}
