import type { Db } from '../db/database.js';

// The DA's own payroll rows, each query scoped by org and the DA.

/** A DA's exceptions of workdays in [from, to] at any station (their questions among them). */
export const listDriverExceptions = (db: Db, orgId: string, driverId: string, from: string, to: string) =>
  db
    .selectFrom('payroll_exceptions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .where('workday', '>=', from)
    .where('workday', '<=', to)
    .orderBy('workday')
    .orderBy('kind')
    .execute();

/** The one exception of a kind a DA has on a station's workday (unique by those). */
export const findDriverDayException = (
  db: Db,
  orgId: string,
  key: { stationId: string; driverId: string; workday: string; kind: string },
) =>
  db
    .selectFrom('payroll_exceptions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', key.stationId)
    .where('driver_id', '=', key.driverId)
    .where('workday', '=', key.workday)
    .where('kind', '=', key.kind)
    .executeTakeFirst();
