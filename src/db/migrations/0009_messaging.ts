import { type Kysely, sql } from 'kysely';

type Db = Kysely<unknown>;

/**
 * Messaging: the messages table becomes the outbox SMS are sent from (delivery state per row), with
 * the org's messaging settings, numbers that replied STOP, and the org's own wording of templates.
 */
export async function up(db: Db): Promise<void> {
  await outboxColumns(db);
  await db.schema
    .createTable('messaging_settings')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('sms_enabled', 'integer', (c) => c.notNull())
    .addColumn('quiet_start', 'text', (c) => c.notNull())
    .addColumn('quiet_end', 'text', (c) => c.notNull())
    .addColumn('rate_per_minute', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('messaging_settings_pk', ['org_id'])
    .execute();
  await db.schema
    .createTable('sms_opt_outs')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('opted_out_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('keyword', 'text')
    .addPrimaryKeyConstraint('sms_opt_outs_pk', ['org_id', 'phone'])
    .execute();
  await db.schema
    .createTable('message_templates')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_templates_pk', ['org_id', 'key', 'language'])
    .execute();
}

/** One ALTER per column: SQLite adds a single column per statement. */
async function outboxColumns(db: Db): Promise<void> {
  const nullableText = [
    'to_phone',
    'provider',
    'provider_id',
    'next_attempt_at',
    'last_attempt_at',
    'last_error',
    'sent_at',
    'delivered_at',
    'claimed_until',
    'claim_token',
  ];
  for (const column of nullableText) {
    await db.schema.alterTable('messages').addColumn(column, 'text').execute();
  }
  await db.schema
    .alterTable('messages')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Partial indexes stay as small as the work they find; queries name the same literal so both
  // databases can use them (a bound parameter would not match the index's predicate on SQLite).
  await db.schema
    .createIndex('messages_outbox_idx')
    .on('messages')
    .columns(['next_attempt_at'])
    .where(sql.ref('status'), '=', sql.lit('queued'))
    .execute();
  await db.schema
    .createIndex('messages_sms_attempt_idx')
    .on('messages')
    .columns(['org_id', 'last_attempt_at'])
    .where(sql.ref('last_attempt_at'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('messages_provider_idx')
    .on('messages')
    .columns(['provider_id'])
    .where(sql.ref('provider_id'), 'is not', null)
    .execute();
}
