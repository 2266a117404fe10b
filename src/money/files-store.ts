import type { Insertable } from 'kysely';
import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type { MoneyFilesTable, MoneyWstFactsTable, WstFactKind } from '../db/schema.js';

// Queries of WST's other weekly files and of the Incentive invoice, each scoped by org.

export async function insertWstFacts(db: Db, rows: Insertable<MoneyWstFactsTable>[]) {
  await insertRows(db, 'money_wst_facts', rows);
}

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
