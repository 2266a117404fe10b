import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { insertValues } from '../db/insert-rows.js';
import { newId, nowIso } from '../shared/ids.js';
import { decodeCursor, toPage } from '../shared/pagination.js';
import { type Changes, createdChangesJson, diffJson, type Snapshot } from './domain/changes.js';

export type AuditActor = Pick<Actor, 'orgId' | 'userId' | 'label'>;

export interface AuditChange {
  entity: string;
  entityId: string;
  before: Snapshot | null;
  after: Snapshot | null;
}

/**
 * Writes one audit row per change. Call it with the same transaction as the change itself,
 * so a rolled-back change leaves no trace and a committed one always has its row.
 * An update that changed nothing writes nothing.
 */
export async function recordAudit(trx: Db, actor: AuditActor, change: AuditChange): Promise<void> {
  await recordAudits(trx, actor, [change]);
}

const AUDIT_COLUMNS = [
  'org_id',
  'id',
  'at',
  'actor_user_id',
  'actor_label',
  'entity',
  'entity_id',
  'action',
  'changes',
] as const;

/**
 * Many changes by one actor (an import's batch) in a few multi-row inserts instead of one each, their
 * values pushed straight into the statements' parameters (an import writes tens of thousands).
 */
export async function recordAudits(trx: Db, actor: AuditActor, changes: AuditChange[]): Promise<void> {
  const at = nowIso();
  const values: unknown[] = [];
  for (const { entity, entityId, before, after } of changes) {
    const json = before === null && after !== null ? createdChangesJson(after) : diffJson(before, after);
    if (json === null) continue;
    const action = before === null ? 'create' : after === null ? 'delete' : 'update';
    values.push(actor.orgId, newId(), at, actor.userId, actor.label, entity, entityId, action, json);
  }
  await insertValues(trx, 'audit_log', AUDIT_COLUMNS, values);
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorUserId?: string;
  action?: 'create' | 'update' | 'delete';
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  changes: Changes;
}

/** Newest first; the cursor is the last id seen (ids are time-ordered). */
export async function listAudit(db: Db, orgId: string, f: AuditFilter) {
  let q = db.selectFrom('audit_log').selectAll().where('org_id', '=', orgId);
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.actorUserId) q = q.where('actor_user_id', '=', f.actorUserId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
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
    (r): AuditEntry => ({
      id: r.id,
      at: r.at,
      actorUserId: r.actor_user_id,
      actorLabel: r.actor_label,
      entity: r.entity,
      entityId: r.entity_id,
      action: r.action,
      changes: JSON.parse(r.changes) as Changes,
    }),
  );
}
