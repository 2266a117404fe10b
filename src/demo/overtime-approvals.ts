import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type { OvertimeApprovalsTable } from '../db/schema.js';
import { workweekStart } from '../payroll/domain/workday.js';
import { newId } from '../shared/ids.js';
import type { WorkedDay } from './punch-days.js';

/**
 * The overtime a DSP approves ahead, as its dispatcher does when the morning's roster is built: each DA
 * put on a route whose shift is planned past 8 h (California's daily line) or past 40 h in the week
 * is approved for that day, by the manager, an hour before the wave. A standby sent out and a rescue
 * run after one's own route were not on the roster: their overtime is still to approve.
 */

const MINUTE = 60_000;
const DAY_LINE = 8 * 60;
const WEEK_LINE = 40 * 60;

export async function approveRosterOvertime(
  db: Db,
  approver: Actor,
  days: readonly WorkedDay[],
): Promise<void> {
  const planned = new Map<string, number>();
  const rows: OvertimeApprovalsTable[] = [];
  for (const day of days) {
    const minutes = Math.round((day.plannedEnd - day.start) / MINUTE);
    const key = `${day.driverId} ${workweekStart(day.date)}`;
    const week = (planned.get(key) ?? 0) + minutes;
    planned.set(key, week);
    if (day.standby || !day.routeCode) continue;
    const over = Math.max(minutes - DAY_LINE, week - WEEK_LINE, 0);
    if (over === 0) continue;
    rows.push({
      org_id: approver.orgId,
      id: newId(),
      station_id: day.station.id,
      driver_id: day.driverId,
      business_date: day.date,
      route_code: day.routeCode,
      minutes: over,
      note: `Roster: route ${day.routeCode} planned ${Math.round(minutes / 6) / 10} h; overtime approved as planned`,
      approved_by: approver.label,
      approved_at: new Date(day.start - 60 * MINUTE).toISOString(),
    });
  }
  // A fresh demo has none yet: one batch insert (the roster's own save replaces a DA's day).
  await insertRows(db, 'overtime_approvals', rows);
}
