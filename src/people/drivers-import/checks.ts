import { inStationScope } from '../../auth/domain/permissions.js';
import type { Db } from '../../db/database.js';
import type { DriversTable } from '../../db/schema.js';
import type { CellIssue, ImportScope, ParsedRow } from '../../imports/domain/kind.js';
import { listStations } from '../../tenancy/store.js';
import { splitName } from '../domain/import-cells.js';
import { listDriverKeys } from '../store.js';
import { type DriverCells, type DriverImportRow, driverImportFields } from './columns.js';

type Named = Pick<DriversTable, 'first_name' | 'last_name'>;
export const nameOf = (d: Named) => `${d.first_name} ${d.last_name}`;

/** The field of a row that holds its key, for naming the column of a problem with it. */
const keyField = (row: { transporterId?: string }) => (row.transporterId ? 'transporterId' : 'employeeId');

/**
 * Loads the org's stations and the keys of its DAs once, and answers the check of a row against them
 * (in file order): its DA found by either id, in the actor's stations, on no earlier row, with a name
 * and a station when new. A good row carries the id of the DA it found, so saving it looks up only those.
 */
export async function prepareDriverCheck(db: Db, scope: ImportScope) {
  const { items: stations } = await listStations(db, scope.actor, 100_000);
  const stationByCode = new Map(stations.map((s) => [s.code, s.id]));
  const known = await listDriverKeys(db, scope.orgId);
  const byTid = new Map(known.flatMap((d) => (d.transporter_id ? [[d.transporter_id, d] as const] : [])));
  const byEid = new Map(known.flatMap((d) => (d.employee_id ? [[d.employee_id, d] as const] : [])));
  // Rows are checked in file order: these catch two rows about one DA that the key alone would not.
  const seenTids = new Set<string>();
  const seenEids = new Set<string>();
  const seenDrivers = new Set<string>();

  return (c: DriverCells): ParsedRow<DriverImportRow> => {
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
        id: existing?.id,
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
}
