import { type Kysely, sql } from 'kysely';

type Db = Kysely<unknown>;

/**
 * Performance: Amazon's per-DA weekly metrics (DSP Overview Dashboard), safety events (Cortex Safety
 * Dashboard, Netradyne), negative customer feedback and concessions, and the org's scoring profiles.
 * Rows whose Transporter ID matches no DA are kept with driver_id NULL: the partial indexes list them
 * for the manager to link without scanning the matched rows.
 */
export async function up(db: Db): Promise<void> {
  await daWeeks(db);
  await safetyEvents(db);
  await customerFeedback(db);
  await db.schema
    .createTable('scoring_profiles')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('effective_week', 'text', (c) => c.notNull())
    .addColumn('profile', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('scoring_profiles_pk', ['org_id', 'effective_week'])
    .execute();
}

/** The rows of a Transporter ID not linked to a DA yet, per table. */
async function unlinkedIndex(db: Db, table: string): Promise<void> {
  await db.schema
    .createIndex(`${table}_unlinked_idx`)
    .on(table)
    .columns(['org_id', 'transporter_id'])
    .where(sql.ref('driver_id'), 'is', null)
    .execute();
}

async function daWeeks(db: Db): Promise<void> {
  await db.schema
    .createTable('da_weeks')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('transporter_id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text')
    .addColumn('da_name', 'text')
    .addColumn('metrics', 'text', (c) => c.notNull())
    .addColumn('amazon_tiers', 'text', (c) => c.notNull())
    .addColumn('amazon_scores', 'text', (c) => c.notNull())
    .addColumn('overall_standing', 'text')
    .addColumn('overall_score', 'double precision')
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('da_weeks_pk', ['org_id', 'id'])
    .addUniqueConstraint('da_weeks_station_week_da_uq', [
      'org_id',
      'station_id',
      'week_start',
      'transporter_id',
    ])
    .execute();
  await db.schema
    .createIndex('da_weeks_driver_idx')
    .on('da_weeks')
    .columns(['org_id', 'driver_id', 'week_start'])
    .execute();
  await unlinkedIndex(db, 'da_weeks');
}

async function safetyEvents(db: Db): Promise<void> {
  await db.schema
    .createTable('safety_events')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('transporter_id', 'text')
    .addColumn('driver_id', 'text')
    .addColumn('da_name', 'text')
    .addColumn('vehicle', 'text')
    .addColumn('program_impact', 'text')
    .addColumn('metric_type', 'text', (c) => c.notNull())
    .addColumn('metric_subtype', 'text')
    .addColumn('source', 'text')
    .addColumn('severity', 'text')
    .addColumn('video_link', 'text')
    .addColumn('review_details', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('safety_events_pk', ['org_id', 'id'])
    .addUniqueConstraint('safety_events_event_uq', ['org_id', 'event_id'])
    .execute();
  await db.schema
    .createIndex('safety_events_station_day_idx')
    .on('safety_events')
    .columns(['org_id', 'station_id', 'business_date'])
    .execute();
  await unlinkedIndex(db, 'safety_events');
}

async function customerFeedback(db: Db): Promise<void> {
  await db.schema
    .createTable('customer_feedback')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('tracking_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('feedback_date', 'text', (c) => c.notNull())
    .addColumn('transporter_id', 'text')
    .addColumn('driver_id', 'text')
    .addColumn('da_name', 'text')
    .addColumn('details', 'text')
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_feedback_pk', ['org_id', 'id'])
    .addUniqueConstraint('customer_feedback_key_uq', ['org_id', 'kind', 'tracking_id', 'type'])
    .execute();
  await db.schema
    .createIndex('customer_feedback_station_day_idx')
    .on('customer_feedback')
    .columns(['org_id', 'station_id', 'feedback_date'])
    .execute();
  await db.schema
    .createIndex('customer_feedback_driver_idx')
    .on('customer_feedback')
    .columns(['org_id', 'driver_id', 'feedback_date'])
    .execute();
  await unlinkedIndex(db, 'customer_feedback');
}
