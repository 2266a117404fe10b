import { notFound } from '../app/problems.js';
import { type AuditActor, recordAudit } from '../audit/store.js';
import type { Db } from '../db/database.js';
import type { VansTable } from '../db/schema.js';
import { nowIso } from '../shared/ids.js';
import { groundable, type StatusSource } from './domain/van.js';
import { findVanRow, groundActiveVan, insertVanStatusChanges } from './store.js';

export interface GroundVanInput {
  vanId: string;
  /** What the dispatcher will read, e.g. "DVIC failed: brake lights out". */
  reason: string;
  source: StatusSource;
}

/**
 * Takes an active van off the road for a rule (a failed inspection, damage, overdue critical
 * maintenance), with a status-history row and an audit row in the caller's transaction. A van already
 * out of service (grounded, in shop, returned) stays as it is. True when this call grounded it.
 * The caller has checked the actor may see the van; another org's van is "not found".
 */
export async function groundVan(trx: Db, actor: AuditActor, input: GroundVanInput): Promise<boolean> {
  const before = await findVanRow(trx, actor.orgId, input.vanId);
  if (!before) throw notFound('Van');
  if (!groundable(before.status)) return false;
  const at = nowIso();
  const reason = input.reason.trim() || 'Grounded.';
  // Checked again as the row is written: of two concurrent groundings, one changes the van.
  if (!(await groundActiveVan(trx, actor.orgId, input.vanId, reason, at))) return false;
  await insertVanStatusChanges(trx, actor.orgId, [
    {
      vanId: input.vanId,
      status: 'grounded',
      reason,
      source: input.source,
      changedBy: actor.label,
      changedByUserId: actor.userId,
      at,
    },
  ]);
  const after: VansTable = {
    ...before,
    status: 'grounded',
    status_reason: reason,
    status_since: at,
    updated_at: at,
  };
  await recordAudit(trx, actor, { entity: 'van', entityId: input.vanId, before, after });
  return true;
}
