import { z } from 'zod';
import { RouteCount } from '../../dispatch/domain/route-cells.js';
import type { ImportField } from '../../imports/domain/kind.js';
import { YesNo } from '../../people/domain/import-cells.js';
import { MoneyDate, WstPlannedDuration } from './cells.js';
import { type FileIssue, readTable, type SheetRow } from './table.js';

/**
 * WST's Service Details file: one row per route Amazon says was worked (shared payroll-and-money.md §3,
 * "WST ZIP"): `Date, Station, DSP short code, Delivery Associate, Route, Service Type, Planned Duration,
 * Log in, Log out, Total Distance Planned, Total Distance Allowance, Distance unit, Shipments Delivered,
 * Shipments Returned, Pickup Packages, Excluded?`. Only the columns the checks use are read.
 */
export interface ServiceDetailsRow {
  row: number;
  date: string;
  station: string | null;
  deliveryAssociate: string | null;
  route: string | null;
  serviceType: string;
  plannedMinutes: number;
  shipmentsDelivered: number | null;
  pickupPackages: number | null;
  /** `Excluded?` is Y: Amazon does not count the row, so neither do we. */
  excluded: boolean;
}

export const serviceDetailsFields: ImportField[] = [
  { name: 'date', label: 'Date', required: true },
  { name: 'station', label: 'Station', required: false },
  { name: 'deliveryAssociate', label: 'Delivery Associate', required: false },
  { name: 'route', label: 'Route', required: false, aliases: ['route code'] },
  { name: 'serviceType', label: 'Service Type', required: true },
  { name: 'plannedDuration', label: 'Planned Duration', required: true },
  { name: 'shipmentsDelivered', label: 'Shipments Delivered', required: false },
  { name: 'pickupPackages', label: 'Pickup Packages', required: false },
  { name: 'excluded', label: 'Excluded?', required: false },
];

export const serviceDetailsSchemas = {
  date: MoneyDate,
  station: z.string().max(20, 'At most 20 characters.'),
  deliveryAssociate: z.string().max(200, 'At most 200 characters.'),
  route: z.string().max(40, 'At most 40 characters.'),
  serviceType: z.string().max(200, 'At most 200 characters.'),
  plannedDuration: WstPlannedDuration,
  shipmentsDelivered: RouteCount,
  pickupPackages: RouteCount,
  excluded: YesNo,
};

export type ServiceDetailsRead = { ok: true; rows: ServiceDetailsRow[] } | { ok: false; errors: FileIssue[] };

/** Reads a Service Details file's rows (header first); every bad cell is named by row and column. */
export function readServiceDetails(sheet: SheetRow[]): ServiceDetailsRead {
  const table = readTable(serviceDetailsFields, serviceDetailsSchemas, sheet);
  if (!table.ok) return table;
  return {
    ok: true,
    rows: table.rows.map(({ row, values: v }) => ({
      row,
      date: v.date,
      station: v.station ?? null,
      deliveryAssociate: v.deliveryAssociate ?? null,
      route: v.route ?? null,
      serviceType: v.serviceType.replace(/\s+/g, ' '),
      plannedMinutes: v.plannedDuration,
      shipmentsDelivered: v.shipmentsDelivered ?? null,
      pickupPackages: v.pickupPackages ?? null,
      excluded: v.excluded ?? false,
    })),
  };
}
