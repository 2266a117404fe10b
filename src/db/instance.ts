import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { newId } from '../shared/ids.js';
import type { DatabaseHandle } from './database.js';

/**
 * This process: each server and command-line process is one instance, named once. What it leaves
 * behind (a running import, an upload in DATA_DIR/tmp) carries this name, so that once the process is
 * gone, the next one to start can tell it from the work of an instance still running.
 */
export const THIS_INSTANCE = newId();

/**
 * An instance holds its lease while it runs; the operating system or the database lets go of it when
 * the process dies, however it dies (kill -9 included), so a lease nobody holds means the instance is gone.
 */
export interface InstanceLease {
  id: string;
  /** Whether the instance of that id still runs (holds its lease). */
  isAlive(id: string): Promise<boolean>;
  release(): Promise<void>;
}

const ID = /^[0-9a-z-]{1,64}$/i;

/**
 * Takes this instance's lease on the database. PostgreSQL (several instances, maybe on several hosts):
 * a session advisory lock on a connection of its own, released when that connection ends. SQLite (one
 * machine): a small lock file under DATA_DIR/instances held locked by SQLite itself, released when the
 * process ends.
 */
export async function holdInstanceLease(
  handle: DatabaseHandle,
  opts: { dataDir: string; databaseUrl?: string | undefined; id?: string },
): Promise<InstanceLease> {
  const id = opts.id ?? THIS_INSTANCE;
  if (handle.dialect === 'postgres') {
    if (!opts.databaseUrl) throw new Error('An instance lease on PostgreSQL needs the database URL.');
    return postgresLease(handle, opts.databaseUrl, id);
  }
  return fileLease(path.join(opts.dataDir, 'instances'), id);
}

/** Advisory locks of instance leases: this first key, and a 31-bit hash of the instance id. */
const LEASE_SPACE = 0x5348_0001;
const leaseKey = (id: string) => createHash('sha256').update(id).digest().readUInt32BE(0) & 0x7fff_ffff;

async function postgresLease(handle: DatabaseHandle, url: string, id: string): Promise<InstanceLease> {
  let released = false;
  let client: pg.Client | null = null;
  const hold = async () => {
    const c = new pg.Client({ connectionString: url });
    c.on('error', (error) => console.error(`Instance lease: connection lost (${error.message}).`));
    // A lost connection lost the lock: take it again, or other instances take this one for gone.
    c.on('end', () => {
      if (!released) setTimeout(retry, 1000).unref();
    });
    await c.connect();
    await c.query('select pg_advisory_lock($1::int4, $2::int4)', [LEASE_SPACE, leaseKey(id)]);
    client = c;
  };
  const retry = () => {
    hold().catch((error: Error) => {
      console.error(`Instance lease: cannot take it again yet (${error.message}).`);
      if (!released) setTimeout(retry, 5000).unref();
    });
  };
  await hold();
  return {
    id,
    // Taking the lock for a moment succeeds only when nobody holds it; the transaction lets go at once.
    isAlive: (other) =>
      handle.db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ free: boolean }>`select pg_try_advisory_xact_lock(${LEASE_SPACE}::int4,
          ${leaseKey(other)}::int4) as free`.execute(trx);
        return rows[0]?.free !== true;
      }),
    release: async () => {
      released = true;
      await client?.end();
    },
  };
}

/** Whether some connection holds the lock file (a read needs the lock it holds exclusively). */
function fileHeld(file: string): boolean {
  let probe: SQLite.Database | undefined;
  try {
    probe = new SQLite(file, { readonly: true, fileMustExist: true, timeout: 0 });
    probe.prepare('select count(*) from sqlite_master').get();
    return false;
  } catch (error) {
    // Busy: locked by its instance. Anything else (no file, not a database) is held by nobody.
    return (error as { code?: string }).code === 'SQLITE_BUSY';
  } finally {
    probe?.close();
  }
}

async function fileLease(dir: string, id: string): Promise<InstanceLease> {
  fs.mkdirSync(dir, { recursive: true });
  // Lock files of instances that are gone. One being started is still named .starting: left alone.
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (name.endsWith('.lock') && !fileHeld(file)) fs.rmSync(file, { force: true });
  }
  const starting = path.join(dir, `${id}.starting`);
  const lock = new SQLite(starting);
  lock.pragma('journal_mode = MEMORY'); // no journal file beside it
  // EXCLUSIVE: the first write takes the lock and the connection keeps it until it closes.
  lock.pragma('locking_mode = EXCLUSIVE');
  lock.exec('create table if not exists instance (pid integer, started_at text)');
  lock.prepare('insert into instance values (?, ?)').run(process.pid, new Date().toISOString());
  const file = path.join(dir, `${id}.lock`);
  fs.renameSync(starting, file); // named .lock only once held: never seen unheld while it runs
  return {
    id,
    isAlive: async (other) => ID.test(other) && fileHeld(path.join(dir, `${other}.lock`)),
    release: async () => {
      lock.close();
      fs.rmSync(file, { force: true });
    },
  };
}
