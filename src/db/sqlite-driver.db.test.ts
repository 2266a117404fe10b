import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrg } from '../tenancy/store.js';
import { openSqlite } from './database.js';
import { DatabaseBusyError } from './sqlite-driver.js';
import { freshDatabase, otherConnection, type TestDatabase, testDialect } from './testing.js';

// Issue 12, item 9: "Write transactions begin IMMEDIATE and wait their turn within a bounded time";
// "Plain single-statement writes outside a transaction also need to wait their turn", asynchronously.

describe.runIf(testDialect() === 'sqlite')('writers on the embedded database', () => {
  let db: TestDatabase;
  let other: ReturnType<typeof otherConnection>;

  beforeAll(async () => {
    db = await freshDatabase();
    other = otherConnection(db.location);
  });
  afterAll(async () => {
    other.close();
    await db.drop();
  });

  const orgCount = async () =>
    (await sql<{ n: number }>`select count(*) as n from orgs`.execute(db.db)).rows[0]?.n;

  it('a write outside a transaction waits its turn without stopping reads, then goes ahead', async () => {
    other.holdWriteLock();
    const writing = insertOrg(db.db, { name: 'Waiting DSP', slug: 'waiting' });
    // While the write waits, the same connection still answers a read (SQLite's own wait would block it).
    expect(await orgCount()).toBe(0);
    other.release();
    expect((await writing).slug).toBe('waiting');
    expect(await orgCount()).toBe(1);
  });

  it('a transaction takes the write lock as it begins, before its first write', async () => {
    const seen = await db.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      return other.seesLockHeld();
    });
    expect(seen).toBe(true);
    expect(other.seesLockHeld()).toBe(false);
  });

  it('a read-only transaction sees one snapshot and leaves the write lock to others', async () => {
    const writer = openSqlite(db.location);
    const counts = await db.db
      .transaction()
      .setAccessMode('read only')
      .execute(async (trx) => {
        const before = (await sql<{ n: number }>`select count(*) as n from orgs`.execute(trx)).rows[0]?.n;
        const lockTaken = other.seesLockHeld();
        await insertOrg(writer.db, { name: 'Meanwhile DSP', slug: 'meanwhile' });
        const after = (await sql<{ n: number }>`select count(*) as n from orgs`.execute(trx)).rows[0]?.n;
        return { before, after, lockTaken };
      });
    await writer.close();
    expect(counts.lockTaken).toBe(false);
    expect(counts.after).toBe(counts.before);
  });

  it('a write kept waiting past its bound fails with DatabaseBusyError; the next one, once free, goes ahead', async () => {
    const hurried = openSqlite(db.location, { writeWaitMs: 50 });
    try {
      other.holdWriteLock();
      try {
        await expect(
          hurried.db.transaction().execute((trx) => insertOrg(trx, { name: 'Late DSP', slug: 'late' })),
        ).rejects.toBeInstanceOf(DatabaseBusyError);
        await expect(insertOrg(hurried.db, { name: 'Late DSP', slug: 'late' })).rejects.toThrow(
          'Another import is saving; try again in a minute.',
        );
      } finally {
        other.release();
      }
      expect((await insertOrg(hurried.db, { name: 'Late DSP', slug: 'late' })).slug).toBe('late');
    } finally {
      await hurried.close();
    }
  });
});
