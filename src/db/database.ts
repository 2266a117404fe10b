import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteAdapter, SqliteDialect } from 'kysely';
import pg from 'pg';
import { startCheckpointer } from './checkpointer.js';
import type { Database } from './schema.js';
import { WaitingSqliteDriver } from './sqlite-driver.js';

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
  constructor(
    private readonly raw: SQLite.Database,
    private readonly writeWaitMs: number,
  ) {
    super({ database: raw });
  }

  override createAdapter() {
    return new TransactionalDdlSqliteAdapter();
  }

  override createDriver() {
    return new WaitingSqliteDriver(this.raw, this.writeWaitMs);
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

export interface SqliteOptions {
  /**
   * How long a write waits for another writer on the same file (an import saving, the CLI beside the
   * server) before failing with DatabaseBusyError.
   */
  writeWaitMs?: number;
}

/** A short wait by default: a request that waits longer is better answered "try again". */
const WRITE_WAIT_MS = 15_000;

/**
 * A connection as every one of ours is set. The file's own settings are the main connection's to make;
 * a second connection leaves checkpoints to the main one's thread (startCheckpointer).
 */
function connect(file: string, main: boolean): SQLite.Database {
  const raw = new SQLite(file);
  if (main) {
    // Takes effect in a new database only: 16 KB pages write a big import ~25% faster than the 4 KB default.
    raw.pragma('page_size = 16384');
    raw.pragma('journal_mode = WAL');
  } else raw.pragma('wal_autocheckpoint = 0');
  // A big import's log is hundreds of MB: once checkpointed and started over, give the space back.
  raw.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  raw.pragma('foreign_keys = ON');
  // Waiting for another writer is the driver's, asynchronous: SQLite's own wait would stop the event loop.
  raw.pragma('busy_timeout = 5');
  raw.pragma('synchronous = NORMAL');
  cachePreparedStatements(raw);
  return raw;
}

const kysely = (raw: SQLite.Database, writeWaitMs: number): Db =>
  new Kysely<Database>({ dialect: new StationhandSqliteDialect(raw, writeWaitMs) });

/** How to open a second connection to a database's file, for each SQLite database opened from a file. */
const secondConnections = new WeakMap<Db, () => Db>();

export function openSqlite(
  file: string,
  { writeWaitMs = WRITE_WAIT_MS }: SqliteOptions = {},
): DatabaseHandle {
  const inMemory = file === ':memory:';
  if (!inMemory) fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = connect(file, true);
  const stopCheckpoints = inMemory ? async () => {} : startCheckpointer(raw, file);
  const db = kysely(raw, writeWaitMs);
  if (!inMemory) secondConnections.set(db, () => kysely(connect(file, false), writeWaitMs));
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
export function openDatabase(
  opts: { databaseUrl?: string; dataDir: string } & SqliteOptions,
): DatabaseHandle {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openSqlite(path.join(opts.dataDir, 'stationhand.sqlite'), opts);
}

/** Compiled once: health asks on every call, and building even `select 1` costs more than running it. */
const PING = CompiledQuery.raw('select 1');

export async function ping(db: Db): Promise<boolean> {
  try {
    await db.executeQuery(PING);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether every query of `db` goes through one connection (the embedded SQLite database): a transaction
 * holds it until it ends, so a query outside the transaction meanwhile waits for it. One connection at a
 * time writes to the file, too: a write elsewhere waits for a transaction that has written.
 */
export const holdsOneConnection = (db: Db): boolean => db.getExecutor().adapter instanceof SqliteAdapter;

/**
 * Runs long `work` (an import's save) on a connection of its own. On an embedded database file that is
 * a second connection to it, so `db`'s connection stays free meanwhile: its reads see the last commit
 * (WAL), its writes wait their turn. On PostgreSQL (or SQLite in memory) it is `db` itself: each of the
 * pool's transactions has its own connection already.
 */
export async function onOwnConnection<T>(db: Db, work: (own: Db) => Promise<T>): Promise<T> {
  const open = secondConnections.get(db);
  if (!open) return work(db);
  const own = open();
  try {
    return await work(own);
  } finally {
    await own.destroy();
  }
}
