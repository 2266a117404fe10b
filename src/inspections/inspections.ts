import { forbidden, notFound } from '../app/problems.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DriversTable } from '../db/schema.js';
import { listStationVans } from '../fleet/store.js';
import { findDriverOfUser } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { findOrgStationZones } from '../tenancy/store.js';
import type { PreTripStatus } from './domain/pre-trip.js';
import { rushedUnderSeconds } from './domain/timing.js';
import { preTripStatuses } from './readiness.js';
import {
  findInspection,
  type Inspection,
  type InspectionFilter,
  listInspections,
  listPreTrips,
  neighbourInspection,
} from './store.js';
import type { Inspector } from './submit-inspection.js';
import { templateFor } from './templates.js';
import { summaries } from './views.js';

/** An inspection the actor may see: staff within their stations; another org's or station's is "not found". */
export async function visibleInspection(db: Db, actor: Actor, id: string): Promise<Inspection> {
  const found = await findInspection(db, actor.orgId, id);
  if (!found || !inStationScope(actor, found.stationId)) throw notFound('Inspection');
  return found;
}

export async function listVisibleInspections(db: Db, actor: Actor, f: Omit<InspectionFilter, 'stationIds'>) {
  const page = await listInspections(db, actor.orgId, { ...f, stationIds: actor.stationIds });
  return { items: await summaries(db, actor.orgId, page.items), nextCursor: page.nextCursor };
}

/** A staff member inspecting: their name (the actor's label without the e-mail), the vans of their stations. */
export const staffInspector = (actor: Actor): Inspector => ({
  driverId: null,
  name: actor.label.replace(/\s*<[^>]*>$/, ''),
  stationIds: actor.stationIds,
});

/** The DA behind a driver's login; a login without a DA record cannot inspect. */
export async function myDriver(db: Db, actor: Actor): Promise<DriversTable> {
  const own = actor.userId ? await findDriverOfUser(db, actor.orgId, actor.userId) : undefined;
  if (!own) throw forbidden('This login has no DA record.');
  return own;
}

/** A DA inspects the vans of their home station and of the stations their login is given. */
export function driverInspector(actor: Actor, da: DriversTable): Inspector {
  return {
    driverId: da.id,
    name: `${da.first_name} ${da.last_name}`,
    stationIds: [...new Set([da.home_station_id, ...(actor.stationIds ?? [])])],
  };
}

/** One of my own inspections; anyone else's is "not found". */
export async function myInspection(db: Db, actor: Actor, id: string): Promise<Inspection> {
  const da = await myDriver(db, actor);
  const found = await findInspection(db, actor.orgId, id);
  if (!found || found.driverId !== da.id) throw notFound('Inspection');
  return found;
}

export interface InspectableVan {
  id: string;
  fleetNumber: string;
  stationId: string;
  vanType: Inspection['vanType'];
  make: string | null;
  model: string | null;
  plate: string | null;
  status: string;
  odometerMiles: number | null;
  /** The business date at the van's station now, and whether it has a passed pre-trip that day. */
  date: string;
  preTripToday: PreTripStatus;
  /** The latest pre-trip that day, so the phone warns before a second one of the same van. */
  lastPreTripToday: { startedAt: string; inspectorName: string } | null;
}

/** The vans an inspector may pick, by station and fleet number, each with today's pre-trip status. */
export async function inspectableVans(
  db: Db,
  orgId: string,
  stationIds: readonly string[],
): Promise<InspectableVan[]> {
  const zones = await findOrgStationZones(db, orgId);
  const vans = [];
  for (const stationId of stationIds) {
    const date = localDate(zones.get(stationId) ?? 'UTC');
    for (const v of await listStationVans(db, orgId, stationId)) vans.push({ van: v, date });
  }
  const statuses = await preTripStatuses(
    db,
    orgId,
    vans.map(({ van, date }) => ({ id: van.id, date })),
  );
  const latest = await latestPreTrips(db, orgId, vans);
  return vans.map(({ van, date }) => ({
    id: van.id,
    fleetNumber: van.fleetNumber,
    stationId: van.stationId,
    vanType: van.vanType,
    make: van.make,
    model: van.model,
    plate: van.plate,
    status: van.status,
    odometerMiles: van.odometerMiles,
    date,
    preTripToday: statuses.get(van.id) ?? 'missing',
    lastPreTripToday: latest.get(van.id) ?? null,
  }));
}

/** Each van's latest pre-trip on its station's date. */
async function latestPreTrips(db: Db, orgId: string, vans: readonly { van: { id: string }; date: string }[]) {
  const dates = new Map(vans.map(({ van, date }) => [van.id, date]));
  const rows = await listPreTrips(db, orgId, [...dates.keys()], [...dates.values()]);
  const out = new Map<string, { startedAt: string; inspectorName: string }>();
  for (const r of rows) {
    if (dates.get(r.van_id) !== r.business_date) continue;
    const seen = out.get(r.van_id);
    if (!seen || r.started_at > seen.startedAt)
      out.set(r.van_id, { startedAt: r.started_at, inspectorName: r.inspector_name });
  }
  return out;
}

/**
 * What the phone needs to start an inspection of a van: its checklist, the damage already known from
 * its last inspection (shown on the diagram, so only new damage needs marking) and the rushed limit.
 */
export async function inspectionStart(db: Db, orgId: string, van: InspectableVan) {
  const template = await templateFor(db, orgId, van.vanType);
  const last = await neighbourInspection(db, orgId, van.id, '9999-12-31T23:59:59.999Z', 'before', '');
  return {
    van,
    items: template.items,
    knownDamage: (last?.damageMarks ?? []).map((m) => ({ panel: m.panel, note: m.note })),
    rushedUnderSeconds: rushedUnderSeconds(van.vanType),
  };
}
