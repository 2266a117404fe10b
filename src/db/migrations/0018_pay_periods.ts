import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

/**
 * Pay periods (issue 15 item 8): the org's payroll settings (frequency, first period, its own pay
 * codes per provider), each closed period with the totals frozen at close, every export's bytes, and
 * the period that paid each premium.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('payroll_settings')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').primaryKey())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pay_periods')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('open_exceptions', 'integer', (c) => c.notNull())
    .addColumn('override_reason', 'text')
    .addColumn('closed_by', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('reopened_by', 'text')
    .addColumn('reopened_at', 'text')
    .addColumn('reopen_reason', 'text')
    .addPrimaryKeyConstraint('pay_periods_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('pay_periods_start_idx')
    .on('pay_periods')
    .columns(['org_id', 'start_date'])
    .unique()
    .execute();
  await db.schema
    .createTable('pay_period_totals')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('period_id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('employee_number', 'text')
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('pay_code', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('cents', 'integer')
    .addPrimaryKeyConstraint('pay_period_totals_pk', ['org_id', 'period_id', 'driver_id', 'pay_code'])
    .execute();
  await db.schema
    .createTable('pay_period_exports')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('period_id', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pay_period_exports_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('pay_period_exports_period_idx')
    .on('pay_period_exports')
    .columns(['org_id', 'period_id', 'created_at'])
    .execute();
  await db.schema.alterTable('payroll_premiums').addColumn('paid_period_id', 'text').execute();
}
