import { conflict, HttpProblem, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DriverStatus, DriversTable } from '../db/schema.js';
import { localDate } from '../shared/dates.js';
import type { VanType } from '../shared/vans.js';
import { findStation } from '../tenancy/store.js';
import { type Clearance, clearedToDrive } from './domain/cleared.js';
import { failedStepsOf, openStepsOf } from './onboarding-store.js';
import { insertStatusChange } from './status-changes-store.js';
import {
  type Driver,
  type DriverValues,
  findDriver,
  findDriverByEmployeeId,
  findDriverByTransporterId,
  insertDriver,
  toDriver,
  updateDriver,
} from './store.js';

export interface DriverInput {
  firstName: string;
  lastName: string;
  employeeId?: string | null;
  transporterId?: string | null;
  phone?: string | null;
  email?: string | null;
  language?: 'en' | 'es';
  smsConsent?: boolean;
  homeStationId: string;
  hourlyRateCents?: number | null;
  hireDate?: string | null;
  vanTypes?: VanType[];
  licenseNumber?: string | null;
  licenseState?: string | null;
  licenseExpiry?: string | null;
  dotMedicalExpiry?: string | null;
  status?: DriverStatus;
}

export type DriverPatch = Partial<Omit<DriverInput, 'status'>>;

/** A DA with whether they may drive today in their station's time zone, and why not. */
export type DriverView = Driver & { clearance: Clearance };

export const withClearance = (d: Driver, date: string, failedSteps: readonly string[] = []): DriverView => ({
  ...d,
  clearance: clearedToDrive({ ...d, failedSteps }, date),
});

async function stationInScope(db: Db, actor: Actor, stationId: string) {
  const station = await findStation(db, actor.orgId, stationId);
  if (!station || !inStationScope(actor, station.id)) {
    throw new HttpProblem(400, 'Bad Request', 'Unknown station.', [
      { path: 'homeStationId', message: 'Unknown station.' },
    ]);
  }
  return station;
}

/** Transporter and employee ids are unique in an org; say which one clashes, and with whom. */
async function checkUnique(
  db: Db,
  orgId: string,
  v: { transporterId?: string | null; employeeId?: string | null },
  self?: string,
) {
  if (v.transporterId) {
    const other = await findDriverByTransporterId(db, orgId, v.transporterId);
    if (other && other.id !== self) {
      throw conflict(
        `Transporter ID ${v.transporterId} already belongs to ${other.first_name} ${other.last_name}.`,
        'transporterId',
      );
    }
  }
  if (v.employeeId) {
    const other = await findDriverByEmployeeId(db, orgId, v.employeeId);
    if (other && other.id !== self) {
      throw conflict(
        `Employee id ${v.employeeId} already belongs to ${other.first_name} ${other.last_name}.`,
        'employeeId',
      );
    }
  }
}

function toValues(input: DriverPatch, before?: DriversTable): Partial<DriverValues> {
  const v: Partial<DriverValues> = {};
  const set = <K extends keyof DriverValues>(k: K, value: DriverValues[K] | undefined) => {
    if (value !== undefined) v[k] = value;
  };
  set('first_name', input.firstName);
  set('last_name', input.lastName);
  set('employee_id', input.employeeId);
  set('transporter_id', input.transporterId);
  set('phone', input.phone);
  set('email', input.email?.toLowerCase() ?? input.email);
  set('language', input.language);
  if (input.smsConsent !== undefined) {
    // Keep the date consent was first given; withdrawing clears it.
    v.sms_consent_at = input.smsConsent ? (before?.sms_consent_at ?? new Date().toISOString()) : null;
  }
  set('home_station_id', input.homeStationId);
  set('hourly_rate_cents', input.hourlyRateCents);
  set('hire_date', input.hireDate);
  if (input.vanTypes) v.van_types = JSON.stringify([...new Set(input.vanTypes)].sort());
  set('license_number', input.licenseNumber);
  set('license_state', input.licenseState);
  set('license_expiry', input.licenseExpiry);
  set('dot_medical_expiry', input.dotMedicalExpiry);
  return v;
}

export async function createDriver(db: Db, actor: Actor, input: DriverInput): Promise<DriverView> {
  const station = await stationInScope(db, actor, input.homeStationId);
  const today = localDate(station.time_zone);
  const status = input.status ?? 'applicant';
  return db.transaction().execute(async (trx) => {
    await checkUnique(trx, actor.orgId, input);
    const empty: DriverValues = {
      user_id: null,
      first_name: '',
      last_name: '',
      employee_id: null,
      transporter_id: null,
      phone: null,
      email: null,
      language: 'en',
      sms_consent_at: null,
      home_station_id: station.id,
      hourly_rate_cents: null,
      hire_date: null,
      van_types: '[]',
      license_number: null,
      license_state: null,
      license_expiry: null,
      dot_medical_expiry: null,
      status,
      status_reason: null,
      status_since: today,
    };
    const row = await insertDriver(trx, actor.orgId, { ...empty, ...toValues(input) });
    await insertStatusChange(trx, actor.orgId, {
      driverId: row.id,
      status,
      reason: null,
      effectiveDate: today,
      changedBy: actor.label,
    });
    await recordAudit(trx, actor, { entity: 'driver', entityId: row.id, before: null, after: row });
    return withClearance(toDriver(row), today);
  });
}

/** Loads a DA the actor may see; another org's or station's DA is "not found". */
export async function visibleDriver(db: Db, actor: Actor, id: string): Promise<DriversTable> {
  const row = await findDriver(db, actor.orgId, id);
  if (!row || !inStationScope(actor, row.home_station_id)) throw notFound('DA');
  return row;
}

export async function changeDriver(
  db: Db,
  actor: Actor,
  id: string,
  patch: DriverPatch,
): Promise<DriverView> {
  const station = patch.homeStationId ? await stationInScope(db, actor, patch.homeStationId) : null;
  return db.transaction().execute(async (trx) => {
    const after = await patchDriverIn(trx, actor, id, patch);
    const tz =
      station?.time_zone ?? (await findStation(trx, actor.orgId, after.home_station_id))?.time_zone ?? 'UTC';
    return withClearance(toDriver(after), localDate(tz), await failedStepsOf(trx, actor.orgId, id));
  });
}

/**
 * Changes a DA's profile inside the caller's transaction, with its audit row: the one path for profile
 * edits, whether typed on the profile or taken from an approved document (a renewed license's expiry).
 * A new home station must already have been checked with the actor's scope.
 */
export async function patchDriverIn(
  trx: Db,
  actor: Actor,
  id: string,
  patch: DriverPatch,
): Promise<DriversTable> {
  const before = await visibleDriver(trx, actor, id);
  await checkUnique(trx, actor.orgId, patch, id);
  await updateDriver(trx, actor.orgId, id, toValues(patch, before));
  const after = (await findDriver(trx, actor.orgId, id)) as DriversTable;
  await recordAudit(trx, actor, { entity: 'driver', entityId: id, before, after });
  return after;
}

/**
 * A new hire becomes active once every onboarding step that applies to them is done or waived. A rehire
 * (or a DA whose checks were done before Stationhand) goes straight to active when the manager confirms
 * the checks are on file and says so in the reason, which the status history keeps.
 */
async function checkOnboarded(
  trx: Db,
  orgId: string,
  da: DriversTable,
  status: DriverStatus,
  checksOnFile: boolean,
  reason: string | null,
): Promise<void> {
  if (status !== 'active' || (da.status !== 'applicant' && da.status !== 'onboarding')) return;
  if (checksOnFile) {
    if (!reason) {
      throw new HttpProblem(400, 'Bad Request', 'Say why.', [
        {
          path: 'reason',
          message: 'Say which checks are on file (e.g. “Rehire: checks from 2025 on file”).',
        },
      ]);
    }
    return;
  }
  const open = await openStepsOf(trx, orgId, da.id, JSON.parse(da.van_types) as VanType[]);
  if (open.length > 0) {
    throw new HttpProblem(
      409,
      'Conflict',
      'Onboarding is not finished: finish the checklist, or confirm the checks are on file (a rehire).',
      [{ path: 'checksOnFile', message: `Steps still open: ${open.join(', ')}.` }],
    );
  }
}

/** Moves a DA along applicant → onboarding → active → inactive / terminated; a rehire keeps the history. */
export async function changeDriverStatus(
  db: Db,
  actor: Actor,
  id: string,
  change: { status: DriverStatus; reason?: string | null; effectiveDate?: string; checksOnFile?: boolean },
): Promise<DriverView> {
  return db.transaction().execute(async (trx) => {
    const before = await visibleDriver(trx, actor, id);
    const tz = (await findStation(trx, actor.orgId, before.home_station_id))?.time_zone ?? 'UTC';
    const today = localDate(tz);
    const effectiveDate = change.effectiveDate ?? today;
    // The history stays in order and never runs ahead of the station's calendar.
    if (effectiveDate > today || effectiveDate < before.status_since) {
      throw new HttpProblem(400, 'Bad Request', 'That date cannot be used.', [
        {
          path: 'effectiveDate',
          message: `Pick a date from ${before.status_since} (when the current status began) to today, ${today}.`,
        },
      ]);
    }
    const reason = change.reason?.trim() || null;
    if ((change.status === 'inactive' || change.status === 'terminated') && !reason) {
      throw new HttpProblem(400, 'Bad Request', 'Say why.', [
        { path: 'reason', message: `Give a reason for making a DA ${change.status}.` },
      ]);
    }
    if (change.status === before.status) throw conflict(`The DA is already ${change.status}.`, 'status');
    await checkOnboarded(trx, actor.orgId, before, change.status, Boolean(change.checksOnFile), reason);
    await updateDriver(trx, actor.orgId, id, {
      status: change.status,
      status_reason: reason,
      status_since: effectiveDate,
    });
    await insertStatusChange(trx, actor.orgId, {
      driverId: id,
      status: change.status,
      reason,
      effectiveDate,
      changedBy: actor.label,
    });
    const after = (await findDriver(trx, actor.orgId, id)) as DriversTable;
    await recordAudit(trx, actor, { entity: 'driver', entityId: id, before, after });
    return withClearance(toDriver(after), today, await failedStepsOf(trx, actor.orgId, id));
  });
}
