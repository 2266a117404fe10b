import type { Kysely } from 'kysely';

/**
 * Overtime approved ahead of the day (issue 15, item 1): the roster's overtime decision, one row per DA
 * and date with who approved it, so payroll reads it as the approval its "unapproved overtime" check
 * looks for instead of flagging every long day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('overtime_approvals')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('route_code', 'text')
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('overtime_approvals_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('overtime_approvals_day_idx')
    .on('overtime_approvals')
    .columns(['org_id', 'driver_id', 'business_date'])
    .unique()
    .execute();
}
