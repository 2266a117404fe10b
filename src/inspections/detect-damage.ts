import { type AuditActor, recordAudit } from '../audit/store.js';
import type { Db } from '../db/database.js';
import type { DamageRecordsTable } from '../db/schema.js';
import { raiseAlert } from './alerts.js';
import {
  type DamageValues,
  deleteDamageRecord,
  findDamageRecord,
  insertDamageRecord,
  listDamageFoundBy,
  listRepairs,
  updateDamageRecord,
} from './damage-store.js';
import { isUntouched } from './domain/damage.js';
import { attributeNewDamage, newDamage } from './domain/new-damage.js';
import { PANEL_LABELS, type Panel } from './domain/panels.js';
import { type Inspection, inspectionFacts } from './store.js';

interface VanRef {
  id: string;
  stationId: string;
  fleetNumber: string;
}

/** The record of what `current` shows and `previous` did not: panels, the DA's notes and photos, and whose shift. */
/** Who a found record says made it: nobody typed it in. */
const FOUND_BY = 'Inspection comparison';

function foundDamage(previous: Inspection, current: Inspection, panels: Panel[]): DamageValues {
  const attribution = attributeNewDamage(inspectionFacts(previous), inspectionFacts(current), panels);
  const marks = current.damageMarks.filter((m) => panels.includes(m.panel));
  const notes = marks.filter((m) => m.note).map((m) => `${PANEL_LABELS[m.panel]}: ${m.note}`);
  return {
    van_id: current.vanId,
    station_id: current.stationId,
    panels: JSON.stringify(panels),
    occurred_at: current.startedAt,
    driver_id: attribution.driverId,
    description: notes.length > 0 ? notes.join('\n') : 'Marked on the inspection’s van diagram.',
    severity: null,
    third_party: 0,
    third_party_details: null,
    police_report: null,
    claim_status: 'none',
    cost_cents: null,
    photo_ids: JSON.stringify(marks.flatMap((m) => m.photoIds)),
    video_ids: JSON.stringify(current.videoId ? [current.videoId] : []),
    source: 'inspection',
    previous_inspection_id: previous.id,
    inspection_id: current.id,
    attribution: attribution.explanation,
    attribution_kind: attribution.kind,
    created_by: FOUND_BY,
  };
}

async function recordFound(trx: Db, actor: AuditActor, van: VanRef, values: DamageValues) {
  const row = await insertDamageRecord(trx, actor.orgId, values);
  await recordAudit(trx, actor, { entity: 'damage', entityId: row.id, before: null, after: row });
  await raiseAlert(trx, actor, {
    station_id: van.stationId,
    van_id: van.id,
    kind: 'new_damage',
    message: `New damage on van ${van.fleetNumber}. ${values.attribution ?? ''}`.trim(),
    entity: 'damage',
    entity_id: row.id,
  });
  return row;
}

/**
 * When an inspection lands between two others (it waited offline), the damage its successor found was
 * measured against the wrong inspection: measure it again against this one. Records someone has begun
 * working (severity, claim, cost, repairs) are the manager's and stay as they are.
 */
async function redrawFollowing(
  trx: Db,
  actor: AuditActor,
  van: VanRef,
  current: Inspection,
  next: Inspection,
) {
  const found = await listDamageFoundBy(trx, actor.orgId, next.id);
  const repaired = new Set(
    (
      await listRepairs(
        trx,
        actor.orgId,
        found.map((f) => f.id),
      )
    ).map((r) => r.damage_id),
  );
  const working = found.some(
    (f) =>
      !isUntouched({
        severity: f.severity,
        claimStatus: f.claim_status,
        costCents: f.cost_cents,
        repairs: repaired.has(f.id) ? 1 : 0,
      }),
  );
  if (working) return;
  const panels = newDamage(current, next);
  const [first, ...rest] = found;
  for (const stale of rest) {
    await deleteDamageRecord(trx, actor.orgId, stale.id);
    await recordAudit(trx, actor, { entity: 'damage', entityId: stale.id, before: stale, after: null });
  }
  if (panels.length === 0) {
    if (first) {
      await deleteDamageRecord(trx, actor.orgId, first.id);
      await recordAudit(trx, actor, { entity: 'damage', entityId: first.id, before: first, after: null });
    }
    return;
  }
  const values = foundDamage(current, next, panels);
  if (!first) {
    await recordFound(trx, actor, van, values);
    return;
  }
  await updateDamageRecord(trx, actor.orgId, first.id, values);
  const after = (await findDamageRecord(trx, actor.orgId, first.id)) as DamageRecordsTable;
  await recordAudit(trx, actor, { entity: 'damage', entityId: first.id, before: first, after });
}

/**
 * Compares a new inspection with the van's inspections around it (issue 10): damage on it and not on
 * the one before becomes a damage record with source "inspection", linked to both and attributed to the
 * shift in between, and managers are told. Returns the records created for this inspection.
 */
export async function detectNewDamage(
  trx: Db,
  actor: AuditActor,
  van: VanRef,
  current: Inspection,
  around: { previous: Inspection | undefined; next: Inspection | undefined },
): Promise<DamageRecordsTable[]> {
  const created: DamageRecordsTable[] = [];
  if (around.previous) {
    const panels = newDamage(around.previous, current);
    if (panels.length > 0) {
      created.push(await recordFound(trx, actor, van, foundDamage(around.previous, current, panels)));
    }
  }
  if (around.next) await redrawFollowing(trx, actor, van, current, around.next);
  return created;
}
