import type { Kysely } from 'kysely';

/**
 * A rule-made written warning waits for a manager (`notify = 'review'`, a text column already) who may
 * add a note to it before sending; the note goes to the DA with the warning.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('coaching_items').addColumn('manager_note', 'text').execute();
}
