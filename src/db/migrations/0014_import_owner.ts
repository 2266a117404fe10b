import { type Kysely, sql } from 'kysely';

/**
 * Which process (instance) runs an import, so that one killed mid-import is told from one still
 * running: on start, the running imports of instances that are gone are marked failed. Rows from
 * before this migration have no owner. The index covers the few running rows that start-up looks for.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('imports').addColumn('owner_instance', 'text').execute();
  await sql`create index imports_running_idx on imports (owner_instance) where status = 'running'`.execute(
    db,
  );
}
