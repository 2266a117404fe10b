import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type { ImportsTable } from '../db/schema.js';
import { decodeCursor, toPage } from '../shared/pagination.js';
import { nameInOrg } from '../tenancy/store.js';
import type { Mapping } from './domain/headers.js';
import type { Unmatched } from './domain/unmatched.js';

export interface ImportError {
  row: number;
  column: string;
  message: string;
}

export async function insertImport(db: Db, row: ImportsTable): Promise<void> {
  await db.insertInto('imports').values(row).execute();
}

export async function updateImport(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<Omit<ImportsTable, 'org_id' | 'id'>>,
): Promise<void> {
  await db.updateTable('imports').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}

/**
 * The instances that have imports running, of every org: start-up looks for the imports of instances
 * that are gone, whichever org they were for (null: an import from before instances were recorded).
 */
export async function runningImportOwners(db: Db): Promise<(string | null)[]> {
  const rows = await db
    .selectFrom('imports')
    .select('owner_instance')
    .distinct()
    .where('status', '=', 'running')
    .execute();
  return rows.map((r) => r.owner_instance);
}

/** Marks the running imports of an instance that is gone as failed, with why; answers which they were. */
export async function failImportsOf(db: Db, owner: string | null, message: string) {
  return db
    .updateTable('imports')
    .set({
      status: 'failed',
      error_count: 1,
      errors: JSON.stringify([{ row: 0, column: '', message }]),
      finished_at: new Date().toISOString(),
    })
    .where('status', '=', 'running')
    .where('owner_instance', owner === null ? 'is' : '=', owner)
    .returning(['org_id', 'id', 'kind', 'file_name'])
    .execute();
}

export const findImport = (db: Db, orgId: string, id: string) =>
  db.selectFrom('imports').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();

/** The newest committed import of a kind: the only one that may be undone. */
/**
 * The newest committed import of a kind — of the same business day, for kinds of one day (a day's
 * routes do not touch another day's).
 */
export const latestCommittedImport = (db: Db, orgId: string, kind: string, businessDate: string | null) => {
  let q = db
    .selectFrom('imports')
    .select('id')
    .where('org_id', '=', orgId)
    .where('kind', '=', kind)
    .where('status', '=', 'committed');
  q =
    businessDate === null
      ? q.where('business_date', 'is', null)
      : q.where('business_date', '=', businessDate);
  return q.orderBy('id', 'desc').limit(1).executeTakeFirst();
};

/** Import history, newest first: only the kinds the caller may run (a dispatcher sees routes, not DAs). */
export async function listImports(
  db: Db,
  orgId: string,
  kinds: readonly string[],
  limit: number,
  cursor?: string,
) {
  if (kinds.length === 0) return { items: [], nextCursor: null };
  let q = db
    .selectFrom('imports')
    .leftJoin('users', 'users.id', 'imports.created_by')
    .leftJoin('memberships', (j) =>
      j
        .onRef('memberships.user_id', '=', 'imports.created_by')
        .onRef('memberships.org_id', '=', 'imports.org_id'),
    )
    .selectAll('imports')
    .select((eb) => nameInOrg(eb).as('created_by_name'))
    .where('imports.org_id', '=', orgId)
    .where('imports.kind', 'in', kinds);
  const after = decodeCursor(cursor);
  if (after) q = q.where('imports.id', '<', after);
  const rows = await q
    .orderBy('imports.id', 'desc')
    .limit(limit + 1)
    .execute();
  return toPage(rows, limit, (r) => r.id, toImportSummary);
}

export const findImportSummary = async (db: Db, orgId: string, id: string) => {
  const row = await findImportRow(db, orgId, id);
  return row ? toImportSummary(row) : undefined;
};

/** One import with the problems it reported (the first 1,000), for its detail view. */
export const findImportDetail = async (db: Db, orgId: string, id: string) => {
  const row = await findImportRow(db, orgId, id);
  return row ? { ...toImportSummary(row), errors: JSON.parse(row.errors) as ImportError[] } : undefined;
};

async function findImportRow(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('imports')
    .leftJoin('users', 'users.id', 'imports.created_by')
    .leftJoin('memberships', (j) =>
      j
        .onRef('memberships.user_id', '=', 'imports.created_by')
        .onRef('memberships.org_id', '=', 'imports.org_id'),
    )
    .selectAll('imports')
    .select((eb) => nameInOrg(eb).as('created_by_name'))
    .where('imports.org_id', '=', orgId)
    .where('imports.id', '=', id)
    .executeTakeFirst();
}

export function toImportSummary(r: ImportsTable & { created_by_name: string | null }) {
  return {
    id: r.id,
    kind: r.kind,
    stationId: r.station_id,
    businessDate: r.business_date,
    fileName: r.file_name,
    status: r.status,
    dryRun: r.dry_run === 1,
    rows: r.rows,
    processed: r.processed,
    created: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    errorCount: r.error_count,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
    createdBy: r.created_by ? { id: r.created_by, name: r.created_by_name ?? '' } : null,
    undoneAt: r.undone_at,
    /** Rows kept whose ID matches no DA, as the result said it. */
    unmatched: r.unmatched ? (JSON.parse(r.unmatched) as Unmatched) : null,
    /** Why a failed import stopped (its one error), shown in the history. */
    failure: r.status === 'failed' ? ((JSON.parse(r.errors) as ImportError[])[0]?.message ?? null) : null,
  };
}

export async function insertImportChanges(
  db: Db,
  rows: {
    org_id: string;
    import_id: string;
    seq: number;
    entity: string;
    entity_id: string;
    before: string | null;
  }[],
): Promise<void> {
  await insertRows(db, 'import_changes', rows);
}

export const listImportChanges = (db: Db, orgId: string, importId: string) =>
  db
    .selectFrom('import_changes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('import_id', '=', importId)
    .orderBy('seq', 'desc')
    .execute();

export async function getSavedMapping(db: Db, orgId: string, kind: string): Promise<Mapping> {
  const row = await db
    .selectFrom('import_mappings')
    .select('mapping')
    .where('org_id', '=', orgId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row ? (JSON.parse(row.mapping) as Mapping) : {};
}

export async function saveMapping(db: Db, orgId: string, kind: string, mapping: Mapping): Promise<void> {
  const values = {
    org_id: orgId,
    kind,
    mapping: JSON.stringify(mapping),
    updated_at: new Date().toISOString(),
  };
  await db
    .insertInto('import_mappings')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['org_id', 'kind']).doUpdateSet({ mapping: values.mapping, updated_at: values.updated_at }),
    )
    .execute();
}
