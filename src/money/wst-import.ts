import { weekStartOf } from '../dispatch/domain/calendar.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { findStation } from '../tenancy/store.js';
import { serviceDetailsFields, serviceDetailsSchemas } from './domain/service-details.js';
import { rowsFileKind } from './file-kind.js';

const sameCode = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/**
 * WST's Service Details for the station picked (payroll-and-money.md §3): a row a route Amazon says was
 * worked. A row naming another station is refused, so one station's routes never price another's.
 */
export const wstServiceDetailsImport = rowsFileKind({
  kind: 'wst-service-details',
  label: 'WST Service Details',
  table: 'money_wst_rows',
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
      const weekStart = weekStartOf(v.date);
      const columns = {
        row,
        date: v.date,
        week_start: weekStart,
        route: v.route ?? null,
        delivery_associate: v.deliveryAssociate ?? null,
        service_type: v.serviceType.replace(/\s+/g, ' '),
        planned_minutes: v.plannedDuration,
        shipments_delivered: v.shipmentsDelivered ?? null,
        pickup_packages: v.pickupPackages ?? null,
        excluded: v.excluded ? 1 : 0,
      };
      return { ok: true, row: { weekStart, columns } };
    };
  },
});
