import type { Db } from '../db/database.js';
import type { AlertsTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import { decodeCursor, toPage } from '../shared/pagination.js';

export type AlertValues = Pick<
  AlertsTable,
  'station_id' | 'van_id' | 'kind' | 'message' | 'entity' | 'entity_id'
>;

export async function insertAlert(db: Db, orgId: string, v: AlertValues): Promise<AlertsTable> {
  const row: AlertsTable = {
    org_id: orgId,
    id: newId(),
    ...v,
    created_at: nowIso(),
    acknowledged_by: null,
    acknowledged_at: null,
  };
  await db.insertInto('alerts').values(row).execute();
  return row;
}

export const findAlert = (db: Db, orgId: string, id: string) =>
  db.selectFrom('alerts').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();

export interface AlertFilter {
  /** Station ids to keep to; alerts about no station are seen by everyone. Null for all. */
  stationIds: string[] | null;
  stationId?: string;
  open?: boolean;
  limit: number;
  cursor?: string;
}

/** Newest first; the cursor is the last id seen (ids are time-ordered). */
export async function listAlerts(db: Db, orgId: string, f: AlertFilter) {
  let q = db.selectFrom('alerts').selectAll().where('org_id', '=', orgId);
  const scope = f.stationIds;
  if (scope) {
    q = q.where((eb) =>
      scope.length > 0
        ? eb.or([eb('station_id', 'is', null), eb('station_id', 'in', scope)])
        : eb('station_id', 'is', null),
    );
  }
  if (f.stationId)
    q = q.where((eb) => eb.or([eb('station_id', 'is', null), eb('station_id', '=', f.stationId ?? '')]));
  if (f.open === true) q = q.where('acknowledged_at', 'is', null);
  if (f.open === false) q = q.where('acknowledged_at', 'is not', null);
  const after = decodeCursor(f.cursor);
  if (after) q = q.where('id', '<', after);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
  return toPage(
    rows,
    f.limit,
    (r) => r.id,
    (r) => r,
  );
}

/** Marks an alert seen, once: true when this call did it. */
export async function acknowledgeAlert(db: Db, orgId: string, id: string, by: string): Promise<boolean> {
  const res = await db
    .updateTable('alerts')
    .set({ acknowledged_by: by, acknowledged_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
