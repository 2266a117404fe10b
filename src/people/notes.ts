import { badRequest, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { visibleDriver } from './drivers.js';
import {
  deleteNote,
  findNote,
  insertNote,
  insertRating,
  listNotesOf,
  listRatingsOf,
  type Note,
  type Rating,
  toNote,
  toRating,
} from './notes-store.js';

/** A DA's ratings, newest first: `current` is the one that stands, the rest its history. */
export async function driverRatings(db: Db, actor: Actor, driverId: string) {
  const da = await visibleDriver(db, actor, driverId);
  const history = (await listRatingsOf(db, actor.orgId, da.id)).map(toRating);
  return { current: history[0] ?? null, history };
}

/** The manager's internal rating of a DA, 1–5 with why; earlier ratings are kept as history. */
export async function rateDriver(
  db: Db,
  actor: Actor,
  driverId: string,
  input: { rating: number; comment?: string | null | undefined },
): Promise<Rating> {
  return db.transaction().execute(async (trx) => {
    const da = await visibleDriver(trx, actor, driverId);
    const row = await insertRating(trx, actor.orgId, {
      driver_id: da.id,
      rating: input.rating,
      comment: input.comment?.trim() || null,
      rated_by: actor.label,
      rated_by_user: actor.userId,
    });
    await recordAudit(trx, actor, { entity: 'driver_rating', entityId: row.id, before: null, after: row });
    return toRating(row);
  });
}

export async function driverNotes(db: Db, actor: Actor, driverId: string): Promise<Note[]> {
  const da = await visibleDriver(db, actor, driverId);
  return (await listNotesOf(db, actor.orgId, da.id)).map(toNote);
}

export async function addNote(db: Db, actor: Actor, driverId: string, body: string): Promise<Note> {
  const text = body.trim();
  if (!text) throw badRequest('Write the note.', [{ path: 'body', message: 'Required.' }]);
  return db.transaction().execute(async (trx) => {
    const da = await visibleDriver(trx, actor, driverId);
    const row = await insertNote(trx, actor.orgId, {
      driver_id: da.id,
      body: text,
      author: actor.label,
      author_user: actor.userId,
    });
    await recordAudit(trx, actor, { entity: 'driver_note', entityId: row.id, before: null, after: row });
    return toNote(row);
  });
}

/** Removes a note written in error; the audit trail keeps what it said. */
export async function removeNote(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await findNote(trx, actor.orgId, id);
    if (!before) throw notFound('Note');
    await visibleDriver(trx, actor, before.driver_id).catch(() => {
      throw notFound('Note');
    });
    await deleteNote(trx, actor.orgId, id);
    await recordAudit(trx, actor, { entity: 'driver_note', entityId: id, before, after: null });
  });
}
