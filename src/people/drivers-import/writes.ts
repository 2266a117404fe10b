import { type AuditChange, recordAudits } from '../../audit/store.js';
import type { Db } from '../../db/database.js';
import type { DriverStatus, DriversTable } from '../../db/schema.js';
import type { AppliedRow, ImportScope } from '../../imports/domain/kind.js';
import { localDate } from '../../shared/dates.js';
import { findOrgStationZones } from '../../tenancy/store.js';
import {
  type DriverValues,
  findDriverRowsByIds,
  insertDrivers,
  insertStatusChanges,
  updateDriver,
} from '../store.js';
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
  const patch: Partial<DriverValues> = {};
  for (const [k, v] of Object.entries(next) as [keyof DriverValues, unknown][]) {
    if (v !== undefined && v !== before[k]) Object.assign(patch, { [k]: v });
  }
  return patch;
}

/**
 * Upserts a batch of checked rows: new DAs in multi-row inserts, changed ones one update each; then their
 * status history and audit rows, each in a few multi-row inserts.
 */
export async function applyDrivers(
  trx: Db,
  scope: ImportScope,
  rows: DriverImportRow[],
): Promise<AppliedRow[]> {
  const actor = { ...scope.actor, label: scope.auditLabel };
  // The check found each row's DA on file, if any: only those are read, whole, for their audit and undo.
  const ids = rows.flatMap((r) => (r.id ? [r.id] : []));
  const found = new Map((await findDriverRowsByIds(trx, scope.orgId, ids)).map((d) => [d.id, d]));
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

  const toCreate: DriverValues[] = [];
  type Plan = { create: number } | { before: DriversTable; patch: Partial<DriverValues> };
  const plans = rows.map((row): Plan => {
    const before = row.id && found.get(row.id);
    if (!before) {
      // prepare made sure a new DA's row has a name and a station.
      const homeStationId = row.homeStationId as string;
      const status = row.status ?? 'applicant';
      toCreate.push({
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
      });
      return { create: toCreate.length - 1 };
    }
    const patch = changesOf(row, before, now);
    if (patch.status) {
      patch.status_reason = statusReason(patch.status);
      patch.status_since = today(patch.home_station_id ?? before.home_station_id);
    }
    return { before, patch };
  });

  const created = await insertDrivers(trx, scope.orgId, toCreate);
  const statusChanges = [];
  const audits: AuditChange[] = [];
  const out: AppliedRow[] = [];
  for (const plan of plans) {
    if ('create' in plan) {
      const row = created[plan.create] as DriversTable;
      statusChanges.push({
        driverId: row.id,
        status: row.status,
        reason: row.status_reason,
        effectiveDate: row.status_since,
        changedBy: actor.label,
      });
      audits.push({ entity: 'driver', entityId: row.id, before: null, after: row });
      out.push({ outcome: 'created', entityId: row.id, before: null });
      continue;
    }
    const { before, patch } = plan;
    if (Object.keys(patch).length === 0) {
      out.push({ outcome: 'unchanged', entityId: before.id, before });
      continue;
    }
    await updateDriver(trx, scope.orgId, before.id, patch);
    if (patch.status) {
      statusChanges.push({
        driverId: before.id,
        status: patch.status,
        reason: patch.status_reason ?? null,
        effectiveDate: patch.status_since ?? before.status_since,
        changedBy: actor.label,
      });
    }
    audits.push({ entity: 'driver', entityId: before.id, before, after: { ...before, ...patch } });
    out.push({ outcome: 'updated', entityId: before.id, before });
  }
  await insertStatusChanges(trx, scope.orgId, statusChanges);
  await recordAudits(trx, actor, audits);
  return out;
}
