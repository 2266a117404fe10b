import { type AuditActor, recordAudit } from '../audit/store.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../shared/ids.js';
import { odometerAdvances } from './domain/van.js';
import { enforceOverdueCritical } from './enforce.js';
import { advanceOdometer, findVanRow } from './store.js';

/**
 * Records an odometer reading (from an inspection, telematics, a service invoice) in the caller's
 * transaction. The odometer only moves forward: a lower or equal reading, or one for a van not in the
 * org, changes nothing and is no error. A reading that moves it may make critical maintenance overdue,
 * which grounds the van when the org says so. True when the odometer moved.
 */
export async function recordOdometer(
  trx: Db,
  orgId: string,
  vanId: string,
  miles: number,
  at: string = nowIso(),
  actor: AuditActor = { orgId, userId: null, label: 'Odometer reading' },
): Promise<boolean> {
  if (!Number.isInteger(miles) || miles < 0) return false;
  const before = await findVanRow(trx, orgId, vanId);
  if (!before || !odometerAdvances(before.odometer_miles, miles)) return false;
  // Checked again as the row is written: of two concurrent readings, a lower one never wins.
  if (!(await advanceOdometer(trx, orgId, vanId, miles, at))) return false;
  await recordAudit(trx, actor, {
    entity: 'van',
    entityId: vanId,
    before: { odometer_miles: before.odometer_miles, odometer_at: before.odometer_at },
    after: { odometer_miles: miles, odometer_at: at },
  });
  await enforceOverdueCritical(trx, orgId, { vanIds: [vanId] });
  return true;
}
