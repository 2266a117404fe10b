import { conflict, HttpProblem, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { CoachingItemsTable, SafetyEventStatus } from '../db/schema.js';
import { toMessage } from '../messaging/store.js';
import { findDriversByIds } from '../people/store.js';
import { newId, nowIso } from '../shared/ids.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { type Step, statusAfter, whyNot } from './domain/steps.js';
import { itemEffectView } from './effect.js';
import {
  eventIdsOf,
  findItem,
  type ItemFilter,
  insertSteps,
  listItemRows,
  listSteps,
  setEventStatus,
} from './store.js';
import { actionOf, eventStatuses, itemOut, liveCause, warningPdfPath } from './views.js';

const fullName = (d: { firstName: string; lastName: string }) => `${d.firstName} ${d.lastName}`;

export async function namesOf(db: Db, orgId: string, ids: string[]): Promise<Map<string, string>> {
  return new Map((await findDriversByIds(db, orgId, [...new Set(ids)])).map((d) => [d.id, fullName(d)]));
}

export async function listItems(
  db: Db,
  actor: Actor,
  filter: Omit<ItemFilter, 'stationIds'> & { stationId?: string },
) {
  const { stationId, ...rest } = filter;
  // Another org's station, or one outside the actor's scope, is not found (not an empty list).
  const stationIds = stationId ? [(await visibleStation(db, actor, stationId)).id] : actor.stationIds;
  const page = await listItemRows(db, actor.orgId, { ...rest, stationIds });
  const names = await namesOf(
    db,
    actor.orgId,
    page.items.map((r) => r.driver_id),
  );
  return { ...page, items: page.items.map((r) => itemOut(r, names.get(r.driver_id) ?? '')) };
}

export async function visibleItem(db: Db, actor: Actor, id: string): Promise<CoachingItemsTable> {
  const item = await findItem(db, actor.orgId, id);
  if (!item || !inStationScope(actor, item.station_id)) throw notFound('Coaching item');
  return item;
}

export async function itemDetail(db: Db, actor: Actor, id: string) {
  const item = await visibleItem(db, actor, id);
  const names = await namesOf(db, actor.orgId, [item.driver_id]);
  const messages = await db
    .selectFrom('messages')
    .selectAll()
    .where('org_id', '=', actor.orgId)
    .where('dedupe_key', 'in', [`coaching:${item.id}`, `coaching:${item.id}:sms`])
    .orderBy('created_at')
    .execute();
  return {
    ...itemOut(item, names.get(item.driver_id) ?? ''),
    cause: liveCause(item, await eventStatuses(db, actor.orgId, [item])),
    steps: (await listSteps(db, actor.orgId, item.id)).map((s) => ({
      what: s.what,
      note: s.note,
      by: s.by_label,
      at: s.at,
    })),
    messages: messages.map(toMessage),
    effect: await itemEffectView(db, item),
    warningPdf: warningPdfPath(item, false),
  };
}

const STEP_WORDS: Record<Step['kind'], string> = {
  acknowledge: 'Acknowledged by the DA',
  dispute: 'Disputed by the DA',
  resolve: 'Dispute resolved',
  hold: 'Held',
};

/** What each step sets on the item besides its status. */
function patchOf(step: Step, actor: Actor, note: string | null, at: string): Partial<CoachingItemsTable> {
  switch (step.kind) {
    case 'acknowledge':
      return { acknowledged_at: at, signature: step.signature?.trim() || null };
    case 'dispute':
      return { disputed_at: at, dispute_text: step.text };
    case 'resolve':
      return {
        resolution: step.resolution,
        resolution_note: note,
        resolved_at: at,
        resolved_by: actor.label,
      };
    case 'hold':
      return { held_at: at, held_by: actor.label, held_note: note || null };
  }
}

/** The review status the item's events take with the step; null: they keep theirs. */
function eventStatusAfter(step: Step): SafetyEventStatus | null {
  if (step.kind === 'dispute') return 'disputed';
  if (step.kind === 'resolve') return step.resolution;
  return null;
}

/**
 * Takes a step on an item in one transaction with its history row, its events' review status (a
 * dismissed dispute takes the events out of every count) and the audit trail.
 */
export async function takeStep(
  db: Db,
  actor: Actor,
  item: CoachingItemsTable,
  step: Step,
  note: string | null,
): Promise<void> {
  const state = { action: actionOf(item), status: item.status, heldAt: item.held_at };
  const why = whyNot(state, step);
  if (why) throw conflict(why);
  await db.transaction().execute(async (trx) => {
    const at = nowIso();
    const patch = { ...patchOf(step, actor, note, at), status: statusAfter(state, step), updated_at: at };
    const done = await trx
      .updateTable('coaching_items')
      .set(patch)
      .where('org_id', '=', item.org_id)
      .where('id', '=', item.id)
      .where('status', '=', item.status)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw conflict({ code: 'coaching.changed' });
    const eventStatus = eventStatusAfter(step);
    if (eventStatus) {
      const events = (await eventIdsOf(trx, item.org_id, [item.id])).get(item.id) ?? [];
      await setEventStatus(trx, item.org_id, events, eventStatus);
    }
    const words =
      step.kind === 'resolve' ? `${STEP_WORDS.resolve}: ${step.resolution}` : STEP_WORDS[step.kind];
    const stepNote = step.kind === 'dispute' ? step.text : note;
    await insertSteps(trx, [
      {
        org_id: item.org_id,
        id: newId(),
        item_id: item.id,
        what: words,
        note: stepNote,
        by_user_id: actor.userId,
        by_label: actor.label,
        at,
      },
    ]);
    await recordAudit(trx, actor, {
      entity: 'coaching_item',
      entityId: item.id,
      before: item,
      after: { ...item, ...patch },
    });
  });
}

export async function staffStep(db: Db, actor: Actor, id: string, step: Step, note: string | null) {
  const item = await visibleItem(db, actor, id);
  if (item.notify === 'review') throw new HttpProblem(409, 'Conflict', 'Send the written warning first.');
  await takeStep(db, actor, item, step, note);
  return itemDetail(db, actor, id);
}
