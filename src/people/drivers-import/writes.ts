import type { Db } from '../../db/database.js';
import type { DriverStatus, DriversTable } from '../../db/schema.js';
import type { AppliedRow, ImportScope } from '../../imports/domain/kind.js';
import { applyRecords, changedFields } from '../../imports/record-writes.js';
import { localDate } from '../../shared/dates.js';
import { findOrgStationZones } from '../../tenancy/store.js';
import { insertStatusChanges } from '../status-changes-store.js';
import { type DriverValues, findDriverRowsByIds, insertDrivers, updateDriver } from '../store.js';
import type { DriverImportRow } from './columns.js';

/** Making a DA inactive or terminated needs a reason (see changeDriverStatus); an import gives this one. */
const statusReason = (status: DriverStatus) =>
  status === 'inactive' || status === 'terminated' ? 'Set by an import.' : null;

/** What the row changes of a stored DA (empty when nothing). */
function changesOf(row: DriverImportRow, before: DriversTable, now: string): Partial<DriverValues> {
  const next: Partial<DriverValues> = {
    first_name: row.firstName,
    last_name: row.lastName,
    transporter_id: row.transporterId,
    employee_id: row.employeeId,
    phone: row.phone,
    email: row.email,
    language: row.language,
    home_station_id: row.homeStationId,
    hourly_rate_cents: row.hourlyRateCents,
    hire_date: row.hireDate,
    van_types: row.vanTypes && JSON.stringify(row.vanTypes),
    license_number: row.licenseNumber,
    license_state: row.licenseState,
    license_expiry: row.licenseExpiry,
    dot_medical_expiry: row.dotMedicalExpiry,
    status: row.status,
  };
  // Consent keeps the date it was first given; "no" withdraws it.
  if (row.smsConsent === true && before.sms_consent_at === null) next.sms_consent_at = now;
  if (row.smsConsent === false) next.sms_consent_at = null;
  return changedFields(next, before as DriverValues);
}

/**
 * Upserts a batch of checked rows (applyRecords): new DAs in multi-row inserts, changed ones one update
 * each; then their status history and audit rows.
 */
export async function applyDrivers(
  trx: Db,
  scope: ImportScope,
  rows: DriverImportRow[],
): Promise<AppliedRow[]> {
  const zones = await findOrgStationZones(trx, scope.orgId);
  // A station's date once a batch, not once a row (formatting it shows in a 10,000-row import).
  const dates = new Map<string, string>();
  const today = (stationId: string) => {
    let date = dates.get(stationId);
    if (date === undefined) {
      date = localDate(zones.get(stationId) ?? 'UTC');
      dates.set(stationId, date);
    }
    return date;
  };
  const now = new Date().toISOString();
  const changedBy = scope.auditLabel;
  return applyRecords<DriverImportRow, DriversTable, DriverValues>(trx, scope, rows, {
    entity: 'driver',
    // The check found each row's DA on file, if any: only those are read, whole, for their audit and undo.
    found: async (batch) => {
      const ids = batch.flatMap((r) => (r.id ? [r.id] : []));
      return new Map((await findDriverRowsByIds(trx, scope.orgId, ids)).map((d) => [d.id, d]));
    },
    recordOf: (row, found) => (row.id ? found.get(row.id) : undefined),
    create: (row) => newDriver(row, now, today),
    patch: (row, before) => {
      const patch = changesOf(row, before, now);
      if (patch.status) {
        patch.status_reason = statusReason(patch.status);
        patch.status_since = today(patch.home_station_id ?? before.home_station_id);
      }
      return patch;
    },
    insert: (values) => insertDrivers(trx, scope.orgId, values),
    update: (id, patch) => updateDriver(trx, scope.orgId, id, patch),
    insertHistory: (now) =>
      insertStatusChanges(
        trx,
        scope.orgId,
        now.map((d) => ({
          driverId: d.id,
          status: d.status,
          reason: d.status_reason,
          effectiveDate: d.status_since,
          changedBy,
        })),
      ),
  });
}

/** A new DA's values: prepare made sure the row has a name and a station. */
function newDriver(row: DriverImportRow, now: string, today: (stationId: string) => string): DriverValues {
  const homeStationId = row.homeStationId as string;
  const status = row.status ?? 'applicant';
  return {
    user_id: null,
    first_name: row.firstName ?? '',
    last_name: row.lastName ?? '',
    employee_id: row.employeeId ?? null,
    transporter_id: row.transporterId ?? null,
    phone: row.phone ?? null,
    email: row.email ?? null,
    language: row.language ?? 'en',
    sms_consent_at: row.smsConsent ? now : null,
    home_station_id: homeStationId,
    hourly_rate_cents: row.hourlyRateCents ?? null,
    hire_date: row.hireDate ?? null,
    van_types: JSON.stringify(row.vanTypes ?? []),
    license_number: row.licenseNumber ?? null,
    license_state: row.licenseState ?? null,
    license_expiry: row.licenseExpiry ?? null,
    dot_medical_expiry: row.dotMedicalExpiry ?? null,
    status,
    status_reason: statusReason(status),
    status_since: today(homeStationId),
  };
}
