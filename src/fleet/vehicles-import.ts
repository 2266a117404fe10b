import { z } from 'zod';
import { conflict } from '../app/problems.js';
import { type AuditChange, recordAudit, recordAudits } from '../audit/store.js';
import { inStationScope } from '../auth/domain/permissions.js';
import { countsInWords } from '../db/count.js';
import { referencesTo } from '../db/references.js';
import type { VanOwnership, VanStatus, VansTable } from '../db/schema.js';
import type { AppliedRow, CellIssue, ImportField, ImportKind } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { importDateIn, unguardCells } from '../imports/domain/sheet-cells.js';
import { LicenseState } from '../people/domain/driver.js';
import { TERM } from '../shared/date-schemas.js';
import { localDate } from '../shared/dates.js';
import { nowIso } from '../shared/ids.js';
import type { VanType } from '../shared/vans.js';
import { listStations } from '../tenancy/store.js';
import {
  Miles,
  MonthlyDollars,
  modelYear,
  OwnershipCell,
  VanStatusCell,
  VanTypeCell,
} from './domain/import-cells.js';
import { odometerAdvances, ownershipIssues } from './domain/van.js';
import { Vin } from './domain/vin.js';
import { enforceOverdueCritical } from './enforce.js';
import { countServiceRecordsOfVan } from './service-store.js';
import {
  deleteVan,
  findVanByFleetNumber,
  findVanByVin,
  findVanRow,
  findVansByVins,
  insertVanStatusChanges,
  insertVans,
  listOrgVanRows,
  type StatusChangeValues,
  updateVan,
  type VanValues,
} from './store.js';

/**
 * The columns of a fleet file (a lessor's or Amazon's fleet report, or a previous export). Their labels
 * are also the headers of the van export, so an exported file imports back unchanged.
 */
export const vehicleImportFields: ImportField[] = [
  {
    name: 'vin',
    label: 'VIN',
    required: true,
    aliases: ['vehicle identification number', 'vin number', 'vin #'],
    description: '17 characters with a valid check digit: the natural key',
  },
  {
    name: 'fleetNumber',
    label: 'Fleet number',
    required: false,
    aliases: [
      'fleet #',
      'fleet no',
      'van number',
      'van #',
      'van no',
      'unit',
      'unit number',
      'vehicle number',
      'vehicle name',
    ],
    description: 'The DSP’s own number for the van, e.g. V-017 (required for a new van)',
  },
  {
    name: 'station',
    label: 'Station',
    required: false,
    aliases: ['station code', 'home station', 'delivery station', 'ds'],
    description: 'Station code, e.g. DXC1; blank: the station picked with the upload',
  },
  {
    name: 'vanType',
    label: 'Van type',
    required: false,
    aliases: ['type', 'vehicle type', 'van class'],
    description: 'EDV, CDV, Step van or Rental (required for a new van)',
  },
  { name: 'make', label: 'Make', required: false, aliases: ['manufacturer', 'vehicle make'] },
  { name: 'model', label: 'Model', required: false, aliases: ['vehicle model'] },
  { name: 'year', label: 'Model year', required: false, aliases: ['year', 'my', 'vehicle year'] },
  {
    name: 'plate',
    label: 'Plate',
    required: false,
    aliases: ['license plate', 'plate number', 'plate #', 'tag', 'tag number'],
  },
  {
    name: 'plateState',
    label: 'Plate state',
    required: false,
    aliases: ['registration state', 'tag state', 'plate st', 'reg state'],
  },
  {
    name: 'ownership',
    label: 'Ownership',
    required: false,
    aliases: ['ownership type', 'owned leased', 'program', 'acquisition'],
    description: 'Amazon fleet program, Leased, Rental or Owned (required for a new van)',
  },
  {
    name: 'lessor',
    label: 'Lessor',
    required: false,
    aliases: ['leasing company', 'lease company', 'rental company', 'lessor name'],
    description: 'Who the van is leased or rented from, e.g. Element Fleet',
  },
  {
    name: 'ownershipStart',
    label: 'Start date',
    required: false,
    aliases: ['lease start', 'ownership start', 'in service date', 'on fleet date', 'term start'],
  },
  {
    name: 'ownershipEnd',
    label: 'End date',
    required: false,
    aliases: ['lease end', 'ownership end', 'off fleet date', 'term end', 'return date'],
  },
  {
    name: 'monthlyRate',
    label: 'Monthly rate',
    required: false,
    aliases: ['monthly cost', 'monthly payment', 'lease rate', 'rental rate', 'monthly rent'],
    description: 'Dollars a month, e.g. 1250.00',
  },
  {
    name: 'odometer',
    label: 'Odometer',
    required: false,
    aliases: ['odometer miles', 'mileage', 'miles', 'current mileage', 'odometer reading'],
    description: 'Miles; a reading lower than the one on file is ignored',
  },
  {
    name: 'telematicsId',
    label: 'Telematics ID',
    required: false,
    aliases: ['telematics', 'telematics device', 'gps id', 'device id', 'geotab id', 'samsara id'],
  },
  {
    name: 'cameraId',
    label: 'Camera ID',
    required: false,
    aliases: ['camera', 'camera serial', 'netradyne id', 'driveri id', 'dashcam id'],
  },
  {
    name: 'status',
    label: 'Status',
    required: false,
    aliases: ['van status', 'vehicle status'],
    description: 'Active, Grounded, In shop or Returned; blank: active for a new van',
  },
  {
    name: 'statusReason',
    label: 'Status reason',
    required: false,
    aliases: ['reason', 'status note', 'grounded reason'],
  },
];

const Text = (max: number) => z.string().trim().min(1).max(max, `At most ${max} characters.`);
const Upper = (max: number) =>
  z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(Text(max));

const schemasFor = (today: string) => ({
  vin: Vin,
  fleetNumber: Text(20),
  station: Upper(10),
  vanType: VanTypeCell,
  make: Text(40),
  model: Text(40),
  year: modelYear(today),
  plate: Upper(10),
  plateState: LicenseState,
  ownership: OwnershipCell,
  lessor: Text(80),
  ownershipStart: importDateIn(TERM),
  ownershipEnd: importDateIn(TERM),
  monthlyRate: MonthlyDollars,
  odometer: Miles,
  telematicsId: Text(80),
  cameraId: Text(80),
  status: VanStatusCell,
  statusReason: Text(500),
});

/** A row's cells as values: what can be checked without the vans on file. */
type VanCells = { [K in keyof VanSchemas]: z.output<VanSchemas[K]> };
type VanSchemas = ReturnType<typeof schemasFor>;

/** One checked row: absent fields (blank cells, missing columns) leave a van's stored value as it is. */
export interface VehicleImportRow {
  vin: string;
  fleetNumber?: string;
  stationId?: string;
  vanType?: VanType;
  make?: string;
  model?: string;
  year?: number;
  plate?: string;
  plateState?: string;
  ownership?: VanOwnership;
  lessor?: string;
  ownershipStart?: string;
  ownershipEnd?: string;
  monthlyRateCents?: number;
  odometerMiles?: number;
  telematicsId?: string;
  cameraId?: string;
  status?: VanStatus;
  statusReason?: string;
}

/** Taking a van off the road needs a reason; an import that gives none gives this one. */
const IMPORT_REASON = 'Set by an import.';
const newVanNeeds: [keyof VehicleImportRow, string][] = [
  ['fleetNumber', 'Fleet number'],
  ['vanType', 'Van type'],
  ['ownership', 'Ownership'],
];

/** What the row changes of a stored van (empty when nothing). The odometer only moves forward. */
function changesOf(row: VehicleImportRow, before: VansTable, now: string): Partial<VanValues> {
  const next: Partial<VanValues> = {
    fleet_number: row.fleetNumber,
    station_id: row.stationId,
    van_type: row.vanType,
    make: row.make,
    model: row.model,
    year: row.year,
    plate: row.plate,
    plate_state: row.plateState,
    ownership: row.ownership,
    lessor: row.lessor,
    ownership_start: row.ownershipStart,
    ownership_end: row.ownershipEnd,
    monthly_rate_cents: row.monthlyRateCents,
    telematics_id: row.telematicsId,
    camera_id: row.cameraId,
  };
  const patch: Partial<VanValues> = {};
  for (const [k, v] of Object.entries(next) as [keyof VanValues, unknown][]) {
    if (v !== undefined && v !== before[k]) Object.assign(patch, { [k]: v });
  }
  if (row.odometerMiles !== undefined && odometerAdvances(before.odometer_miles, row.odometerMiles)) {
    patch.odometer_miles = row.odometerMiles;
    patch.odometer_at = now;
  }
  if (row.status && row.status !== before.status) {
    patch.status = row.status;
    patch.status_reason = row.statusReason ?? (row.status === 'active' ? null : IMPORT_REASON);
    patch.status_since = now;
  } else if (
    row.statusReason !== undefined &&
    row.statusReason !== before.status_reason &&
    before.status !== 'active'
  ) {
    patch.status_reason = row.statusReason;
  }
  return patch;
}

/**
 * What has happened to a van since it came in: its service records, and what other slices keep that
 * points at it (inspections, damage, routes), which they register with the app (src/db/references.ts).
 */
const vanHistory = () => [[countServiceRecordsOfVan, 'service record'] as const, ...referencesTo('van')];

/**
 * Vans from a fleet spreadsheet. Natural key: the VIN. A new van needs a fleet number, a van type, an
 * ownership and a station (the Station column, else the station picked with the upload); for a van on
 * file, blank cells and missing columns leave what is stored.
 */

export const vehiclesImport: ImportKind<VehicleImportRow, VanCells> = {
  kind: 'vehicles',
  label: 'Vans',
  permission: 'fleet.write',
  needsStation: false,
  entity: 'van',
  fields: vehicleImportFields,
  reader() {
    const parse = cellsParser(vehicleImportFields, schemasFor(localDate('UTC')));
    return (raw) => parse(unguardCells(raw));
  },
  async prepare(db, scope) {
    const { items: stations } = await listStations(db, scope.actor, 100_000);
    const stationByCode = new Map(stations.map((s) => [s.code, s.id]));
    const known = await listOrgVanRows(db, scope.orgId);
    const byVin = new Map(known.map((v) => [v.vin, v]));
    const byFleet = new Map(known.map((v) => [v.fleet_number, v]));
    // Fleet numbers claimed by earlier rows of the file, with the VIN that claimed them.
    const claimed = new Map<string, string>();

    return (c) => {
      const issues: CellIssue[] = [];
      const existing = byVin.get(c.vin);
      if (existing && !inStationScope(scope.actor, existing.station_id)) {
        issues.push({ field: 'vin', message: 'This van belongs to a station you do not manage.' });
      }
      if (c.fleetNumber) {
        const holder = byFleet.get(c.fleetNumber);
        const earlier = claimed.get(c.fleetNumber);
        if (holder && holder.vin !== c.vin) {
          issues.push({
            field: 'fleetNumber',
            message: `Fleet number ${c.fleetNumber} is already the van with VIN ${holder.vin}.`,
          });
        } else if (earlier && earlier !== c.vin) {
          issues.push({
            field: 'fleetNumber',
            message: `Fleet number ${c.fleetNumber} is on an earlier row too.`,
          });
        }
        claimed.set(c.fleetNumber, c.vin);
      }
      if (!existing) {
        for (const [field, label] of newVanNeeds) {
          if (c[field as keyof typeof c] === undefined)
            issues.push({ field, message: `${label} is required for a new van.` });
        }
      }

      let stationId: string | undefined;
      if (c.station) {
        stationId = stationByCode.get(c.station);
        if (!stationId) issues.push({ field: 'station', message: `Unknown station ${c.station}.` });
      } else if (scope.stationId) stationId = scope.stationId;
      else if (!existing) {
        issues.push({
          field: 'station',
          message: 'No station: give the van’s station code (e.g. DXC1) or pick a station for the file.',
        });
      }

      const ownership = c.ownership ?? existing?.ownership;
      if (ownership) {
        for (const issue of ownershipIssues({
          ownership,
          lessor: c.lessor ?? existing?.lessor ?? null,
          ownershipStart: c.ownershipStart ?? existing?.ownership_start ?? null,
          ownershipEnd: c.ownershipEnd ?? existing?.ownership_end ?? null,
        })) {
          issues.push({ field: issue.path, message: issue.message });
        }
      }

      if (issues.length > 0) return { ok: false, issues };
      return {
        ok: true,
        row: {
          vin: c.vin,
          fleetNumber: c.fleetNumber,
          stationId,
          vanType: c.vanType,
          make: c.make,
          model: c.model,
          year: c.year,
          plate: c.plate,
          plateState: c.plateState,
          ownership: c.ownership,
          lessor: c.lessor,
          ownershipStart: c.ownershipStart,
          ownershipEnd: c.ownershipEnd,
          monthlyRateCents: c.monthlyRate,
          odometerMiles: c.odometer,
          telematicsId: c.telematicsId,
          cameraId: c.cameraId,
          status: c.status,
          statusReason: c.statusReason,
        },
      };
    };
  },
  key: (row) => `VIN ${row.vin}`,
  keyFields: ['vin'],

  async apply(trx, scope, rows) {
    const actor = { ...scope.actor, label: scope.auditLabel };
    const byVin = new Map(
      (
        await findVansByVins(
          trx,
          scope.orgId,
          rows.map((r) => r.vin),
        )
      ).map((v) => [v.vin, v]),
    );
    const now = nowIso();
    const toCreate: VanValues[] = [];
    type Plan = { create: number } | { before: VansTable; patch: Partial<VanValues> };
    const plans = rows.map((row): Plan => {
      const before = byVin.get(row.vin);
      if (before) return { before, patch: changesOf(row, before, now) };
      // prepare made sure a new van's row has a fleet number, type, ownership and station.
      const status = row.status ?? 'active';
      toCreate.push({
        station_id: row.stationId as string,
        fleet_number: row.fleetNumber as string,
        vin: row.vin,
        plate: row.plate ?? null,
        plate_state: row.plateState ?? null,
        make: row.make ?? null,
        model: row.model ?? null,
        year: row.year ?? null,
        van_type: row.vanType as VanType,
        ownership: row.ownership as VanOwnership,
        lessor: row.lessor ?? null,
        ownership_start: row.ownershipStart ?? null,
        ownership_end: row.ownershipEnd ?? null,
        monthly_rate_cents: row.monthlyRateCents ?? null,
        odometer_miles: row.odometerMiles ?? null,
        odometer_at: row.odometerMiles === undefined ? null : now,
        telematics_id: row.telematicsId ?? null,
        camera_id: row.cameraId ?? null,
        status,
        status_reason: status === 'active' ? null : (row.statusReason ?? IMPORT_REASON),
        status_since: now,
      });
      return { create: toCreate.length - 1 };
    });

    const created = await insertVans(trx, scope.orgId, toCreate);
    const history: StatusChangeValues[] = [];
    const change = (vanId: string, r: Pick<VansTable, 'status' | 'status_reason'>) =>
      history.push({
        vanId,
        status: r.status,
        reason: r.status_reason,
        source: 'import',
        changedBy: actor.label,
        changedByUserId: actor.userId,
        at: now,
      });
    const out: AppliedRow[] = [];
    const audits: AuditChange[] = [];
    for (const plan of plans) {
      if ('create' in plan) {
        const row = created[plan.create] as VansTable;
        change(row.id, row);
        audits.push({ entity: 'van', entityId: row.id, before: null, after: row });
        out.push({ outcome: 'created', entityId: row.id, before: null });
        continue;
      }
      const { before, patch } = plan;
      if (Object.keys(patch).length === 0) {
        out.push({ outcome: 'unchanged', entityId: before.id, before: { ...before } });
        continue;
      }
      await updateVan(trx, scope.orgId, before.id, patch);
      if (patch.status)
        change(before.id, { status: patch.status, status_reason: patch.status_reason ?? null });
      audits.push({ entity: 'van', entityId: before.id, before, after: { ...before, ...patch } });
      out.push({ outcome: 'updated', entityId: before.id, before: { ...before } });
    }
    await insertVanStatusChanges(trx, scope.orgId, history);
    await recordAudits(trx, actor, audits);
    const touched = out.filter((o) => o.outcome !== 'unchanged').map((o) => o.entityId);
    if (touched.length > 0) await enforceOverdueCritical(trx, scope.orgId, { vanIds: touched });
    return out;
  },

  async undo(trx, scope, entityId, snapshot) {
    const actor = { ...scope.actor, label: scope.auditLabel };
    const current = await findVanRow(trx, scope.orgId, entityId);
    if (!current) return;
    if (snapshot === null) {
      const since = await countsInWords(trx, scope.orgId, entityId, vanHistory());
      if (since.length > 0) {
        throw conflict(
          `Van ${current.fleet_number} was added by this import and now has ${since.join(', ')}: it cannot be taken out again.`,
        );
      }
      await deleteVan(trx, scope.orgId, entityId);
      await recordAudit(trx, actor, { entity: 'van', entityId, before: current, after: null });
      return;
    }
    const before = snapshot as unknown as VansTable;
    // Keys the import took away may have been given to another van since.
    const holders = [
      await findVanByVin(trx, scope.orgId, before.vin),
      await findVanByFleetNumber(trx, scope.orgId, before.fleet_number),
    ];
    for (const other of holders) {
      if (other && other.id !== entityId) {
        throw conflict(
          `Van ${before.fleet_number}’s number or VIN now belongs to van ${other.fleet_number}: change that first, then undo.`,
        );
      }
    }
    const { org_id: _o, id: _i, created_at: _c, updated_at: _u, ...restored } = before;
    await updateVan(trx, scope.orgId, entityId, restored);
    if (current.status !== before.status) {
      // The status history only grows: going back is one more change.
      await insertVanStatusChanges(trx, scope.orgId, [
        {
          vanId: entityId,
          status: before.status,
          reason: 'Import undone.',
          source: 'import',
          changedBy: actor.label,
          changedByUserId: actor.userId,
          at: nowIso(),
        },
      ]);
    }
    await recordAudit(trx, actor, {
      entity: 'van',
      entityId,
      before: current,
      after: { ...current, ...restored },
    });
  },
};
