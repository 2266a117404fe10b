import type { Kysely } from 'kysely';

/** DVIC templates and inspections, damage records with their repairs, and alerts to managers. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inspection_templates')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('van_type', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('inspection_templates_pk', ['org_id', 'id'])
    .addUniqueConstraint('inspection_templates_van_type_uq', ['org_id', 'van_type'])
    .execute();

  await db.schema
    .createTable('inspections')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    // Made by the phone, so an offline resubmission finds the inspection it already sent.
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('van_id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('van_type', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text')
    .addColumn('inspector_user_id', 'text')
    .addColumn('inspector_name', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('duration_seconds', 'integer', (c) => c.notNull())
    .addColumn('rushed', 'integer', (c) => c.notNull())
    .addColumn('odometer_miles', 'integer', (c) => c.notNull())
    .addColumn('fuel_percent', 'integer', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('body_photos', 'text', (c) => c.notNull())
    .addColumn('odometer_photo_id', 'text', (c) => c.notNull())
    .addColumn('video_id', 'text')
    .addColumn('damage_marks', 'text', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('grounded', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('inspections_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('inspections_van_idx')
    .on('inspections')
    .columns(['org_id', 'van_id', 'started_at'])
    .execute();
  await db.schema
    .createIndex('inspections_station_day_idx')
    .on('inspections')
    .columns(['org_id', 'station_id', 'business_date'])
    .execute();
  await db.schema
    .createIndex('inspections_driver_idx')
    .on('inspections')
    .columns(['org_id', 'driver_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('damage_records')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('van_id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('panels', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('severity', 'text')
    .addColumn('third_party', 'integer', (c) => c.notNull())
    .addColumn('third_party_details', 'text')
    .addColumn('police_report', 'text')
    .addColumn('claim_status', 'text', (c) => c.notNull())
    .addColumn('cost_cents', 'integer')
    .addColumn('photo_ids', 'text', (c) => c.notNull())
    .addColumn('video_ids', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('previous_inspection_id', 'text')
    .addColumn('inspection_id', 'text')
    .addColumn('attribution', 'text')
    .addColumn('attribution_kind', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('damage_records_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('damage_records_van_idx')
    .on('damage_records')
    .columns(['org_id', 'van_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('damage_records_inspection_idx')
    .on('damage_records')
    .columns(['org_id', 'inspection_id'])
    .execute();

  await db.schema
    .createTable('damage_repairs')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('damage_id', 'text', (c) => c.notNull())
    .addColumn('repaired_on', 'text', (c) => c.notNull())
    .addColumn('vendor', 'text', (c) => c.notNull())
    .addColumn('cost_cents', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('invoice_file_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('damage_repairs_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('damage_repairs_damage_idx')
    .on('damage_repairs')
    .columns(['org_id', 'damage_id'])
    .execute();

  await db.schema
    .createTable('alerts')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text')
    .addColumn('van_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_by', 'text')
    .addColumn('acknowledged_at', 'text')
    .addPrimaryKeyConstraint('alerts_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('alerts_open_idx')
    .on('alerts')
    .columns(['org_id', 'acknowledged_at', 'created_at'])
    .execute();
}
