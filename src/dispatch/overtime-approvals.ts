import type { Db } from '../db/database.js';
import { rowsOfDriversBetween } from '../db/drivers-between.js';
import type { OvertimeApprovalsTable } from '../db/schema.js';

// Overtime approved ahead of the day (the roster's decision), scoped by org; payroll reads it as approval.

/**
 * Records approvals, one per DA and date: a later decision for the same DA and date replaces the
 * earlier one (the roster built again and approved again).
 */
export async function saveOvertimeApprovals(db: Db, rows: readonly OvertimeApprovalsTable[]): Promise<void> {
  if (rows.length === 0) return;
  for (const r of rows)
    await db
      .deleteFrom('overtime_approvals')
      .where('org_id', '=', r.org_id)
      .where('driver_id', '=', r.driver_id)
      .where('business_date', '=', r.business_date)
      .execute();
  await db
    .insertInto('overtime_approvals')
    .values([...rows])
    .execute();
}

/** The approvals of these DAs on dates in [from, to]. */
export const listOvertimeApprovals = (
  db: Db,
  orgId: string,
  driverIds: readonly string[],
  from: string,
  to: string,
) => rowsOfDriversBetween(db, 'overtime_approvals', 'business_date', { orgId, driverIds, from, to });
