import { conflict } from '../../app/problems.js';
import type { Db } from '../../db/database.js';
import type { DriversTable } from '../../db/schema.js';
import type { ImportScope } from '../../imports/domain/kind.js';
import { undoRecord } from '../../imports/record-undo.js';
import { footprintOf } from '../footprint.js';
import { insertStatusChange } from '../status-changes-store.js';
import {
  type DriverValues,
  deleteDriver,
  findDriver,
  findDriverByEmployeeId,
  findDriverByTransporterId,
  updateDriver,
} from '../store.js';
import { nameOf } from './checks.js';

/**
 * Puts one DA back as the import found it (undoRecord): a DA it added is taken out again (unless they
 * have a login or a record since), one it changed gets its stored values back, and its status history
 * one more change.
 */
export async function undoDriver(
  trx: Db,
  scope: ImportScope,
  entityId: string,
  snapshot: Record<string, unknown> | null,
): Promise<void> {
  await undoRecord<DriversTable, DriverValues>(trx, scope, entityId, snapshot, {
    entity: 'driver',
    find: (id) => findDriver(trx, scope.orgId, id),
    refuseRemoval: async (current) => {
      if (current.user_id) {
        throw conflict(
          `${nameOf(current)} was added by this import and now has a login: unlink it first, then undo.`,
        );
      }
      const since = await footprintOf(trx, scope.orgId, current.id);
      if (since.length > 0) {
        throw conflict(
          `${nameOf(current)} was added by this import and now has ${since.join(', ')}: they cannot be taken out again.`,
        );
      }
    },
    remove: (id) => deleteDriver(trx, scope.orgId, id),
    refuseTakenKeys: async (before) => {
      // Ids the import took away may have been given to another DA since.
      const holders = [
        before.transporter_id && (await findDriverByTransporterId(trx, scope.orgId, before.transporter_id)),
        before.employee_id && (await findDriverByEmployeeId(trx, scope.orgId, before.employee_id)),
      ];
      for (const other of holders) {
        if (other && other.id !== before.id) {
          throw conflict(
            `${nameOf(before)}’s ${other.transporter_id === before.transporter_id ? `Transporter ID ${before.transporter_id}` : `employee ID ${before.employee_id}`} now belongs to ${nameOf(other)}: change that first, then undo.`,
          );
        }
      }
    },
    restore: (before) => ({
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
    }),
    update: (id, values) => updateDriver(trx, scope.orgId, id, values),
    statusUndone: (id, before) =>
      insertStatusChange(trx, scope.orgId, {
        driverId: id,
        status: before.status,
        reason: 'Import undone.',
        effectiveDate: before.status_since,
        changedBy: scope.auditLabel,
      }),
  });
}
