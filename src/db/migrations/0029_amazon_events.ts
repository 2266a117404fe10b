import type { Kysely } from 'kysely';

/**
 * Issue 16 item 4: what the board records of Amazon's decisions (a route Amazon cancelled after we
 * staffed it; an unplanned delay on some routes), which the money checks price as expected pay, and
 * the Money week page's line each discrepancy is about.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('route_late_cancels')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('route_id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('route_late_cancels_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('route_late_cancels_route_idx')
    .on('route_late_cancels')
    .columns(['org_id', 'route_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('route_late_cancels_day_idx')
    .on('route_late_cancels')
    .columns(['org_id', 'station_id', 'business_date'])
    .execute();
  await db.schema
    .createTable('unplanned_delays')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('route_ids', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('unplanned_delays_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('unplanned_delays_day_idx')
    .on('unplanned_delays')
    .columns(['org_id', 'station_id', 'business_date'])
    .execute();
  await db.schema.alterTable('money_discrepancies').addColumn('line', 'text').execute();
}
