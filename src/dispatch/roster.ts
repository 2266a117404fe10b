import { badRequest } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { RoutesTable } from '../db/schema.js';
import { insertMessages, type NewMessage } from '../messaging/store.js';
import { findDriversByIds } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { nowIso } from '../shared/ids.js';
import {
  conflictContext,
  conflictDriver,
  conflictRoute,
  conflictVan,
  type DayContext,
  loadDayContext,
} from './day-context.js';
import { findRoute, touchDay, updateRoute } from './day-store.js';
import { currentRoute } from './delivery-routes.js';
import { assignmentConflicts } from './domain/conflicts.js';
import { calledInNote, routeAssignedText, routeRemovedText } from './domain/messages.js';
import { insertShifts } from './schedule-store.js';

export interface AssignInput {
  driverId: string | null;
  vanId: string | null;
  /** The route's version on the dispatcher's board. */
  version: number;
  /** Keep this pair when the roster is rebuilt (a dispatcher's choice is, unless they say otherwise). */
  pinned?: boolean | undefined;
}

/** Whether the day is over at the station: a DA is never texted about a day they can no longer drive. */
const dayOver = (ctx: DayContext) => ctx.date < localDate(ctx.station.time_zone);

/**
 * Messages to the DAs a change affects, once the day's roster is out (before that, publishing tells
 * them) and until the day is over: a dispatcher correcting a past day's record tells nobody.
 */
export async function tellDas(
  trx: Db,
  actor: Actor,
  ctx: DayContext,
  changes: { route: RoutesTable; removed: string | null }[],
) {
  if (!ctx.rosterPublishedAt || dayOver(ctx)) return;
  const ids = changes.flatMap((c) => [c.route.driver_id, c.removed]).filter((x): x is string => x !== null);
  const das = new Map((await findDriversByIds(trx, actor.orgId, ids)).map((d) => [d.id, d]));
  const vans = new Map(ctx.vans.map((v) => [v.van.id, v.van.fleetNumber]));
  const at = nowIso();
  const messages: NewMessage[] = [];
  for (const { route, removed } of changes) {
    const added = route.driver_id ? das.get(route.driver_id) : undefined;
    if (added && added.id !== removed) messages.push(routeMessage(route, added, vans, at));
    const gone = removed ? das.get(removed) : undefined;
    if (gone && gone.id !== route.driver_id) {
      messages.push({
        driverId: gone.id,
        topic: 'route_removed',
        dedupeKey: `route_removed:${route.id}:${gone.id}:${at}`,
        ...routeRemovedText(gone.language, route.business_date, route.code),
        link: '/me',
      });
    }
  }
  await insertMessages(trx, actor.orgId, messages);
}

const routeMessage = (
  route: RoutesTable,
  da: { id: string; language: 'en' | 'es' },
  vans: Map<string, string>,
  at: string,
): NewMessage => ({
  driverId: da.id,
  topic: 'route_assigned',
  dedupeKey: `route_assigned:${route.id}:${da.id}:${route.van_id ?? ''}:${at}`,
  ...routeAssignedText(da.language, {
    date: route.business_date,
    code: route.code,
    waveTime: route.wave_time,
    stagingLocation: route.staging_location,
    van: route.van_id ? (vans.get(route.van_id) ?? null) : null,
  }),
  link: '/me',
});

/** A DA called in on a day off gets a route shift for it, published at once. */
async function callIn(trx: Db, actor: Actor, ctx: DayContext, route: RoutesTable, driverId: string) {
  const d = ctx.drivers.find((x) => x.driver.id === driverId);
  if (!d || d.shift) return;
  const at = nowIso();
  const [row] = await insertShifts(trx, actor.orgId, [
    {
      station_id: ctx.station.id,
      driver_id: driverId,
      business_date: ctx.date,
      kind: 'route',
      start_time: route.wave_time,
      minutes: route.planned_minutes,
      status: 'scheduled',
      source: 'dispatch',
      note: calledInNote(d.driver.language, route.code),
      published_at: at,
      confirmed_at: null,
      checked_in_at: null,
      attendance_event_id: null,
    },
  ]);
  await recordAudit(trx, actor, {
    entity: 'shift',
    entityId: (row as { id: string }).id,
    before: null,
    after: row ?? null,
  });
}

/**
 * Puts a DA and a van on a route (either may be left empty) from the board. Refused when the rules of
 * the road forbid it (DA not cleared or not qualified for the van type, van out of service) or when the
 * route changed since the dispatcher's board loaded it; warned otherwise. A DA or van already on
 * another route moves off it, and once the roster is out each DA concerned is told.
 */
export async function assignRoute(db: Db, actor: Actor, routeId: string, input: AssignInput) {
  return db.transaction().execute(async (trx) => {
    const before = await currentRoute(trx, actor, routeId, input.version);
    const ctx = await loadDayContext(trx, actor, before.station_id, before.business_date);
    const d = input.driverId ? ctx.drivers.find((x) => x.driver.id === input.driverId) : null;
    const v = input.vanId ? ctx.vans.find((x) => x.van.id === input.vanId) : null;
    if (d === undefined)
      throw badRequest('Unknown DA.', [{ path: 'driverId', message: 'No such active DA at this station.' }]);
    if (v === undefined)
      throw badRequest('Unknown van.', [{ path: 'vanId', message: 'No such van at this station.' }]);
    const conflicts = assignmentConflicts(
      conflictRoute(before),
      d ? conflictDriver(d) : null,
      v ? conflictVan(v) : null,
      conflictContext(ctx),
    );
    const blocks = conflicts.filter((c) => c.level === 'block');
    if (blocks.length) {
      throw badRequest(
        'This assignment is not allowed.',
        blocks.map((c) => ({ path: c.code.startsWith('van') ? 'vanId' : 'driverId', message: c.message })),
      );
    }
    const changes: { route: RoutesTable; removed: string | null }[] = [];
    for (const other of ctx.routes.filter((r) => r.id !== routeId)) {
      const loseDriver = input.driverId !== null && other.driver_id === input.driverId;
      const loseVan = input.vanId !== null && other.van_id === input.vanId;
      if (!loseDriver && !loseVan) continue;
      await updateRoute(trx, actor.orgId, other.id, {
        ...(loseDriver ? { driver_id: null } : {}),
        ...(loseVan ? { van_id: null } : {}),
        pinned: 0,
        assignment_why: JSON.stringify([
          `${loseDriver ? 'DA' : 'Van'} moved to ${before.code} by ${actor.label}.`,
        ]),
      });
      const after = (await findRoute(trx, actor.orgId, other.id)) as RoutesTable;
      await recordAudit(trx, actor, { entity: 'route', entityId: other.id, before: other, after });
      changes.push({ route: after, removed: loseDriver ? other.driver_id : null });
    }
    await updateRoute(trx, actor.orgId, routeId, {
      driver_id: input.driverId,
      van_id: input.vanId,
      pinned: input.pinned === false ? 0 : 1,
      assignment_why: JSON.stringify([`Set by ${actor.label}.`]),
      assigned_by: actor.label,
      assigned_at: nowIso(),
    });
    const after = (await findRoute(trx, actor.orgId, routeId)) as RoutesTable;
    await recordAudit(trx, actor, { entity: 'route', entityId: routeId, before, after });
    if (input.driverId) await callIn(trx, actor, ctx, after, input.driverId);
    changes.push({ route: after, removed: before.driver_id !== input.driverId ? before.driver_id : null });
    await tellDas(trx, actor, ctx, changes);
    const version = await touchDay(trx, actor.orgId, before.station_id, before.business_date);
    return { version, warnings: conflicts.map((c) => c.message) };
  });
}

/**
 * Publishes the day's roster: each DA on a route is told their route, van, staging location and wave
 * time in their language. Publishing again tells only those whose assignment changed since; publishing
 * a day that is over tells nobody.
 */
export async function publishRoster(db: Db, actor: Actor, stationId: string, date: string) {
  return db.transaction().execute(async (trx) => {
    const ctx = await loadDayContext(trx, actor, stationId, date);
    const assigned = ctx.routes.filter((r) => r.driver_id);
    if (assigned.length === 0) throw badRequest('No route has a DA yet: build or fill the roster first.');
    const das = new Map(
      (
        await findDriversByIds(
          trx,
          actor.orgId,
          assigned.map((r) => r.driver_id as string),
        )
      ).map((d) => [d.id, d]),
    );
    const vans = new Map(ctx.vans.map((v) => [v.van.id, v.van.fleetNumber]));
    const messages = assigned.flatMap((r) => {
      const da = dayOver(ctx) ? undefined : das.get(r.driver_id as string);
      // Keyed by what the DA is told, so publishing twice does not tell anyone twice.
      return da
        ? [
            {
              ...routeMessage(r, da, vans, ''),
              dedupeKey: `route_assigned:${r.id}:${da.id}:${r.van_id ?? ''}:${r.version}`,
            },
          ]
        : [];
    });
    await insertMessages(trx, actor.orgId, messages);
    const at = nowIso();
    const version = await touchDay(trx, actor.orgId, stationId, date, {
      roster_published_at: at,
      roster_published_by: actor.label,
    });
    await recordAudit(trx, actor, {
      entity: 'dispatch_day',
      entityId: `${stationId}:${date}`,
      before: { roster_published_at: ctx.rosterPublishedAt },
      after: {
        roster_published_at: at,
        routes_assigned: assigned.length,
        uncovered: ctx.routes.length - assigned.length,
      },
    });
    return {
      version,
      publishedAt: at,
      dasNotified: messages.length,
      uncovered: ctx.routes.length - assigned.length,
    };
  });
}
