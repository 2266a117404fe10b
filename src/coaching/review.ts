import { HttpProblem } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { CoachingItemsTable } from '../db/schema.js';
import { addDays } from '../dispatch/domain/calendar.js';
import { localDate } from '../shared/dates.js';
import { newId, nowIso } from '../shared/ids.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { namesOf, visibleItem } from './items.js';
import { rulesInForce } from './rules.js';
import { tellDas } from './run.js';
import { countItems, insertSteps, listItemRows, sentWarnings } from './store.js';
import { eventStatuses, itemOut, liveCause } from './views.js';

/**
 * A rule only proposes a written warning (`notify = 'review'`): it waits, with its evidence, until a
 * manager sends it (with a note of their own, if any) or dismisses it. The DA sees nothing before.
 */
const REVIEW = { kind: 'written_warning', notify: 'review', status: 'open' } as const;

async function scope(db: Db, actor: Actor, stationId: string | undefined) {
  return stationId ? [(await visibleStation(db, actor, stationId)).id] : actor.stationIds;
}

/** The warnings waiting for a manager, oldest first, each with its evidence. */
export async function reviewList(db: Db, actor: Actor, stationId: string | undefined) {
  const filter = { ...REVIEW, stationIds: await scope(db, actor, stationId), limit: 500 };
  const rows = (await listItemRows(db, actor.orgId, filter)).items.reverse();
  const names = await namesOf(
    db,
    actor.orgId,
    rows.map((r) => r.driver_id),
  );
  const statuses = await eventStatuses(db, actor.orgId, rows);
  return {
    items: rows.map((r) => ({ ...itemOut(r, names.get(r.driver_id) ?? ''), cause: liveCause(r, statuses) })),
  };
}

/** How many warnings wait for a manager (the home page's line). */
export async function reviewCount(db: Db, actor: Actor, stationId: string | undefined) {
  return {
    count: await countItems(db, actor.orgId, { ...REVIEW, stationIds: await scope(db, actor, stationId) }),
  };
}

async function waitingWarning(db: Db, actor: Actor, id: string): Promise<CoachingItemsTable> {
  const item = await visibleItem(db, actor, id);
  if (item.notify !== 'review' || item.status !== 'open')
    throw new HttpProblem(
      409,
      'Conflict',
      'Only a written warning waiting for review is sent, edited or dismissed.',
    );
  return item;
}

/** Changes a waiting warning in one transaction with its history row and audit; null: leave as is. */
async function change(
  db: Db,
  actor: Actor,
  id: string,
  what: string,
  note: string | null,
  patch: (at: string) => Partial<CoachingItemsTable>,
  after?: (trx: Db, item: CoachingItemsTable) => Promise<void>,
) {
  const item = await waitingWarning(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const at = nowIso();
    const set = { ...patch(at), updated_at: at };
    const done = await trx
      .updateTable('coaching_items')
      .set(set)
      .where('org_id', '=', actor.orgId)
      .where('id', '=', id)
      .where('notify', '=', 'review')
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1)
      throw new HttpProblem(409, 'Conflict', 'The warning changed meanwhile; reload it.');
    const updated = { ...item, ...set };
    await insertSteps(trx, [
      {
        org_id: actor.orgId,
        id: newId(),
        item_id: id,
        what,
        note,
        by_user_id: actor.userId,
        by_label: actor.label,
        at,
      },
    ]);
    await recordAudit(trx, actor, { entity: 'coaching_item', entityId: id, before: item, after: updated });
    await after?.(trx, updated);
  });
}

/** Sends the warning to the DA now (in the app, and by text where they get texts). */
export const sendWarning = (db: Db, actor: Actor, id: string, note: string | undefined) =>
  change(
    db,
    actor,
    id,
    'Sent to the DA by a manager',
    note || null,
    (at) => ({
      notify: 'sent',
      notified_at: at,
      ...(note === undefined ? {} : { manager_note: note || null }),
    }),
    (trx, item) => tellDas(trx, actor.orgId, [item]),
  );

export const editWarningNote = (db: Db, actor: Actor, id: string, note: string) =>
  change(db, actor, id, 'Note to the DA edited', note || null, () => ({ manager_note: note || null }));

/** The DA is never told; the item no longer counts on the ladder. */
export const dismissWarning = (db: Db, actor: Actor, id: string, note: string) =>
  change(db, actor, id, 'Dismissed before it was sent', note, (at) => ({
    status: 'dismissed',
    resolution: 'dismissed',
    resolution_note: note,
    resolved_at: at,
    resolved_by: actor.label,
  }));

/** Rules no longer in force keep their warnings open this long. */
const DEFAULT_WINDOW_DAYS = 90;

/**
 * The station's DAs on a written warning: sent, not dismissed, and still counting on its rule's ladder
 * (caused within the rule's escalation window), so a page ranking DAs can say so beside the rank.
 */
export async function openWarnings(db: Db, actor: Actor, stationId: string) {
  const station = await visibleStation(db, actor, stationId);
  const today = localDate(station.time_zone);
  const windows = new Map((await rulesInForce(db, actor.orgId)).rules.map((r) => [r.id, r.escalationDays]));
  const longest = Math.max(DEFAULT_WINDOW_DAYS, ...windows.values());
  const rows = await sentWarnings(db, actor.orgId, station.id, addDays(today, -longest));
  const open = rows.filter(
    (r) => r.cause_date >= addDays(today, -(windows.get(r.rule_id) ?? DEFAULT_WINDOW_DAYS)),
  );
  const seen = new Set<string>();
  return {
    drivers: open.flatMap((r) => {
      if (seen.has(r.driver_id)) return [];
      seen.add(r.driver_id);
      return [{ driverId: r.driver_id, itemId: r.id, causeDate: r.cause_date }];
    }),
  };
}
