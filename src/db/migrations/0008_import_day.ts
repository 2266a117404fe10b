import type { Kysely } from 'kysely';

/** The business day a file is for (a day's routes), kept with the import for its history and undo. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('imports').addColumn('business_date', 'text').execute();
}
