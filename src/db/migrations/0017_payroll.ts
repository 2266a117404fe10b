import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

/**
 * Payroll (issue 15): DAs' punches from the phone, timecard imports and managers (a correction is a
 * new row beside the original), the providers' employee numbers remembered per DA, each station's location for the phone's radius check, the
 * exceptions of each workday and the premiums owed to DAs until paid.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('punches')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text')
    .addColumn('employee_number', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('workday', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text')
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('outside_radius', 'integer')
    .addColumn('import_id', 'text')
    .addColumn('corrects_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('punches_pk', ['org_id', 'id'])
    .execute();
  // A phone's punch id is stored once per DA (NULLs, for other sources, never collide).
  await db.schema
    .createIndex('punches_client_idx')
    .on('punches')
    .columns(['org_id', 'driver_id', 'client_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('punches_driver_day_idx')
    .on('punches')
    .columns(['org_id', 'driver_id', 'workday'])
    .execute();
  await db.schema
    .createIndex('punches_station_day_idx')
    .on('punches')
    .columns(['org_id', 'station_id', 'workday'])
    .execute();
  await db.schema
    .createIndex('punches_employee_idx')
    .on('punches')
    .columns(['org_id', 'employee_number', 'at'])
    .execute();
  await db.schema
    .createTable('payroll_employee_numbers')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('employee_number', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('payroll_employee_numbers_pk', ['org_id', 'employee_number'])
    .execute();
  await db.schema
    .createTable('payroll_station_settings')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('latitude', 'double precision', (c) => c.notNull())
    .addColumn('longitude', 'double precision', (c) => c.notNull())
    .addColumn('radius_meters', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('payroll_station_settings_pk', ['org_id', 'station_id'])
    .execute();
  await exceptions(db);
}

async function exceptions(db: Db): Promise<void> {
  await db.schema
    .createTable('payroll_exceptions')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('workday', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('resolution_reason', 'text')
    .addColumn('correction_id', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('payroll_exceptions_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('payroll_exceptions_day_idx')
    .on('payroll_exceptions')
    .columns(['org_id', 'station_id', 'workday', 'driver_id', 'kind'])
    .unique()
    .execute();
  await db.schema
    .createTable('payroll_premiums')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('workday', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('hours', 'double precision', (c) => c.notNull())
    .addColumn('exception_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('paid_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('payroll_premiums_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('payroll_premiums_driver_idx')
    .on('payroll_premiums')
    .columns(['org_id', 'driver_id', 'workday'])
    .execute();
}
