import type { Db } from '../db/database.js';
import type { CoachingItemsTable } from '../db/schema.js';
import type { Cause } from './domain/cause.js';
import type { Action } from './domain/rules.js';
import { causeText } from './domain/texts.js';
import { findEventsByIds } from './store.js';

/** How coaching rows read as the API answers them. */
export const causeOf = (item: CoachingItemsTable): Cause => JSON.parse(item.cause) as Cause;
export const actionOf = (item: CoachingItemsTable): Action => item.action as Action;

/** Where a written warning's PDF is fetched, by staff or by the DA. */
export const warningPdfPath = (item: CoachingItemsTable, mine: boolean): string | null =>
  item.action === 'written_warning'
    ? mine
      ? `/api/v1/me/coaching/${item.id}/warning.pdf`
      : `/api/v1/coaching/items/${item.id}/warning.pdf`
    : null;

export const itemOut = (item: CoachingItemsTable, driverName: string) => ({
  id: item.id,
  stationId: item.station_id,
  driverId: item.driver_id,
  driverName,
  ruleId: item.rule_id,
  ruleName: item.rule_name,
  step: item.step,
  action: actionOf(item),
  status: item.status,
  summary: causeText(causeOf(item), 'en'),
  week: item.week_start,
  causeDate: item.cause_date,
  notify: item.notify,
  managerNote: item.manager_note,
  notifiedAt: item.notified_at,
  acknowledgedAt: item.acknowledged_at,
  signature: item.signature,
  disputedAt: item.disputed_at,
  disputeText: item.dispute_text,
  resolution: item.resolution,
  resolutionNote: item.resolution_note,
  resolvedAt: item.resolved_at,
  resolvedBy: item.resolved_by,
  heldAt: item.held_at,
  heldBy: item.held_by,
  heldNote: item.held_note,
  createdAt: item.created_at,
});

/** The review status now of the events behind the items' causes, in one query. */
export async function eventStatuses(
  db: Db,
  orgId: string,
  items: readonly CoachingItemsTable[],
): Promise<Map<string, string>> {
  const ids = items.flatMap((item) => {
    const cause = causeOf(item);
    return cause.type === 'events' ? cause.events.map((e) => e.id) : [];
  });
  return new Map((await findEventsByIds(db, orgId, ids)).map((e) => [e.id, e.status]));
}

/** The cause with each event's review status as it is now (a dismissed dispute shows "dismissed"). */
export function liveCause(item: CoachingItemsTable, statuses: ReadonlyMap<string, string>) {
  const cause = causeOf(item);
  if (cause.type !== 'events') return cause;
  return { ...cause, events: cause.events.map((e) => ({ ...e, status: statuses.get(e.id) ?? 'removed' })) };
}
