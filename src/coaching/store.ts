import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import { newestFirstPage } from '../db/newest-first.js';
import type {
  CoachingItemsTable,
  CoachingRulesTable,
  CoachingStepsTable,
  SafetyEventStatus,
} from '../db/schema.js';

/** SQL of the coaching slice; every query is scoped by org. */
export const listRuleRows = (db: Db, orgId: string) =>
  db
    .selectFrom('coaching_rules')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('position')
    .orderBy('id')
    .execute();

export async function upsertRuleRow(db: Db, row: CoachingRulesTable): Promise<void> {
  const { org_id: _o, id: _i, created_at: _c, ...changes } = row;
  await db
    .insertInto('coaching_rules')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'id']).doUpdateSet(changes))
    .execute();
}

export const deleteRuleRow = (db: Db, orgId: string, id: string) =>
  db.deleteFrom('coaching_rules').where('org_id', '=', orgId).where('id', '=', id).execute();

export async function itemCountsByRule(db: Db, orgId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('coaching_items')
    .select(['rule_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('org_id', '=', orgId)
    .groupBy('rule_id')
    .execute();
  return new Map(rows.map((r) => [r.rule_id, Number(r.n)]));
}

/** Inserts the items a run opened; an item whose cause another run saved first is skipped. */
export async function insertItems(db: Db, rows: CoachingItemsTable[]): Promise<Set<string>> {
  const saved = new Set<string>();
  for (const row of rows) {
    const done = await db
      .insertInto('coaching_items')
      .values(row)
      .onConflict((oc) => oc.columns(['org_id', 'cause_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (done) saved.add(done.id);
  }
  return saved;
}

export const insertItemEvents = (db: Db, rows: { org_id: string; item_id: string; event_id: string }[]) =>
  insertRows(db, 'coaching_item_events', rows);

export const insertSteps = (db: Db, rows: CoachingStepsTable[]) => insertRows(db, 'coaching_steps', rows);

export const findItem = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('coaching_items')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function updateItem(db: Db, orgId: string, id: string, patch: Partial<CoachingItemsTable>) {
  await db
    .updateTable('coaching_items')
    .set(patch)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export interface ItemFilter {
  stationIds: string[] | null;
  driverId?: string | undefined;
  ruleId?: string | undefined;
  status?: string | undefined;
  /** An action, or `problems`: every action but recognition. */
  kind?: string | undefined;
  notify?: CoachingItemsTable['notify'] | undefined;
  limit: number;
  cursor?: string | undefined;
}

const itemsWhere = (db: Db, orgId: string, f: Omit<ItemFilter, 'limit' | 'cursor'>) => {
  let q = db.selectFrom('coaching_items').where('org_id', '=', orgId);
  if (f.stationIds) q = q.where('station_id', 'in', f.stationIds.length ? f.stationIds : ['']);
  if (f.driverId) q = q.where('driver_id', '=', f.driverId);
  if (f.ruleId) q = q.where('rule_id', '=', f.ruleId);
  if (f.status) q = q.where('status', '=', f.status as CoachingItemsTable['status']);
  if (f.kind === 'problems') q = q.where('action', '!=', 'recognition');
  else if (f.kind) q = q.where('action', '=', f.kind);
  if (f.notify) q = q.where('notify', '=', f.notify);
  return q;
};

/** A page of items, newest first; the cursor is the last row's `created_at|id`. */
export async function listItemRows(db: Db, orgId: string, f: ItemFilter) {
  return newestFirstPage(itemsWhere(db, orgId, f).selectAll(), f, (r) => r);
}

export async function countItems(db: Db, orgId: string, f: Omit<ItemFilter, 'limit' | 'cursor'>) {
  const row = await itemsWhere(db, orgId, f)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** countItems station by station (one grouped query), for the home page's lines. */
export const countItemsByStation = (db: Db, orgId: string, f: Omit<ItemFilter, 'limit' | 'cursor'>) =>
  itemsWhere(db, orgId, f)
    .select('station_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .groupBy('station_id')
    .execute();

/** The station's written warnings sent to their DAs and not dismissed, caused on or after `since`. */
export const sentWarnings = (db: Db, orgId: string, stationId: string, since: string) =>
  db
    .selectFrom('coaching_items')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('action', '=', 'written_warning')
    .where('notify', '=', 'sent')
    .where('status', '!=', 'dismissed')
    .where('cause_date', '>=', since)
    .orderBy('cause_date', 'desc')
    .execute();

/**
 * The DAs' items at any of the org's stations whose cause is on or after `since`, with the events each is
 * about: a DA climbs one ladder per rule wherever they drove.
 */
export async function driverItemsSince(db: Db, orgId: string, driverIds: readonly string[], since: string) {
  const ids = [...new Set(driverIds)];
  const items: CoachingItemsTable[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    items.push(
      ...(await db
        .selectFrom('coaching_items')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('driver_id', 'in', ids.slice(i, i + 500))
        .where('cause_date', '>=', since)
        .execute()),
    );
  }
  const events = await eventIdsOf(
    db,
    orgId,
    items.map((i) => i.id),
  );
  return items.map((item) => ({ item, eventIds: events.get(item.id) ?? [] }));
}

export async function eventIdsOf(db: Db, orgId: string, itemIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < itemIds.length; i += 500) {
    const rows = await db
      .selectFrom('coaching_item_events')
      .select(['item_id', 'event_id'])
      .where('org_id', '=', orgId)
      .where('item_id', 'in', itemIds.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.item_id, [...(out.get(r.item_id) ?? []), r.event_id]);
  }
  return out;
}

export const listSteps = (db: Db, orgId: string, itemId: string) =>
  db
    .selectFrom('coaching_steps')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('item_id', '=', itemId)
    .orderBy('at')
    .orderBy('id')
    .execute();

/** Moves events' review status along (new → coached, → disputed, → upheld / dismissed). */
export async function setEventStatus(
  db: Db,
  orgId: string,
  eventIds: readonly string[],
  status: SafetyEventStatus,
  onlyFrom?: readonly SafetyEventStatus[],
): Promise<void> {
  if (eventIds.length === 0) return;
  let q = db
    .updateTable('safety_events')
    .set({ status, updated_at: new Date().toISOString() })
    .where('org_id', '=', orgId)
    .where('id', 'in', [...eventIds]);
  if (onlyFrom) q = q.where('status', 'in', [...onlyFrom]);
  await q.execute();
}

/** The station's safety events with a DA between two business dates (inclusive). */
export const stationEvents = (db: Db, orgId: string, stationId: string, from: string, to: string) =>
  db
    .selectFrom('safety_events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('business_date', '>=', from)
    .where('business_date', '<=', to)
    .where('driver_id', 'is not', null)
    .execute();

/** Which of the DAs have a shift (not called out) at the station on the date. */
export async function workingOn(
  db: Db,
  orgId: string,
  date: string,
  driverIds: string[],
): Promise<Set<string>> {
  if (driverIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('shifts')
    .select('driver_id')
    .where('org_id', '=', orgId)
    .where('business_date', '=', date)
    .where('status', '=', 'scheduled')
    .where('driver_id', 'in', driverIds)
    .execute();
  return new Set(rows.map((r) => r.driver_id));
}

export const findEventsByIds = (db: Db, orgId: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.selectFrom('safety_events').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).execute();
