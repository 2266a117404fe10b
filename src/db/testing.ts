import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { type DatabaseHandle, openPostgres, openSqlite } from './database.js';
import { migrateToLatest } from './migrate.js';

/** Which database this test run targets: vitest's projects set TEST_DB to sqlite or postgres. */
export const testDialect = (): 'sqlite' | 'postgres' =>
  process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

export interface TestDatabase extends DatabaseHandle {
  /** SQLite file or PostgreSQL URL, for tests that start a second process on the same database. */
  location: string;
  /** Closes and deletes the database. */
  drop(): Promise<void>;
}

function postgresAdminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'TEST_DB=postgres needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).',
    );
  return url;
}

/** A fresh, migrated, empty database of the dialect under test: a temp SQLite file or a new PostgreSQL database. */
export async function freshDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = opts.migrate ?? true;
  if (testDialect() === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-test-'));
    // Named as the server names it, so a spawned server with DATA_DIR=dir opens the same file.
    const file = path.join(dir, 'stationhand.sqlite');
    const handle = openSqlite(file);
    if (migrate) await migrateToLatest(handle);
    return {
      ...handle,
      location: file,
      drop: async () => {
        await handle.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const admin = new URL(postgresAdminUrl());
  const name = `sh_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), 5);
  if (migrate) await migrateToLatest(handle);
  return {
    ...handle,
    location: url.toString(),
    drop: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Another connection to a test's SQLite file, as another process would have: to see whether some
 * connection holds the write lock (a transaction is saving), or to hold it.
 */
export function otherConnection(file: string) {
  const raw = new SQLite(file);
  raw.pragma('busy_timeout = 0');
  return {
    /** Whether another connection holds the write lock right now (this one could not take it). */
    seesLockHeld(): boolean {
      try {
        raw.exec('BEGIN IMMEDIATE');
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
        throw error;
      }
      raw.exec('ROLLBACK');
      return false;
    },
    holdWriteLock: () => raw.exec('BEGIN IMMEDIATE'),
    release: () => raw.exec('ROLLBACK'),
    get: <T>(sql: string, ...params: unknown[]) => raw.prepare(sql).get(...params) as T | undefined,
    close: () => raw.close(),
  };
}
