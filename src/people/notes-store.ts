import type { Db } from '../db/database.js';
import type { DriverNotesTable, DriverRatingsTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';

export interface Rating {
  id: string;
  rating: number;
  comment: string | null;
  ratedBy: string;
  createdAt: string;
}

export const toRating = (r: DriverRatingsTable): Rating => ({
  id: r.id,
  rating: r.rating,
  comment: r.comment,
  ratedBy: r.rated_by,
  createdAt: r.created_at,
});

export interface Note {
  id: string;
  body: string;
  author: string;
  createdAt: string;
}

export const toNote = (r: DriverNotesTable): Note => ({
  id: r.id,
  body: r.body,
  author: r.author,
  createdAt: r.created_at,
});

export async function insertRating(
  db: Db,
  orgId: string,
  v: Omit<DriverRatingsTable, 'org_id' | 'id' | 'created_at'>,
): Promise<DriverRatingsTable> {
  const row: DriverRatingsTable = { org_id: orgId, id: newId(), ...v, created_at: nowIso() };
  await db.insertInto('driver_ratings').values(row).execute();
  return row;
}

/** Many ratings or notes at once (the demo), in multi-row statements. */
export async function insertRatings(db: Db, rows: DriverRatingsTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('driver_ratings')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

export async function insertNotes(db: Db, rows: DriverNotesTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('driver_notes')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/** A DA's ratings, newest first: the first is their rating, the rest its history. */
export const listRatingsOf = (db: Db, orgId: string, driverId: string) =>
  db
    .selectFrom('driver_ratings')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();

export async function insertNote(
  db: Db,
  orgId: string,
  v: Omit<DriverNotesTable, 'org_id' | 'id' | 'created_at'>,
): Promise<DriverNotesTable> {
  const row: DriverNotesTable = { org_id: orgId, id: newId(), ...v, created_at: nowIso() };
  await db.insertInto('driver_notes').values(row).execute();
  return row;
}

/** A DA's notes, newest first (a timeline). */
export const listNotesOf = (db: Db, orgId: string, driverId: string) =>
  db
    .selectFrom('driver_notes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();

export const findNote = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('driver_notes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function deleteNote(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('driver_notes').where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** Each DA's current rating (their newest), for some DAs at once. */
export async function latestRatings(
  db: Db,
  orgId: string,
  driverIds: readonly string[],
): Promise<Map<string, number>> {
  if (driverIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('driver_ratings')
    .select(['driver_id', 'rating', 'created_at', 'id'])
    .where('org_id', '=', orgId)
    .where('driver_id', 'in', driverIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  // Oldest first, so each DA's newest rating is the one left in the map.
  return new Map(rows.map((r) => [r.driver_id, r.rating]));
}
