import type { Kysely } from 'kysely';

/** Delivery Associates (DAs): profile, status with its history. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('drivers')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'text')
    .addColumn('transporter_id', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('sms_consent_at', 'text')
    .addColumn('home_station_id', 'text', (c) => c.notNull())
    .addColumn('hourly_rate_cents', 'integer')
    .addColumn('hire_date', 'text')
    .addColumn('van_types', 'text', (c) => c.notNull())
    .addColumn('license_number', 'text')
    .addColumn('license_state', 'text')
    .addColumn('license_expiry', 'text')
    .addColumn('dot_medical_expiry', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('status_since', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drivers_pk', ['org_id', 'id'])
    .addUniqueConstraint('drivers_transporter_uq', ['org_id', 'transporter_id'])
    .addUniqueConstraint('drivers_employee_uq', ['org_id', 'employee_id'])
    .execute();
  await db.schema
    .createIndex('drivers_station_idx')
    .on('drivers')
    .columns(['org_id', 'home_station_id'])
    .execute();

  await db.schema
    .createTable('driver_status_changes')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('driver_status_changes_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('driver_status_changes_driver_idx')
    .on('driver_status_changes')
    .columns(['org_id', 'driver_id'])
    .execute();
}
