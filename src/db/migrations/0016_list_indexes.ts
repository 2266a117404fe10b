import type { Kysely } from 'kysely';

/**
 * Indexes the busiest reads walk: the DA list pages by last name (without this it sorted every DA of
 * the org on each page), and clearance looks up a DA's failed onboarding steps among every record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('drivers_name_idx')
    .on('drivers')
    .columns(['org_id', 'last_name', 'id'])
    .execute();
  await db.schema
    .createIndex('onboarding_records_status_idx')
    .on('onboarding_records')
    .columns(['org_id', 'status', 'driver_id'])
    .execute();
}
