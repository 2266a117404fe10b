import type { Kysely } from 'kysely';

/**
 * An org no longer adds an existing account by itself: it invites an email, and the account's owner
 * accepts after signing in. The invitation carries what the org will own (role, stations, the name it
 * shows for the person); a membership keeps that name as display_name, apart from the account's own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('invitations')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('station_ids', 'text')
    .addColumn('invited_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('invitations_pk', ['org_id', 'id'])
    .addUniqueConstraint('invitations_org_email_uq', ['org_id', 'email'])
    .execute();
  await db.schema.createIndex('invitations_email_idx').on('invitations').column('email').execute();
  await db.schema.alterTable('memberships').addColumn('display_name', 'text').execute();
}
