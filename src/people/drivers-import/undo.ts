import { conflict } from '../../app/problems.js';
import { recordAudit } from '../../audit/store.js';
import type { Db } from '../../db/database.js';
import type { DriversTable } from '../../db/schema.js';
import type { ImportScope } from '../../imports/domain/kind.js';
import { footprintOf } from '../footprint.js';
import {
  type DriverValues,
  deleteDriver,
  findDriver,
  findDriverByEmployeeId,
  findDriverByTransporterId,
  insertStatusChange,
  updateDriver,
} from '../store.js';
import { nameOf } from './checks.js';

/**
 * Puts one DA back as the import found it: a DA it added is taken out again (unless they have a login
 * or a record since), one it changed gets its stored values back, and its status history one more change.
 */
export async function undoDriver(
  trx: Db,
  scope: ImportScope,
  entityId: string,
  snapshot: Record<string, unknown> | null,
): Promise<void> {
  const actor = { ...scope.actor, label: scope.auditLabel };
  const current = await findDriver(trx, scope.orgId, entityId);
  if (!current) return;
  if (snapshot === null) {
    if (current.user_id) {
      throw conflict(
        `${nameOf(current)} was added by this import and now has a login: unlink it first, then undo.`,
      );
    }
    const since = await footprintOf(trx, scope.orgId, entityId);
    if (since.length > 0) {
      throw conflict(
        `${nameOf(current)} was added by this import and now has ${since.join(', ')}: they cannot be taken out again.`,
      );
    }
    await deleteDriver(trx, scope.orgId, entityId);
    await recordAudit(trx, actor, { entity: 'driver', entityId, before: current, after: null });
    return;
  }
  const before = snapshot as unknown as DriversTable;
  // Ids the import took away may have been given to another DA since.
  const holders = [
    before.transporter_id && (await findDriverByTransporterId(trx, scope.orgId, before.transporter_id)),
    before.employee_id && (await findDriverByEmployeeId(trx, scope.orgId, before.employee_id)),
  ];
  for (const other of holders) {
    if (other && other.id !== entityId) {
      throw conflict(
        `${nameOf(before)}’s ${other.transporter_id === before.transporter_id ? `Transporter ID ${before.transporter_id}` : `employee ID ${before.employee_id}`} now belongs to ${nameOf(other)}: change that first, then undo.`,
      );
    }
  }
  const restored: Partial<DriverValues> = {
    first_name: before.first_name,
    last_name: before.last_name,
    employee_id: before.employee_id,
    transporter_id: before.transporter_id,
    phone: before.phone,
    email: before.email,
    language: before.language,
    sms_consent_at: before.sms_consent_at,
    home_station_id: before.home_station_id,
    hourly_rate_cents: before.hourly_rate_cents,
    hire_date: before.hire_date,
    van_types: before.van_types,
    license_number: before.license_number,
    license_state: before.license_state,
    license_expiry: before.license_expiry,
    dot_medical_expiry: before.dot_medical_expiry,
    status: before.status,
    status_reason: before.status_reason,
    status_since: before.status_since,
  };
  await updateDriver(trx, scope.orgId, entityId, restored);
  if (current.status !== before.status) {
    // The status history only grows: going back is one more change.
    await insertStatusChange(trx, scope.orgId, {
      driverId: entityId,
      status: before.status,
      reason: 'Import undone.',
      effectiveDate: before.status_since,
      changedBy: actor.label,
    });
  }
  await recordAudit(trx, actor, {
    entity: 'driver',
    entityId,
    before: current,
    after: { ...current, ...restored },
  });
}
