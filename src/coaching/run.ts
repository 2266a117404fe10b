import type { Db } from '../db/database.js';
import type { CoachingItemsTable, StationsTable } from '../db/schema.js';
import { addDays } from '../dispatch/domain/calendar.js';
import { insertMessages, type NewMessage } from '../messaging/store.js';
import { findDriversByIds } from '../people/store.js';
import { weekStartOf } from '../performance/domain/weeks.js';
import { localDate } from '../shared/dates.js';
import { newId, nowIso } from '../shared/ids.js';
import { findOrgById, findStation } from '../tenancy/store.js';
import type { Cause } from './domain/cause.js';
import { evaluate, type NewItem, type PastItem } from './domain/evaluate.js';
import type { Action } from './domain/rules.js';
import { ACTION_NAMES, coachingText } from './domain/texts.js';
import { loadDaWeeks, loadEvents } from './facts.js';
import { rulesInForce } from './rules.js';
import {
  driverItemsSince,
  insertItemEvents,
  insertItems,
  insertSteps,
  setEventStatus,
  workingOn,
} from './store.js';

/** How far back the ladder and used events are read: past any rule's escalation window. */
const HISTORY_DAYS = 400;
/** Weeks of DA data the rules read before `asOf` (a tier drop compares with the week before). */
const WEEKS_READ = 5;

export interface RunResult {
  created: number;
  sent: number;
  waiting: number;
  /** Written warnings waiting for a manager to send them. */
  review: number;
}

/**
 * Runs the org's rules on a station's data as of a business date (default: today there): opens the
 * items the rules find, each at its ladder step, and tells the DAs who work that day; the others are
 * told on their next shift day (`deliverWaiting`). Running again opens nothing twice.
 */
export async function runCoaching(
  db: Db,
  orgId: string,
  stationId: string,
  by: string,
  asOf?: string,
): Promise<RunResult> {
  const station = await findStation(db, orgId, stationId);
  if (!station) return { created: 0, sent: 0, waiting: 0, review: 0 };
  const day = asOf ?? localDate(station.time_zone);
  const { rules } = await rulesInForce(db, orgId);
  const maxDays = Math.max(7, ...rules.map((r) => (r.trigger.type === 'events' ? r.trigger.days : 0)));
  const weeks = await loadDaWeeks(db, orgId, stationId, addDays(weekStartOf(day), -7 * WEEKS_READ), day);
  const events = await loadEvents(db, orgId, stationId, addDays(day, -(maxDays + 28)), day);
  // The DAs' items at every station: one ladder per DA and rule, and a cause opens one item in the org.
  const driverIds = [...weeks.map((w) => w.driverId), ...events.map((e) => e.driverId)];
  const past = (await driverItemsSince(db, orgId, driverIds, addDays(day, -HISTORY_DAYS))).map(
    ({ item, eventIds }): PastItem => ({
      causeKey: item.cause_key,
      ruleId: item.rule_id,
      driverId: item.driver_id,
      causeDate: item.cause_date,
      status: item.status,
      eventIds,
    }),
  );
  const found = evaluate({ rules, weeks, events, past, asOf: day });
  if (found.length === 0) return { created: 0, sent: 0, waiting: 0, review: 0 };
  return db.transaction().execute((trx) => openItems(trx, station, found, day, by));
}

async function openItems(
  trx: Db,
  station: StationsTable,
  found: NewItem[],
  day: string,
  by: string,
): Promise<RunResult> {
  const orgId = station.org_id;
  const at = nowIso();
  const rows = found.map((f) => itemRow(station, f, at));
  const saved = await insertItems(trx, rows);
  const opened = rows.flatMap((row, i) => (saved.has(row.id) ? [{ row, found: found[i] as NewItem }] : []));
  const eventIds = opened.flatMap(({ row, found: f }) =>
    f.cause.type === 'events'
      ? f.cause.events.map((e) => ({ org_id: orgId, item_id: row.id, event_id: e.id }))
      : [],
  );
  await insertItemEvents(trx, eventIds);
  await setEventStatus(
    trx,
    orgId,
    eventIds.map((e) => e.event_id),
    'coached',
    ['new'],
  );
  await insertSteps(
    trx,
    opened.map(({ row }) => ({
      org_id: orgId,
      id: newId(),
      item_id: row.id,
      what: `Opened by "${row.rule_name}": step ${row.step}, ${ACTION_NAMES[row.action as Action]}${
        row.notify === 'review' ? ' (waits for a manager to send it)' : ''
      }`,
      note: null,
      by_user_id: null,
      by_label: by,
      at,
    })),
  );
  const working = await workingOn(
    trx,
    orgId,
    day,
    opened.map(({ row }) => row.driver_id),
  );
  const toTell = opened.filter(({ row }) => row.notify === 'waiting').map(({ row }) => row);
  const now = toTell.filter((row) => working.has(row.driver_id));
  await tellDas(trx, orgId, now);
  return {
    created: opened.length,
    sent: now.length,
    waiting: toTell.length - now.length,
    review: opened.length - toTell.length,
  };
}

const itemRow = (station: StationsTable, f: NewItem, at: string): CoachingItemsTable => ({
  org_id: station.org_id,
  id: newId(),
  station_id: station.id,
  driver_id: f.driverId,
  rule_id: f.ruleId,
  rule_name: f.ruleName,
  cause_key: f.causeKey,
  cause: JSON.stringify(f.cause),
  measure: f.measure,
  week_start: f.week,
  cause_date: f.causeDate,
  step: f.step,
  action: f.action,
  status: 'open',
  // A rule only proposes a written warning: it waits for a manager to send it (src/coaching/review.ts).
  notify: f.action === 'written_warning' ? 'review' : 'waiting',
  manager_note: null,
  notified_at: null,
  acknowledged_at: null,
  signature: null,
  disputed_at: null,
  dispute_text: null,
  resolution: null,
  resolution_note: null,
  resolved_at: null,
  resolved_by: null,
  held_at: null,
  held_by: null,
  held_note: null,
  created_at: at,
  updated_at: at,
});

/**
 * Writes each item's message to its DA in their language (in the app, and by text where the DA gets
 * texts) and marks the item told. One message per item: its id is the message's dedupe key.
 */
export async function tellDas(trx: Db, orgId: string, items: readonly CoachingItemsTable[]): Promise<void> {
  if (items.length === 0) return;
  const das = new Map(
    (
      await findDriversByIds(
        trx,
        orgId,
        items.map((i) => i.driver_id),
      )
    ).map((d) => [d.id, d]),
  );
  const orgName = (await findOrgById(trx, orgId))?.name ?? '';
  const messages: NewMessage[] = items.flatMap((item) => {
    const da = das.get(item.driver_id);
    if (!da) return [];
    const text = coachingText(
      item.action as Action,
      JSON.parse(item.cause) as Cause,
      da.language,
      { firstName: da.firstName, orgName },
      item.manager_note,
    );
    return [
      { driverId: da.id, topic: 'coaching', dedupeKey: `coaching:${item.id}`, ...text, link: `/me/coaching` },
    ];
  });
  await insertMessages(trx, orgId, messages);
  const at = nowIso();
  const ids = items.map((i) => i.id);
  for (let i = 0; i < ids.length; i += 500) {
    await trx
      .updateTable('coaching_items')
      .set({ notify: 'sent', notified_at: at, updated_at: at })
      .where('org_id', '=', orgId)
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  }
}
