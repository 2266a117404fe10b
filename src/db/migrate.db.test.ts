import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate.js';
import { freshDatabase, type TestDatabase } from './testing.js';

describe('migrations', () => {
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await db?.drop();
    db = undefined;
  });

  it('applies every migration once and records it', async () => {
    db = await freshDatabase({ migrate: false });
    const first = await migrateToLatest(db);
    expect(first).toContain('0001_foundation');
    expect(await migrateToLatest(db)).toEqual([]);
    const recorded = await sql<{ name: string }>`select name from kysely_migration`.execute(db.db);
    expect(recorded.rows.map((r) => r.name)).toEqual(first);
  });

  it('leaves the database exactly as it was when a migration fails half-way', async () => {
    db = await freshDatabase();
    await expect(
      migrateToLatest(db, {
        '9998_half_done': async (k) => {
          await k.schema.createTable('half_done').addColumn('id', 'text').execute();
          await sql`select * from table_that_does_not_exist`.execute(k);
        },
      }),
    ).rejects.toThrow(/9998_half_done failed/);
    const tables = await db.db.introspection.getTables();
    expect(tables.map((t) => t.name)).not.toContain('half_done');
    const recorded = await sql<{ name: string }>`select name from kysely_migration`.execute(db.db);
    expect(recorded.rows.map((r) => r.name)).not.toContain('9998_half_done');
  });
});
