import { type CompiledQuery, sql } from 'kysely';
import type { DatabaseHandle, Db } from './database.js';

/**
 * Says whether anything in the database changed: two equal answers mean no write committed between
 * them, by any connection or process, through any code path (no write has to remember to bump it).
 * SQLite: the changes this connection made (total_changes, triggers included) and the file's
 * data_version (moves when another connection commits). PostgreSQL: the current snapshot
 * (xmin:xmax:in-progress), which moves whenever a transaction that wrote commits or rolls back.
 * Coarse on purpose: a write anywhere moves it, so it is never stale, only sometimes too cautious.
 */
const VERSION_SQL = {
  sqlite: sql<{
    version: string;
  }>`select total_changes() || ':' || (select data_version from pragma_data_version) as version`,
  postgres: sql<{ version: string }>`select pg_current_snapshot()::text as version`,
};

const compiled = new WeakMap<Db, CompiledQuery<{ version: string }>>();

export async function dataVersion({ db, dialect }: Pick<DatabaseHandle, 'db' | 'dialect'>): Promise<string> {
  let query = compiled.get(db);
  if (!query) {
    query = VERSION_SQL[dialect].compile(db);
    compiled.set(db, query);
  }
  const { rows } = await db.executeQuery(query);
  return String(rows[0]?.version);
}
