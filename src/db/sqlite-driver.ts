import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as pause } from 'node:timers/promises';
import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/**
 * Another writer (an import in this process or another: the CLI beside the server) held the embedded
 * database's write lock for longer than a write may wait its turn. Answered as 503 with Retry-After.
 */
export class DatabaseBusyError extends Error {
  /** Seconds after which trying again is sensible: a big import saves for about a minute. */
  readonly retryAfterSeconds = 60;
  constructor() {
    super('Another import is saving; try again in a minute.');
    this.name = 'DatabaseBusyError';
  }
}

/** Set while a write the caller can do without runs: it does not wait for another writer. */
const notWaiting = new AsyncLocalStorage<true>();

/**
 * Runs `write`, bookkeeping a request can do without (a session's last-seen): on the embedded database,
 * while another writer holds it (an import saving), the write is skipped at once rather than keeping
 * the request waiting. Elsewhere, and when the database is free, it is simply done.
 */
export async function unlessBusy(write: () => Promise<unknown>): Promise<void> {
  try {
    await notWaiting.run(true, write);
  } catch (error) {
    if (!(error instanceof DatabaseBusyError)) throw error;
  }
}

/** SQLITE_BUSY and its extended codes (BUSY_SNAPSHOT, BUSY_RECOVERY, BUSY_TIMEOUT). */
const isBusy = (error: unknown): boolean =>
  error instanceof Error && String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY');

/** The longest pause between two tries: a write goes ahead within this of the lock coming free. */
const MAX_PAUSE_MS = 50;

/** Whose turn it is on the one connection: a transaction keeps it from its begin to its end. */
class Turn {
  #taken: Promise<void> | undefined;
  #give: (() => void) | undefined;

  async take(): Promise<void> {
    while (this.#taken) await this.#taken;
    this.#taken = new Promise((resolve) => {
      this.#give = resolve;
    });
  }

  give(): void {
    const give = this.#give;
    this.#taken = undefined;
    this.#give = undefined;
    give?.();
  }
}

function run<R>(raw: SQLite.Database, { sql, parameters }: CompiledQuery): QueryResult<R> {
  const statement = raw.prepare(sql);
  if (statement.reader) return { rows: statement.all(parameters) as R[] };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

class WaitingConnection implements DatabaseConnection {
  constructor(
    private readonly raw: SQLite.Database,
    private readonly turn: Turn,
    private readonly waitMs: number,
  ) {}

  /**
   * Runs a statement. While another connection holds the write lock, a statement outside a transaction
   * (a single write, or the `begin immediate` of one) failed without effect: it waits its turn without
   * blocking the event loop (SQLite's own busy timeout would), letting this connection's other users
   * (reads) go on meanwhile, and tries again, for up to `waitMs`. Inside a transaction begun immediate
   * this connection holds the lock already, so nothing waits there.
   */
  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const deadline = Date.now() + (notWaiting.getStore() ? 0 : this.waitMs);
    for (let wait = 1; ; wait = Math.min(wait * 2, MAX_PAUSE_MS)) {
      try {
        return run<R>(this.raw, query);
      } catch (error) {
        if (!isBusy(error)) throw error;
        if (this.raw.inTransaction || Date.now() >= deadline) throw new DatabaseBusyError();
      }
      this.turn.give();
      await pause(wait);
      await this.turn.take();
    }
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const statement = this.raw.prepare(query.sql);
    if (!statement.reader) throw new Error('Only a query that answers rows can be streamed.');
    for (const row of statement.iterate(query.parameters)) yield { rows: [row as R] };
  }
}

/**
 * Kysely's SQLite driver, but for writers beside other writers on one file (WAL: readers never wait):
 * a transaction begins IMMEDIATE, taking the write lock at its start, so it never meets another
 * writer halfway (a deferred one's first write after a read fails at once, whatever the busy
 * timeout); and a statement kept waiting by another writer waits asynchronously, up to `waitMs`, then
 * fails with DatabaseBusyError. The connection is `raw`, with a busy timeout of a few ms at most.
 */
export class WaitingSqliteDriver implements Driver {
  readonly #turn = new Turn();
  readonly #connection: WaitingConnection;

  constructor(
    private readonly raw: SQLite.Database,
    waitMs: number,
  ) {
    this.#connection = new WaitingConnection(raw, this.#turn, waitMs);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#turn.take();
    return this.#connection;
  }

  /** A read-only transaction (`setAccessMode('read only')`, a backup's snapshot) leaves writers be. */
  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const begin = settings.accessMode === 'read only' ? 'begin deferred' : 'begin immediate';
    await connection.executeQuery(CompiledQuery.raw(begin));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    this.#turn.give();
  }

  async destroy(): Promise<void> {
    this.raw.close();
  }
}
