import type { Db } from '../db/database.js';
import type { DspScorecardsTable } from '../db/schema.js';

/** Queries of the DSP scorecards; every one is scoped by org. */

export const findScorecard = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('dsp_scorecards')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

export const findScorecardOfWeek = (db: Db, orgId: string, stationId: string, weekStart: string) =>
  db
    .selectFrom('dsp_scorecards')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('week_start', '=', weekStart)
    .executeTakeFirst();

/** The station's scorecard read from the same file, if any (the same bytes twice change nothing). */
export const findScorecardOfFile = (db: Db, orgId: string, stationId: string, sha256: string) =>
  db
    .selectFrom('dsp_scorecards')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();

/** A station's scorecards (of one week when given), those without a week first, then newest week first. */
export async function listScorecards(
  db: Db,
  orgId: string,
  stationId: string,
  weekStart?: string,
): Promise<DspScorecardsTable[]> {
  let q = db
    .selectFrom('dsp_scorecards')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId);
  if (weekStart) q = q.where('week_start', '=', weekStart);
  const rows = await q.orderBy('week_start', 'desc').limit(200).execute();
  // The databases sort NULL at opposite ends; the order is set here once.
  return rows.sort((a, b) => (b.week_start ?? '9999').localeCompare(a.week_start ?? '9999'));
}

export async function insertScorecard(db: Db, row: DspScorecardsTable): Promise<void> {
  await db.insertInto('dsp_scorecards').values(row).execute();
}

export async function updateScorecard(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<Omit<DspScorecardsTable, 'org_id' | 'id'>>,
): Promise<void> {
  await db
    .updateTable('dsp_scorecards')
    .set(patch)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** Whether a scorecard of one of `stationIds` is read from this file (files follow their record). */
export async function scorecardKeepsFileIn(
  db: Db,
  orgId: string,
  fileId: string,
  stationIds: readonly string[],
): Promise<boolean> {
  const row = await db
    .selectFrom('dsp_scorecards')
    .select('id')
    .where('org_id', '=', orgId)
    .where('file_id', '=', fileId)
    .where('station_id', 'in', [...stationIds])
    .executeTakeFirst();
  return row !== undefined;
}
