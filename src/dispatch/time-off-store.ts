import type { Db } from '../db/database.js';
import type { TimeOffRequestsTable, TimeOffStatus } from '../db/schema.js';
import { newId } from '../shared/ids.js';
import type { TimeOff } from './domain/availability.js';

// Time-off requests: asked for by a DA (or on their behalf), decided by a manager.

export interface TimeOffRequest extends TimeOff {
  id: string;
  driverId: string;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

export const toTimeOff = (r: TimeOffRequestsTable): TimeOffRequest => ({
  id: r.id,
  driverId: r.driver_id,
  firstDate: r.first_date,
  lastDate: r.last_date,
  status: r.status,
  reason: r.reason,
  requestedBy: r.requested_by,
  requestedAt: r.requested_at,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  decisionNote: r.decision_note,
});

export const findTimeOff = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('time_off_requests')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

/** Requests of some DAs (or all) overlapping a date range, optionally in one status. */
export function listTimeOff(
  db: Db,
  orgId: string,
  f: { driverIds?: readonly string[]; from?: string; to?: string; status?: TimeOffStatus },
) {
  if (f.driverIds?.length === 0) return Promise.resolve([] as TimeOffRequestsTable[]);
  let q = db.selectFrom('time_off_requests').selectAll().where('org_id', '=', orgId);
  if (f.driverIds) q = q.where('driver_id', 'in', f.driverIds);
  if (f.from) q = q.where('last_date', '>=', f.from);
  if (f.to) q = q.where('first_date', '<=', f.to);
  if (f.status) q = q.where('status', '=', f.status);
  return q.orderBy('first_date').orderBy('id').execute();
}

export async function insertTimeOff(
  db: Db,
  orgId: string,
  v: Omit<TimeOffRequestsTable, 'org_id' | 'id'>,
): Promise<TimeOffRequestsTable> {
  const row = { org_id: orgId, id: newId(), ...v };
  await db.insertInto('time_off_requests').values(row).execute();
  return row;
}

export async function updateTimeOff(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<Omit<TimeOffRequestsTable, 'org_id' | 'id'>>,
): Promise<void> {
  await db
    .updateTable('time_off_requests')
    .set(patch)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}
