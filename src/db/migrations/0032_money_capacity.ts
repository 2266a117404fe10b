import type { Kysely } from 'kysely';

/**
 * The rows of Amazon's Capacity & Reliability report (issue 16 item 2): a day's final scheduled,
 * completed, Amazon-paid cancelled, target and DSP-dropped routes (its columns A, E, F, H, J and L),
 * each kept under its file's row number as evidence.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('money_capacity_rows')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('row', 'integer', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('final_scheduled', 'integer', (c) => c.notNull())
    .addColumn('completed', 'integer', (c) => c.notNull())
    .addColumn('amazon_paid_cancels', 'integer', (c) => c.notNull())
    .addColumn('target', 'integer')
    .addColumn('dsp_dropped', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('money_capacity_rows_pk', ['org_id', 'file_id', 'row'])
    .execute();
  await db.schema
    .createIndex('money_capacity_rows_week_idx')
    .on('money_capacity_rows')
    .columns(['org_id', 'week_start'])
    .execute();
}
