import { notFound } from '../app/problems.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { StationsTable } from '../db/schema.js';
import { findStation } from './store.js';

/** A station of the actor's org within their station scope; any other id answers 404. */
export async function visibleStation(db: Db, actor: Actor, stationId: string): Promise<StationsTable> {
  const station = await findStation(db, actor.orgId, stationId);
  if (!station || !inStationScope(actor, station.id)) throw notFound('Station');
  return station;
}
