import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

/**
 * Coaching: an org's rules (trigger, escalation ladder), the items they open for a DA with the cause's
 * evidence, each item's steps (who did what when), and which safety events an item is about, so a
 * dismissed dispute takes those events out of every count.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('coaching_rules')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('ladder', 'text', (c) => c.notNull())
    .addColumn('escalation_days', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('coaching_rules_pk', ['org_id', 'id'])
    .execute();
  await items(db);
  await db.schema
    .createTable('coaching_steps')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('by_user_id', 'text')
    .addColumn('by_label', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('coaching_steps_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('coaching_steps_item_idx')
    .on('coaching_steps')
    .columns(['org_id', 'item_id'])
    .execute();
  await db.schema
    .createTable('coaching_item_events')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('coaching_item_events_pk', ['org_id', 'item_id', 'event_id'])
    .execute();
  await db.schema
    .createIndex('coaching_item_events_event_idx')
    .on('coaching_item_events')
    .columns(['org_id', 'event_id'])
    .execute();
}

async function items(db: Db): Promise<void> {
  await db.schema
    .createTable('coaching_items')
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_id', 'text', (c) => c.notNull())
    .addColumn('driver_id', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('rule_name', 'text', (c) => c.notNull())
    // One item per cause: the same events or the same DA week never open a second one.
    .addColumn('cause_key', 'text', (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('cause_date', 'text', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notify', 'text', (c) => c.notNull())
    .addColumn('notified_at', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('signature', 'text')
    .addColumn('disputed_at', 'text')
    .addColumn('dispute_text', 'text')
    .addColumn('resolution', 'text')
    .addColumn('resolution_note', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('held_at', 'text')
    .addColumn('held_by', 'text')
    .addColumn('held_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('coaching_items_pk', ['org_id', 'id'])
    .addUniqueConstraint('coaching_items_cause_uq', ['org_id', 'cause_key'])
    .execute();
  await db.schema
    .createIndex('coaching_items_driver_idx')
    .on('coaching_items')
    .columns(['org_id', 'driver_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('coaching_items_station_idx')
    .on('coaching_items')
    .columns(['org_id', 'station_id', 'week_start'])
    .execute();
}
