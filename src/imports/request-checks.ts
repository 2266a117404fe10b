import { HttpProblem } from '../app/problems.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { PlanningDate } from '../shared/date-schemas.js';
import { findStation } from '../tenancy/store.js';
import type { ImportKind } from './domain/kind.js';

/** A kind that needs a day has one, as a date a schedule can plan (shared/date-schemas.ts). */
export function checkDate(kind: ImportKind, date: string | null): void {
  if (!kind.needsDate) return;
  const checked = date === null ? null : PlanningDate.safeParse(date);
  if (!checked?.success) {
    throw new HttpProblem(400, 'Bad Request', `Pick the day of the ${kind.label.toLowerCase()} file.`, [
      { path: 'date', message: checked?.error.issues[0]?.message ?? 'Pick the day.' },
    ]);
  }
}

export async function checkStation(
  db: Db,
  kind: ImportKind,
  actor: Actor,
  stationId: string | null,
): Promise<void> {
  if (stationId === null) {
    if (kind.needsStation)
      throw new HttpProblem(400, 'Bad Request', `Pick the station this file (${kind.label}) is for.`, [
        { path: 'stationId', message: 'Pick a station.' },
      ]);
    return;
  }
  const station = await findStation(db, actor.orgId, stationId);
  if (!station || !inStationScope(actor, station.id)) {
    throw new HttpProblem(400, 'Bad Request', 'Unknown station.', [
      { path: 'stationId', message: 'Unknown station.' },
    ]);
  }
}
