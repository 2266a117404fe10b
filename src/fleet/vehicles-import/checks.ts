import { inStationScope } from '../../auth/domain/permissions.js';
import type { Db } from '../../db/database.js';
import type { CellIssue, ImportScope, ParsedRow } from '../../imports/domain/kind.js';
import { listStations } from '../../tenancy/store.js';
import { ownershipIssues } from '../domain/van.js';
import { listOrgVanRows } from '../store.js';
import type { VanCells, VehicleImportRow } from './columns.js';

/** What a new van's row must give. */
const newVanNeeds: [keyof VehicleImportRow, string][] = [
  ['fleetNumber', 'Fleet number'],
  ['vanType', 'Van type'],
  ['ownership', 'Ownership'],
];

/**
 * Loads the org's stations and vans once, and answers the check of a row against them (in file order):
 * its van in the actor's stations, its fleet number no other van's nor an earlier row's, what a new van
 * needs, an ownership that holds together. A good row carries the id of the van it found.
 */
export async function prepareVanCheck(db: Db, scope: ImportScope) {
  const { items: stations } = await listStations(db, scope.actor, 100_000);
  const stationByCode = new Map(stations.map((s) => [s.code, s.id]));
  const known = await listOrgVanRows(db, scope.orgId);
  const byVin = new Map(known.map((v) => [v.vin, v]));
  const byFleet = new Map(known.map((v) => [v.fleet_number, v]));
  // Fleet numbers claimed by earlier rows of the file, with the VIN that claimed them.
  const claimed = new Map<string, string>();

  return (c: VanCells): ParsedRow<VehicleImportRow> => {
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
        id: existing?.id,
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
}
