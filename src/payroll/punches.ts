import { conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { PunchesTable, PunchKind } from '../db/schema.js';
import { ownDriver } from '../people/own-driver.js';
import { findDriver } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { newId, nowIso } from '../shared/ids.js';
import { findStation } from '../tenancy/store.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { byOf } from './by.js';
import { LONGEST_WORKDAY_MS, outsideRadius, type Place } from './domain/punches.js';
import { workweekStart } from './domain/workday.js';
import { findOrgPolicy } from './driver-week.js';
import { rebuildExceptions } from './exceptions.js';
import {
  findLastIn,
  findPunch,
  findPunchByClientId,
  findStationLocation,
  insertPunch,
  listDriverPunches,
} from './store.js';

/** The workday a punch belongs to: a punch in starts one on its local date; the rest join the last in. */
async function workdayOf(db: Db, orgId: string, driverId: string, kind: PunchKind, at: string, zone: string) {
  if (kind !== 'in') {
    const since = new Date(Date.parse(at) - LONGEST_WORKDAY_MS).toISOString();
    const lastIn = await findLastIn(db, orgId, driverId, since, at);
    if (lastIn) return lastIn.workday;
  }
  return localDate(zone, new Date(at));
}

async function zoneOf(db: Db, orgId: string, stationId: string): Promise<string> {
  return (await findStation(db, orgId, stationId))?.time_zone ?? 'UTC';
}

/** Stores a punch with its audit row, then rebuilds its DA's exceptions of the workdays it touches. */
async function store(db: Db, actor: Actor, punch: PunchesTable, alsoRebuild?: PunchesTable): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertPunch(trx, punch);
    await recordAudit(trx, actor, { entity: 'punch', entityId: punch.id, before: null, after: punch });
  });
  await rebuildExceptions(db, actor.orgId, punch.station_id, punch.workday, punch.driver_id);
  if (alsoRebuild && alsoRebuild.workday !== punch.workday)
    await rebuildExceptions(db, actor.orgId, alsoRebuild.station_id, alsoRebuild.workday, punch.driver_id);
}

export interface PhonePunch {
  clientId: string;
  kind: PunchKind;
  at: string;
  location?: Place | undefined;
}

/**
 * The DA's own punch from the phone, at the phone's instant (it may arrive late, after a dropped
 * connection). Sent again with the same client id, the stored punch is answered and nothing is added.
 * A punch outside the station's radius is kept and flagged, never refused.
 */
export async function recordPhonePunch(db: Db, actor: Actor, input: PhonePunch) {
  const da = await ownDriver(db, actor);
  const repeat = await findPunchByClientId(db, actor.orgId, da.id, input.clientId);
  if (repeat) return { punch: repeat, created: false };
  const stationId = da.home_station_id;
  const place = await findStationLocation(db, actor.orgId, stationId);
  const { at } = input;
  const punch: PunchesTable = {
    ...base(actor, da.id, stationId, input.kind, at),
    workday: await workdayOf(
      db,
      actor.orgId,
      da.id,
      input.kind,
      at,
      await zoneOf(db, actor.orgId, stationId),
    ),
    source: 'phone',
    client_id: input.clientId,
    latitude: input.location?.latitude ?? null,
    longitude: input.location?.longitude ?? null,
    outside_radius: outsideRadius(input.location, place && { ...place, radiusMeters: place.radius_meters }),
  };
  await store(db, actor, punch);
  return { punch, created: true };
}

function base(actor: Actor, driverId: string, stationId: string, kind: PunchKind, at: string): PunchesTable {
  return {
    org_id: actor.orgId,
    id: newId(),
    station_id: stationId,
    driver_id: driverId,
    employee_number: null,
    kind,
    at,
    workday: '',
    source: 'manager',
    client_id: null,
    latitude: null,
    longitude: null,
    outside_radius: null,
    import_id: null,
    corrects_id: null,
    reason: null,
    created_by: byOf(actor),
    created_at: nowIso(),
  };
}

/** The DA's own punches of a workweek (corrections beside their originals). */
export async function myPunches(db: Db, actor: Actor, week?: string) {
  const da = await ownDriver(db, actor);
  const { workweekStartsOn } = await findOrgPolicy(db, actor.orgId);
  const date = week ?? localDate(await zoneOf(db, actor.orgId, da.home_station_id));
  const weekStart = workweekStart(date, workweekStartsOn);
  return {
    weekStart,
    items: await listDriverPunches(db, actor.orgId, da.id, weekStart, addDays(weekStart, 6)),
  };
}

export interface ManagerPunch {
  driverId: string;
  stationId: string;
  kind: PunchKind;
  at: string;
  reason: string;
}

/** A punch a manager adds for a DA (a forgotten punch out), with the reason. */
export async function addPunch(db: Db, actor: Actor, input: ManagerPunch) {
  const station = await visibleStation(db, actor, input.stationId);
  const da = await findDriver(db, actor.orgId, input.driverId);
  if (!da) throw notFound('DA');
  const { at } = input;
  const punch: PunchesTable = {
    ...base(actor, da.id, station.id, input.kind, at),
    workday: await workdayOf(db, actor.orgId, da.id, input.kind, at, station.time_zone),
    reason: input.reason,
  };
  await store(db, actor, punch);
  return punch;
}

/**
 * A manager's correction of a punch: a new punch naming the one it corrects, with the reason. The
 * original is kept as it was (both are in the audit trail) and no longer counts.
 */
export async function correctPunch(
  db: Db,
  actor: Actor,
  id: string,
  input: { kind?: PunchKind | undefined; at: string; reason: string },
) {
  const original = await findPunch(db, actor.orgId, id);
  if (!original || !inStationScope(actor, original.station_id)) throw notFound('Punch');
  if (!original.driver_id) throw conflict('Link the punch’s employee number to a DA before correcting it.');
  const kind = input.kind ?? original.kind;
  const { at } = input;
  const zone = await zoneOf(db, actor.orgId, original.station_id);
  const punch: PunchesTable = {
    ...base(actor, original.driver_id, original.station_id, kind, at),
    workday: await workdayOf(db, actor.orgId, original.driver_id, kind, at, zone),
    corrects_id: original.id,
    reason: input.reason,
  };
  await store(db, actor, punch, original);
  return punch;
}
