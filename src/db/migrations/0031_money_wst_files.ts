import type { Kysely } from 'kysely';

/**
 * The rows of WST's other weekly files (issue 16 item 2): Delivered Packages, Training Weekly, Unplanned
 * Delay and Weekly Report, one table for the four (the file's kind says which), each row kept under its
 * file's row number as evidence. `quantity` is what the checks add up: a package count, minutes of delay,
 * Amazon's late cancels, 1 a training; `eligible` is Training's "DSP Payment Eligible" (null elsewhere).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('money_wst_facts')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('row', 'integer', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('quantity', 'double precision', (c) => c.notNull())
    .addColumn('eligible', 'integer')
    .addPrimaryKeyConstraint('money_wst_facts_pk', ['org_id', 'file_id', 'row'])
    .execute();
  await db.schema
    .createIndex('money_wst_facts_week_idx')
    .on('money_wst_facts')
    .columns(['org_id', 'week_start'])
    .execute();
}
