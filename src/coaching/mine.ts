import { notFound } from '../app/problems.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { CoachingItemsTable } from '../db/schema.js';
import { ownDriver } from '../people/own-driver.js';
import { profileResolver } from '../performance/profiles.js';
import { refusal, type Step } from './domain/steps.js';
import { ACTION_TITLES, causeText } from './domain/texts.js';
import { takeStep } from './items.js';
import { findItem } from './store.js';
import { actionOf, causeOf, eventStatuses, liveCause, warningPdfPath } from './views.js';

/** The DA's own coaching items, newest first, worded in their language. */
export async function myItems(db: Db, actor: Actor) {
  const da = await ownDriver(db, actor);
  const rows = await db
    .selectFrom('coaching_items')
    .selectAll()
    .where('org_id', '=', actor.orgId)
    .where('driver_id', '=', da.id)
    .where('notify', '=', 'sent')
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
  const profileFor = await profileResolver(db, actor.orgId);
  const statuses = await eventStatuses(db, actor.orgId, rows);
  return { language: da.language, items: rows.map((row) => myItemOut(row, da, profileFor, statuses)) };
}

type Da = Awaited<ReturnType<typeof ownDriver>>;

function myItemOut(
  item: CoachingItemsTable,
  da: Da,
  profileFor: Awaited<ReturnType<typeof profileResolver>>,
  statuses: ReadonlyMap<string, string>,
) {
  const lang = da.language;
  const cause = causeOf(item);
  const name = `${da.first_name} ${da.last_name}`;
  const state = { action: actionOf(item), status: item.status, heldAt: item.held_at };
  const live = liveCause(item, statuses);
  return {
    id: item.id,
    action: actionOf(item),
    title: ACTION_TITLES[lang][actionOf(item)],
    cause: causeText(cause, lang),
    week: item.week_start,
    createdAt: item.created_at,
    status: item.status,
    events: live.type === 'events' ? live.events : [],
    definition:
      cause.type === 'metric'
        ? profileFor(item.week_start).profile.metrics[cause.metric].definition[lang]
        : null,
    canAcknowledge: refusal(state, { kind: 'acknowledge', signature: name, fullName: name }) === null,
    canDispute: refusal(state, { kind: 'dispute', text: '' }) === null,
    needsSignature: item.action === 'written_warning',
    fullName: name,
    acknowledgedAt: item.acknowledged_at,
    disputeText: item.dispute_text,
    resolution: item.resolution,
    resolutionNote: item.resolution_note,
    managerNote: item.manager_note,
    warningPdf: warningPdfPath(item, true),
  };
}

/** The DA's own item (told to them): anyone else's is not found. */
export async function myItem(
  db: Db,
  actor: Actor,
): Promise<{ da: Da; find: (id: string) => Promise<CoachingItemsTable> }> {
  const da = await ownDriver(db, actor);
  return {
    da,
    find: async (id) => {
      const item = await findItem(db, actor.orgId, id);
      if (!item || item.driver_id !== da.id || item.notify !== 'sent') throw notFound('Coaching item');
      return item;
    },
  };
}

export async function myStep(db: Db, actor: Actor, id: string, step: (fullName: string) => Step) {
  const { da, find } = await myItem(db, actor);
  await takeStep(db, actor, await find(id), step(`${da.first_name} ${da.last_name}`), null);
  const profileFor = await profileResolver(db, actor.orgId);
  const item = await find(id);
  return myItemOut(item, da, profileFor, await eventStatuses(db, actor.orgId, [item]));
}
