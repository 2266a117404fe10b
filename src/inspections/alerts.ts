import { notFound } from '../app/problems.js';
import { type AuditActor, recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { AlertsTable } from '../db/schema.js';
import { type AlertValues, acknowledgeAlert, findAlert, insertAlert, listAlerts } from './alert-store.js';

/** A van grounded by a failed critical check; a critical failure that did not ground it (late, or already off the road); new damage. */
export const ALERT_KINDS = ['van_grounded', 'critical_failure', 'new_damage'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface Alert {
  id: string;
  stationId: string | null;
  vanId: string | null;
  kind: string;
  message: string;
  entity: string;
  entityId: string;
  createdAt: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
}

const toAlert = (r: AlertsTable): Alert => ({
  id: r.id,
  stationId: r.station_id,
  vanId: r.van_id,
  kind: r.kind,
  message: r.message,
  entity: r.entity,
  entityId: r.entity_id,
  createdAt: r.created_at,
  acknowledgedBy: r.acknowledged_by,
  acknowledgedAt: r.acknowledged_at,
});

/** Tells the station's managers something that cannot wait, in the caller's transaction. */
export async function raiseAlert(
  trx: Db,
  actor: AuditActor,
  v: Omit<AlertValues, 'kind'> & { kind: AlertKind },
): Promise<Alert> {
  const row = await insertAlert(trx, actor.orgId, v);
  await recordAudit(trx, actor, { entity: 'alert', entityId: row.id, before: null, after: row });
  return toAlert(row);
}

export async function alertsFor(
  db: Db,
  actor: Actor,
  f: { stationId?: string; open?: boolean; limit: number; cursor?: string },
) {
  const page = await listAlerts(db, actor.orgId, { ...f, stationIds: actor.stationIds });
  return { items: page.items.map(toAlert), nextCursor: page.nextCursor };
}

/** Records who saw an alert; seeing it twice changes nothing. Another station's alert is "not found". */
export async function acknowledge(db: Db, actor: Actor, id: string): Promise<Alert> {
  return db.transaction().execute(async (trx) => {
    const before = await findAlert(trx, actor.orgId, id);
    if (!before || (before.station_id && !inStationScope(actor, before.station_id))) throw notFound('Alert');
    if (await acknowledgeAlert(trx, actor.orgId, id, actor.label)) {
      const after = (await findAlert(trx, actor.orgId, id)) as AlertsTable;
      await recordAudit(trx, actor, { entity: 'alert', entityId: id, before, after });
      return toAlert(after);
    }
    return toAlert(before);
  });
}
