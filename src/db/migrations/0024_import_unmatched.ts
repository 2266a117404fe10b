import type { Kysely } from 'kysely';

/**
 * What an import kept whose Transporter ID (or employee number) matches no DA, as its result said it
 * (JSON), so the history still says it after the page that ran the import is closed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('imports').addColumn('unmatched', 'text').execute();
}
