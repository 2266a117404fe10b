import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

/**
 * Money (issue 16 items 1–3, 6–8): each station's rate card by effective date, every file brought in
 * with its SHA-256 (one per org: the same file again changes nothing), the rows of invoices, WST and
 * deposits, the discrepancies found with their evidence and status, and the disputes filed.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('money_rates')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('variant', 'text', (c) => c.notNull())
    .addColumn('block_hours', 'double precision', (c) => c.notNull())
    .addColumn('rate_cents', 'integer', (c) => c.notNull())
    .addColumn('import_id', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('money_rates_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('money_rates_line_idx')
    .on('money_rates')
    .columns(['org_id', 'station_id', 'item', 'variant', 'block_hours', 'effective_from'])
    .unique()
    .execute();
  await db.schema
    .createTable('money_files')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('week_start', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull())
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('money_files_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('money_files_sha_idx')
    .on('money_files')
    .columns(['org_id', 'sha256'])
    .unique()
    .execute();
  await db.schema
    .createIndex('money_files_week_idx')
    .on('money_files')
    .columns(['org_id', 'station_id', 'week_start', 'kind'])
    .execute();
  await rows(db);
  await discrepancies(db);
}

async function rows(db: Db): Promise<void> {
  await db.schema
    .createTable('money_invoice_rows')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('row', 'integer', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('quantity', 'double precision')
    .addColumn('rate_cents', 'bigint')
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('money_invoice_rows_pk', ['org_id', 'file_id', 'row'])
    .execute();
  await db.schema
    .createTable('money_wst_rows')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('row', 'integer', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('route', 'text')
    .addColumn('delivery_associate', 'text')
    .addColumn('service_type', 'text', (c) => c.notNull())
    .addColumn('planned_minutes', 'integer', (c) => c.notNull())
    .addColumn('shipments_delivered', 'integer')
    .addColumn('pickup_packages', 'integer')
    .addColumn('excluded', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('money_wst_rows_pk', ['org_id', 'file_id', 'row'])
    .execute();
  await db.schema
    .createTable('money_deposits')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('row', 'integer', (c) => c.notNull())
    .addColumn('deposit_date', 'text', (c) => c.notNull())
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('money_deposits_pk', ['org_id', 'file_id', 'row'])
    .execute();
}

async function discrepancies(db: Db): Promise<void> {
  await db.schema
    .createTable('money_discrepancies')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('expected_cents', 'bigint')
    .addColumn('billed_cents', 'bigint')
    .addColumn('difference_cents', 'bigint')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('recovered_cents', 'bigint')
    .addColumn('written_off_reason', 'text')
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('dispute_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('money_discrepancies_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('money_discrepancies_week_idx')
    .on('money_discrepancies')
    .columns(['org_id', 'station_id', 'week_start', 'status'])
    .execute();
  await db.schema
    .createTable('money_disputes')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addColumn('file_ids', 'text', (c) => c.notNull())
    .addColumn('claimed_cents', 'bigint', (c) => c.notNull())
    .addColumn('recovered_cents', 'bigint')
    .addColumn('outcome_note', 'text')
    .addColumn('outcome_at', 'text')
    .addPrimaryKeyConstraint('money_disputes_pk', ['org_id', 'id'])
    .execute();
}
