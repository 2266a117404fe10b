import type { Kysely } from 'kysely';

/**
 * The records a DSP keeps on each DA beside the profile: onboarding checklist (steps per org, their
 * state per DA), documents with expiry and review, attendance events with points under the org's
 * policy, the manager's ratings and a notes timeline.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('onboarding_steps')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('applies_to', 'text', (c) => c.notNull())
    .addColumn('document_type', 'text')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('onboarding_steps_pk', ['org_id', 'id'])
    .addUniqueConstraint('onboarding_steps_key_uq', ['org_id', 'key'])
    .execute();

  await db.schema
    .createTable('onboarding_records')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('document_id', 'text')
    .addColumn('expiry', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('onboarding_records_pk', ['org_id', 'id'])
    .addUniqueConstraint('onboarding_records_step_uq', ['org_id', 'driver_id', 'step_id'])
    .execute();

  await db.schema
    .createTable('driver_documents')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text')
    .addColumn('expiry', 'text')
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('review_note', 'text')
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_by_user', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('driver_documents_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('driver_documents_driver_idx')
    .on('driver_documents')
    .columns(['org_id', 'driver_id'])
    .execute();
  await db.schema
    .createIndex('driver_documents_expiry_idx')
    .on('driver_documents')
    .columns(['org_id', 'expiry'])
    .execute();

  await db.schema
    .createTable('attendance_events')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('notice_minutes', 'integer')
    .addColumn('late_minutes', 'integer')
    .addColumn('reason', 'text')
    .addColumn('excused', 'integer', (c) => c.notNull())
    .addColumn('excused_by', 'text')
    .addColumn('excused_at', 'text')
    .addColumn('excuse_note', 'text')
    .addColumn('points_tenths', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'text')
    .addColumn('delete_reason', 'text')
    .addPrimaryKeyConstraint('attendance_events_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('attendance_events_driver_idx')
    .on('attendance_events')
    .columns(['org_id', 'driver_id', 'business_date'])
    .execute();
  await db.schema
    .createIndex('attendance_events_date_idx')
    .on('attendance_events')
    .columns(['org_id', 'business_date'])
    .execute();

  await db.schema
    .createTable('attendance_policies')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('ncns_tenths', 'integer', (c) => c.notNull())
    .addColumn('callout_short_tenths', 'integer', (c) => c.notNull())
    .addColumn('callout_tenths', 'integer', (c) => c.notNull())
    .addColumn('short_notice_hours', 'integer', (c) => c.notNull())
    .addColumn('late_tenths', 'integer', (c) => c.notNull())
    .addColumn('late_grace_minutes', 'integer', (c) => c.notNull())
    .addColumn('left_early_tenths', 'integer', (c) => c.notNull())
    .addColumn('sent_home_tenths', 'integer', (c) => c.notNull())
    .addColumn('flag_tenths', 'integer', (c) => c.notNull())
    .addColumn('window_days', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('attendance_policies_pk', ['org_id'])
    .execute();

  await db.schema
    .createTable('driver_ratings')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('rated_by', 'text', (c) => c.notNull())
    .addColumn('rated_by_user', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('driver_ratings_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('driver_ratings_driver_idx')
    .on('driver_ratings')
    .columns(['org_id', 'driver_id'])
    .execute();

  await db.schema
    .createTable('driver_notes')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('author_user', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('driver_notes_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('driver_notes_driver_idx')
    .on('driver_notes')
    .columns(['org_id', 'driver_id'])
    .execute();
}
