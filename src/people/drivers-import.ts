import { z } from 'zod';
import { conflict } from '../app/problems.js';
import { type AuditChange, recordAudit, recordAudits } from '../audit/store.js';
import { inStationScope } from '../auth/domain/permissions.js';
import type { DriverStatus, DriversTable } from '../db/schema.js';
import type { AppliedRow, CellIssue, ImportField, ImportKind } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { importDateIn, unguardCells } from '../imports/domain/sheet-cells.js';
import { PAST, TERM } from '../shared/date-schemas.js';
import { localDate } from '../shared/dates.js';
import type { VanType } from '../shared/vans.js';
import { findOrgStationZones, listStations } from '../tenancy/store.js';
import { LicenseState, Phone, TransporterId } from './domain/driver.js';
import {
  HourlyRate,
  Language,
  NamePart,
  Status,
  splitName,
  VanTypeList,
  YesNo,
} from './domain/import-cells.js';
import { footprintOf } from './footprint.js';
import {
  type DriverValues,
  deleteDriver,
  findDriver,
  findDriverByEmployeeId,
  findDriverByTransporterId,
  findDriversByKeys,
  insertDrivers,
  insertStatusChange,
  insertStatusChanges,
  listDriverKeys,
  updateDriver,
} from './store.js';

/**
 * The columns of a DA file. Their labels are also the headers of the DA export, so an exported file
 * imports back unchanged.
 */
export const driverImportFields: ImportField[] = [
  {
    name: 'name',
    label: 'Name',
    required: false,
    aliases: [
      'delivery associate',
      'associate',
      'associate name',
      'employee name',
      'da name',
      'driver name',
      'full name',
    ],
    description: 'Full name, split at the last space ("Garcia, Maria" at the comma); or use First/Last name',
  },
  { name: 'firstName', label: 'First name', required: false, aliases: ['first', 'given name'] },
  { name: 'lastName', label: 'Last name', required: false, aliases: ['last', 'surname', 'family name'] },
  {
    name: 'transporterId',
    label: 'Transporter ID',
    required: false,
    aliases: ['transporter', 'amazon transporter id', 'da transporter id', 'tid'],
    description: 'Amazon Transporter ID, e.g. A1B2C3D4E5F6G7: the natural key (else the employee ID)',
  },
  {
    name: 'employeeId',
    label: 'Employee ID',
    required: false,
    aliases: ['associate id', 'employee number', 'employee no', 'emp id'],
  },
  {
    name: 'phone',
    label: 'Phone',
    required: false,
    aliases: ['mobile', 'cell', 'phone number', 'mobile phone', 'mobile number', 'cell phone'],
  },
  { name: 'email', label: 'Email', required: false, aliases: ['e-mail', 'email address'] },
  {
    name: 'language',
    label: 'Language',
    required: false,
    aliases: ['preferred language'],
    description: 'English or Spanish (en, es, Español)',
  },
  {
    name: 'smsConsent',
    label: 'SMS consent',
    required: false,
    aliases: ['sms', 'sms opt in', 'text consent', 'texts ok'],
    description: 'yes or no; yes records the time of the import unless consent is already on file',
  },
  {
    name: 'station',
    label: 'Station',
    required: false,
    aliases: ['home station', 'station code', 'delivery station', 'ds'],
    description: 'Station code, e.g. DXC1; blank: the station picked with the upload',
  },
  {
    name: 'hourlyRate',
    label: 'Hourly rate',
    required: false,
    aliases: ['pay rate', 'rate', 'hourly pay', 'wage'],
    description: 'Dollars, e.g. 21.50',
  },
  {
    name: 'hireDate',
    label: 'Hire date',
    required: false,
    aliases: ['date of hire', 'start date', 'hired'],
    description: 'YYYY-MM-DD or M/D/YYYY',
  },
  {
    name: 'vanTypes',
    label: 'Van types',
    required: false,
    aliases: ['vans', 'van type', 'vehicle types', 'van qualifications'],
    description: 'EDV, CDV, Step van, Rental (comma-separated)',
  },
  {
    name: 'licenseNumber',
    label: 'License number',
    required: false,
    aliases: ['driver license number', 'drivers license number', 'dl number', 'dl', 'license no'],
  },
  { name: 'licenseState', label: 'License state', required: false, aliases: ['dl state'] },
  {
    name: 'licenseExpiry',
    label: 'License expiry',
    required: false,
    aliases: ['license expiration', 'license expires', 'dl expiry', 'dl expiration', 'license exp'],
  },
  {
    name: 'dotMedicalExpiry',
    label: 'DOT medical expiry',
    required: false,
    aliases: [
      'dot medical expiration',
      'dot medical card expiry',
      'medical card expiry',
      'medical card expiration',
      'med card expiry',
    ],
  },
  {
    name: 'status',
    label: 'Status',
    required: false,
    aliases: ['da status', 'employment status'],
    description: 'applicant, onboarding, active, inactive or terminated; blank: applicant for a new DA',
  },
];

const Text = (max: number) => z.string().trim().min(1).max(max, `At most ${max} characters.`);

const schemas = {
  name: Text(161),
  firstName: NamePart,
  lastName: NamePart,
  transporterId: TransporterId,
  employeeId: Text(40),
  phone: Phone,
  email: z
    .string()
    .trim()
    .transform((s) => s.toLowerCase())
    .pipe(z.email('Not an email address.').max(320)),
  language: Language,
  smsConsent: YesNo,
  station: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase()),
  hourlyRate: HourlyRate,
  hireDate: importDateIn(PAST),
  vanTypes: VanTypeList,
  licenseNumber: Text(40),
  licenseState: LicenseState,
  licenseExpiry: importDateIn(TERM),
  dotMedicalExpiry: importDateIn(TERM),
  status: Status,
};

/** One checked row: absent fields (blank cells, missing columns) leave a DA's stored value as it is. */
export interface DriverImportRow {
  transporterId?: string;
  employeeId?: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  email?: string;
  language?: 'en' | 'es';
  smsConsent?: boolean;
  homeStationId?: string;
  hourlyRateCents?: number;
  hireDate?: string;
  vanTypes?: VanType[];
  licenseNumber?: string;
  licenseState?: string;
  licenseExpiry?: string;
  dotMedicalExpiry?: string;
  status?: DriverStatus;
}

type Named = Pick<DriversTable, 'first_name' | 'last_name'>;
const nameOf = (d: Named) => `${d.first_name} ${d.last_name}`;

/** Making a DA inactive or terminated needs a reason (see changeDriverStatus); an import gives this one. */
const statusReason = (status: DriverStatus) =>
  status === 'inactive' || status === 'terminated' ? 'Set by an import.' : null;

/** The field of a row that holds its key, for naming the column of a problem with it. */
const keyField = (row: { transporterId?: string }) => (row.transporterId ? 'transporterId' : 'employeeId');

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

/** Reads a row's cells into values: what can be checked without the DAs on file. */
function driverCellsReader() {
  const parse = cellsParser(driverImportFields, schemas);
  return (raw: Record<string, string>) => {
    const cells = unguardCells(raw);
    const parsed = parse(cells);
    if (!parsed.ok) return parsed;
    if (!parsed.row.transporterId && !parsed.row.employeeId) {
      return {
        ok: false as const,
        issues: [{ field: 'transporterId', message: 'Give the DA’s Transporter ID or employee ID.' }],
      };
    }
    // Where a missing name is reported: the file names DAs by first and last name, or in one Name column.
    const byParts = ('firstName' in cells || 'lastName' in cells) && !('name' in cells);
    // Added, not spread into a copy: a copy gets a shape of its own, and reading many shapes is slow.
    return { ok: true as const, row: Object.assign(parsed.row, { byParts }) };
  };
}

type DriverCells = Extract<ReturnType<ReturnType<typeof driverCellsReader>>, { ok: true }>['row'];

/**
 * DAs from a roster spreadsheet (HR, payroll or a previous export). Natural key: the Transporter ID,
 * else the employee ID; a row may carry both, and a DA found by either gets the other. A new DA needs
 * a name and a station (the Station column, else the station picked with the upload); for a DA on file,
 * blank cells and missing columns leave what is stored.
 */
export const driversImport: ImportKind<DriverImportRow, DriverCells> = {
  kind: 'drivers',
  label: 'DAs',
  permission: 'people.write',
  needsStation: false,
  entity: 'driver',
  fields: driverImportFields,
  reader: driverCellsReader,
  async prepare(db, scope) {
    const { items: stations } = await listStations(db, scope.actor, 100_000);
    const stationByCode = new Map(stations.map((s) => [s.code, s.id]));
    const known = await listDriverKeys(db, scope.orgId);
    const byTid = new Map(known.flatMap((d) => (d.transporter_id ? [[d.transporter_id, d] as const] : [])));
    const byEid = new Map(known.flatMap((d) => (d.employee_id ? [[d.employee_id, d] as const] : [])));
    // Rows are checked in file order: these catch two rows about one DA that the key alone would not.
    const seenTids = new Set<string>();
    const seenEids = new Set<string>();
    const seenDrivers = new Set<string>();

    return (c) => {
      const issues: CellIssue[] = [];
      const tid = c.transporterId;
      const eid = c.employeeId;
      const a = tid ? byTid.get(tid) : undefined;
      const b = eid ? byEid.get(eid) : undefined;
      if (a && b && a.id !== b.id) {
        issues.push({
          field: 'transporterId',
          message: `Transporter ID ${tid} already belongs to ${nameOf(a)}; employee ID ${eid} is ${nameOf(b)}’s.`,
        });
      }
      const existing = a ?? b;
      if (existing && !inStationScope(scope.actor, existing.home_station_id)) {
        issues.push({ field: keyField(c), message: 'This DA works at a station you do not manage.' });
      }
      // A repeated Transporter ID is the runner's to report, with the row it repeats.
      if (!(tid && seenTids.has(tid))) {
        if (existing && seenDrivers.has(existing.id))
          issues.push({ field: keyField(c), message: `${nameOf(existing)} is on an earlier row too.` });
        else if (eid && seenEids.has(eid))
          issues.push({ field: 'employeeId', message: `Employee ID ${eid} is on an earlier row too.` });
      }
      if (tid) seenTids.add(tid);
      if (eid) seenEids.add(eid);
      if (existing) seenDrivers.add(existing.id);

      let { firstName, lastName } = c;
      if ((!firstName || !lastName) && c.name) {
        const split = splitName(c.name);
        if (split) ({ firstName, lastName } = split);
        else issues.push({ field: 'name', message: 'Give first and last name, e.g. Maria Garcia.' });
      } else if (!existing && (!firstName || !lastName)) {
        const field = !c.byParts ? 'name' : firstName ? 'lastName' : 'firstName';
        const label = driverImportFields.find((f) => f.name === field)?.label;
        issues.push({ field, message: `${label} is required for a new DA.` });
      }

      let homeStationId: string | undefined;
      if (c.station) {
        homeStationId = stationByCode.get(c.station);
        if (!homeStationId) issues.push({ field: 'station', message: `Unknown station ${c.station}.` });
      } else if (scope.stationId) homeStationId = scope.stationId;
      else if (!existing) {
        issues.push({
          field: 'station',
          message: 'No station: give the DA’s station code (e.g. DXC1) or pick a station for the file.',
        });
      }

      if (issues.length > 0) return { ok: false, issues };
      return {
        ok: true,
        row: {
          transporterId: tid,
          employeeId: eid,
          firstName,
          lastName,
          phone: c.phone,
          email: c.email,
          language: c.language,
          smsConsent: c.smsConsent,
          homeStationId,
          hourlyRateCents: c.hourlyRate,
          hireDate: c.hireDate,
          vanTypes: c.vanTypes,
          licenseNumber: c.licenseNumber,
          licenseState: c.licenseState,
          licenseExpiry: c.licenseExpiry,
          dotMedicalExpiry: c.dotMedicalExpiry,
          status: c.status,
        },
      };
    };
  },
  key: (row) => (row.transporterId ? `Transporter ID ${row.transporterId}` : `employee ID ${row.employeeId}`),
  keyFields: ['transporterId', 'employeeId'],

  async apply(trx, scope, rows) {
    const actor = { ...scope.actor, label: scope.auditLabel };
    const found = await findDriversByKeys(trx, scope.orgId, {
      transporterIds: rows.flatMap((r) => (r.transporterId ? [r.transporterId] : [])),
      employeeIds: rows.flatMap((r) => (r.employeeId ? [r.employeeId] : [])),
    });
    const byTid = new Map(found.map((d) => [d.transporter_id, d]));
    const byEid = new Map(found.map((d) => [d.employee_id, d]));
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
      const before =
        (row.transporterId && byTid.get(row.transporterId)) || (row.employeeId && byEid.get(row.employeeId));
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
        out.push({ outcome: 'unchanged', entityId: before.id, before: { ...before } });
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
      out.push({ outcome: 'updated', entityId: before.id, before: { ...before } });
    }
    await insertStatusChanges(trx, scope.orgId, statusChanges);
    await recordAudits(trx, actor, audits);
    return out;
  },

  async undo(trx, scope, entityId, snapshot) {
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
  },
};
