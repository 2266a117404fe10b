import type { Kysely } from 'kysely';

/**
 * Fleet bills (issue 16 item 5): the rows of the Fixed Monthly fleet invoice (a day, a van class, how
 * many vans, the monthly rate, the amount), of the AFS (the authorized fleet size of a day) and of
 * lessors' and rental invoices (a van by VIN or plate, its period, days, amount), under their file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('money_fleet_rows')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('row', 'integer', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text')
    .addColumn('van_class', 'text')
    .addColumn('vin', 'text')
    .addColumn('plate', 'text')
    .addColumn('van_id', 'text')
    .addColumn('lessor', 'text')
    .addColumn('reference', 'text')
    .addColumn('quantity', 'double precision')
    .addColumn('rate_cents', 'bigint')
    .addColumn('amount_cents', 'bigint')
    .addPrimaryKeyConstraint('money_fleet_rows_pk', ['org_id', 'file_id', 'row'])
    .execute();
  await db.schema
    .createIndex('money_fleet_rows_date_idx')
    .on('money_fleet_rows')
    .columns(['org_id', 'date'])
    .execute();
}
