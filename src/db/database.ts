import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { startCheckpointer } from './checkpointer.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** A short description for logs (never the password). */
  describe: string;
  close(): Promise<void>;
}

/** SQLite does run DDL inside transactions; saying so lets a failed migration roll back whole. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class StationhandSqliteDialect extends SqliteDialect {
  override createAdapter() {
    return new TransactionalDdlSqliteAdapter();
  }
}

// COUNT(*) and bigint come back as strings from pg; our integers fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

/**
 * Kysely prepares every query afresh; SQLite statements are reusable, and preparing is a large
 * share of a small query's cost. Queries are built from a fixed set of shapes, so the cache stays
 * small; it is cleared if a caller ever builds unbounded distinct SQL.
 */
function cachePreparedStatements(raw: SQLite.Database, max = 1000): void {
  const prepare = raw.prepare.bind(raw);
  const cache = new Map<string, SQLite.Statement>();
  raw.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement || statement.busy) {
      statement = prepare(source);
      if (cache.size >= max) cache.clear();
      cache.set(source, statement);
    }
    return statement;
  }) as typeof raw.prepare;
}

export function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = new SQLite(file);
  // Takes effect in a new database only: 16 KB pages write a big import ~25% faster than the 4 KB default.
  raw.pragma('page_size = 16384');
  raw.pragma('journal_mode = WAL');
  // A big import's log is hundreds of MB: once checkpointed and started over, give the space back.
  raw.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('synchronous = NORMAL');
  cachePreparedStatements(raw);
  const stopCheckpoints = file === ':memory:' ? async () => {} : startCheckpointer(raw, file);
  const db = new Kysely<Database>({ dialect: new StationhandSqliteDialect({ database: raw }) });
  const close = async () => {
    await stopCheckpoints();
    await db.destroy();
  };
  return { db, dialect: 'sqlite', describe: `sqlite:${file}`, close };
}

export function openPostgres(url: string, poolSize = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server closes (restart, failover) must not crash the process; the pool reconnects.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const where = new URL(url);
  return {
    db,
    dialect: 'postgres',
    describe: `postgres://${where.host}${where.pathname}`,
    close: () => db.destroy(),
  };
}

/** PostgreSQL when DATABASE_URL is set, else the embedded SQLite file in DATA_DIR. */
export function openDatabase(opts: { databaseUrl?: string; dataDir: string }): DatabaseHandle {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openSqlite(path.join(opts.dataDir, 'stationhand.sqlite'));
}

export async function ping(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether every query of `db` goes through one connection (the embedded SQLite database): a transaction
 * holds it until it ends, so a query outside the transaction meanwhile waits for it.
 */
export const holdsOneConnection = (db: Db): boolean => db.getExecutor().adapter instanceof SqliteAdapter;
