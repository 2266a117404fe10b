import type { Db } from '../db/database.js';
import type { ScoringProfilesTable } from '../db/schema.js';
import { nameInOrg } from '../tenancy/store.js';

/** Every saved version of the org's scoring profile, oldest first (an org keeps a handful). */
export const listProfiles = (db: Db, orgId: string) =>
  db
    .selectFrom('scoring_profiles')
    .leftJoin('users', 'users.id', 'scoring_profiles.created_by')
    .leftJoin('memberships', (j) =>
      j
        .onRef('memberships.user_id', '=', 'scoring_profiles.created_by')
        .onRef('memberships.org_id', '=', 'scoring_profiles.org_id'),
    )
    .selectAll('scoring_profiles')
    .select((eb) => nameInOrg(eb).as('created_by_name'))
    .where('scoring_profiles.org_id', '=', orgId)
    .orderBy('scoring_profiles.effective_week')
    .execute();

export const findProfile = (db: Db, orgId: string, effectiveWeek: string) =>
  db
    .selectFrom('scoring_profiles')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('effective_week', '=', effectiveWeek)
    .executeTakeFirst();

/** Saves a version: a second save for the same week replaces it. */
export async function saveProfile(db: Db, row: ScoringProfilesTable): Promise<void> {
  await db
    .insertInto('scoring_profiles')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['org_id', 'effective_week']).doUpdateSet({
        profile: row.profile,
        created_by: row.created_by,
        created_at: row.created_at,
      }),
    )
    .execute();
}
