import type { Db } from '../db/database.js';
import type { MoneyFilesTable, WstFactKind } from '../db/schema.js';

// Queries of WST's other weekly files and of the Incentive invoice, each scoped by org.

/** Of each WST file kind, the latest file with rows in a station's week (a later snapshot replaces it). */
export async function latestFactFilesOfWeek(
  db: Db,
  orgId: string,
  stationId: string,
  week: string,
): Promise<Map<WstFactKind, MoneyFilesTable>> {
  const files = await db
    .selectFrom('money_files as f')
    .selectAll('f')
    .where('f.org_id', '=', orgId)
    .where('f.station_id', '=', stationId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('money_wst_facts as w')
          .select('w.row')
          .whereRef('w.org_id', '=', 'f.org_id')
          .whereRef('w.file_id', '=', 'f.id')
          .where('w.week_start', '=', week),
      ),
    )
    .orderBy('f.imported_at', 'desc')
    .orderBy('f.id', 'desc')
    .execute();
  const latest = new Map<WstFactKind, MoneyFilesTable>();
  for (const f of files) if (!latest.has(f.kind as WstFactKind)) latest.set(f.kind as WstFactKind, f);
  return latest;
}

export const listWstFacts = (db: Db, orgId: string, fileId: string, week: string) =>
  db
    .selectFrom('money_wst_facts')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('file_id', '=', fileId)
    .where('week_start', '=', week)
    .orderBy('row')
    .execute();

/** The weeks a WST file's facts are about. */
export const factWeeksOfFile = async (db: Db, orgId: string, fileId: string) =>
  (
    await db
      .selectFrom('money_wst_facts')
      .select('week_start')
      .distinct()
      .where('org_id', '=', orgId)
      .where('file_id', '=', fileId)
      .orderBy('week_start')
      .execute()
  ).map((r) => r.week_start);

/** The latest Capacity & Reliability file with days in a station's week, and those days. */
export async function capacityOfWeek(db: Db, orgId: string, stationId: string, week: string) {
  const file = await db
    .selectFrom('money_files as f')
    .selectAll('f')
    .where('f.org_id', '=', orgId)
    .where('f.station_id', '=', stationId)
    .where('f.kind', '=', 'capacity-reliability')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('money_capacity_rows as c')
          .select('c.row')
          .whereRef('c.org_id', '=', 'f.org_id')
          .whereRef('c.file_id', '=', 'f.id')
          .where('c.week_start', '=', week),
      ),
    )
    .orderBy('f.imported_at', 'desc')
    .orderBy('f.id', 'desc')
    .executeTakeFirst();
  if (!file) return { file: null, rows: [] };
  const rows = await db
    .selectFrom('money_capacity_rows')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('file_id', '=', file.id)
    .where('week_start', '=', week)
    .orderBy('row')
    .execute();
  return { file, rows };
}

/** A station's weeks with open discrepancies of some kinds (a LIKE pattern, `%` for all): what undo checks. */
export const weeksWithOpenKind = async (db: Db, orgId: string, stationId: string, kinds: string) =>
  (
    await db
      .selectFrom('money_discrepancies')
      .select('week_start')
      .distinct()
      .where('org_id', '=', orgId)
      .where('station_id', '=', stationId)
      .where('status', '=', 'open')
      .where('kind', 'like', kinds)
      .orderBy('week_start')
      .execute()
  ).map((r) => r.week_start);
