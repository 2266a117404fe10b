import type { Kysely } from 'kysely';

/** Vans with their status history, maintenance schedules and service records, and the org's fleet settings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vans')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('fleet_number', 'text', (c) => c.notNull())
    .addColumn('vin', 'text', (c) => c.notNull())
    .addColumn('plate', 'text')
    .addColumn('plate_state', 'text')
    .addColumn('make', 'text')
    .addColumn('model', 'text')
    .addColumn('year', 'integer')
    .addColumn('van_type', 'text', (c) => c.notNull())
    .addColumn('ownership', 'text', (c) => c.notNull())
    .addColumn('lessor', 'text')
    .addColumn('ownership_start', 'text')
    .addColumn('ownership_end', 'text')
    .addColumn('monthly_rate_cents', 'integer')
    .addColumn('odometer_miles', 'integer')
    .addColumn('odometer_at', 'text')
    .addColumn('telematics_id', 'text')
    .addColumn('camera_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('status_since', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('vans_pk', ['org_id', 'id'])
    .addUniqueConstraint('vans_fleet_number_uq', ['org_id', 'fleet_number'])
    .addUniqueConstraint('vans_vin_uq', ['org_id', 'vin'])
    .execute();
  await db.schema.createIndex('vans_station_idx').on('vans').columns(['org_id', 'station_id']).execute();

  await db.schema
    .createTable('van_status_changes')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('van_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_by_user_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('van_status_changes_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('van_status_changes_van_idx')
    .on('van_status_changes')
    .columns(['org_id', 'van_id'])
    .execute();

  await db.schema
    .createTable('fleet_settings')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id'))
    .addColumn('ground_on_overdue_critical', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('maintenance_schedules')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('van_types', 'text', (c) => c.notNull())
    .addColumn('every_miles', 'integer')
    .addColumn('every_days', 'integer')
    .addColumn('critical', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('retired_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('maintenance_schedules_pk', ['org_id', 'id'])
    .execute();

  await db.schema
    .createTable('service_records')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('van_id', 'text', (c) => c.notNull())
    .addColumn('schedule_id', 'text')
    .addColumn('service_date', 'text', (c) => c.notNull())
    .addColumn('odometer_miles', 'integer', (c) => c.notNull())
    .addColumn('vendor', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('cost_cents', 'integer', (c) => c.notNull())
    .addColumn('invoice_file_id', 'text')
    .addColumn('notes', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_records_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('service_records_van_idx')
    .on('service_records')
    .columns(['org_id', 'van_id', 'service_date'])
    .execute();
}
