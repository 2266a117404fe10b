import { weekStartOf } from '../dispatch/domain/calendar.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { findStation } from '../tenancy/store.js';
import { serviceDetailsFields, serviceDetailsSchemas } from './domain/service-details.js';
import { type FileRow, rowsFileKind } from './file-kind.js';
import { insertWstRows } from './store.js';

interface WstFileRow extends FileRow {
  date: string;
  weekStart: string;
  route: string | null;
  deliveryAssociate: string | null;
  serviceType: string;
  plannedMinutes: number;
  shipmentsDelivered: number | null;
  pickupPackages: number | null;
  excluded: boolean;
}

const sameCode = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/**
 * WST's Service Details for the station picked (payroll-and-money.md §3): a row a route Amazon says was
 * worked. A row naming another station is refused, so one station's routes never price another's.
 */
export const wstServiceDetailsImport = rowsFileKind({
  kind: 'wst-service-details',
  label: 'WST Service Details',
  fields: serviceDetailsFields,
  reader: () => cellsParser(serviceDetailsFields, serviceDetailsSchemas),
  async prepare(db, scope) {
    const code = (await findStation(db, scope.orgId, scope.stationId ?? ''))?.code ?? '';
    return (v, row) => {
      if (v.station && !sameCode(v.station, code))
        return {
          ok: false,
          issues: [
            {
              field: 'station',
              message: `This row is station ${v.station}; the file is imported for ${code}.`,
            },
          ],
        };
      const parsed: WstFileRow = {
        row,
        date: v.date,
        weekStart: weekStartOf(v.date),
        route: v.route ?? null,
        deliveryAssociate: v.deliveryAssociate ?? null,
        serviceType: v.serviceType.replace(/\s+/g, ' '),
        plannedMinutes: v.plannedDuration,
        shipmentsDelivered: v.shipmentsDelivered ?? null,
        pickupPackages: v.pickupPackages ?? null,
        excluded: v.excluded ?? false,
      };
      return { ok: true, row: parsed };
    };
  },
  store: (trx, orgId, fileId, rows) =>
    insertWstRows(
      trx,
      rows.map((r) => ({
        org_id: orgId,
        file_id: fileId,
        row: r.row,
        date: r.date,
        week_start: r.weekStart,
        route: r.route,
        delivery_associate: r.deliveryAssociate,
        service_type: r.serviceType,
        planned_minutes: r.plannedMinutes,
        shipments_delivered: r.shipmentsDelivered,
        pickup_packages: r.pickupPackages,
        excluded: r.excluded ? 1 : 0,
      })),
    ),
});
